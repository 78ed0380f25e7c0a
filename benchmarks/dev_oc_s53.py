"""Names in capitals after form labels, holder cues and at a sentence's start, and e-mail headers' display names
(session 53, helper OC): span-level recall and false spans of :mod:`text_name_caps_fields` and
:mod:`text_name_mail_headers` on held-out notes, without the NER model.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_oc_s53.py --sets 38 --seeds 501-503 [--show 20]

For every note of every locale of each set: the true person names (name, first_name, last_name values) that
``name_pair_spans`` covers without the new rule and with it; and the new rule's spans that touch no true name,
on the notes as written and upper-cased (``--show`` prints some). Seeds are taken modulo the set's number
(``--seeds 501-503`` means 38501-38503 for set 38).
"""

from __future__ import annotations

import argparse
import importlib
import re
from collections import Counter

from safe_synthesizer.pii.text_name_caps_fields import caps_field_name_spans
from safe_synthesizer.pii.text_name_mail_headers import mail_header_name_spans
from safe_synthesizer.pii.text_name_pairs import name_pair_spans

_NAMES = ("name", "first_name", "last_name")


def _new(text: str) -> list[tuple[int, int, str]]:
    return caps_field_name_spans(text) + mail_header_name_spans(text)


def _covers(spans: list[tuple[int, int, str]], text: str, value: str) -> bool:
    at = [m.start() for m in re.finditer(re.escape(value), text)]
    return bool(at) and all(any(a <= s and s + len(value) <= b for a, b, _ in spans) for s in at)


def _touches(span: str, names: list[str]) -> bool:
    low = span.lower()
    words = set(re.split(r"[\s\-]+", low))
    return any(low in v.lower() or v.lower() in low or words & set(re.split(r"[\s\-]+", v.lower())) for v in names)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="38")
    ap.add_argument("--seeds", default="501-503")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--fast", action="store_true", help="false spans only: skip name_pair_spans (recall 0->new)")
    ap.add_argument("--misses", type=int, default=0, help="print this many capitals names still missed")
    args = ap.parse_args()
    a, _, b = args.seeds.partition("-")
    for set_no in [int(x) for x in args.sets.split(",")]:
        shapes = importlib.import_module(f"heldout{set_no}_shapes")
        build = getattr(shapes, f"heldout{set_no}_table")
        base = set_no * 1000
        seeds = range(base + int(a) % 1000, base + int(b or a) % 1000 + 1)
        before = after = total = caps_total = caps_before = caps_after = 0
        false = Counter()
        false_upper = Counter()
        shown = missed_shown = 0
        for locale in list(shapes.LOCALES)[:: args.every]:
            for seed in seeds:
                try:
                    t = build(locale, seed, n=0)
                except Exception:
                    continue
                for note, truth in zip(t.frame[t.notes_column].tolist(), t.notes, strict=True):
                    if not isinstance(note, str):
                        continue
                    names = [v for e, v in truth if e in _NAMES]
                    old = [] if args.fast else name_pair_spans(note)
                    new = _new(note)
                    for v in names:
                        hit_old, hit_new = _covers(old, note, v), _covers(old + new, note, v)
                        total += 1
                        before += hit_old
                        after += hit_new
                        if v.upper() == v and v.lower() != v:
                            caps_total += 1
                            caps_before += hit_old
                            caps_after += hit_new
                            if not hit_new and missed_shown < args.misses:
                                missed_shown += 1
                                print(f"  MISS {locale}/{seed} {v!r} in {note[:140]!r}")
                    for s, e, _ in new:
                        if not _touches(note[s:e], names):
                            false[note[s:e]] += 1
                            if shown < args.show:
                                shown += 1
                                print(f"  FALSE {locale}/{seed} {note[s:e]!r} in {note[:140]!r}")
                    upper = note.upper()
                    for s, e, _ in _new(upper):
                        if not _touches(upper[s:e], names):
                            false_upper[upper[s:e]] += 1
        print(
            f"set {set_no} seeds {seeds.start}-{seeds.stop - 1}: names {before}->{after}/{total}; "
            f"capitals names {caps_before}->{caps_after}/{caps_total}; false spans {sum(false.values())} "
            f"(upper-cased notes {sum(false_upper.values())})"
        )
        if false:
            print("   false:", false.most_common(15))
        if false_upper:
            print("   false upper:", false_upper.most_common(15))


if __name__ == "__main__":
    main()
