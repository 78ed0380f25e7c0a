"""Dev check of ``column_contact_layouts`` on sets 30-32 (seen) and dev seeds: which columns fire, by label.

Run: ``PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_nm_contact_layouts.py [30,31,32,dev]``.
Every column is tried (as if undecided); a fire on a column labelled ``None`` is a false column.
"""

from __future__ import annotations

import sys
from collections import Counter

import heldout30_shapes as s30
import heldout31_shapes as s31
import heldout32_shapes as s32
from safe_synthesizer.pii.column_contact_layouts import contact_layout_columns


def _tables(which: str):
    if which == "30":
        for loc in s30.LOCALES:
            yield loc, 30001, s30.heldout30_table(loc, 30001)
    elif which == "31":
        for loc in s31.LOCALES:
            yield loc, 31001, s31.heldout31_table(loc, 31001)
    elif which == "32":
        for loc in s32.LOCALES:
            seeds = (
                range(32001, 32007) if loc in s32.FIRST7 else range(32001, 32003) if loc in s32.NEW8_32 else (32001,)
            )
            for seed in seeds:
                yield loc, seed, s32.heldout32_table(loc, seed)
    else:
        for loc in s32.LOCALES[::3]:
            for seed in (32501, 32502):
                yield loc, seed, s32.heldout32_table(loc, seed)


def main() -> None:
    tally: Counter = Counter()
    for which in (sys.argv[1] if len(sys.argv) > 1 else "30,31,32,dev").split(","):
        for loc, seed, t in _tables(which):
            columns = [c for c in t.frame.columns if c != t.notes_column]
            got = contact_layout_columns(t.frame, columns, {})
            for column, label in t.labels.items():
                name_label = bool(label) and label != "dont_care" and "name" in label
                if column in got:
                    kind = "hit" if name_label else "dont_care" if label == "dont_care" else "FALSE"
                    tally[which, kind] += 1
                    if kind != "hit":
                        print(which, loc, seed, kind, column, label, got[column].evidence, list(t.frame[column][:4]))
    print(dict(tally))


if __name__ == "__main__":
    main()
