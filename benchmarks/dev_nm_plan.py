"""Dev (helper NM, session 50): the plan of one set-35 table, shown or hidden, with each column's method.

Run: ``PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_nm_plan.py en_US 35516 [--hidden]``."""

from __future__ import annotations

import sys

import heldout35_shapes as set35
import pii_heldout_scoring as shared
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns


def main() -> None:
    loc, seed, hidden = sys.argv[1], int(sys.argv[2]), "--hidden" in sys.argv
    t = set35.heldout35_table(loc, seed)
    df, labels = shared._hide(t.frame, t.labels) if hidden else (t.frame, t.labels)
    plans = {p.column: p for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    for col, real in zip(df.columns, t.frame.columns, strict=True):
        p = plans.get(col)
        vals = t.frame[real].dropna().astype(str).head(3).tolist()
        print(f"{col[:28]:28} {str(labels.get(col))[:30]:30} {p and p.entity} [{p and p.method}] {vals}")


if __name__ == "__main__":
    main()
