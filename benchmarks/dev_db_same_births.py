"""Whether a refactor of the rows' birth-date passes changes what ``detect_pii`` finds (helper DB, session 49).

Why: ``column_cohort_births`` and ``column_row_births`` were merged onto one reader of a table's event dates per row
(``pii/row_event_dates``); their behaviour must stay as it was. ``record`` runs ``detect_pii`` (names shown and
hidden) on tables of held-out sets 30-34 and keeps each report and the inputs of every call to the two passes.
``compare`` loads both modules as they stand at ``--base`` (``git show``) and calls the old and today's passes on
each recorded input: a differing answer is printed, and its table's ``detect_pii`` is run again with today's code
and compared column by column (entity and count) with the recorded report. Same inputs and same answers at every
call give the same report (the pipeline is deterministic), so a table with no differing call needs no second run;
recorded inputs also keep other modules' changes out of the comparison.

Run (before the change, then after it): ``PYTHONPATH=src:benchmarks nice -n 10 .venv/bin/python
benchmarks/dev_db_same_births.py record [--sets 30,31,32,33,34] [--per-set 60]``, then ``... compare --base REV``.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import pickle
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Any

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import table_passes
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.replace import detect_pii

warnings.filterwarnings("ignore")
PASSES = {"cohort_birth_date_columns": "column_cohort_births", "row_birth_date_columns": "column_row_births"}
NEW = {name: getattr(table_passes, name) for name in PASSES}


def load_old(base: str) -> dict:
    """Each pass's function as its module stands at ``base``."""
    folder = Path(tempfile.mkdtemp(prefix="db_old_"))
    out = {}
    for function, module in PASSES.items():
        text = subprocess.run(
            ["git", "show", f"{base}:src/safe_synthesizer/pii/{module}.py"], capture_output=True, text=True, check=True
        ).stdout
        path = folder / f"old_{module}.py"
        path.write_text(text)
        spec = importlib.util.spec_from_file_location(f"old_{module}", path)
        mod = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = mod
        spec.loader.exec_module(mod)
        out[function] = getattr(mod, function)
    return out


def tables(which: str, per_set: int) -> list[tuple[str, str, int]]:
    """(set, locale, seed): the first 7 locales with every seed, then every other locale with its first seed."""
    shapes = importlib.import_module(f"heldout{which}_shapes")
    seeds = importlib.import_module(f"heldout{which}_language").SEEDS
    out = [(which, loc, s) for loc in shapes.FIRST7 for s in seeds]
    out += [(which, loc, seeds[0]) for loc in shapes.LOCALES if loc not in shapes.FIRST7]
    return out[:per_set]


def report(df: pd.DataFrame) -> dict[str, tuple]:
    rep = detect_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    return {c.column: (c.entity, c.n_values_replaced) for c in rep.columns}


def frame(which: str, locale: str, seed: int, mode: str) -> tuple[pd.DataFrame, Any]:
    """The table's frame (columns renamed ``c000``... when hidden) and the table."""
    table = getattr(importlib.import_module(f"heldout{which}_shapes"), f"heldout{which}_table")(locale, seed)
    df = table.frame
    if mode == "hidden":
        df = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)})
    return df, table


def record(args: argparse.Namespace) -> None:
    """Run ``detect_pii`` on each table with today's code, keeping its report and each pass call's inputs."""
    calls: list = []

    def keep(function: str):
        def run(df, names, found, entities, *a, **k):
            calls.append((function, df.copy(), list(names), dict(found), entities))
            return NEW[function](df, names, found, entities, *a, **k)

        return run

    for function in PASSES:
        setattr(table_passes, function, keep(function))
    out = Path(args.store)
    out.mkdir(parents=True, exist_ok=True)
    for which in args.sets.split(","):
        for _, locale, seed in tables(which, args.per_set):
            for mode in ("shown", "hidden"):
                path = out / f"{which}_{locale}_{seed}_{mode}.pkl"
                if path.exists():
                    continue
                df, table = frame(which, locale, seed, mode)
                calls.clear()
                path.write_bytes(pickle.dumps({"report": report(df), "calls": list(calls), "shape": table.shape}))
    print("recorded", len(list(out.glob("*.pkl"))))


