"""Session 57, helper PC: how often the person-column passes of this session fire, on people and on others.

Each held-out set's tables (33-42 and set 42's unseen seeds 42501-42503) are built and the passes run alone
(``dressed_people_columns`` on every text column; ``returning_people_columns`` beside the table's name columns by
truth): a superset of what the pipeline hands them (the columns the earlier rules left), so a fire on a column whose
truth is no person is a possible new false column, and a fire on a person column a possible gain. The shared data
sets' text columns are read too. Prints counts and the false columns (header, set, locale), no cells.

    PYTHONPATH=src:benchmarks python benchmarks/dev_pc_s57.py --sets 33,34,42 --seeds first [--locales en_US,fr_NE]
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_undecided import is_text_series

PEOPLE = {"name", "first_name", "last_name"}
_ANCHOR = ColumnDetection("truth", "name", 1.0, 1.0, "truth", 0, None, "")


def _label_people(label) -> bool:
    return isinstance(label, (tuple, list, set, frozenset)) and bool(PEOPLE & set(label))


def _fires(frame: pd.DataFrame, labels: dict, notes: str) -> list[tuple[str, bool]]:
    """(column, is a person column by truth) of the columns the passes fire on: every text column but the notes,
    the returning pass beside the table's true full-name and surname columns."""
    # Imported here: ``--pipeline`` runs on the session-start tree too, which has neither pass.
    from safe_synthesizer.pii.column_dressed_people import dressed_people_columns
    from safe_synthesizer.pii.column_returning_people import returning_people_columns

    columns = [c for c in frame.columns if c != notes and is_text_series(frame[c])]
    fired = set(dressed_people_columns(frame, columns, {}))
    anchors = {c: _ANCHOR for c in columns if _label_people(labels.get(c)) and labels[c][0] != "first_name"}
    found = {c: anchors.get(c) for c in columns}
    fired |= set(returning_people_columns(frame, [c for c in columns if c not in anchors], found))
    return [(c, _label_people(labels.get(c))) for c in columns if c in fired]


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


def run_pipeline(locales: list[str], seeds: tuple[int, ...]) -> None:
    """Column recall and precision of the whole pipeline (whichever ``src`` is first on the path) on set 42's
    builder, shown and hidden, with the misses and false columns of person entities."""
    import bench_pii_heldout42 as bench
    import heldout42_shapes as set42

    totals = {"shown": [0, 0, 0, 0], "hidden": [0, 0, 0, 0]}
    for locale in locales:
        for seed in seeds:
            table = set42.heldout42_table(locale, seed)
            for mode in totals:
                out = bench.score_columns(table.frame, table.labels, mode == "hidden", locale, table.notes_column)
                for i, k in enumerate(("hit", "pos", "correct", "found")):
                    totals[mode][i] += out[k]
                for m in out["miss"] + out["false"]:
                    if "name" in m:
                        print(f"   {mode} {locale}/{seed}/{table.shape}: {m}")
    for mode, (hit, pos, correct, found) in totals.items():
        print(f"{mode}: recall {hit}/{pos} = {hit / max(pos, 1):.3f}, precision {correct}/{found} = "
              f"{correct / max(found, 1):.3f}")  # fmt: skip


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
    parser.add_argument("--pipeline", action="store_true", help="plan_columns on set 42's builder, --locales")
    args = parser.parse_args()
    locales = [x for x in args.locales.split(",") if x] or None
    if args.pipeline:
        run_pipeline(
            locales or [], {"first": (42001,), "all": (42001, 42002), "unseen": (42501, 42502, 42503)}[args.seeds]
        )
        return
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
