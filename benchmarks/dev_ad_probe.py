"""Dev probe (helper AD, session 49): hidden-header detections of set-34-shaped tables, with their evidence.

Usage: PYTHONPATH=src:benchmarks python benchmarks/dev_ad_probe.py fr_CD:34002 rw_RW:34501 ...
"""

from __future__ import annotations

import sys

import pandas as pd

import heldout33_shapes
import heldout34_shapes
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns


def probe(locale: str, seed: int, verbose: bool = True) -> list[str]:
    """The labelled place columns the hidden plan misses or mislabels (``column:label->entity``)."""
    build = heldout33_shapes.heldout33_table if 33000 <= seed < 34000 else heldout34_shapes.heldout34_table
    table = build(locale, seed)
    df = table.frame
    names = list(df.columns)
    hidden = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(names)})
    plans = {p.column: p for p in plan_columns(hidden, infer_schema(hidden), ReplacePiiParameters(), seed=0)}
    out = []
    for i, column in enumerate(names):
        label = table.labels.get(column)
        plan = plans.get(f"c{i:03d}")
        entity = plan.entity if plan and plan.entity != "free_text" else None
        bad = (label not in (None, "dont_care") and entity not in label) or (
            label is None and entity is not None and column != table.notes_column
        )
        if bad:
            out.append(f"{locale}/{seed}/{column}:{label[0] if label else None}->{entity}")
        if verbose and (bad or (label and label != "dont_care" and label[0] in ("city", "street_address", "address"))):
            vals = list(dict.fromkeys(df[column].dropna().astype(str)))[:6]
            print(f"  {'MISS' if bad else 'ok  '} {column!r} {label} -> {entity} {plan.method if plan else ''} {vals}")
    return out


if __name__ == "__main__":
    pd.set_option("display.width", 250)
    for spec in sys.argv[1:]:
        loc, _, seed = spec.partition(":")
        print("==", loc, seed)
        probe(loc, int(seed or 34001))
