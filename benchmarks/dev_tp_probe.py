"""TP's probe: the phone, id, IBAN and card spans the text rules find in a few notes (dev only, not a benchmark).

Usage: PYTHONPATH=src .venv/bin/python benchmarks/dev_tp_probe.py REGION "text" ["text" ...]
"""

from __future__ import annotations

import sys

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.locales import PHONE_REGIONS
from safe_synthesizer.pii.text_patterns import pattern_spans

WANTED = frozenset({E.PHONE_NUMBER, E.NATIONAL_ID, E.IBAN, E.CREDIT_DEBIT_CARD})


def spans(text: str, region: str) -> list[tuple[str, str]]:
    """(entity, value) of the wanted spans of ``text`` with ``region`` tried first."""
    regions = (region, *(r for r in PHONE_REGIONS if r != region))
    return [(e, text[a:b]) for a, b, e in sorted(set(pattern_spans(text, regions, WANTED))) if e in WANTED]


if __name__ == "__main__":
    for note in sys.argv[2:]:
        print(spans(note, sys.argv[1]), "<-", note)
