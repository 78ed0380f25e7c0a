"""What :func:`~safe_synthesizer.pii.column_second_births.second_birth_columns` vetoes on held-out sets 30-34
(helper DB, session 49).

Why: the veto undoes a children's birth-date column found by values beside an adult one, in tables whose rows name
one person. It must undo events (a member's ``Member Since``) and never a labelled birth date. Running the whole
pipeline per table is slow on a shared machine; the veto reads only the found people and the birth-date columns
with their evidence, so this script builds them cheaply: person columns from the table's labels (names, e-mail),
birth-date columns by the per-column value test (:func:`~safe_synthesizer.pii.column_dates.birth_date_evidence`,
the evidence the detector writes). It prints every vetoed column with its label and counts the vetoed labelled
birth dates (must be 0) and the vetoed others.

Run: ``PYTHONPATH=src:benchmarks nice -n 10 .venv/bin/python benchmarks/dev_db_second_births.py
[--sets 30,31,32,33,34] [--per-set 80]``.
"""

from __future__ import annotations

import argparse
import importlib
import warnings

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_dates import birth_date_evidence
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_few_births import PERSON_ENTITIES
from safe_synthesizer.pii.column_second_births import second_birth_columns

warnings.filterwarnings("ignore")


def tables(which: str, per_set: int) -> list[tuple[str, int]]:
    shapes = importlib.import_module(f"heldout{which}_shapes")
    seeds = importlib.import_module(f"heldout{which}_language").SEEDS
    out = [(loc, s) for loc in shapes.FIRST7 for s in seeds]
    out += [(loc, seeds[0]) for loc in shapes.LOCALES if loc not in shapes.FIRST7]
    return out[:per_set]


def found_of(df: pd.DataFrame, labels: dict) -> dict[str, ColumnDetection | None]:
    """People from the labels; birth dates by the per-column value test, with its evidence."""
    found: dict[str, ColumnDetection | None] = {}
    for column in df.columns:
        label = labels.get(column)
        entity = label[0] if isinstance(label, tuple) and label else None
        if entity in PERSON_ENTITIES:
            found[column] = ColumnDetection(column, entity, 0.9, 0.9, "label", 0)
            continue
        values = df[column].dropna()
        if values.empty or pd.api.types.is_numeric_dtype(values.dtype):
            continue
        born, why = birth_date_evidence(values.astype(str))
        if born:
            found[column] = ColumnDetection(column, E.DATE_OF_BIRTH, 0.9, 0.9, "values", 0, None, why)
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="30,31,32,33,34")
    parser.add_argument("--per-set", type=int, default=80)
    args = parser.parse_args()
    totals = {"tables": 0, "two_births": 0, "vetoed_births": 0, "vetoed_others": 0}
    for which in args.sets.split(","):
        build = getattr(importlib.import_module(f"heldout{which}_shapes"), f"heldout{which}_table")
        for locale, seed in tables(which, args.per_set):
            table = build(locale, seed)
            found = found_of(table.frame, table.labels)
            totals["tables"] += 1
            totals["two_births"] += sum(d is not None and d.entity == E.DATE_OF_BIRTH for d in found.values()) >= 2
            for column in second_birth_columns(table.frame, found):
                label = table.labels.get(column)
                birth = isinstance(label, tuple) and E.DATE_OF_BIRTH in label
                totals["vetoed_births" if birth else "vetoed_others"] += 1
                print(f"{which} {locale} {seed} {table.shape} {column!r} ({label}): {found[column].evidence[:90]}")
    print(totals)


if __name__ == "__main__":
    main()
