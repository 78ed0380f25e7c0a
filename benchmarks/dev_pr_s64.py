"""Session 64, helper PR: every column's plan on held-out tables (dumped, then compared), and a cell-level scan of
what the date reading of :mod:`column_entity_consistency` changes.

``--dump FILE``: one JSON line per column (shown and hidden headers) with its label, entity and method; two dumps
(before and after a change, or without and with ``--patch``) are compared by ``--diff A B``, which prints every
column whose entity changed with its label (a lost true column, a new false one, a false one taken back).
``--scan``: the columns of the tables whose cells the consistency check reads differently now (cells read as dates
by :func:`date_reader.read_date` that the old numeric check did not read), with their labels: no detection run.
Values printed are the builders' synthetic cells, never real data.

Run: ``cd /work/main && PYTHONPATH=src:benchmarks nice -n 10 .venv/bin/python benchmarks/dev_pr_s64.py --set 49
--locales en_US,sw_KE --seeds 49001 --dump /tmp/pr_before.jsonl [--patch]``
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys

ALL = "all"


def _locales(set_no: int, spec: str) -> list[str]:
    if spec != ALL:
        return spec.split(",")
    return list(importlib.import_module(f"heldout{set_no}_language").LOCALES)


def _tables(set_no: int, locales: list[str], seeds: list[int] | None):
    """The set's tables; ``seeds`` None: each locale's own seeds (``seeds_for``: six, two or one)."""
    build = getattr(importlib.import_module(f"heldout{set_no}_shapes"), f"heldout{set_no}_table")
    seeds_for = importlib.import_module(f"heldout{set_no}_language").seeds_for
    for locale in locales:
        for seed in seeds if seeds is not None else seeds_for(locale):
            try:
                yield locale, seed, build(locale, seed)
            except Exception as exc:  # a builder without this locale or seed
                print("SKIP", set_no, locale, seed, type(exc).__name__, file=sys.stderr)


def patch() -> None:
    """Monkeypatch this session's wiring proposal (/work/s64docs/wiring_PR.md) into ``detect_table``."""
    import safe_synthesizer.pii.detect_table as dt
    from safe_synthesizer.pii import column_entity_consistency as cec

    dt.date_postcode_columns = lambda frame, found: []  # the old pass, now inside consistent_findings
    dt.consistent_findings = cec.consistent_findings


def dump(args) -> None:
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import plan_columns

    seeds = None if args.seeds == ALL else [int(s) for s in args.seeds.split(",")]
    with open(args.dump, "a", encoding="utf-8") as out:
        for locale, seed, table in _tables(args.set, _locales(args.set, args.locales), seeds):
            for hidden in (False, True):
                df, labels = table.frame, dict(table.labels)
                if hidden:
                    rename = {c: f"c{i:03d}" for i, c in enumerate(df.columns)}
                    df, labels = df.rename(columns=rename), {rename[c]: v for c, v in labels.items()}
                plans = {p.column: p for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
                for column in df.columns:
                    plan = plans.get(column)
                    label = labels.get(column)
                    row = {"set": args.set, "locale": locale, "seed": seed, "hidden": hidden, "column": str(column),
                           "label": label if label == "dont_care" or not label else list(label),
                           "entity": plan.entity if plan else None, "method": plan.method if plan else ""}  # fmt: skip
                    out.write(json.dumps(row, ensure_ascii=False) + "\n")
                out.flush()
            print("DONE", args.set, locale, seed, file=sys.stderr)


def _key(row: dict) -> tuple:
    return row["set"], row["locale"], row["seed"], row["hidden"], row["column"]


def _right(entity: str | None, label) -> bool:
    if not label or label == "dont_care":
        return entity is None or label == "dont_care"
    return entity in label


def diff(a: str, b: str) -> None:
    def load(path):
        with open(path, encoding="utf-8") as f:
            return {_key(r): r for r in map(json.loads, f)}

    before, after = load(a), load(b)
    changed = 0
    for key in sorted(set(before) & set(after), key=str):
        x, y = before[key], after[key]
        if x["entity"] != y["entity"]:
            changed += 1
            label = x["label"]
            was, now = _right(x["entity"], label), _right(y["entity"], label)
            verdict = "FIXED" if now and not was else "BROKEN" if was else "OTHER"
            print(verdict, *key, label, x["entity"], "->", y["entity"], y["method"])
    print("compared", len(set(before) & set(after)), "changed", changed, file=sys.stderr)


def scan(args) -> None:
    """Columns where the new date reading changes what the consistency check reads, with their labels."""
    import pandas as pd

    from safe_synthesizer.pii import validators as V
    from safe_synthesizer.pii.column_entity_consistency import _read_cells, cell_kind, date_cells
    from safe_synthesizer.pii.date_reader import read_date

    seeds = None if args.seeds == ALL else [int(s) for s in args.seeds.split(",")]
    for locale, seed, table in _tables(args.set, _locales(args.set, args.locales), seeds):
        for column in table.frame.columns:
            series = table.frame[column]
            if pd.api.types.is_numeric_dtype(series.dtype):
                continue
            values = _read_cells(series)
            newly = [v for v in values if read_date(v) is not None and not V.looks_like_date(v)]
            dates = date_cells(values)
            label = table.labels.get(column)
            if newly or dates:
                kinds = [cell_kind(v, "US") for v in values]
                share = kinds.count("date") / max(len(values), 1)
                print(args.set, locale, seed, repr(column), label, f"new_date_cells={len(newly)}/{len(values)}",
                      f"date_share={share:.2f}", f"all_dates={dates}", newly[:3])  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", type=int, default=49)
    parser.add_argument("--locales", default="en_US", help="comma list or 'all'")
    parser.add_argument("--seeds", default="49001")
    parser.add_argument("--dump", default="")
    parser.add_argument("--diff", nargs=2, default=None)
    parser.add_argument("--scan", action="store_true")
    parser.add_argument("--patch", action="store_true")
    args = parser.parse_args()
    if args.patch:
        patch()
    if args.diff:
        diff(*args.diff)
    elif args.scan:
        scan(args)
    elif args.dump:
        dump(args)


if __name__ == "__main__":
    main()
