"""Dev: print a set-32-shaped table's address/town columns and what plan_columns makes of them, shown and hidden.

Run: PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_ad_show.py en_PG:32001 lo_LA:32501 ...
"""

from __future__ import annotations

import sys

import heldout32_shapes as set32
from pii_heldout_scoring import _hide
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

PLACE = {"address", "street_address", "city", "postcode", "state"}


def show(locale: str, seed: int, all_cols: bool = False) -> None:
    t = set32.heldout32_table(locale, seed)
    df, labels = t.frame, t.labels
    hdf, _ = _hide(df, labels)
    shown = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    hidden = {p.column: p.entity for p in plan_columns(hdf, infer_schema(hdf), ReplacePiiParameters(), seed=0)}
    print(f"== {locale}:{seed} {t.shape} rows={len(df)}")
    for i, c in enumerate(df.columns):
        lab = labels.get(c)
        h = f"c{i:03d}"
        s, hh = shown.get(c), hidden.get(h)
        placeish = (lab and lab != "dont_care" and lab[0] in PLACE) or s in PLACE or hh in PLACE
        if not (all_cols or placeish):
            continue
        ok = (
            ""
            if (lab in (None, "dont_care") and not s and not hh)
            or (lab and lab != "dont_care" and s in lab and hh in lab)
            else "  <<<"
        )
        print(f"  {h} {c!r:28} label={lab} shown={s} hidden={hh}{ok}")
        print("     ", list(df[c].astype(str).head(6)))


if __name__ == "__main__":
    allc = "--all" in sys.argv
    for arg in sys.argv[1:]:
        if arg.startswith("--"):
            continue
        loc, seed = arg.split(":")
        show(loc, int(seed), allc)
