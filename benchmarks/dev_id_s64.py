"""Session 64, helper ID: id columns read as one run of the column's own shape, and residues of the original left in
a found cell's fake.

Modes (values printed are the builders' synthetic cells, never real data):

- ``--upper``: :func:`column_id_runs.id_run_columns` over EVERY column of each table as if nothing were found (an
  upper bound of what the pass could take): prints each taken column with its label; a label that is not an id is
  a possible false column. Cheap: no detection runs.
- ``--columns``: ``plan_columns`` shown and hidden, the id/place misses and false columns (``--patch``: with the
  proposed wiring of ``/work/s64docs/wiring_ID.md`` monkeypatched in).
- ``--leaks``: ``replace_pii`` and, per found labelled column, cells left whole and PII-bearing residues of the
  original in the fake (:func:`fake_residues.residue_tokens`); ``--patch`` with the residue scrub wired.

Run: ``cd /work/main && PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_id_s64.py --set 49
--locales ce_RU,oc_FR --seeds 49001,49002 --upper|--columns|--leaks [--patch]``
"""

from __future__ import annotations

import argparse
import importlib
import sys

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_block_codes import block_code_postcodes
from safe_synthesizer.pii.column_id_runs import id_run_columns

WATCH = ("national_id", "postcode", "city", "street_address", "address")


def patch_columns() -> None:
    """The proposed detect_table wiring: id_run_columns and block_code_postcodes right after id_part_columns."""
    import safe_synthesizer.pii.detect_table as dt

    inner = dt.id_part_columns

    def wrapped(frame, names, found, region="US"):
        out = inner(frame, names, found, region)
        out.update(id_run_columns(frame, names, {**found, **out}, region))
        out.update(block_code_postcodes(frame, {**found, **out}))
        return out

    dt.id_part_columns = wrapped


def patch_leaks() -> None:
    """The proposed replace_engine wiring: each structured column's mapping scrubbed of residues."""
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
    return getattr(mod, f"heldout{setno}_table"), mod.region


def upper(table, region: str, loc: str, seed: int) -> int:
    df = table.frame
    names = [c for c in df.columns if c != table.notes_column]
    took = id_run_columns(df, names, dict.fromkeys(names), region)
    bad = 0
    for column, det in took.items():
        label = table.labels.get(column)
        lab = label if not label or label == "dont_care" else label[0]
        ok = lab in ("national_id", "dont_care")
        bad += not ok
        vals = [str(v) for v in df[column].dropna().unique() if str(v).strip()][:5]
        print("TAKE" if ok else "FALSE?", loc, seed, repr(column), lab, vals, det.evidence)
    return bad


def columns(table, loc: str, seed: int) -> None:
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
            if label and entity in label:
                continue
            if not ((label and label[0] in WATCH) or entity in WATCH):
                continue
            kind = "MISS" if label else "FALSE"
            vals = [str(v) for v in df[column].dropna().unique() if str(v).strip()][:5]
            print(kind, "hidden" if hidden else "shown", loc, seed, repr(column), label and label[0], entity, vals)


def leaks(table, loc: str, seed: int, counts: dict) -> None:
    from safe_synthesizer.pii.fake_residues import residue_tokens
    from safe_synthesizer.pii.replace import replace_pii

    df = table.frame
    res = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    found = {c.column: c.entity for c in res.report.columns}
    for column, label in table.labels.items():
        if not label or label == "dont_care" or column == table.notes_column:
            continue
        entity = found.get(column)
        if entity is None or entity not in label:
            continue
        for b, a in zip(df[column], res.data[column], strict=True):
            if b is None or (isinstance(b, float) and pd.isna(b)) or not str(b).strip():
                continue
            b, a = str(b).strip(), "" if a is None or (isinstance(a, float) and pd.isna(a)) else str(a).strip()
            kept = residue_tokens(b, a, entity)
            if kept:
                counts[label[0]] = counts.get(label[0], 0) + 1
                print("LEAK", loc, seed, label[0], repr(b), "->", repr(a), kept)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", type=int, default=49)
    parser.add_argument("--locales", default="en_US")
    parser.add_argument("--seeds", default="49001")
    parser.add_argument("--rows", type=int, default=0)
    parser.add_argument("--upper", action="store_true")
    parser.add_argument("--columns", action="store_true")
    parser.add_argument("--leaks", action="store_true")
    parser.add_argument("--patch", action="store_true")
    args = parser.parse_args()
    if args.patch:
        patch_columns()
        if args.leaks:
            patch_leaks()
    build, region = builder(args.set)
    bad, counts = 0, {}
    for loc in args.locales.split(","):
        for seed in (int(s) for s in args.seeds.split(",")):
            try:
                table = build(loc, seed, n=args.rows)
            except Exception as exc:  # a builder without this locale/seed
                print("SKIP", loc, seed, type(exc).__name__, file=sys.stderr)
                continue
            if args.upper:
                bad += upper(table, region(loc), loc, seed)
            if args.columns:
                columns(table, loc, seed)
            if args.leaks:
                leaks(table, loc, seed, counts)
    if args.upper:
        print("FALSE? total", bad)
    if args.leaks:
        print("LEAKS", counts, sum(counts.values()))


if __name__ == "__main__":
    main()
