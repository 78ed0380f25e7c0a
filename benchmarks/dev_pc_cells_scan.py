"""Fast scan for helper PC: the people-cells pass (``column_people_cells``) run alone on every column of set 31's
tables (all shapes, set 31's seeds) or of tables at other seeds, without the rest of the detector.

What it finds among person columns is what it can add (those set 31 missed before are counted apart, from
``benchmarks/results/pii_heldout31_before.json``); what it finds among columns that are no person's name is a
false column unless an earlier rule decided that column first (counted as false here: the worst case).

Run: ``PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_pc_cells_scan.py [--seeds set31|dev]``
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

import heldout31_shapes as shapes
from safe_synthesizer.pii.column_people_cells import people_cell_columns

PERSON = {"name", "first_name", "last_name"}
BEFORE = Path(__file__).parent / "results" / "pii_heldout31_before.json"


def _seeds(which: str, locale: str) -> list[int]:
    if which == "dev":
        return list(range(31501, 31509))
    if locale in shapes.FIRST7:
        return list(range(31001, 31007))
    return [31001, 31002] if locale in shapes.NEW8_31 else [31001]


def _sweep() -> None:
    """The pass alone on every column of the sweep's tables (shared data, hospital categories): all but lahman's
    names and places are no person's name, so anything it finds there is a false column."""
    import bench_pii_sweep as sweep

    for name, df in sweep._tables().items():
        found = people_cell_columns(df, list(df.columns), {})
        print(f"{name}: {len(df.columns)} columns, found {sorted(found)}", flush=True)


def _other_sets(numbers: range, per_set: int = 20) -> None:
    """The pass alone on the tables of earlier held-out sets (seeds past their runners', as the column corpus
    takes them): person columns found, and every other column found (false, the notes column included)."""
    import importlib

    count: collections.Counter = collections.Counter()
    for number in numbers:
        shapes_n = importlib.import_module(f"heldout{number}_shapes")
        locales = list(shapes_n.LOCALES)
        build = getattr(shapes_n, f"heldout{number}_table")
        for k, locale in enumerate(locales[:: max(1, len(locales) // per_set)][:per_set]):
            try:
                t = build(locale, number * 1000 + 700 + k)
            except ValueError:  # a set whose builder takes its runner's seeds only
                t = build(locale, shapes_n.SEEDS[k % len(shapes_n.SEEDS)])
            labels = dict(t.labels)
            notes = getattr(t, "notes_column", None)
            if notes in t.frame.columns and notes not in labels:
                labels[notes] = None
            found = people_cell_columns(t.frame, list(t.frame.columns), {})
            for column in found:
                label = labels.get(column)
                if label == "dont_care":
                    continue
                kind = "person" if label and label[0] in PERSON else "FALSE"
                count[kind] += 1
                ex = " | ".join(t.frame[column].dropna().astype(str).head(3))
                print(f"{kind:6s} set{number} {locale} {column!r} {label} [{ex[:160]}]", flush=True)
    print(dict(count))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", default="set31", choices=("set31", "dev"))
    ap.add_argument("--locales", default="")
    ap.add_argument("--sweep", action="store_true", help="the sweep's tables instead: every column it finds is false")
    ap.add_argument("--sets", default="", help="earlier held-out sets instead (e.g. 15-30), 20 tables each")
    a = ap.parse_args()
    if a.sweep:
        _sweep()
        return
    if a.sets:
        lo, _, hi = a.sets.partition("-")
        _other_sets(range(int(lo), int(hi or lo) + 1))
        return
    before = json.loads(BEFORE.read_text())["locales"]
    locales = a.locales.split(",") if a.locales else list(shapes.LOCALES)
    count: collections.Counter = collections.Counter()
    for locale in locales:
        missed = set(before.get(locale, {}).get("shown_miss", [])) if a.seeds == "set31" else set()
        for seed in _seeds(a.seeds, locale):
            t = shapes.heldout31_table(locale, seed)
            found = people_cell_columns(t.frame, list(t.frame.columns), {})
            for column, label in t.labels.items():
                values = t.frame[column].dropna()
                if values.empty or label == "dont_care":
                    continue
                person = bool(label) and label[0] in PERSON
                if column in found:
                    kind = "person" if person else "FALSE"
                    count[kind] += 1
                    was = f"{seed}/{column}:{label[0] if label else None}->None" in missed
                    count["fixed_shown"] += was
                    ex = " | ".join(values.astype(str).head(2))
                    print(f"{kind:6s} {'FIXED' if was else '     '} {locale}/{seed} {t.shape} {column!r} [{ex}]")
                elif person:
                    count["person_not_found"] += 1
            sys.stdout.flush()
    print(dict(count))


if __name__ == "__main__":
    main()
