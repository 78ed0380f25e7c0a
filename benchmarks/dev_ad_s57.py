"""Helper AD, session 57: what the wiring of the calendar veto, the typed street columns and the two note street rules
changes on held-out tables, before and after (run with the private tree holding the hooks first on PYTHONPATH).

    PYTHONPATH=/work/s57_AD/src:benchmarks .venv/bin/python benchmarks/dev_ad_s57.py --set 42 --seeds 42501-42503 \
        --mode text [--locales a,b]
    ... --mode columns         (detect_table with and without the column hooks, gated tables only)
    ... --mode shared          (the CSVs of /work/shared/data: columns and text cells)

Text: per note, the street spans of :func:`text_streets.street_spans` with and without the two rules; a labelled
street (or address) value counts as caught when the spans cover it; a new span that covers no labelled street,
address or town is printed as false (``F``), one on another labelled entity as ``O``. Columns: each change of a
column's entity with its label (``+`` mended, ``-`` lost, ``=`` other), shown and hidden headers.
"""

from __future__ import annotations

import argparse
import importlib
from collections import Counter
from pathlib import Path
from unittest import mock

import pandas as pd

import pii_heldout_scoring as scoring
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import detect_table as dt
from safe_synthesizer.pii import text_street_addressee, text_street_route_cues
from safe_synthesizer.pii.column_calendar_places import _distinct, calendar_values
from safe_synthesizer.pii.column_typed_streets import typed_street_line
from safe_synthesizer.pii.text_streets import street_spans

_PLACES = {"street_address", "address", "city"}


def _without_text_rules(text: str) -> list[tuple[int, int, str]]:
    with (
        mock.patch.object(text_street_route_cues, "route_cued_street_spans", lambda t: []),
        mock.patch.object(text_street_addressee, "addressee_street_spans", lambda t: []),
    ):
        return street_spans(text)


def _covered(text: str, value: str, spans: list[tuple[int, int, str]]) -> bool:
    at = text.find(value)
    return at >= 0 and any(a <= at and at + len(value) <= b for a, b, _ in spans)


def _text(build, locale: str, seed: int, totals: Counter) -> None:
    t = build(locale, seed)
    column = getattr(t, "notes_column", None)
    if column is None or column not in t.frame.columns:
        return
    for note, truth in zip(t.frame[column].tolist(), t.notes, strict=False):
        if not isinstance(note, str) or not note.strip():
            continue
        totals["notes"] += 1
        before, after = _without_text_rules(note), street_spans(note)
        for entity, value in truth:
            if entity in ("street_address", "address"):
                totals["streets"] += 1
                was, now = _covered(note, value, before), _covered(note, value, after)
                totals["caught before"] += was
                totals["caught after"] += now
                if now and not was:
                    print("+", locale, seed, repr(value), flush=True)
        old = {(a, b) for a, b, _ in before}
        for a, b, _ in after:
            if (a, b) in old or any(x <= a and b <= y for x, y in old):
                continue
            piece = note[a:b]
            hits = [(e, v) for e, v in truth if v and (v in piece or piece in v)]
            if any(e in _PLACES for e, _ in hits):
                continue
            mark = "O" if hits else "F"
            totals[mark] += 1
            print(mark, locale, seed, repr(piece), "<<", repr(note[:120]), flush=True)


def _entities(df: pd.DataFrame, hooks: bool) -> dict:
    patches = []
    if not hooks:
        patches = [mock.patch.object(dt, "calendar_place_columns", lambda *a: []),
                   mock.patch.object(dt, "typed_street_columns", lambda *a: {})]  # fmt: skip
    for p in patches:
        p.start()
    try:
        found = dt.detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
    finally:
        for p in patches:
            p.stop()
    return {c: (d.entity if d else None) for c, d in found.items()}


def _gated(df: pd.DataFrame) -> bool:
    for column in df.columns:
        if pd.api.types.is_numeric_dtype(df[column].dtype):
            continue
        values = _distinct(df[column])
        if calendar_values(values) or sum(map(typed_street_line, values)) >= 0.5 * max(len(values), 1):
            return True
    return False


def _columns(build, locale: str, seed: int, totals: Counter) -> None:
    t = build(locale, seed)
    if not _gated(t.frame):
        return
    totals["tables detected"] += 1
    for hidden in (False, True):
        df, labels = scoring._hide(t.frame, t.labels) if hidden else (t.frame, t.labels)
        before, after = _entities(df, False), _entities(df, True)
        for column, was in before.items():
            if after[column] == was:
                continue
            label = labels.get(column)
            if label == "dont_care":
                continue
            good = [(bool(label) and e in label) or (not label and e is None) for e in (was, after[column])]
            mark = "+" if good[1] > good[0] else "-" if good[1] < good[0] else "="
            totals[mark] += 1
            values = list(dict.fromkeys(map(str, df[column].tolist())))[:5]
            kind = "hidden" if hidden else "shown"
            print(mark, locale, seed, kind, column, label, was, "->", after[column], values, flush=True)


def _shared(totals: Counter) -> None:
    for path in sorted(Path("/work/shared/data").rglob("*.csv")):
        try:
            df = pd.read_csv(path, nrows=3000, low_memory=False)
        except Exception as exc:  # a file the reader cannot parse is skipped, named
            print("skip", path.name, type(exc).__name__)
            continue
        totals["files"] += 1
        if _gated(df):
            before, after = _entities(df, False), _entities(df, True)
            for column, was in before.items():
                if after[column] != was:
                    totals["column changes"] += 1
                    print("C", path.name, column, was, "->", after[column], flush=True)
        for column in df.columns:
            if pd.api.types.is_numeric_dtype(df[column].dtype) or pd.api.types.is_bool_dtype(df[column].dtype):
                continue
            for cell in df[column].dropna().astype(str).head(3000):
                if len(cell) < 12:
                    continue
                totals["cells"] += 1
                mine = text_street_route_cues.route_cued_street_spans(cell)
                mine += text_street_addressee.addressee_street_spans(cell)
                for a, b, _ in mine:
                    totals["spans"] += 1
                    print("S", path.name, column, repr(cell[a:b]), "<<", repr(cell[:120]), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=42)
    ap.add_argument("--locales", default="")
    ap.add_argument("--seeds", default="42501-42503")
    ap.add_argument("--mode", choices=("text", "columns", "shared"), default="text")
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
                (_text if args.mode == "text" else _columns)(build, locale, seed, totals)
            except Exception as exc:  # a set's builder may not cover every shape or seed
                totals["skipped"] += 1
                print("skip", locale, seed, type(exc).__name__, exc)
    print(dict(totals))


if __name__ == "__main__":
    main()
