"""Dev check for helper NM (session 48): which columns of sets 30-33 the recombination rule alone would call names.

For every text column of the tables (seen seeds, or other seeds), prints the columns ``recombined_names`` accepts
whose label is no name (possible false columns) and counts the name-labelled columns it accepts or leaves (the
table-level gate, a column found about people, is assumed met).

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_nm_recombine_cols.py --sets 33 32 --seeds 0
"""

from __future__ import annotations

import argparse
import importlib
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).parent))

from safe_synthesizer.pii.column_name_recombine import recombined_names
from safe_synthesizer.pii.column_sample import sample_values

_NAMEY = ("name", "first_name", "last_name")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", nargs="+", default=["30", "31", "32", "33"])
    ap.add_argument("--seeds", nargs="*", type=int, default=[], help="other seeds (none: the set's own)")
    ap.add_argument("--locales", nargs="*", default=[])
    ap.add_argument("--show-missed", action="store_true")
    args = ap.parse_args()
    for s in args.sets:
        mod = importlib.import_module(f"heldout{s}_shapes")
        build = getattr(mod, f"heldout{s}_table")
        hit = pos = false = 0
        for locale in args.locales or mod.LOCALES:
            seeds = args.seeds or (mod.SEEDS.get(locale, []) if isinstance(mod.SEEDS, dict) else mod.SEEDS)
            for seed in seeds:
                try:
                    t = build(locale, seed)
                except Exception as exc:  # a dev scan: a locale the set cannot build
                    print("skip", locale, seed, exc)
                    continue
                for col in t.frame.columns:
                    series = t.frame[col]
                    if pd.api.types.is_numeric_dtype(series.dtype):
                        continue
                    label = t.labels.get(col)
                    why = recombined_names(sample_values(series, 500, 0))
                    namey = isinstance(label, tuple) and label[0] in _NAMEY
                    pos += namey
                    hit += namey and why is not None
                    if why is not None and not namey and label != "dont_care":
                        false += 1
                        print(f"FALSE set{s} {locale} {seed} {t.shape} {col!r} {label}: {list(series.head(6))} {why}")
                    elif why is not None and label == "dont_care":
                        print(f"dont_care set{s} {locale} {seed} {col!r}: {list(series.head(4))}")
                    elif namey and why is None and args.show_missed:
                        print(f"left set{s} {locale} {seed} {col!r}: {list(series.head(4))}")
        print(f"set {s}: name columns accepted {hit}/{pos}; non-name columns accepted {false}", flush=True)


if __name__ == "__main__":
    main()
