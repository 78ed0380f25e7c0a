"""Helper PH, session 59: phone and national-id columns (shown and hidden headers), false ones, on held-out tables.

Runs ``plan_columns`` on each table of a set (shown headers and headers replaced by ``cNNN``) and counts, for
the phone and national-id columns, hits and misses, and every column planned as a phone or id that is none
(false). Run with the tree to measure first on ``PYTHONPATH``::

    PYTHONPATH=src:benchmarks python benchmarks/dev_ph_s59.py --set 43 --seeds 43501 --locales en_US,fr_FR
"""

from __future__ import annotations

import argparse
import importlib
import json

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

_KINDS = ("phone_number", "national_id")


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
            want = next((e for e in _KINDS if label and e in label), None)
            filled = table.frame[head].astype(str).str.strip().ne("").sum()
            got = plans.get(col)
            if want and filled:
                (hit if got in label else miss).append(f"{head}:{want}->{got}")
            elif got in _KINDS and head != getattr(table, "notes_column", None):
                false.append(f"{head}:{label}->{got}")
        out["hidden" if hidden else "shown"] = {"hit": hit, "miss": miss, "false": false}
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=43)
    ap.add_argument("--seeds", default="")
    ap.add_argument("--locales", default="")
    ap.add_argument("--pairs", default="", help="locale/seed,... instead of --locales x --seeds")
    ap.add_argument("--out", default="")
    ap.add_argument("--delta", default="", help="sets (33,34,...): what PH's passes change, judged by the labels")
    ap.add_argument("--every", type=int, default=1, help="--delta: every n-th locale of each set")
    ap.add_argument("--hidden-only", action="store_true", help="--delta: the hidden headers' run only")
    args = ap.parse_args()
    if args.delta:
        seeds = [int(s) for s in args.seeds.split(",")] if args.seeds else None
        modes = (True,) if args.hidden_only else (False, True)
        delta_main([int(s) for s in args.delta.split(",")], args.every, seeds, args.out, modes)
        return
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
        print(f"{k}: phone/id columns {h}/{h + m} found, {f} false phone/id columns")
    if args.out:
        with open(args.out, "w") as fh:
            json.dump({"totals": totals, "tables": report}, fh, indent=1)


# ``--delta``: what PH's two passes change, table by table, judged by the builder's labels (no baseline run needed:
# the passes' own answers are the change; the consistency guard's kept ids are counted too).
def _delta_table(table, hidden: bool) -> list[tuple[str, str, str]]:
    """(kind, column label, change) for each change the passes made on one table."""
    import safe_synthesizer.pii.column_entity_consistency as consistency
    import safe_synthesizer.pii.detect_table as dt
    from safe_synthesizer.pii.column_id_checksums import checksum_scheme

    changes: list[tuple[str, str, str]] = []
    frame = table.frame
    if hidden:
        frame = frame.rename(columns={c: f"c{i:03d}" for i, c in enumerate(frame.columns)})
    heads = dict(zip(frame.columns, table.frame.columns, strict=True))
    notes = getattr(table, "notes_column", None)

    def label(col):
        lab = table.labels.get(heads[col])
        return "notes" if heads[col] == notes else (None if lab == "dont_care" else lab)

    orig_values, orig_ids = dt.value_phone_columns, dt.id_not_phone_columns

    def values_pass(df, names, found, seed=0):
        out = orig_values(df, names, found, seed)
        for col, _det in out.items():
            lab = label(col)
            ok = bool(lab) and lab != "notes" and "phone_number" in lab
            changes.append(("phone+" if ok else "FALSE phone", str(lab), f"{heads[col]}"))
        return out

    def ids_pass(df, found, seed=0):
        out = orig_ids(df, found, seed)
        for col, det in out.items():
            lab = label(col)
            new = det.entity if det else None
            ok = (bool(lab) and lab != "notes" and new in lab) or (new is None and not (lab and "phone_number" in lab))
            changes.append((f"id->{new}" if ok else f"BAD id->{new}", str(lab), f"{heads[col]}"))
        return out

    def kept(values):
        got = checksum_scheme(values)
        if got is not None:
            changes.append(("kept id", "?", got[0]))
        return got

    dt.value_phone_columns, dt.id_not_phone_columns = values_pass, ids_pass
    consistency.checksum_scheme = kept
    try:
        final = dt.detect_table(frame, infer_schema(frame).columns, ReplacePiiParameters(), seed=0)
        for col in frame.columns:
            lab = label(col)
            want = next((e for e in _KINDS if lab and lab != "notes" and e in lab), None)
            if want and frame[col].astype(str).str.strip().ne("").any():
                got = final.get(col).entity if final.get(col) is not None else None
                changes.append((f"{want} {'hit' if got in lab else 'miss'}", str(lab), f"{heads[col]}->{got}"))
    finally:
        dt.value_phone_columns, dt.id_not_phone_columns = orig_values, orig_ids
        consistency.checksum_scheme = checksum_scheme
    return changes


def delta_main(sets: list[int], every: int, seeds: list[int] | None, out: str, modes: tuple[bool, ...]) -> None:
    import time

    report: dict[str, list] = {}
    for n in sets:
        shapes = importlib.import_module(f"heldout{n}_shapes")
        build = getattr(shapes, f"heldout{n}_table")
        locales = list(shapes.LOCALES)[::every]
        t0, counts = time.process_time(), {}
        for loc in locales:
            for seed in seeds or [shapes.SEEDS[0]]:
                try:
                    table = build(loc, seed)
                except Exception as exc:
                    print(n, loc, seed, "build failed", type(exc).__name__)
                    continue
                for hidden in modes:
                    for kind, lab, col in _delta_table(table, hidden):
                        counts[kind] = counts.get(kind, 0) + 1
                        report.setdefault(f"{n}", []).append(
                            [loc, seed, "hidden" if hidden else "shown", kind, lab, col]
                        )
                        if not kind.endswith(" hit"):
                            print(n, loc, seed, "hidden" if hidden else "shown", kind, lab, col, flush=True)
                print(n, loc, seed, "done", flush=True)
        print(
            f"set {n}: {len(locales)} locales x {len(seeds or [1])} seeds, {counts}, "
            f"cpu {time.process_time() - t0:.0f}s",
            flush=True,
        )
    if out:
        with open(out, "w") as fh:
            json.dump(report, fh, indent=1)


if __name__ == "__main__":
    main()
