"""Dev (helper AD, session 62): street and id spans in notes, id and address columns, on one set's tables.

For each ``locale:seed`` the table's notes are replaced through ``replace_pii`` and the street/id truths left
(by the runner's trace test) are printed; the id/address columns are planned shown and hidden.

Usage: PYTHONPATH=src:benchmarks python benchmarks/dev_ad_s62.py [--set 47] [--text] [--cols] nl_NL:47001 ...
"""

from __future__ import annotations

import argparse
import importlib
from collections import Counter

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii

ENTITIES = ("street_address", "national_id", "address", "ssn", "tax_id")


def _modules(number: int):
    bench = importlib.import_module(f"bench_pii_heldout{number}")
    shapes = importlib.import_module(f"heldout{number}_shapes")
    return bench, getattr(shapes, f"heldout{number}_table")


def text_misses(bench, table, locale: str) -> tuple[Counter, list[str]]:
    result = replace_pii(table.frame, infer_schema(table.frame), ReplacePiiParameters(), seed=0)
    counts: Counter = Counter()
    missed = []
    for replaced, truth, form in zip(result.data[table.notes_column].tolist(), table.notes, table.forms, strict=True):
        if not form:
            continue
        replaced = "" if replaced is None or replaced != replaced else str(replaced)
        for entity, value in truth:
            if entity not in ENTITIES:
                continue
            ok = bench.caught(entity, value, replaced, locale)
            counts[(entity, ok)] += 1
            if not ok:
                missed.append(f"{entity}: {value!r} in {replaced!r}")
    return counts, missed


def column_misses(bench, table, locale: str) -> list[str]:
    out = []
    for hidden in (False, True):
        s = bench.score_columns(table.frame, table.labels, hidden, locale, table.notes_column)
        out += [("H " if hidden else "S ") + m for m in s["miss"] + s["false"] if any(e in m for e in ENTITIES)]
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=47)
    ap.add_argument("--text", action="store_true")
    ap.add_argument("--cols", action="store_true")
    ap.add_argument("tables", nargs="+")
    args = ap.parse_args()
    bench, build = _modules(args.set)
    total: Counter = Counter()
    for arg in args.tables:
        locale, seed = arg.split(":")
        table = build(locale, int(seed))
        if args.cols:
            for m in column_misses(bench, table, locale):
                print(f"{locale}/{seed} COL {m}")
        if args.text:
            counts, missed = text_misses(bench, table, locale)
            total.update(counts)
            for m in missed:
                print(f"{locale}/{seed} TXT {m[:260]}")
    if args.text:
        for e in sorted({k[0] for k in total}):
            print(f"TOTAL {e}: {total[(e, True)]}/{total[(e, True)] + total[(e, False)]}")


if __name__ == "__main__":
    main()
