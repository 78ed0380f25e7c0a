"""Dev: id and phone column decisions (hidden and shown) against labels on set-35-shaped tables of other seeds."""

from __future__ import annotations

import sys

import heldout35_shapes as hs
from pii_heldout_scoring import infer_schema
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.pii.detect_table import detect_table

_WATCHED = {"national_id", "phone_number", "postcode"}


def check(locale: str, seed: int) -> list[str]:
    t = hs.heldout35_table(locale, seed)
    out = []
    for hidden in (False, True):
        df, labels = t.frame, t.labels
        if hidden:
            ren = {c: f"c{i:03d}" for i, c in enumerate(df.columns)}
            df, labels = df.rename(columns=ren), {ren[c]: v for c, v in labels.items()}
        found = detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
        for c in df.columns:
            got = found.get(c).entity if found.get(c) is not None else None
            label = labels.get(c)
            want = set(label) if isinstance(label, tuple) else set()
            if (got in _WATCHED and got not in want and label != "dont_care") or (want & _WATCHED and got not in want):
                out.append(f"{locale} {seed} {t.shape} {'h' if hidden else 's'} {c}: {label} -> {got}")
    return out


if __name__ == "__main__":
    locales, seeds = sys.argv[1].split(","), [int(s) for s in sys.argv[2].split(",")]
    for loc in locales:
        for seed in seeds:
            for line in check(loc, seed):
                print(line, flush=True)
            print(f"done {loc} {seed} {hs.shape_of(loc, seed)}", flush=True)
