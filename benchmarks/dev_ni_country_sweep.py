"""Stress test of the country pass on real tables: every shared table read as if it were of each country.

Why: the sweep's tables are all American, so the country pass (:mod:`column_id_country`) never runs on
them. Here every column of every ``../shared/data`` table that column detection leaves unflagged is tried
against the bare id layout of each country the pass knows (NG, GE, AZ, BD, PH, PK), as if the table's
names and phones were of that country. Any column taken is a false id column the pass would make there
(customer ids, order numbers, counts, codes of real exports).

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/dev_ni_country_sweep.py [--rows 5000]``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def main() -> None:
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii import entities as E
    from safe_synthesizer.pii.column_detector import detect_columns
    from safe_synthesizer.pii.column_id_country import _LAYOUTS, MIN_SHARE, country_id_evidence

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    args = parser.parse_args()
    taken, tried = [], 0
    for path in sorted(DATA.glob("*.csv")):
        df = pd.read_csv(path, nrows=args.rows, low_memory=False)
        found = detect_columns(df, infer_schema(df), entities=list(E.ALL_ENTITIES))
        for name in df.columns:
            if found.get(name) is not None:
                continue
            series = df[name].dropna()
            if pd.api.types.is_float_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype) or series.empty:
                continue
            sample = series.sample(min(len(series), 500), random_state=0) if len(series) > 500 else series
            values = [str(v) for v in sample]
            for country in _LAYOUTS:
                tried += 1
                share, why = country_id_evidence(values, country)
                if share >= MIN_SHARE:
                    taken.append(f"{path.name} `{name}` as {country}: {why}")
        print(f"{path.name}: {len(df.columns)} columns, {sum(v is not None for v in found.values())} flagged")
    print(f"columns taken as bare ids {len(taken)}/{tried} (column x country)")
    for line in taken:
        print("  ", line)


if __name__ == "__main__":
    main()
