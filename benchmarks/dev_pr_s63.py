"""Session 63, helper PR: the false and lost columns of held-out tables, with the pass that took each.

For each (locale, seed) of a set builder, shown and hidden headers, prints every column whose plan disagrees with
its label (false: found where the label says nothing; with ``--lost`` also a label not found), the plan's method
and a few of its values. Values are the builders' synthetic cells, never real data.

Run: ``cd /work/main && PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_pr_s63.py --set 48
--locales en_US,sv_SE --seeds 48001,48002 [--lost] [--count]``
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

FIRED: list[tuple[str, str]] = []


def trace_vetoes() -> None:
    """Record what this session's vetoes take back (wraps the names ``detect_table`` imported, if hooked in)."""
    import safe_synthesizer.pii.detect_table as dt

    for name in ("thing_cell_columns", "own_town_address_vetoes"):
        if hasattr(dt, name):
            inner = getattr(dt, name)

            def wrapped(*args, _inner=inner, _name=name, **kwargs):
                out = _inner(*args, **kwargs)
                FIRED.extend((_name, c) for c in out)
                return out

            setattr(dt, name, wrapped)


def check(table, hidden: bool, lost: bool) -> list[dict]:
    """The disagreeing columns of one table."""
    df, labels, notes = table.frame, dict(table.labels), table.notes_column
    if hidden:
        rename = {c: f"c{i:03d}" for i, c in enumerate(df.columns)}
        df, labels, notes = df.rename(columns=rename), {rename[c]: v for c, v in labels.items()}, rename[notes]
    FIRED.clear()
    plans = {p.column: p for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    out = []
    for veto, column in dict.fromkeys(FIRED):
        label = labels.get(column)
        values = [str(v) for v in df[column].dropna().unique() if str(v).strip()][:6]
        print("FIRED", veto, column, label if label == "dont_care" or not label else label[0], values, file=sys.stderr)
    for column, label in labels.items():
        if label == "dont_care":
            continue
        plan = plans.get(column)
        entity = plan.entity if plan else None
        if entity == "free_text" and column != notes:
            entity = None
        if (entity is None and not label) or (label and entity in label):
            continue
        if label and not lost and entity is None:
            continue
        values = [str(v) for v in df[column].dropna().unique() if str(v).strip()][:8]
        out.append({"column": column, "label": label[0] if label else None, "entity": entity,
                    "method": plan.method if plan else "", "values": values})  # fmt: skip
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", type=int, default=48)
    parser.add_argument("--builder", default="", help="module:function of the set's table builder")
    parser.add_argument("--locales", default="en_US")
    parser.add_argument("--seeds", default="")
    parser.add_argument("--lost", action="store_true")
    parser.add_argument("--count", action="store_true", help="one short line per column")
    parser.add_argument("--trace", action="store_true", help="print what the session's vetoes take back")
    args = parser.parse_args()
    if args.trace:
        trace_vetoes()
    module_name, function = (args.builder or f"heldout{args.set}_shapes:heldout{args.set}_table").split(":")
    build = getattr(importlib.import_module(module_name), function)
    total = 0
    for locale in args.locales.split(","):
        for seed in [int(s) for s in args.seeds.split(",")] if args.seeds else [args.set * 1000 + 1]:
            table = build(locale, seed)
            print("TABLE", locale, seed, file=sys.stderr)
            for hidden in (False, True):
                rows = check(table, hidden, args.lost)
                total += len(rows)
                for r in rows:
                    if args.count:
                        print(locale, seed, "hidden" if hidden else "shown", r["column"], r["label"], "->",
                              r["entity"], r["method"])  # fmt: skip
                    else:
                        print(json.dumps({"locale": locale, "seed": seed, "hidden": hidden, **r}, ensure_ascii=False))
    print("total", total, file=sys.stderr)


if __name__ == "__main__":
    main()
