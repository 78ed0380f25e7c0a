"""Chat/SMS-layout and key-holder lower-case names in notes (helper LN, session 53).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_ln_s53.py seen
    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_ln_s53.py false --sets 31,32,...,38 --seeds 501-501
    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_ln_s53.py reviews

``seen``: set 38's recorded name misses (``pii_heldout38_after.json``, first 40 per locale) that the new rules
cover. ``false``: spans of the new rules that touch no true name in the notes of the given sets and seeds (a set's
seeds modulo its number), as written and lower-cased; ``--show N`` prints some. ``reviews``: spans of the new
rules on the review texts of ``../shared/data/womens_clothing_reviews.csv`` (no people named there).
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
from collections import Counter
from pathlib import Path

import pandas as pd

from safe_synthesizer.pii.text_name_chat_layouts import chat_layout_name_spans
from safe_synthesizer.pii.text_name_lower_keyholder import lower_keyholder_spans

_NAMES = ("name", "first_name", "last_name")


def _new(text: str) -> list[tuple[int, int, str]]:
    return chat_layout_name_spans(text) + lower_keyholder_spans(text)


def _covers(spans: list[tuple[int, int, str]], text: str, value: str) -> bool:
    at = [m.start() for m in re.finditer(re.escape(value), text)]
    return bool(at) and all(any(a <= s and s + len(value) <= b for a, b, _ in spans) for s in at)


def _touches(span: str, names: list[str]) -> bool:
    words = set(span.lower().split())
    return any(span.lower() in v.lower() or v.lower() in span.lower() or words & set(v.lower().split()) for v in names)


def seen() -> None:
    data = json.loads(Path("benchmarks/results/pii_heldout38_after.json").read_text())["locales"]
    counts: Counter[str] = Counter()
    for v in data.values():
        for item in v["missed_text"]:
            m = re.match(r"(\w+): (.*?) in (.*)$", item, re.S)
            if m is None or m.group(1) not in _NAMES:
                continue
            value, note = eval(m.group(2)), eval(m.group(3))
            kind = "lower" if value.islower() else "other case"
            counts[f"missed {kind}"] += 1
            if _covers(_new(note), note, value):
                counts[f"covered {kind}"] += 1
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
    """Add the new rules where the wiring request puts them (``on``) or restore the tree's functions."""
    from safe_synthesizer.pii import text_cued_names, text_name_pairs, text_replace
    from safe_synthesizer.pii.text_name_repeated_lone import repeated_lone_name_spans
    from safe_synthesizer.pii.text_spans import TextSpan, resolve_spans

    if not hasattr(_wire, "saved"):
        _wire.saved = (text_name_pairs.cued_name_spans, text_replace._with_repeated_surnames)  # type: ignore[attr-defined]
    cued, surnames = _wire.saved  # type: ignore[attr-defined]
    if not on or hasattr(text_cued_names, "chat_layout_name_spans"):
        text_name_pairs.cued_name_spans, text_replace._with_repeated_surnames = cued, surnames
        return

    def wired_cued(text: str) -> list[tuple[int, int, str]]:
        return cued(text) + _new(text)

    def wired_surnames(text: str, spans: list[TextSpan]) -> list[TextSpan]:
        spans = surnames(text, spans)
        extra = repeated_lone_name_spans(text, [(x.start, x.end, x.entity) for x in spans])
        return resolve_spans(spans + [TextSpan(a, b, e, 0.9) for a, b, e in extra]) if extra else spans

    text_name_pairs.cued_name_spans, text_replace._with_repeated_surnames = wired_cued, wired_surnames


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
            for k, (orig, truth) in enumerate(zip(t.frame[t.notes_column].tolist(), t.notes, strict=True)):
                for entity, value in truth:
                    if entity not in _NAMES:
                        continue
                    kind = "lower" if value.islower() else "other"
                    counts[f"{kind} names"] += 1
                    for label, new in outs.items():
                        ok = scoring.caught(entity, value, "" if new[k] is None else str(new[k]), locale)
                        counts[f"{kind} caught {label}"] += ok
                        if label == "after" and not ok and show and shown < show and value.islower():
                            shown += 1
                            print(f"  MISS {locale}/{seed} {value!r} in {orig!r}")
        print(locale, dict(sorted(counts.items())), flush=True)
    _wire(False)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("mode", choices=("seen", "false", "reviews", "pipeline"))
    ap.add_argument("--set", type=int, default=38)
    ap.add_argument("--locales", default="")
    ap.add_argument("--sets", default="31,32,33,34,35,36,37,38")
    ap.add_argument("--seeds", default="501-501")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args()
    if args.mode == "seen":
        seen()
    elif args.mode == "pipeline":
        pipeline(args.set, args.locales, args.seeds, args.show)
    elif args.mode == "false":
        false(args.sets, args.seeds, args.show)
    else:
        reviews(args.show)


if __name__ == "__main__":
    main()