def compare(args: argparse.Namespace) -> None:
    """Call the ``--base`` and today's passes on each recorded call's inputs; a table with a differing call has
    ``detect_pii`` run again with today's code and its columns compared with the recorded report."""
    old = load_old(args.base)
    totals = {"runs": 0, "calls": 0, "calls_differing": 0, "columns_differing": 0}
    for path in sorted(Path(args.store).glob("*.pkl")):
        stored = pickle.loads(path.read_bytes())
        totals["runs"] += 1
        differing = []
        for function, df, names, found, entities in stored["calls"]:
            totals["calls"] += 1
            before = old[function](df, names, dict(found), entities)
            after = NEW[function](df, names, dict(found), entities)
            if {c: d.entity for c, d in before.items()} != {c: d.entity for c, d in after.items()}:
                differing.append(f"{function}: {sorted(before)} -> {sorted(after)}")
        if not differing:
            continue
        totals["calls_differing"] += len(differing)
        which, locale, seed, mode = path.stem.split("_", 1)[0], *path.stem.split("_", 1)[1].rsplit("_", 2)
        df, _ = frame(which, locale, int(seed), mode)
        first, second = stored["report"], report(df)
        diff = {c: (first.get(c), second.get(c)) for c in set(first) | set(second) if first.get(c) != second.get(c)}
        totals["columns_differing"] += len(diff)
        print(f"{path.stem} {stored['shape']}: calls {differing}; columns {diff}", flush=True)
    print(totals)


def by_labels(args: argparse.Namespace) -> None:
    """Call the ``--base`` and today's passes on tables of sets 30-34 (names shown and hidden) with their labelled
    columns as the columns found (birth dates left out, so that the passes read every date column): quick, and
    wider than the recorded runs (no plan needed)."""
    old = load_old(args.base)
    totals = {"tables": 0, "calls": 0, "calls_differing": 0, "births_found": 0}
    for which in args.sets.split(","):
        for _, locale, seed in tables(which, args.per_set):
            table = frame(which, locale, seed, "shown")[1]
            labels = table.labels
            for mode in ("shown", "hidden"):
                df = table.frame
                if mode == "hidden":
                    df = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)})
                names = dict(zip(labels, df.columns, strict=False)) if mode == "hidden" else {c: c for c in labels}
                found = {}
                for column, label in labels.items():
                    entity = label[0] if isinstance(label, tuple) and label else None
                    if entity and entity != E.DATE_OF_BIRTH and column in names:
                        found[names[column]] = ColumnDetection(names[column], entity, 0.9, 0.9, "label", 0)
                totals["tables"] += mode == "shown"
                for function in PASSES:
                    totals["calls"] += 1
                    before = old[function](df, list(df.columns), dict(found), (E.DATE_OF_BIRTH,))
                    after = NEW[function](df, list(df.columns), dict(found), (E.DATE_OF_BIRTH,))
                    totals["births_found"] += len(after)
                    if {c: d.entity for c, d in before.items()} != {c: d.entity for c, d in after.items()}:
                        totals["calls_differing"] += 1
                        why = [d.evidence for d in (*before.values(), *after.values())]
                        print(f"{which} {locale} {seed} {mode} {function}: {sorted(before)} -> {sorted(after)} {why}")
    print(totals)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("record", "compare", "labels"))
    parser.add_argument("--base", default="HEAD", help="compare: the revision whose passes are the 'before'")
    parser.add_argument("--sets", default="30,31,32,33,34")
    parser.add_argument("--per-set", type=int, default=60)
    parser.add_argument("--store", default="/tmp/DB/same_births")
    args = parser.parse_args()
    {"record": record, "compare": compare, "labels": by_labels}[args.mode](args)


if __name__ == "__main__":
    main()
