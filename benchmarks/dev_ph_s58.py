"""Helper PH, session 58: phone columns (shown and hidden headers) and false phone columns on held-out tables.

Runs ``plan_columns`` on each table of a set (shown headers and headers replaced by ``cNNN``) and counts, for
the phone columns, hits and misses, and every column planned as a phone that is no phone (false). Run with the
tree to measure first on ``PYTHONPATH``::

    PYTHONPATH=src:benchmarks python benchmarks/dev_ph_s58.py --set 43 --seeds 43501 --locales en_US,fr_FR
"""

from __future__ import annotations

import argparse
import importlib
import json

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns


def _plans(frame, hidden: bool):
    if hidden:
        frame = frame.rename(columns={c: f"c{i:03d}" for i, c in enumerate(frame.columns)})
    return frame, {p.column: p.entity for p in plan_columns(frame, infer_schema(frame), ReplacePiiParameters(), seed=0)}


def table_phones(table) -> dict:
    """Phone hits, misses and false phone columns of one table, shown and hidden."""
    out = {}
    heads = list(table.frame.columns)
    for hidden in (False, True):
        _, plans = _plans(table.frame, hidden)
        hit, miss, false = [], [], []
        for i, head in enumerate(heads):
            col = f"c{i:03d}" if hidden else head
            label = table.labels.get(head)
            label = None if label == "dont_care" else label
            is_phone = bool(label) and "phone_number" in label
            filled = table.frame[head].astype(str).str.strip().ne("").sum()
            if is_phone and filled:
                (hit if plans.get(col) == "phone_number" else miss).append(f"{head}->{plans.get(col)}")
            elif plans.get(col) == "phone_number" and head != getattr(table, "notes_column", None):
                false.append(f"{head}:{label}")
        out["hidden" if hidden else "shown"] = {"hit": hit, "miss": miss, "false": false}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=43)
    ap.add_argument("--seeds", default="")
    ap.add_argument("--locales", default="")
    ap.add_argument("--pairs", default="", help="locale/seed,... instead of --locales x --seeds")
    ap.add_argument("--out", default="")
    args = ap.parse_args()
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    locales = args.locales.split(",") if args.locales else list(shapes.LOCALES) if hasattr(shapes, "LOCALES") else []
    seeds = [int(s) for s in args.seeds.split(",")] if args.seeds else None
    totals = {"shown": [0, 0, 0], "hidden": [0, 0, 0]}
    report = {}
    pairs = [(p.split("/")[0], int(p.split("/")[1])) for p in args.pairs.split(",") if p]
    pairs = pairs or [(loc, seed) for loc in locales for seed in seeds or [args.set * 1000 + 1]]
    for loc, seed in pairs:
        if True:
            try:
                table = build(loc, seed)
            except Exception as exc:
                print(loc, seed, "build failed", type(exc).__name__)
                continue
            res = table_phones(table)
            report[f"{loc}/{seed}"] = res
            for k, r in res.items():
                totals[k][0] += len(r["hit"])
                totals[k][1] += len(r["miss"])
                totals[k][2] += len(r["false"])
                for m in r["miss"]:
                    print(loc, seed, k, "MISS", m)
                for f in r["false"]:
                    print(loc, seed, k, "FALSE", f)
    for k, (h, m, f) in totals.items():
        print(f"{k}: phone columns {h}/{h + m} found, {f} false phone columns")
    if args.out:
        with open(args.out, "w") as fh:
            json.dump({"totals": totals, "tables": report}, fh, indent=1)


if __name__ == "__main__":
    main()
