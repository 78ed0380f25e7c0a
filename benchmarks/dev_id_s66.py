"""Session 66, helper ID: national-id columns written three ways (bare, spaced box by box, dressed), address
columns in a container (tuple, markup, lines, JSON-LD).

Modes (values printed are the builders' synthetic cells, never real data):

- ``--columns``: ``plan_columns`` shown and hidden; id/place/phone misses and false columns (``--patch``: with the
  proposed wiring of ``/work/s66docs/wiring_ID.md`` monkeypatched in).
- ``--leaks``: ``replace_pii`` and, per found labelled column, PII-bearing residues of the original left in the
  fake (:func:`fake_residues.residue_tokens`); ``--patch`` with the container fakes wired.
- ``--readers``: the new column readers alone on every column of the tables (as if undecided, and as if a phone
  finding): claims on columns labelled otherwise are candidate false columns.

Run: ``cd /work/main && PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_id_s66.py --set 51
--locales en_GB --seeds 51001 --columns|--leaks|--readers [--patch]`` (``--locales all``: the set's locales)
"""

from __future__ import annotations

import argparse
import importlib
import sys

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema

WATCH = ("national_id", "postcode", "city", "street_address", "address", "phone_number")


def patch_columns() -> None:
    """The proposed detect_table wiring: the respelled id pass right after the dressed id pass."""
    import safe_synthesizer.pii.detect_table as dt
    from safe_synthesizer.pii.column_id_respelled import respelled_id_columns

    inner = dt.dressed_id_columns

    def dressed_then_respelled(frame, names, found, seed=0):
        out = inner(frame, names, found, seed)
        out.update(respelled_id_columns(frame, names, {**found, **out}, seed))
        return out

    dt.dressed_id_columns = dressed_then_respelled

    from safe_synthesizer.pii.address_containers import contained_address_columns

    inner_records = dt.record_address_columns

    def records_then_containers(frame, names, found):
        out = inner_records(frame, names, found)
        out.update(contained_address_columns(frame, names, {**found, **out}))
        return out

    dt.record_address_columns = records_then_containers

    import safe_synthesizer.pii.address_record_cells as arc

    inner_braced = arc._braced

    def braced_without_keywords(text):
        # The proposed edit of read_address_record: JSON-LD keywords (``@type``) skipped as the record's metadata.
        fields = inner_braced(text)
        return None if fields is None else [f for f in fields if not f[0].startswith("@")] or None

    arc._braced = braced_without_keywords

    import safe_synthesizer.pii.column_id_runs as runs
    from safe_synthesizer.pii.id_cell_spelling import despaced

    inner_run = runs.read_id_run
    runs.read_id_run = lambda value: inner_run(despaced(value))  # the proposed edit of read_id_run


def patch_leaks() -> None:
    """The proposed fakes wiring: an address in a container (tuple, markup) faked inside it, the container kept."""
    import safe_synthesizer.pii.fakes as fk
    from safe_synthesizer.pii.address_containers import recontained_addresses

    inner = fk.relinked_addresses

    def relinked_then_recontained(rest, fake):
        out = inner(rest, fake)
        boxed = recontained_addresses(rest, fake)
        return [o if o is not None else b for o, b in zip(out, boxed, strict=True)]

    fk.relinked_addresses = relinked_then_recontained


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


def readers(table, loc: str, seed: int, counts: dict) -> None:
    """Every reader the wiring adds or changes, alone on every column (as if left undecided, and as if a phone
    finding): the new passes' claims, and the claims of the id run and address record passes that change with the
    edits (despacing, JSON-LD keywords). A claim on a column labelled otherwise is a candidate false column (a
    superset of what the wired pipeline can do); the tables printed are the ones a full run must compare."""
    import safe_synthesizer.pii.address_record_cells as arc
    import safe_synthesizer.pii.column_id_runs as runs
    from safe_synthesizer.pii.address_containers import contained_address_columns
    from safe_synthesizer.pii.column_detector import ColumnDetection
    from safe_synthesizer.pii.column_id_respelled import respelled_id_columns
    from safe_synthesizer.pii.column_record_addresses import record_address_columns
    from safe_synthesizer.pii.id_cell_spelling import despaced

    df = table.frame
    region = loc.split("_")[-1] if "_" in loc else "US"
    plain_run, plain_braced = runs.read_id_run, arc._braced

    def edited(column, found):
        runs.read_id_run, arc._braced = (
            (lambda v: plain_run(despaced(v))),
            (lambda t: None if (f := plain_braced(t)) is None else [x for x in f if not x[0].startswith("@")] or None),
        )
        try:
            return {**runs.id_run_columns(df, [column], found, region), **record_address_columns(df, [column], found)}
        finally:
            runs.read_id_run, arc._braced = plain_run, plain_braced

    for column in df.columns:
        label = table.labels.get(column)
        for prior in (None, "phone_number"):
            found = {column: None if prior is None else ColumnDetection(column, prior, 1.0, 1.0, "values", 10)}
            got = {**respelled_id_columns(df, [column], found), **contained_address_columns(df, [column], found)}
            before = {**runs.id_run_columns(df, [column], found, region), **record_address_columns(df, [column], found)}
            after = edited(column, found)
            if column in after and column not in before:
                got.setdefault(column, after[column])
            if column not in got:
                continue
            entity = got[column].entity
            ok = bool(label) and label != "dont_care" and entity in label
            key = ("claim", entity, "ok" if ok else "FALSE", prior)
            counts[key] = counts.get(key, 0) + 1
            vals = [str(v) for v in df[column].dropna().unique() if str(v).strip()][:3]
            print("CLAIM-OK" if ok else "CLAIM-FALSE", loc, seed, prior, repr(column), label, entity, vals)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", type=int, default=50)
    parser.add_argument("--locales", default="en_US", help="comma list, or 'all' (the set's LOCALES)")
    parser.add_argument("--seeds", default="50001")
    parser.add_argument("--rows", type=int, default=0)
    parser.add_argument("--columns", action="store_true")
    parser.add_argument("--leaks", action="store_true")
    parser.add_argument("--patch", action="store_true")
    parser.add_argument("--readers", action="store_true")
    args = parser.parse_args()
    if args.patch:
        patch_columns()
        if args.leaks:
            patch_leaks()
    build = builder(args.set)
    counts: dict = {}
    locales = args.locales.split(",")
    if args.locales == "all":
        locales = importlib.import_module(f"heldout{args.set}_language").LOCALES
    for loc in locales:
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
            if args.readers:
                readers(table, loc, seed, counts)
    for key, n in sorted(counts.items(), key=str):
        print("COUNT", key, n)


if __name__ == "__main__":
    main()
