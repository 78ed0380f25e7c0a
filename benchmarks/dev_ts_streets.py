"""Helper TS (session 49): free-text street recall and street spans on held-out tables, with today's code.

Usage: PYTHONPATH=src:benchmarks python benchmarks/dev_ts_streets.py en_MW,st_LS 34001,34002 [--spans] [--parts]

Per locale: streets caught / streets in notes (the set's own trace test), the misses, and with ``--spans``
every street span the replaced notes lost (to review precision on notes without a labelled street).
"""

from __future__ import annotations

import sys

import pandas as pd

import bench_pii_heldout34 as bench
import heldout34_shapes as set34
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii


def score(locale: str, seed: int, show_spans: bool = False) -> tuple[int, int, list[str]]:
    """(caught, total, misses) of the street addresses in one table's notes."""
    table = set34.heldout34_table(locale, seed)
    result = replace_pii(table.frame, infer_schema(table.frame), ReplacePiiParameters(), seed=0)
    got = total = 0
    misses = []
    after = result.data[table.notes_column].tolist()
    for before, replaced, truth in zip(table.frame[table.notes_column].tolist(), after, table.notes, strict=True):
        replaced = "" if replaced is None or (isinstance(replaced, float) and pd.isna(replaced)) else str(replaced)
        for entity, value in truth:
            if entity != "street_address":
                continue
            total += 1
            ok = bench.caught(entity, value, replaced, locale)
            got += ok
            if not ok:
                misses.append(f"{value!r} in {replaced!r}")
        if show_spans and isinstance(before, str) and before != replaced:
            print(f"   {before!r}\n-> {replaced!r}")
    return got, total, misses


def main() -> None:
    locales = sys.argv[1].split(",")
    seeds = [int(s) for s in sys.argv[2].split(",")] if len(sys.argv) > 2 else [34001]
    show = "--spans" in sys.argv
    if "--parts" in sys.argv:  # the wiring asked for in /work/s49docs/wiring_TS.md, tried before the lead wires it
        import safe_synthesizer.pii.replace_engine as engine
        from safe_synthesizer.pii.text_street_row_parts import row_street_parts

        engine.row_streets = row_street_parts
    all_got = all_total = 0
    for locale in locales:
        got = total = 0
        misses = []
        for seed in seeds:
            g, t, m = score(locale, seed, show)
            got, total, misses = got + g, total + t, misses + m
        all_got, all_total = all_got + got, all_total + total
        print(f"{locale}: {got}/{total}")
        for m in misses:
            print("   MISS", m)
    print(f"ALL: {all_got}/{all_total}")


if __name__ == "__main__":
    main()
