"""Dev: the detections (entity, method, evidence) of chosen columns of set-35-shaped tables, hidden or shown."""

from __future__ import annotations

import sys

import heldout34_shapes as hs34
import heldout35_shapes as hs
from pii_heldout_scoring import infer_schema
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.pii.detect_table import detect_table


def look(locale: str, seed: int, hidden: bool, columns: list[int] | None = None) -> None:
    t = hs.heldout35_table(locale, seed) if seed >= 35000 else hs34.heldout34_table(locale, seed)
    df = t.frame
    labels = t.labels
    if hidden:
        ren = {c: f"c{i:03d}" for i, c in enumerate(df.columns)}
        df = df.rename(columns=ren)
        labels = {ren[c]: v for c, v in labels.items()}
    found = detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
    for i, c in enumerate(df.columns):
        if columns is not None and i not in columns:
            continue
        d = found.get(c)
        vals = df[c].dropna().astype(str).tolist()[:4]
        print(
            f"{locale} {seed} {t.shape} {i} {c!r} label={labels.get(c)} -> "
            f"{d and (d.entity, d.method, d.evidence)} {vals}"
        )


if __name__ == "__main__":
    for arg in sys.argv[1:]:
        loc, seed, mode, *cols = arg.split(":")
        look(loc, int(seed), mode == "h", [int(x) for x in cols[0].split(",")] if cols else None)
