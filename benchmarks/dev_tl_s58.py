"""Lower-case names read by their role in a note's sentence (helper TL, s58): recall and false spans of
``text_name_role_reader.role_name_spans``.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tl_s58.py seen
    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tl_s58.py notes --set 43 --seeds 43501-43503
    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tl_s58.py notes --sets 33,...,42 --show 20
    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tl_s58.py shared
    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tl_s58.py cost

``seen``: set 43's missed lower-case name spans (``pii_heldout43_after.json``) the reader now finds. ``notes``: per
set and seed, the notes' true names (lower-case ones apart) the reader finds, and its spans that touch no true
value (as written and lower-cased). ``shared``: spans on the text columns of ``/work/shared/data``. ``cost``: seconds
per 10,000 notes.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import json
import time
from collections import Counter
from pathlib import Path

import pandas as pd

from safe_synthesizer.pii.text_name_role_reader import role_name_spans

_NAMES = ("name", "first_name", "last_name")


def _parse(missed: str) -> tuple[str, str | None, str | None]:
    entity, rest = missed.split(": ", 1)
    at = 0
    while (at := rest.find(" in ", at)) >= 0:
        try:
            return entity, ast.literal_eval(rest[:at]), ast.literal_eval(rest[at + 4 :])
        except (ValueError, SyntaxError):
            at += 1
    return entity, None, None


def seen(path: str, show: int) -> None:
    data = json.loads(Path(path).read_text())
    counts: Counter[str] = Counter()
    for locale, res in data["locales"].items():
        for missed in res["missed_text"]:
            entity, value, note = _parse(missed)
            if value is None or entity not in _NAMES or not value[:1].islower():
                continue
            counts["lower missed"] += 1
            got = [note[s:e].lower() for s, e, _ in role_name_spans(note)]
            hit = any(value.lower() in g or g in value.lower().split() for g in got)
            counts["found"] += hit
            if not hit and show:
                print(f"  MISS {locale} {value!r} in {note[:140]!r}")
    print(dict(counts))


def _touches(span: str, values: list[str]) -> bool:
    words = set(span.lower().split())
    return any(span.lower() in v.lower() or words & set(v.lower().split()) for v in values)


def notes(sets: str, seeds: str, show: int, every: int) -> None:
    a, _, b = seeds.partition("-")
    counts: Counter[str] = Counter()
    false_seen: dict[str, str] = {}
    false_count: Counter[str] = Counter()
    for n in (int(s) for s in sets.split(",")):
        shapes = importlib.import_module(f"heldout{n}_shapes")
        build = getattr(shapes, f"heldout{n}_table")
        for locale in list(shapes.LOCALES)[::every]:
            for seed in range(int(a), int(b or a) + 1):
                try:
                    t = build(locale, seed if seed > 10000 else n * 1000 + seed, n=0)
                except Exception:  # a set's builder may not cover every shape
                    counts["build_error"] += 1
                    continue
                for text, truth in zip(t.frame[t.notes_column].tolist(), t.notes, strict=True):
                    if not isinstance(text, str) or not text:
                        continue
                    counts["notes"] += 1
                    values = [str(v) for _, v in truth]
                    for e, v in truth:
                        if e in _NAMES and str(v)[:1].islower() and str(v) in text:
                            counts["lower names"] += 1
                            got = [text[s:e2].lower() for s, e2, _ in role_name_spans(text)]
                            counts["lower names found"] += any(g in str(v).lower() for g in got)
                    for variant, body in (("as written", text), ("lower-cased", text.lower())):
                        for s, e, _ in role_name_spans(body):
                            hit = _touches(body[s:e], values)
                            counts[f"{variant} {'hit' if hit else 'FALSE'}"] += 1
                            if not hit:
                                key = body[s:e].lower()
                                if key not in false_seen:
                                    false_seen[key] = f"set{n} {locale} {variant}: {body[max(0, s - 70) : e + 40]!r}"
                                false_count[key] += 1
        print(n, dict(sorted(counts.items())), flush=True)
    for key, k in false_count.most_common(show):
        print(f"  FALSE x{k} {key!r} {false_seen[key]}")


def shared(show: int) -> None:
    counts: Counter[str] = Counter()
    for path in sorted(Path("/work/shared/data").glob("*.csv")):
        try:
            df = pd.read_csv(path, nrows=5000, low_memory=False)
        except Exception:
            continue
        for col in df.columns:
            values = df[col].dropna()
            if values.dtype != object and not pd.api.types.is_string_dtype(values):
                continue
            texts = [str(v) for v in values.head(5000) if isinstance(v, str) and " " in v]
            if len(texts) < 20:
                continue
            for text in texts:
                counts["texts"] += 1
                for variant, body in (("as written", text), ("lower-cased", text.lower())):
                    for s, e, _ in role_name_spans(body):
                        counts[f"{variant}"] += 1
                        if counts[variant] <= show:
                            print(f"  {path.name}:{col} {variant}: {body[s:e]!r} in {body[max(0, s - 60) : e + 30]!r}")
    print(dict(counts))


def cost() -> None:
    shapes = importlib.import_module("heldout42_shapes")
    texts: list[str] = []
    for locale in list(shapes.LOCALES)[:40]:
        t = shapes.heldout42_table(locale, 42501, n=0)
        texts += [x for x in t.frame[t.notes_column].tolist() if isinstance(x, str) and x]
    texts = (texts * (10000 // max(1, len(texts)) + 1))[:10000]
    role_name_spans("warm up: deng arrived late")
    t0 = time.process_time()
    for text in texts:
        role_name_spans(text)
    print(f"{time.process_time() - t0:.2f} s CPU per 10,000 notes ({len(set(texts))} distinct)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("seen", "notes", "shared", "cost"))
    ap.add_argument("--results", default="benchmarks/results/pii_heldout43_after.json")
    ap.add_argument("--sets", default="43")
    ap.add_argument("--seeds", default="43501-43503")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    if args.mode == "seen":
        seen(args.results, args.show)
    elif args.mode == "notes":
        notes(args.sets, args.seeds, args.show, args.every)
    elif args.mode == "shared":
        shared(args.show)
    else:
        cost()


if __name__ == "__main__":
    main()
