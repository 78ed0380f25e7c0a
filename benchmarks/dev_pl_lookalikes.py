"""The code-like columns of set 30's shapes (seen) and their labels: which numbers are ids and which are record
numbers (donor, case, permit, screening), with distinct shares and row counts: a dev lens for PL (s45).

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/dev_pl_lookalikes.py --locales de_DE,en_ZM --seeds 30501,30502
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from heldout30_shapes import heldout30_table

_CODE = re.compile(r"^[\w\-/ .#]*\d[\w\-/ .#]*$")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--locales", default="de_DE,en_ZM,rw_RW,fr_HT")
    ap.add_argument("--seeds", default="30501,30502,30503,30504,30505,30506,30507,30508")
    a = ap.parse_args()
    for loc in a.locales.split(","):
        for seed in (int(s) for s in a.seeds.split(",")):
            t = heldout30_table(loc, seed, 0)
            for col in t.frame.columns:
                values = t.frame[col].dropna().astype(str).str.strip()
                values = values[values != ""]
                if values.empty or values.str.match(_CODE).mean() < 0.8 or values.str.len().mean() < 5:
                    continue
                if values.str.count(r"\d").mean() < 4:
                    continue
                label = t.labels.get(col)
                print(f"{loc} {seed} {t.shape} {col!r} {label} n={len(values)} distinct={values.nunique()} "
                      f"{values.head(4).tolist()}")  # fmt: skip


if __name__ == "__main__":
    main()
