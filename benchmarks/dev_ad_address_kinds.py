"""Dev check (helper AD, session 48): the address-cell scores of address and town columns of unseen forms, on set
33's generators with other seeds (33501-33520) and on hand-written tables of the same kinds. Prints per column the
label, the detector's answer with the header hidden, and the address-cell score.
Usage: ``PYTHONPATH=src:benchmarks python benchmarks/dev_ad_address_kinds.py ar_QA,fr_BJ 33501 33510``."""

from __future__ import annotations

import sys

import pandas as pd

import heldout33_shapes as s33
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_address_cells import address_cells_score
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.replace import plan_columns

_PLACES = {"address", "street_address", "city"}


def _hidden(df: pd.DataFrame) -> pd.DataFrame:
    return df.set_axis([f"c{i:03d}" for i in range(df.shape[1])], axis=1)


def main(locales: list[str], first: int, last: int) -> None:
    found = missed = false = 0
    for locale in locales:
        for seed in range(first, last + 1):
            t = s33.heldout33_table(locale, seed)
            df = _hidden(t.frame)
            labels = {h: t.labels.get(c) for h, c in zip(df.columns, t.frame.columns, strict=True)}
            plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
            for col, label in labels.items():
                got = plans.get(col)
                want = tuple(label) if isinstance(label, (tuple, list)) else ()
                if not (set(want) & _PLACES) and got not in _PLACES:
                    continue
                ok = got in want
                found += ok and bool(want)
                missed += bool(want) and not ok
                false += bool(got in _PLACES and not want)
                if not ok:
                    score = address_cells_score(sample_values(df[col], 500, 0), full=True, cued=False)
                    vals = df[col].dropna().astype(str).tolist()[:4]
                    print(f"{locale} {seed} {t.shape} {col} want={want} got={got} score={score} {vals}")
    print(f"found {found} missed {missed} false {false}")


if __name__ == "__main__":
    main(sys.argv[1].split(","), int(sys.argv[2]), int(sys.argv[3]))
