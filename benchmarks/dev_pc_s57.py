"""Session 57, helper PC: how often the person-column passes of this session fire, on people and on others.

Each held-out set's tables (33-42 and set 42's unseen seeds 42501-42503) are built and every text column is scored
by the passes' column scores alone (``dressed_people_score``; ``people_come_back_score`` beside the table's name
columns by truth): a superset of what the pipeline hands them (the columns the earlier rules left), so a fire on a
column whose truth is no person is a possible new false column, and a fire on a person column a possible gain. The
shared data sets' text columns are scored too. Prints counts and the false columns (header, set, locale), no cells.

    PYTHONPATH=src:benchmarks python benchmarks/dev_pc_s57.py --sets 33,34,42 --seeds first [--locales en_US,fr_NE]
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

import pandas as pd

from safe_synthesizer.pii.column_dressed_people import dressed_people_score, filled_cells
from safe_synthesizer.pii.column_undecided import is_text_series

PEOPLE = {"name", "first_name", "last_name"}


def _label_people(label) -> bool:
    return isinstance(label, (tuple, list, set, frozenset)) and bool(PEOPLE & set(label))


def _fires(frame: pd.DataFrame, labels: dict, notes: str) -> list[tuple[str, bool]]:
    """(column, is a person column by truth) of the columns the scores fire on."""
    out = []
    for column in frame.columns:
        if column == notes or not is_text_series(frame[column]):
            continue
        if dressed_people_score(filled_cells(frame[column])) is not None:
            out.append((column, _label_people(labels.get(column))))
    return out


def run_set(number: int, seeds: str, locales: list[str] | None) -> tuple[int, int, int, list[str]]:
    shapes = importlib.import_module(f"heldout{number}_shapes")
    language = importlib.import_module(f"heldout{number}_language")
    build = getattr(shapes, f"heldout{number}_table")
    chosen = {"first": language.SEEDS[:1], "all": language.SEEDS, "unseen": (42501, 42502, 42503)}[seeds]
    hit = people = 0
    false: list[str] = []
    for locale in locales or language.LOCALES:
        for seed in chosen:
            try:
                table = build(locale, seed)
            except Exception as exc:
                print(f"skip {number} {locale} {seed}: {type(exc).__name__}", file=sys.stderr)
                continue
            labels = getattr(table, "labels", {})
            people += sum(_label_people(v) for v in labels.values())
            for column, is_person in _fires(table.frame, labels, getattr(table, "notes_column", "")):
                hit += is_person
                if not is_person:
                    false.append(f"{number}/{locale}/{seed}/{column!r}:{labels.get(column)}")
    return hit, people, len(false), false


def run_shared() -> list[str]:
    false = []
    for path in sorted(Path("/work/shared/data").glob("*.csv")):
        frame = pd.read_csv(path, nrows=5000, low_memory=False)
        false += [f"{path.name}/{c!r}" for c, _ in _fires(frame, {}, "")]
    return false


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="42")
    parser.add_argument("--seeds", default="first", choices=("first", "all", "unseen"))
    parser.add_argument("--locales", default="")
    parser.add_argument("--shared", action="store_true")
    args = parser.parse_args()
    locales = [x for x in args.locales.split(",") if x] or None
    for number in (int(x) for x in args.sets.split(",")):
        hit, people, n_false, false = run_set(number, args.seeds, locales)
        print(f"set {number} ({args.seeds}): fired on {hit} of {people} person columns, {n_false} others")
        for f in false:
            print("   false", f)
    if args.shared:
        for f in run_shared():
            print("   false shared", f)


if __name__ == "__main__":
    main()
