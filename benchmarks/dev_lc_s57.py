"""Session 57, helper LC: what the clause and list rules (``text_name_clause_lists``) add on held-out notes.

Notes of a set are collected once (``collect``: every note of the chosen locales and seeds with its labelled truth)
and the session-start text detector's spans are cached beside them, so each try of the rule reads only the rule:

- **gained**: labelled names the list rules missed and the rules cover (by set, by locale);
- **false**: the rules' spans over no labelled value and no span of the list rules (a new false replacement).
- ``missed42``: on set 42's ``missed_text`` (the replaced notes of the AFTER run), the misses the rules now cover.

Usage::

    PYTHONPATH=/work/s57_LC/src:benchmarks python benchmarks/dev_lc_s57.py collect 42 --seeds 42001,42002
    PYTHONPATH=/work/s57_LC/src:benchmarks python benchmarks/dev_lc_s57.py score 42 --seeds 42001,42002
    PYTHONPATH=/work/s57_LC/src:benchmarks python benchmarks/dev_lc_s57.py data   # /work/shared/data text columns
"""

from __future__ import annotations

import argparse
import importlib
import pickle
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

CACHE = Path("/tmp/s57_LC")
NAMES = ("name", "first_name", "last_name")


def _module(set_no: int):
    return importlib.import_module(f"heldout{set_no}_shapes")


def _notes(set_no: int, locales: list[str], seeds: list[int]) -> list[tuple[str, str, list]]:
    shapes = _module(set_no)
    build = getattr(shapes, f"heldout{set_no}_table")
    out = []
    for locale in locales:
        for seed in seeds:
            try:
                table = build(locale, seed)
            except Exception as exc:
                print(f"skip {locale} {seed}: {type(exc).__name__}", file=sys.stderr)
                continue
            texts = table.frame[table.notes_column].tolist()
            for text, truth in zip(texts, table.notes, strict=True):
                if isinstance(text, str) and text.strip():
                    out.append((locale, text, list(truth)))
    return out


def _detector_spans(texts: list[str]) -> list[list[tuple[int, int, str]]]:
    """The session-start list rules' name spans (``name_pair_spans``; no NER model: the shared cores are busy)."""
    from safe_synthesizer.pii.text_name_pairs import name_pair_spans

    return [name_pair_spans(t) for t in texts]


def collect(key: str, set_no: int, locales: list[str], seeds: list[int]) -> None:
    notes = _notes(set_no, locales, seeds)
    base = _detector_spans([t for _, t, _ in notes])
    CACHE.mkdir(exist_ok=True)
    with open(CACHE / f"{key}.pkl", "wb") as fh:
        pickle.dump((notes, base), fh)
    print(f"{key}: {len(notes)} notes")


def _covered(text: str, value: str, spans) -> bool:
    at = text.find(value)
    while at >= 0:
        if any(a <= at < b or a < at + len(value) <= b for a, b, *_ in spans):
            return True
        at = text.find(value, at + 1)
    return False


def clause_list_spans(text: str) -> list[tuple[int, int, str]]:
    """The spans of this session's two rules."""
    from safe_synthesizer.pii.text_name_clause_subjects import clause_subject_spans
    from safe_synthesizer.pii.text_name_list_members import list_member_spans

    return clause_subject_spans(text) + list_member_spans(text)


def missed42(path: str = "benchmarks/results/pii_heldout42_after.json", show: int = 0) -> None:
    import json
    import re

    with open(path) as fh:
        data = json.load(fh)["locales"]
    total = gained = 0
    for locale, r in data.items():
        for m in r.get("missed_text", []):
            hit = re.match(r"(\w+): (['\"])(.*?)\2 in (['\"])(.*)\4\Z", m, re.S)
            if not hit or hit.group(1) not in NAMES:
                continue
            value, text = hit.group(3), hit.group(5).encode().decode("unicode_escape").encode("latin-1").decode()
            total += 1
            ok = _covered(text, value, clause_list_spans(text))
            gained += ok
            if show and not ok and "Me: " not in text:
                print("  STILL", locale, repr(value), text[:150])
    print(f"set 42 name misses {total}, now covered {gained}")


def score(key: str, show: int = 40, lower: bool = False) -> None:

    with open(CACHE / f"{key}.pkl", "rb") as fh:
        notes, base = pickle.load(fh)
    gained, missed, false = Counter(), Counter(), []
    still: list[str] = []
    if lower:  # lower-cased notes: the truth lower-cased too, the list rules' spans kept by offset
        notes = [(loc, text.lower(), [(e, v.lower()) for e, v in truth]) for loc, text, truth in notes]
    for (locale, text, truth), spans in zip(notes, base, strict=True):
        mine = clause_list_spans(text)
        for entity, value in truth:
            if entity not in NAMES or _covered(text, value, spans):
                continue
            missed[locale] += 1
            if _covered(text, value, mine):
                gained[locale] += 1
            else:
                still.append(f"{locale} {value!r} in {text!r}")
        values = [v for _, v in truth]
        for a, b, _ in mine:
            if any(a < y and x < b for x, y, _ in spans):
                continue
            if any(text[a:b] in v or v in text[a:b] for v in values if v):
                continue
            false.append(f"{locale} {text[a:b]!r} in {text!r}")
    label = f"{key} (lower case)" if lower else key
    print(f"{label}: notes {len(notes)}, names missed by the list rules {sum(missed.values())}, "
          f"gained {sum(gained.values())}, new false {len(false)}")  # fmt: skip
    for f in false[:show]:
        print("  FALSE", f[:220])
    for s in still[:show]:
        print("  STILL", s[:220])


def data(show: int = 60) -> None:
    """New spans on the text columns of ``/work/shared/data`` (no names labelled: every new span is false)."""
    false, n = [], 0
    for path in sorted(Path("/work/shared/data").rglob("*.csv")):
        try:
            df = pd.read_csv(path, dtype=str, on_bad_lines="skip")
        except Exception:
            continue
        for col in df.columns:
            values = df[col].dropna()
            if values.empty or values.str.len().mean() < 15:
                continue
            for text in values.unique():
                n += 1
                for a, b, _ in clause_list_spans(text):
                    false.append(f"{path.name}:{col} {text[a:b]!r} in {text[:160]!r}")
    print(f"data: {n} texts, spans {len(false)}")
    for f in false[:show]:
        print("  ", f)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("what", choices=("collect", "score", "data", "missed42"))
    ap.add_argument("set", nargs="?", type=int, default=42)
    ap.add_argument("--seeds", default="")
    ap.add_argument("--locales", default="")
    ap.add_argument("--key", default="")
    ap.add_argument("--show", type=int, default=40)
    ap.add_argument("--lower", action="store_true", help="score the notes lower-cased")
    args = ap.parse_args()
    if args.what == "data":
        data(args.show)
        return
    if args.what == "missed42":
        missed42(show=args.show)
        return
    shapes = _module(args.set)
    locales = args.locales.split(",") if args.locales else list(shapes.LOCALES)
    seeds = [int(s) for s in args.seeds.split(",")] if args.seeds else list(shapes.SEEDS[:1])
    key = args.key or f"set{args.set}_{'-'.join(map(str, seeds))}"
    if args.what == "collect":
        collect(key, args.set, locales, seeds)
    else:
        score(key, args.show, args.lower)


if __name__ == "__main__":
    main()
