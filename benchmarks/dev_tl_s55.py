"""Names inside note sentences: lower-case full names, one-word names in person slots, roll items (helper TL, s55).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tl_s55.py false --sets 31,32,...,40 --seeds 501-501
    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tl_s55.py reviews
    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tl_s55.py pipeline --set 40 --seeds 40501-40503

``false``: spans of the new rules that touch no true name in the notes of the given sets and seeds (a set's seeds
modulo its number), as written and lower-cased; ``--show N`` prints some. ``reviews``: spans on the review texts of
``../shared/data/womens_clothing_reviews.csv`` (no people named there). ``pipeline``: name recall of whole tables'
notes through ``replace_pii`` before and after the wiring (monkeypatched as the request asks).
"""

from __future__ import annotations

import argparse
import importlib
from collections import Counter

import pandas as pd

from safe_synthesizer.pii.text_name_lower_sentence_slots import lower_sentence_slot_spans
from safe_synthesizer.pii.text_name_roll_items import roll_item_spans
from safe_synthesizer.pii.text_name_sentence_word_slots import sentence_word_slot_spans

_NAMES = ("name", "first_name", "last_name")


def _new(text: str) -> list[tuple[int, int, str]]:
    return lower_sentence_slot_spans(text) + sentence_word_slot_spans(text) + roll_item_spans(text)


def _touches(span: str, names: list[str]) -> bool:
    words = set(span.lower().split())
    return any(span.lower() in v.lower() or v.lower() in span.lower() or words & set(v.lower().split()) for v in names)


def false(sets: str, seeds: str, show: int, every: int) -> None:
    a, _, b = seeds.partition("-")
    counts: Counter[str] = Counter()
    shown = 0
    for n in (int(s) for s in sets.split(",")):
        shapes = importlib.import_module(f"heldout{n}_shapes")
        build = getattr(shapes, f"heldout{n}_table")
        for locale in list(shapes.LOCALES)[::every]:
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
    if not on or hasattr(text_cued_names, "sentence_word_slot_spans"):
        text_name_pairs.cued_name_spans = cued
        return

    def wired(text: str) -> list[tuple[int, int, str]]:
        return cued(text) + _new(text)

    text_name_pairs.cued_name_spans = wired


def pipeline(n: int, locales: str, seeds: str, show: int, every: int) -> None:
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
    chosen = locales.split(",") if locales else list(shapes.LOCALES)[::every]
    for locale in chosen:
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
                # Words of the note that changed after the wiring but were no value of any entity: false spans.
                before, after = str(outs["before"][k]), str(outs["after"][k])
                if before != after:
                    values = " ".join(v for _, v in truth).lower().split()
                    lost = [
                        w
                        for w in set(before.split()) - set(after.split())
                        if w.strip(".,;:!?()'").lower() not in values and w.strip(".,;:!?()'") in str(orig)
                    ]
                    counts["changed notes"] += 1
                    if lost:
                        counts["notes with a non-name word replaced"] += 1
                        if show:
                            print(f"  LOST {locale}/{seed} {lost} in {orig!r}")
        print(locale, dict(sorted(counts.items())), flush=True)
    _wire(False)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("false", "reviews", "pipeline"))
    ap.add_argument("--set", type=int, default=40)
    ap.add_argument("--locales", default="")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--sets", default="31,32,33,34,35,36,37,38,39,40")
    ap.add_argument("--seeds", default="501-501")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    if args.mode == "pipeline":
        pipeline(args.set, args.locales, args.seeds, args.show, args.every)
    elif args.mode == "false":
        false(args.sets, args.seeds, args.show, args.every)
    else:
        reviews(args.show)


if __name__ == "__main__":
    main()
