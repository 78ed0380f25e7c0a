"""Dev check of ``column_sparse_given`` on set 32 shapes with dev seeds: which columns fire, by label.

Run: ``PYTHONHASHSEED=0 PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_nm_sparse_given.py [step] [seeds]``.
The table's columns are detected with their names hidden; the rule is tried on the undecided ones with the
detected people; a fire on a column labelled ``None`` is a false column.
"""

from __future__ import annotations

import sys
from collections import Counter

import heldout32_shapes as s32
from pii_heldout_scoring import ReplacePiiParameters, infer_schema
from safe_synthesizer.pii.column_detector import detect_columns
from safe_synthesizer.pii.column_sparse_given import sparse_given_columns


def main() -> None:
    step = int(sys.argv[1]) if len(sys.argv) > 1 else 4
    seeds = tuple(map(int, sys.argv[2].split(","))) if len(sys.argv) > 2 else (32501, 32502)
    tally: Counter = Counter()
    entities = ReplacePiiParameters().entities
    for loc in s32.LOCALES[::step]:
        for seed in seeds:
            t = s32.heldout32_table(loc, seed)
            df = t.frame.copy()
            names = {h: f"c{j:03d}" for j, h in enumerate(df.columns)}
            df.columns = list(names.values())
            labels = {names[h]: lab for h, lab in t.labels.items()}
            found = {
                c: (d.entity if d else None) for c, d in detect_columns(df, infer_schema(df), entities=entities).items()
            }
            got = sparse_given_columns(df, list(df.columns), found)
            for column, det in got.items():
                label = labels.get(column)
                kind = "hit" if label and label != "dont_care" and "name" in str(label) else str(label)
                tally[kind] += 1
                if kind != "hit":
                    print(loc, seed, kind, column, det.evidence, list(df[column].dropna()[:6]))
    print(dict(tally))


if __name__ == "__main__":
    main()
