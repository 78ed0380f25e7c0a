"""Helper CM's three value tests on every column of held-out tables, labelled or not (session 53).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_cm_predicates.py 36 36001,36002 first7 [step] [-v]

No detector runs (cheap): each column's distinct values are read by the tests behind the vetoes (foreign-lettered
codes, youth sections, venues). A labelled column that passes a test is one the veto could take if it were found
as that veto's entity: an upper bound on the recall a veto can cost. ``-v`` prints every column that passes.
"""

from __future__ import annotations

import importlib
import sys
import time

from safe_synthesizer.pii.column_foreign_postcodes import foreign_prefix
from safe_synthesizer.pii.column_group_sections import MAX_DISTINCT, is_group_word
from safe_synthesizer.pii.column_group_sections import MIN_SHARE as GROUP_SHARE
from safe_synthesizer.pii.column_venue_destinations import MIN_DISTINCT, is_venue
from safe_synthesizer.pii.column_venue_destinations import MIN_SHARE as VENUE_SHARE


def _flags(values: list[str]) -> list[str]:
    out = []
    if foreign_prefix(values[:500]):
        out.append("pc")
    if 0 < len(values) <= MAX_DISTINCT and sum(map(is_group_word, values)) >= GROUP_SHARE * len(values):
        out.append("gs")
    if len(values) >= MIN_DISTINCT and sum(map(is_venue, values)) >= VENUE_SHARE * len(values):
        out.append("vn")
    return out


def main() -> None:
    setn, seeds = int(sys.argv[1]), [int(x) for x in sys.argv[2].split(",")]
    group = sys.argv[3] if len(sys.argv) > 3 else "all"
    step = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[4].isdigit() else 1
    shapes = importlib.import_module(f"heldout{setn}_shapes")
    build = getattr(shapes, f"heldout{setn}_table")
    attr = {"first7": "FIRST7", "all": "LOCALES", "other": "OTHER"}[group]
    start, n, hits = time.process_time(), 0, {"pc": [0, 0], "gs": [0, 0], "vn": [0, 0]}
    for locale in list(getattr(shapes, attr))[::step]:
        for seed in seeds:
            try:
                t = build(locale, seed, n=0)
            except ValueError:  # a seed the set's row counts do not know: a fixed size
                t = build(locale, seed, n=40)
            n += 1
            for column in t.frame.columns:
                label = t.labels.get(column)
                true = bool(label) and label != "dont_care"
                cells = t.frame[column].dropna().astype(str).unique()[:2000]
                values = [v.strip() for v in cells if v.strip()]
                for kind in _flags(values) if values else []:
                    hits[kind][true] += 1
                    if true or "-v" in sys.argv:
                        print(kind, "TRUE" if true else "none", setn, locale, seed, repr(column), label, values[:6])
    print(
        f"set {setn} seeds {seeds} tables {n}: passing (unlabelled, TRUE) {hits} cpu {time.process_time() - start:.0f}s"
    )


if __name__ == "__main__":
    main()
