"""Session 65, helper ID: hidden-header id and place columns, and residues of the original left in a found cell's
fake.

Modes (values printed are the builders' synthetic cells, never real data):

- ``--columns``: ``plan_columns`` shown and hidden; id/place misses and false columns (``--patch``: with the
  proposed wiring of ``/work/s65docs/wiring_ID.md`` monkeypatched in).
- ``--leaks``: ``replace_pii`` and, per found labelled column, PII-bearing residues of the original left in the
  fake (:func:`fake_residues.residue_tokens`); ``--patch`` with the residue scrub wired.

Run: ``cd /work/main && PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_id_s65.py --set 50
--locales en_GB --seeds 50002 --columns|--leaks [--patch]``
"""

from __future__ import annotations

import argparse
import importlib
import sys

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema

WATCH = ("national_id", "postcode", "city", "street_address", "address")


def patch_columns() -> None:
    """The proposed detect_table wiring (none yet)."""


def patch_leaks() -> None:
    """The proposed replace_engine wiring: each faked column's mapping scrubbed of residues."""
    import safe_synthesizer.pii.replace_engine as re_
    from safe_synthesizer.pii.fake_residues import scrub_residues

    inner = re_.ChunkReplacer.build

    def build(self):
        inner(self)
        mapper = self._live_mapper()
        for state in self._columns.values():
            if state.mapping and state.plan.strategy == "fake":
                state.mapping = scrub_residues(state.mapping, state.plan.entity, mapper, state.plan.locale)

    re_.ChunkReplacer.build = build


def builder(setno: int):
    mod = importlib.import_module(f"heldout{setno}_shapes")
    return getattr(mod, f"heldout{setno}_table")


def columns(table, loc: str, seed: int, counts: dict) -> None:
    from safe_synthesizer.pii.replace import plan_columns

    for hidden in (False, True):
        df, labels = table.frame, dict(table.labels)
        if hidden:
            rename = {c: f"c{i:03d}" for i, c in enumerate(df.columns)}
            df, labels = df.rename(columns=rename), {rename[c]: v for c, v in labels.items()}
        plans = {p.column: p for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
        for column, label in labels.items():
            if label == "dont_care":
                continue
            plan = plans.get(column)
            entity = plan.entity if plan and plan.entity != "free_text" else None
            if not ((label and label[0] in WATCH) or entity in WATCH):
                continue
            way = "hidden" if hidden else "shown"
            if label and entity in label:
                counts[(way, label[0], "ok")] = counts.get((way, label[0], "ok"), 0) + 1
                continue
            kind = "MISS" if label else "FALSE"
            key = (way, (label and label[0]) or entity, kind)
            counts[key] = counts.get(key, 0) + 1
            vals = [str(v) for v in df[column].dropna().unique() if str(v).strip()][:4]
            print(kind, way, loc, seed, repr(column), label and label[0], entity, vals)


def leaks(table, loc: str, seed: int, counts: dict) -> None:
    from safe_synthesizer.pii.fake_residues import column_dress, residue_tokens
    from safe_synthesizer.pii.replace import replace_pii

    df = table.frame
    res = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    found = {c.column: c.entity for c in res.report.columns}
    for column, label in table.labels.items():
        if column == table.notes_column:
            continue
        entity = found.get(column)
        if entity is None or entity == "free_text":
            continue
        dress = column_dress([str(v).strip() for v in df[column].dropna()], entity)
        for b, a in zip(df[column], res.data[column], strict=True):
            if b is None or (isinstance(b, float) and pd.isna(b)) or not str(b).strip():
                continue
            b, a = str(b).strip(), "" if a is None or (isinstance(a, float) and pd.isna(a)) else str(a).strip()
            kept = residue_tokens(b, a, entity, dress)
            if kept:
                tag = label[0] if label and label != "dont_care" else f"FALSE:{entity}"
                counts[tag] = counts.get(tag, 0) + 1
                print("LEAK", loc, seed, tag, repr(b), "->", repr(a), kept)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", type=int, default=50)
    parser.add_argument("--locales", default="en_US")
    parser.add_argument("--seeds", default="50001")
    parser.add_argument("--rows", type=int, default=0)
    parser.add_argument("--columns", action="store_true")
    parser.add_argument("--leaks", action="store_true")
    parser.add_argument("--patch", action="store_true")
    args = parser.parse_args()
    if args.patch:
        patch_columns()
        if args.leaks:
            patch_leaks()
    build = builder(args.set)
    counts: dict = {}
    for loc in args.locales.split(","):
        for seed in (int(s) for s in args.seeds.split(",")):
            try:
                table = build(loc, seed, n=args.rows)
            except Exception as exc:  # a builder without this locale/seed
                print("SKIP", loc, seed, type(exc).__name__, file=sys.stderr)
                continue
            if args.columns:
                columns(table, loc, seed, counts)
            if args.leaks:
                leaks(table, loc, seed, counts)
    for key, n in sorted(counts.items(), key=str):
        print("COUNT", key, n)


if __name__ == "__main__":
    main()
