"""Session 63, helper PH: what the any-separator phone reader (``phone_any_separator``) changes in column plans.

For the tables of held-out sets 33-48 (a few locales and seeds each), every table holding a column whose sampled
cells the reader reads as dressed numbers is planned twice (shown and hidden headers): with the reader and with it
switched off (``column_detector.separator_phone_sample`` patched to return ``None``); each column whose plan changes
is printed with its label: a phone column found is a gain, any other new phone column is a false one.

Run with the tree to measure first on the path::

    PYTHONPATH=/work/s63_PH/src:benchmarks nice -n 5 .venv/bin/python benchmarks/dev_ph_s63.py --sets 47,48
"""

from __future__ import annotations

import argparse
import importlib
import random
import sys
from collections import Counter

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import column_detector
from safe_synthesizer.pii.phone_any_separator import dressed_phone_cells
from safe_synthesizer.pii.replace import plan_columns


def _tables(number: int, seeds: list[int], n_locales: int):
    shapes = importlib.import_module(f"heldout{number}_shapes")
    build = getattr(shapes, f"heldout{number}_table")
    language = importlib.import_module(f"heldout{number}_language")
    locales = list(language.LOCALES)
    picked = locales[:7] + random.Random(number).sample(locales[7:], min(n_locales, len(locales) - 7))
    for locale in picked:
        for seed in seeds:
            try:
                yield locale, seed, build(locale, seed)
            except Exception as exc:  # a builder's own limits (a seed it has no table for)
                print(f"skip {number} {locale} {seed}: {type(exc).__name__}", file=sys.stderr)


def _plans(frame: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(frame, infer_schema(frame), ReplacePiiParameters(), seed=0)}


def _candidate(frame: pd.DataFrame) -> bool:
    return any(dressed_phone_cells(frame[c].dropna().astype(str).head(200).tolist()) for c in frame.columns)


def compare(number: int, seeds: list[int], n_locales: int) -> Counter:
    """Print the columns whose plan the reader changes; count gains, losses and false ones."""
    counts: Counter = Counter()
    real = column_detector.separator_phone_sample
    for locale, seed, table in _tables(number, seeds, n_locales):
        counts["tables"] += 1
        frame = table.frame
        if not _candidate(frame):
            continue
        counts["candidates"] += 1
        for hidden in (False, True):
            df = frame.rename(columns={c: f"c{i:03d}" for i, c in enumerate(frame.columns)}) if hidden else frame
            labels = dict(zip(df.columns, [table.labels.get(c) for c in frame.columns], strict=True))
            column_detector.separator_phone_sample = lambda sample: None
            before = _plans(df)
            column_detector.separator_phone_sample = real
            after = _plans(df)
            for c in df.columns:
                if before.get(c) != after.get(c):
                    label = labels.get(c)
                    ok_after = label is not None and label != "dont_care" and after.get(c) in label
                    ok_before = label is not None and label != "dont_care" and before.get(c) in label
                    kind = "gain" if ok_after and not ok_before else "loss" if ok_before else "FALSE"
                    if label == "dont_care" or (label is None and c == table.notes_column):
                        kind = "other"
                    counts[kind] += 1
                    mode = "hidden" if hidden else "shown"
                    print(f"{number} {locale} {seed} {mode} {c}: {label} {before.get(c)} -> {after.get(c)} {kind}")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="47,48")
    parser.add_argument("--seeds", default="")
    parser.add_argument("--locales", type=int, default=8, help="locales beyond the first 7, drawn per set")
    args = parser.parse_args()
    for number in [int(s) for s in args.sets.split(",")]:
        seeds = [int(s) for s in args.seeds.split(",")] if args.seeds else [number * 1000 + 1, number * 1000 + 2]
        print(number, dict(compare(number, seeds, args.locales)), flush=True)


if __name__ == "__main__":
    main()
