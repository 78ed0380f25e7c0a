"""Session 61, helper SC: person columns and notes in scripts without a Faker name list (Gurmukhi, Tatar Cyrillic,
Ethiopic, Thaana...): per table, each labelled column's plan (headers shown and hidden), and the share of person
fakes written in the column's own script. No cell values are printed unless ``--show`` is given (dev only).

    PYTHONPATH=/work/s61_SC/src:benchmarks python benchmarks/dev_sc_s61.py --set 46 --locales pa_IN,tt_RU \
        --seeds 46001,46002
"""

from __future__ import annotations

import argparse
import importlib
import unicodedata
from collections import Counter

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

PERSON = {"name", "first_name", "last_name"}


def _script(value: str) -> str:
    scripts = Counter(unicodedata.name(ch, "?").split(" ", 1)[0] for ch in value if ch.isalpha())
    return scripts.most_common(1)[0][0] if scripts else ""


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def table_report(table, tag: str, tally: Counter, show: bool) -> None:
    df, labels = table.frame, table.labels
    for hidden in (False, True):
        frame = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)}) if hidden else df
        names = list(frame.columns)
        plans = _plans(frame)
        for i, col in enumerate(df.columns):
            label = labels.get(col)
            if col == table.notes_column or label == "dont_care":
                continue
            got = plans.get(names[i])
            if got == "free_text":
                got = None
            want = label[0] if label else None
            ok = (got in label) if label else got is None
            side = "H" if hidden else "S"
            tally[(side, "pos" if label else "neg", ok)] += 1
            if not ok:
                print(f"  {'MISS' if label else 'FALSE'} {side} {tag} {col!r}: {want} -> {got}", flush=True)
    result = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    for col, label in labels.items():
        if not label or label == "dont_care" or label[0] not in PERSON:
            continue
        for b, a in zip(df[col].tolist(), result.data[col].tolist(), strict=True):
            if not isinstance(b, str) or not b.strip():
                continue
            sb = _script(b)
            if sb in ("", "LATIN"):
                continue
            tally["fakes"] += 1
            tally["fakes_same_script"] += _script(str(a)) == sb
            tally["left"] += str(a).lower() == b.lower()
            if show and tally["fakes"] % 5 == 0:
                print(f"    fake {b!r} -> {a!r}")
    if show:
        notes_after = result.data[table.notes_column].tolist()
        for before, after, truth in zip(df[table.notes_column].tolist(), notes_after, table.notes, strict=True):
            if truth and before:
                print(f"    note {before!r}\n      -> {after!r}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=46)
    ap.add_argument("--locales", required=True)
    ap.add_argument("--seeds", default="")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    importlib.import_module(f"bench_pii_heldout{args.set}")
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    tally: Counter = Counter()
    for locale in args.locales.split(","):
        seeds = [int(s) for s in args.seeds.split(",")] if args.seeds else [args.set * 1000 + 1]
        for seed in seeds:
            table = build(locale, seed)
            table_report(table, f"{locale}/{seed}", tally, args.show)
    pos = tally[("S", "pos", True)] + tally[("S", "pos", False)]
    posh = tally[("H", "pos", True)] + tally[("H", "pos", False)]
    print(
        f"recall shown {tally[('S', 'pos', True)]}/{pos} hidden {tally[('H', 'pos', True)]}/{posh}; "
        f"false shown {tally[('S', 'neg', False)]} hidden {tally[('H', 'neg', False)]}; "
        f"person fakes in the cell's script {tally['fakes_same_script']}/{tally['fakes']}, left {tally['left']}"
    )


if __name__ == "__main__":
    main()
