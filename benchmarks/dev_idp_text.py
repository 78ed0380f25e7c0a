"""Five-digit phones after a word of calling (helper IDP, session 51, ``text_phone_five``) on held-out notes and
prose: spans the rule adds beyond the other rules' (``pattern_spans``), judged against each note's truth.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_idp_text.py --sets 30,31,32 [--every 1] [--reviews]

A span is a hit when it overlaps a true phone of the note, else false (printed with its note). ``--reviews``
also scans the shared reviews (``../shared/data/womens_clothing_reviews.csv``: prose without people).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.locales import PHONE_REGIONS
from safe_synthesizer.pii.text_patterns import pattern_spans
from safe_synthesizer.pii.text_phone_five import five_digit_phone_spans
from safe_synthesizer.pii.text_phone_informed import informed_phone_spans

_WANTED = frozenset({E.PHONE_NUMBER, E.NATIONAL_ID, E.NAME, E.EMAIL, E.CREDIT_DEBIT_CARD, E.IBAN})
REVIEWS = Path(__file__).resolve().parents[2] / "shared" / "data" / "womens_clothing_reviews.csv"


def _unwire() -> None:
    """The other rules' spans only: helper IDP's two text rules turned off where ``text_patterns`` calls them."""
    from safe_synthesizer.pii import text_patterns

    for hook in ("five_digit_phone_spans", "informed_phone_spans"):
        if hasattr(text_patterns, hook):
            setattr(text_patterns, hook, lambda text, found=(), regions=(): [])


def _added(text: str) -> list[tuple[int, int]]:
    found = [(a, b) for a, b, _ in pattern_spans(text, PHONE_REGIONS, _WANTED)]
    five = [(a, b) for a, b, _ in five_digit_phone_spans(text, found, PHONE_REGIONS)]
    return five + [(a, b) for a, b, _ in informed_phone_spans(text, [*found, *five], PHONE_REGIONS)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="36")
    ap.add_argument("--every", type=int, default=1)
    ap.add_argument("--reviews", action="store_true")
    args = ap.parse_args()
    _unwire()
    counts: Counter = Counter()
    for set_no in args.sets.split(","):
        mod = importlib.import_module(f"heldout{set_no}_shapes")
        build = getattr(mod, f"heldout{set_no}_table")
        for locale in mod.LOCALES[:: args.every]:
            t = build(locale, mod.SEEDS[0], n=0)
            for note, truth in zip(t.frame[t.notes_column].tolist(), t.notes, strict=True):
                if not isinstance(note, str) or not note:
                    continue
                counts[f"notes_{set_no}"] += 1
                phones = [v for e, v in truth if e in ("phone_number", "fax_number")]
                where = [(note.find(v), note.find(v) + len(v)) for v in phones if v in note]
                for a, b in _added(note):
                    ok = any(x < b and a < y for x, y in where)
                    counts[f"{'hit' if ok else 'false'}_{set_no}"] += 1
                    if not ok:
                        print(f"FALSE {set_no} {locale} {note[a:b]!r} in {note!r}")
        print(set_no, dict(counts), flush=True)
    if args.reviews:
        df = pd.read_csv(REVIEWS)
        for col in ("Title", "Review Text"):
            for text in df[col].dropna().astype(str):
                counts["reviews"] += 1
                for a, b in _added(text):
                    counts["false_reviews"] += 1
                    print(f"FALSE reviews {text[a:b]!r} in {text[:200]!r}")
    print("ALL", dict(counts))


if __name__ == "__main__":
    sys.exit(main())
