"""Dev probe (helper BD, session 55): birth dates found in held-out notes (recall of labelled birth dates, and
birth-date spans on no labelled birth date), without names (no NER: fast). Run once per source tree:

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_bd_s55_text.py --set 40 --seeds 40001 [--locales ..]
"""

from __future__ import annotations

import argparse
import importlib
from collections import Counter

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_detector import load_text_detector

WANTED = (E.DATE_OF_BIRTH, E.PHONE_NUMBER, E.NATIONAL_ID, E.SSN, E.EMAIL)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="40")
    ap.add_argument("--locales", default="")
    ap.add_argument("--seeds", required=True)
    ap.add_argument("--rows", type=int, default=0)
    ap.add_argument("--show", type=int, default=20)
    args = ap.parse_args()
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    a, _, b = args.seeds.partition("-")
    locales = args.locales.split(",") if args.locales else list(shapes.LOCALES)
    det = load_text_detector(WANTED)
    tot, shown = Counter(), Counter()
    for locale in locales:
        for seed in range(int(a), int(b or a) + 1):
            try:
                t = build(locale, seed, n=args.rows) if args.rows else build(locale, seed)
            except Exception:
                continue
            notes = [str(x) for x in t.frame[t.notes_column]]
            spans = det.find_spans(notes)
            for text, labels, found in zip(notes, t.notes, spans, strict=True):
                dobs = [v for e, v in labels if e == E.DATE_OF_BIRTH and v]
                got = [text[s.start : s.end] for s in found if s.entity == E.DATE_OF_BIRTH]
                for v in dobs:
                    tot["dob"] += 1
                    hit = any(v in g or (g in v and len(g) >= 6) for g in got)
                    tot["hit"] += hit
                    if not hit and shown["miss"] < args.show:
                        shown["miss"] += 1
                        print(f"MISS {locale}/{seed} {v!r} in {text!r}")
                for g in got:
                    if not any(g in v or v in g for v in dobs):
                        tot["false"] += 1
                        if shown["false"] < args.show:
                            shown["false"] += 1
                            print(f"FALSE {locale}/{seed} {g!r} in {text!r}")
    print(" ".join(f"{k}={v}" for k, v in sorted(tot.items())))


if __name__ == "__main__":
    main()
