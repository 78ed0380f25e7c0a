"""Helper AD, session 58: what the address-cell reader's column pass (``column_read_addresses``) and the note
street rule change, before and after (run with the private tree holding the hooks first on PYTHONPATH).

    PYTHONPATH=/work/s58_AD/src:benchmarks .venv/bin/python benchmarks/dev_ad_s58.py --set 43 --seeds 43501-43503
    ... --set 41 [--locales a,b] [--seeds ...]      (columns, shown and hidden headers)
    ... --mode shared                               (the CSVs of /work/shared/data)
    ... --mode text --set 43 --seeds 43501-43503    (note streets: caught values, new false spans)

Columns: a table is read twice only when the pass decides a column in it (``values+parts``): with the pass and
with it replaced by nothing; each column whose entity changes is printed with its label (``+`` mended, ``-``
lost, ``=`` other) and counted.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
from collections import Counter
from pathlib import Path
from unittest import mock

import pandas as pd

import pii_heldout_scoring as scoring
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import detect_table as dt


def _entities(df: pd.DataFrame, hooks: bool) -> dict:
    if hooks:
        found = dt.detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
    else:
        with mock.patch.object(dt, "read_address_columns", lambda *a: {}):
            found = dt.detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
    return {c: (d.entity if d else None, d.method if d else "") for c, d in found.items()}


def _columns(build, locale: str, seed: int, totals: Counter) -> None:
    t = build(locale, seed)
    totals["tables"] += 1
    for hidden in (False, True):
        df, labels = scoring._hide(t.frame, t.labels) if hidden else (t.frame, t.labels)
        after = _entities(df, True)
        if not any(m == "values+parts" for _, m in after.values()):
            continue
        before = _entities(df, False)
        for column, (was, _) in before.items():
            now = after[column][0]
            if now == was:
                continue
            label = labels.get(column)
            if label == "dont_care":
                continue
            good = [(bool(label) and e in label) or (not label and e is None) for e in (was, now)]
            mark = "+" if good[1] > good[0] else "-" if good[1] < good[0] else "="
            totals[mark] += 1
            values = list(dict.fromkeys(map(str, df[column].dropna().tolist())))[:4]
            kind = "hidden" if hidden else "shown"
            print(mark, locale, seed, kind, column, label, was, "->", now, values, flush=True)


def _fast(build, locale: str, seed: int, totals: Counter) -> None:
    """The pass's evidence on every column alone (what the rules decided not asked): an upper bound of its new
    false columns (``F``: a column labelled other than an address, street or town) and of its finds."""
    from safe_synthesizer.pii.column_read_addresses import read_address_evidence

    t = build(locale, seed)
    totals["tables"] += 1
    for column in t.frame.columns:
        if column == getattr(t, "notes_column", None):
            continue
        label = t.labels.get(column)
        if label == "dont_care" or (evidence := read_address_evidence(t.frame[column])) is None:
            continue
        place = bool(label) and bool({"street_address", "address", "city"} & set(label))
        totals["read place" if place else "F"] += 1
        if not place:
            values = list(dict.fromkeys(map(str, t.frame[column].dropna().tolist())))[:5]
            print("F", locale, seed, column, label, evidence[0], values, flush=True)


def _shared(totals: Counter) -> None:
    for path in sorted(Path("/work/shared/data").rglob("*.csv")):
        df = pd.read_csv(path, nrows=3000, low_memory=False)
        totals["files"] += 1
        for hidden in (False, True):
            frame = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)}) if hidden else df
            after = _entities(frame, True)
            for column, (entity, method) in after.items():
                if method == "values+parts":
                    totals["new columns"] += 1
                    print("C", path.name, hidden, column, entity, flush=True)


def _text(build, locale: str, seed: int, totals: Counter) -> None:
    from safe_synthesizer.pii.text_streets import street_spans

    if importlib.util.find_spec("safe_synthesizer.pii.text_street_place_words") is None:
        return  # the rule is not in this tree
    t = build(locale, seed)
    column = getattr(t, "notes_column", None)
    if column is None or column not in t.frame.columns:
        return
    for note, truth in zip(t.frame[column].tolist(), t.notes, strict=False):
        if not isinstance(note, str) or not note.strip():
            continue
        totals["notes"] += 1
        with mock.patch("safe_synthesizer.pii.text_street_place_words.place_word_street_spans", lambda t: []):
            before = street_spans(note)
        after = street_spans(note)
        old = [(a, b) for a, b, _ in before]
        for entity, value in truth:
            if entity in ("street_address", "address"):
                totals["streets"] += 1
                at = note.find(value)
                was = at >= 0 and any(a <= at and at + len(value) <= b for a, b in old)
                now = at >= 0 and any(a <= at and at + len(value) <= b for a, b, _ in after)
                totals["caught before"] += was
                totals["caught after"] += now
                if now and not was:
                    print("+", locale, seed, repr(value), flush=True)
        for a, b, _ in after:
            if any(x <= a and b <= y for x, y in old):
                continue
            piece = note[a:b]
            hits = [(e, v) for e, v in truth if v and (v in piece or piece in v)]
            if any(e in ("street_address", "address", "city") for e, _ in hits):
                continue
            mark = "O" if hits else "F"
            totals[mark] += 1
            print(mark, locale, seed, repr(piece), "<<", repr(note[:120]), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=43)
    ap.add_argument("--locales", default="")
    ap.add_argument("--seeds", default="")
    ap.add_argument("--mode", choices=("columns", "fast", "shared", "text"), default="columns")
    args = ap.parse_args()
    totals: Counter = Counter()
    if args.mode == "shared":
        _shared(totals)
        print(dict(totals))
        return
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    locales = args.locales.split(",") if args.locales else list(shapes.LOCALES)
    a, _, b = args.seeds.partition("-")
    seeds = range(int(a), int(b or a) + 1) if a else shapes.SEEDS
    for locale in locales:
        for seed in seeds:
            try:
                {"columns": _columns, "fast": _fast, "text": _text}[args.mode](build, locale, seed, totals)
            except Exception as exc:  # a set's builder may not cover every shape or seed
                totals["skipped"] += 1
                print("skip", locale, seed, type(exc).__name__, exc)
    print(dict(totals))


if __name__ == "__main__":
    main()
