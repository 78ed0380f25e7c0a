"""Session 52's lower-case name rules on held-out notes, without the NER model (helper TN).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_tn_s52_spans.py --sets 36,37 --seeds 36501-36503

For every note of every locale of each set: the multi-word person names of its truth that the rules cover
(``name_pair_spans``, no NER) without the two new rules and with them (as wired in ``text_cued_names``; "rules alone"
adds their spans to the unwired ones without overlap resolution);
and the spans of the new rules that touch no true name, on the note as written and lower-cased (``--show`` prints
them). A set's seeds are taken modulo its own number (``--seeds 501-503`` means 37501-37503 for set 37).
"""

from __future__ import annotations

import argparse
import importlib
import re
from collections import Counter

from safe_synthesizer.pii import text_cued_names
from safe_synthesizer.pii.text_name_lower_handled import lower_handled_name_spans
from safe_synthesizer.pii.text_name_lower_slots import lower_slot_name_spans
from safe_synthesizer.pii.text_name_pairs import name_pair_spans

_NAMES = ("name", "first_name", "last_name")


def _new(text: str) -> list[tuple[int, int, str]]:
    return lower_slot_name_spans(text) + lower_handled_name_spans(text)


def _without_new_rules(text: str) -> list[tuple[int, int, str]]:
    """``name_pair_spans`` as before the wiring: the two new rules silenced where the hook calls them."""
    saved = {k: getattr(text_cued_names, k) for k in ("lower_slot_name_spans", "lower_handled_name_spans")
             if hasattr(text_cued_names, k)}  # fmt: skip
    try:
        for k in saved:
            setattr(text_cued_names, k, lambda _text: [])
        return name_pair_spans(text)
    finally:
        for k, v in saved.items():
            setattr(text_cued_names, k, v)


def _covers(spans: list[tuple[int, int, str]], text: str, value: str) -> bool:
    at = [m.start() for m in re.finditer(re.escape(value), text)]
    return bool(at) and all(any(a <= s and s + len(value) <= b for a, b, _ in spans) for s in at)


def _touches(span: str, names: list[str]) -> bool:
    words = set(span.lower().split())
    return any(span.lower() in v.lower() or v.lower() in span.lower() or words & set(v.lower().split()) for v in names)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="36,37")
    ap.add_argument("--seeds", default="501-503")
    ap.add_argument("--rows", type=int, default=0)
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--misses", type=int, default=0)
    args = ap.parse_args()
    a, _, b = args.seeds.partition("-")
    counts: Counter[str] = Counter()
    shown = missed = 0
    for n in (int(s) for s in args.sets.split(",")):
        shapes = importlib.import_module(f"heldout{n}_shapes")
        build = getattr(shapes, f"heldout{n}_table")
        for locale in list(shapes.LOCALES)[:: args.every]:
            for seed in range(int(a), int(b or a) + 1):
                try:
                    t = build(locale, n * 1000 + seed, n=args.rows)
                except Exception:  # a set's builder may not cover every shape
                    counts["build_error"] += 1
                    continue
                for text, truth in zip(t.frame[t.notes_column].tolist(), t.notes, strict=True):
                    if not isinstance(text, str) or not text:
                        continue
                    names = [v for e, v in truth if e in _NAMES]
                    new = _new(text)
                    old = _without_new_rules(text)
                    wired = name_pair_spans(text)
                    for e, v in truth:
                        if e != "name" or " " not in v.strip():
                            continue
                        counts["multi"] += 1
                        counts["lower multi"] += v.islower()
                        before = _covers(old, text, v)
                        after = _covers(wired, text, v)
                        counts["after (rules alone)"] += before or _covers(new, text, v)
                        counts["before"] += before
                        counts["after"] += after
                        if v.islower():
                            counts["lower before"] += before
                            counts["lower after"] += after
                        if not after and v.islower() and missed < args.misses:
                            missed += 1
                            print(f"  MISS set{n} {locale}: {v!r} in {text[:160]!r}")
                    for variant, body in (("as written", text), ("lower-cased", text.lower())):
                        for s, e_, _ in _new(body):
                            span = body[s:e_]
                            hit = _touches(span, names)
                            counts[f"new {variant} {'hit' if hit else 'FALSE'}"] += 1
                            if not hit and shown < args.show:
                                shown += 1
                                print(
                                    f"  FALSE set{n} {locale} {variant}: {span!r} in {body[max(0, s - 60) : e_ + 30]!r}"
                                )
    for k, v in sorted(counts.items()):
        print(k, v)


if __name__ == "__main__":
    main()
