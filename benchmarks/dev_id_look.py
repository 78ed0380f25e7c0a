"""Dev look at one held-out/dev table (helper ID, session 47): per column the label, the plan shown and hidden, and
a few values, filtered to id / phone / postcode columns (labels or plans).

Run: ``PYTHONHASHSEED=0 PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_id_look.py en_US:32002 [--all]
[--wired]``
"""

from __future__ import annotations

import sys

import bench_pii_heldout32  # noqa: F401  (the set's street words and missing words, as its runner)
import heldout32_shapes as set32
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import detect_table as DT
from safe_synthesizer.pii.column_id_rescued_people import ids_beside_rescued_people
from safe_synthesizer.pii.replace import plan_columns

WATCH = {"national_id", "phone_number", "postcode", "ssn", "passport_number", "tax_id"}


def wire() -> None:
    """The wiring request (wiring_ID.md): the unseen-layout ids again after the classifier's rescue."""
    rescue = DT.rescued_columns

    def rescued_then_ids(frame, planned, found, params, seed=0):
        rescued = rescue(frame, planned, found, params, seed)
        ids = ids_beside_rescued_people(frame, [c.name for c in planned], {**found, **rescued}, rescued, params, seed)
        return {**rescued, **ids}

    DT.rescued_columns = rescued_then_ids


def plans(df):
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def look(locale: str, seed: int, everything: bool) -> None:
    t = set32.heldout32_table(locale, seed)
    df = t.frame
    shown = plans(df)
    hidden_df = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)})
    hidden = plans(hidden_df)
    print(f"== {locale}:{seed} {t.shape} rows={len(df)}")
    for i, c in enumerate(df.columns):
        label = t.labels.get(c)
        lab = label[0] if isinstance(label, tuple) else label
        h = hidden.get(f"c{i:03d}")
        s = shown.get(c)
        if not everything and not ({lab, s, h} & WATCH):
            continue
        vals = df[c].dropna().astype(str).head(10).tolist()
        print(f"c{i:03d} {c!r:28} label={label} shown={s} hidden={h}")
        print("     ", vals)


if __name__ == "__main__":
    if "--wired" in sys.argv:
        wire()
    for arg in [a for a in sys.argv[1:] if not a.startswith("--")]:
        loc, seed = arg.split(":")
        look(loc, int(seed), "--all" in sys.argv)
