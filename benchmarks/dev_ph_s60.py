"""Session 60, helper PH: the chain phone reader (:mod:`column_phone_chains`) on held-out tables, every text column
read as if no rule had found it (a stricter test of false columns than the pipeline's), shown and hidden headers.

Run: ``PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_ph_s60.py --set 45 --seeds 45001``.
Prints per set the phone columns found / labelled and the non-phone columns found (with their label), never values
unless ``--show``.
"""

from __future__ import annotations

import argparse
import importlib
from collections import Counter

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_phone_chains import chain_phone_columns

PHONE_LABELS = ("phone_number", "fax_number")


def _faker_locale(locale: str) -> str:
    return locale if "_" in locale else f"xx_{locale.upper()}"


def _tables(set_id: int, seeds: list[int], locales: list[str] | None):
    language = importlib.import_module(f"heldout{set_id}_language")
    build = getattr(importlib.import_module(f"heldout{set_id}_shapes"), f"heldout{set_id}_table")
    for locale in locales or language.LOCALES:
        for seed in seeds:
            try:
                yield locale, seed, build(locale, seed)
            except Exception as exc:
                print("skip", locale, seed, type(exc).__name__)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=45)
    ap.add_argument("--seeds", default="45001")
    ap.add_argument("--locales", default="")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    seeds = [int(s) for s in args.seeds.split(",")]
    locales = args.locales.split(",") if args.locales else None
    got = Counter()
    for locale, seed, table in _tables(args.set, seeds, locales):
        df = table.frame
        names = [c for c in df.columns if c != table.notes_column]
        # The table's other findings point to its country (as names and streets found with their locale do).
        anchor = ColumnDetection("__anchor__", "name", 1.0, 1.0, "rules", 0, _faker_locale(locale), "")
        found = chain_phone_columns(df, names, {**dict.fromkeys(names), "__anchor__": anchor}, seed=0)
        for column in names:
            label = table.labels.get(column)
            label = label[0] if isinstance(label, (tuple, list)) else label
            phone = label in PHONE_LABELS
            got["phone columns"] += phone
            if column in found and phone:
                got["phone found"] += 1
            elif column in found:
                got["FALSE"] += 1
                print("FALSE", locale, seed, column, label, list(df[column].head(4)) if args.show else "")
            elif phone and args.show:
                print("miss", locale, seed, column, [v for v in df[column] if v][:6])
    print(dict(got))


if __name__ == "__main__":
    main()
