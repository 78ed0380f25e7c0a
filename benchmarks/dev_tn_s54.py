"""Chat-export speakers and one-word names in person slots of notes (helper TN, session 54).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tn_s54.py seen --misses /tmp/a.json,/tmp/b.json
    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tn_s54.py false --sets 31,32,...,39 --seeds 501-501
    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tn_s54.py reviews
    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tn_s54.py pipeline --set 39 --seeds 39501-39503

``seen``: name misses recorded in JSON lists of ``{"value", "orig", ...}`` (a probe's dump of a pipeline run) that
the new rules cover. ``false``: spans of the new rules that touch no true name in the notes of the given sets and
seeds (a set's seeds modulo its number), as written and lower-cased; ``--show N`` prints some. ``reviews``: spans on
the review texts of ``../shared/data/womens_clothing_reviews.csv`` (no people named there). ``pipeline``: name recall
of whole tables' notes through ``replace_pii`` before and after the wiring (monkeypatched as the request asks).
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
from collections import Counter
from pathlib import Path

import pandas as pd

from safe_synthesizer.pii.text_name_chat_export import chat_export_speaker_spans
from safe_synthesizer.pii.text_name_person_slots import person_slot_spans
from safe_synthesizer.pii.text_name_script_lists import script_list_name_spans

_NAMES = ("name", "first_name", "last_name")


def _new(text: str) -> list[tuple[int, int, str]]:
    return chat_export_speaker_spans(text) + person_slot_spans(text) + script_list_name_spans(text)


def _covers(spans: list[tuple[int, int, str]], text: str, value: str) -> bool:
    at = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(value)}(?!\w)", text)]
    return bool(at) and all(any(a <= s and s + len(value) <= b for a, b, _ in spans) for s in at)


def _touches(span: str, names: list[str]) -> bool:
    words = set(span.lower().split())
    return any(span.lower() in v.lower() or v.lower() in span.lower() or words & set(v.lower().split()) for v in names)


def seen(files: str, show: bool) -> None:
    counts: Counter[str] = Counter()
    for path in files.split(","):
        for item in json.loads(Path(path).read_text()):
            note, value = str(item["orig"]), item["value"]
            counts["missed"] += 1
            spans = _new(note)
            # A kept part is what the scorer sees: every word of the value must be covered.
            ok = all(_covers(spans, note, w) for w in value.split()) if value in note else False
            counts["covered"] += ok
            counts[f"{item['form']} missed"] += 1
            counts[f"{item['form']} covered"] += ok
            if show and not ok:
                print(f"  MISS {item['locale']} {value!r} in {note[:140]!r}")
    for k, n in sorted(counts.items()):
        print(k, n)


def false(sets: str, seeds: str, show: int) -> None:
    a, _, b = seeds.partition("-")
    counts: Counter[str] = Counter()
    shown = 0
    for n in (int(s) for s in sets.split(",")):
        shapes = importlib.import_module(f"heldout{n}_shapes")
        build = getattr(shapes, f"heldout{n}_table")
        for locale in shapes.LOCALES:
            for seed in range(int(a), int(b or a) + 1):
                try:
                    t = build(locale, n * 1000 + seed, n=0)
                except Exception:  # a set's builder may not cover every shape
                    counts["build_error"] += 1
                    continue
                for text, truth in zip(t.frame[t.notes_column].tolist(), t.notes, strict=True):
                    if not isinstance(text, str) or not text:
                        continue
                    names = [v for e, v in truth if e in _NAMES]
                    counts["notes"] += 1
                    for variant, body in (("as written", text), ("lower-cased", text.lower())):
                        for s, e, _ in _new(body):
                            hit = _touches(body[s:e], names)
                            counts[f"{variant} {'hit' if hit else 'FALSE'}"] += 1
                            if not hit and shown < show:
                                shown += 1
                                near = body[max(0, s - 60) : e + 30]
                                print(f"  FALSE set{n} {locale} {variant}: {body[s:e]!r} in {near!r}")
        print(n, dict(counts), flush=True)


def reviews(show: int) -> None:
    df = pd.read_csv("../shared/data/womens_clothing_reviews.csv")
    counts: Counter[str] = Counter()
    for col in ("Title", "Review Text"):
        for text in df[col].dropna().astype(str):
            counts["texts"] += 1
            for variant, body in (("as written", text), ("lower-cased", text.lower())):
                for s, e, _ in _new(body):
                    counts[variant] += 1
                    if counts[variant] <= show:
                        print(f"  {variant}: {body[s:e]!r} in {body[max(0, s - 60) : e + 30]!r}")
    print(dict(counts))


def _wire(on: bool) -> None:
    """Add the new rules to ``cued_name_spans`` as the wiring request does (``on``), or restore it."""
    from safe_synthesizer.pii import text_cued_names, text_name_pairs

    if not hasattr(_wire, "saved"):
        _wire.saved = text_name_pairs.cued_name_spans  # type: ignore[attr-defined]
    cued = _wire.saved  # type: ignore[attr-defined]
    if not on or hasattr(text_cued_names, "person_slot_spans"):
        text_name_pairs.cued_name_spans = cued
        return

    def wired(text: str) -> list[tuple[int, int, str]]:
        return cued(text) + _new(text)

    text_name_pairs.cued_name_spans = wired


def pipeline(n: int, locales: str, seeds: str, show: int) -> None:
    """Name recall in the notes of whole tables through ``replace_pii``, before and after the wiring."""
    import pii_heldout_scoring as scoring
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import replace_pii

    shapes = importlib.import_module(f"heldout{n}_shapes")
    build = getattr(shapes, f"heldout{n}_table")
    a, _, b = seeds.partition("-")
    counts: Counter[str] = Counter()
    shown = 0
    for locale in locales.split(",") if locales else shapes.FIRST7:
        for seed in range(int(a), int(b or a) + 1):
            try:
                t = build(locale, seed, n=0)
            except Exception:
                counts["build_error"] += 1
                continue
            outs = {}
            for label, on in (("before", False), ("after", True)):
                _wire(on)
                res = replace_pii(t.frame, infer_schema(t.frame), ReplacePiiParameters(), seed=0)
                outs[label] = res.data[t.notes_column].tolist()
            rows = zip(t.frame[t.notes_column].tolist(), t.notes, t.forms, strict=True)
            for k, (orig, truth, form) in enumerate(rows):
                if not form:
                    continue
                for entity, value in truth:
                    counts[f"{entity} total"] += 1
                    for label, new in outs.items():
                        ok = scoring.caught(entity, value, "" if new[k] is None else str(new[k]), locale)
                        counts[f"{entity} caught {label}"] += ok
                        if label == "after" and not ok and entity in _NAMES and shown < show:
                            shown += 1
                            print(f"  MISS {locale}/{seed} {value!r} in {orig!r}")
        print(locale, dict(sorted(counts.items())), flush=True)
    _wire(False)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("seen", "false", "reviews", "pipeline"))
    ap.add_argument("--misses", default="")
    ap.add_argument("--set", type=int, default=39)
    ap.add_argument("--locales", default="")
    ap.add_argument("--sets", default="31,32,33,34,35,36,37,38,39")
    ap.add_argument("--seeds", default="501-501")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    if args.mode == "seen":
        seen(args.misses, bool(args.show))
    elif args.mode == "pipeline":
        pipeline(args.set, args.locales, args.seeds, args.show)
    elif args.mode == "false":
        false(args.sets, args.seeds, args.show)
    else:
        reviews(args.show)


if __name__ == "__main__":
    main()
