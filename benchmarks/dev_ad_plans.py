"""Dev (helper AD): column plans of held-out-35-shaped tables, shown and hidden, for place columns.

Usage: PYTHONPATH=src:benchmarks python benchmarks/dev_ad_plans.py fr_GP:35001 en_GG:35501 ...
"""

from __future__ import annotations

import sys

import heldout35_shapes
from bench_pii_heldout import _hide
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

PLACE = ("city", "street_address", "address", "state", "postcode", "country")


def show(locale: str, seed: int, n: int | None = None) -> None:
    table = heldout35_shapes.heldout35_table(locale, seed, n) if n else heldout35_shapes.heldout35_table(locale, seed)
    df, labels = table.frame, table.labels
    for hidden in (False, True):
        frame, labs = _hide(df, labels) if hidden else (df, labels)
        plans = {p.column: p for p in plan_columns(frame, infer_schema(frame), ReplacePiiParameters(), seed=0)}
        for (column, label), original in zip(labs.items(), labels, strict=True):
            plan = plans.get(column)
            entity = plan.entity if plan else None
            if (label and label[0] in PLACE) or entity in PLACE:
                ok = "ok " if label and entity in label else "XX "
                sample = list(dict.fromkeys(frame[column].astype(str)))[:4]
                loc = plan.locale if plan else ""
                print(f"{ok}{locale}/{seed} {'H' if hidden else 'S'} {original!r}: {label and label[0]} -> {entity}"
                      f" [{loc}] {sample}")  # fmt: skip


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        loc, _, seed = arg.partition(":")
        show(loc, int(seed))
