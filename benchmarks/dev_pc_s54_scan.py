"""Where :func:`column_phone_marked.marked_phone_score` speaks (helper PC, session 54): every text column of the
shared tables (``../shared/data``) and of held-out sets' tables, hidden and shown, with its label. A column it
scores that holds no phones is a false phone column the wiring could make; one it leaves alone is unchanged.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_pc_s54_scan.py --shared
    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_pc_s54_scan.py --set 36 --seeds 36501 --every 4
"""

from __future__ import annotations

import argparse
import importlib
from collections import Counter
from pathlib import Path

import pandas as pd

from safe_synthesizer.pii.column_phone_marked import marked_phone_score
from safe_synthesizer.pii.column_sample import sample_values

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def _scan(df: pd.DataFrame, labels: dict, where: str, totals: Counter) -> None:
    for column in df.columns:
        series = df[column]
        if pd.api.types.is_numeric_dtype(series.dtype):
            continue
        totals["columns"] += 1
        sample = sample_values(series, 500, 0)
        if not sample.values or (score := marked_phone_score(sample.values)) is None:
            continue
        label = labels.get(column)
        phone = bool(label) and label != "dont_care" and ("phone_number" in label or "fax_number" in label)
        totals["phone" if phone else "NOT PHONE"] += 1
        print("phone" if phone else "FALSE", where, column, label, score.evidence)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", action="store_true")
    ap.add_argument("--set", type=int, default=0)
    ap.add_argument("--seeds", default="")
    ap.add_argument("--every", type=int, default=1)
    args = ap.parse_args()
    totals: Counter = Counter()
    if args.shared:
        for path in sorted(SHARED.glob("*.csv")):
            _scan(pd.read_csv(path, low_memory=False), {}, path.name, totals)
    if args.set:
        shapes = importlib.import_module(f"heldout{args.set}_shapes")
        build = getattr(shapes, f"heldout{args.set}_table")
        a, _, b = args.seeds.partition("-")
        for locale in list(shapes.LOCALES)[:: args.every]:
            for seed in range(int(a), int(b or a) + 1):
                try:
                    t = build(locale, seed, n=0)
                except Exception as exc:  # a set's builder may not cover every shape
                    print("skip", locale, seed, type(exc).__name__)
                    continue
                totals["tables"] += 1
                _scan(t.frame, t.labels, f"{locale} {seed}", totals)
    print(dict(totals))


if __name__ == "__main__":
    main()
