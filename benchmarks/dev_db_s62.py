"""Helper DB, session 62: what the widened birth-date readers read that the tree without them did not.

``--dump OUT`` (run with a tree first on ``PYTHONPATH``) writes, for sets 33-47's tables (the first 7 locales, a few
others and the new 8, two seeds each; set 47 also its unseen seeds 47501-47503) and ``/work/shared/data``: every
cell the birth-cell reader reads as a date (:func:`column_birth_cells.birth_cell`), every birth-date span of the
notes (:func:`text_patterns.pattern_spans`), and with ``--plans`` every column's planned entity. ``--diff A B``
lists what B reads and A does not, by the cell's or the note's truth: a cell of a column not labelled a birth date,
a span where the note's truth holds none, a column planned as birth dates not labelled so, are new false findings.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pathlib
import sys
from collections import Counter

SETS = list(range(33, 48))
SHARED = pathlib.Path("/work/shared/data")


def _tables(n_other: int, unseen: bool):
    for nn in SETS:
        shapes = importlib.import_module(f"heldout{nn}_shapes")
        table = getattr(shapes, f"heldout{nn}_table")
        lang = shapes.language
        new8 = list(getattr(lang, f"NEW8_{nn}", ()) or getattr(shapes, "NEW8", ()))
        locales = [*lang.FIRST7, *list(getattr(lang, "OTHER", ()))[:n_other], *new8]
        seeds = list(lang.SEEDS[:2]) + ([47501, 47502, 47503] if unseen and nn == 47 else [])
        for locale in locales:
            for seed in seeds:
                try:
                    yield f"{nn}/{locale}/{seed}", locale, table(locale, seed)
                except Exception as exc:  # an old builder's own limits
                    print(f"set {nn} {locale} {seed}: {type(exc).__name__}", file=sys.stderr)


def dump(out: str, n_other: int, plans: bool, unseen: bool) -> None:
    import pandas as pd

    from safe_synthesizer.pii import entities as E
    from safe_synthesizer.pii.column_birth_cells import birth_cell
    from safe_synthesizer.pii.text_patterns import pattern_spans

    cells: dict[str, str] = {}
    spans: dict[str, list] = {}
    planned: dict[str, str] = {}
    for key, locale, t in _tables(n_other, unseen):
        for col in t.frame.columns:
            if col == t.notes_column:
                continue
            label = t.labels.get(col)
            dob = isinstance(label, tuple) and "date_of_birth" in label
            for v in {str(x) for x in t.frame[col].dropna() if str(x).strip()}:
                if len(v) < 60 and any(ch.isdigit() for ch in v) and birth_cell(v) == "date":
                    cells[f"{key}|{'DOB' if dob else label}|{v}"] = "date"
        region = locale.split("_")[-1]
        for i, note in enumerate(t.frame[t.notes_column]):
            if isinstance(note, str) and note:
                found = [(a, b) for a, b, e in pattern_spans(note, (region,), frozenset({E.DATE_OF_BIRTH}))]
                truth = "DOB" if any(e == "date_of_birth" for e in _note_entities(t.notes[i])) else "none"
                if found:
                    spans[f"{key}|{truth}|{note}"] = sorted(set(found))
        if plans:
            planned.update({f"{key}|{c}|{t.labels.get(c)}": e for c, e in _plans(t.frame).items()})
    for path in sorted(SHARED.glob("*.csv")):
        df = pd.read_csv(path, nrows=3000, low_memory=False)
        for col in df.columns:
            for v in {str(x) for x in df[col].dropna().head(3000)}:
                if len(v) < 60 and any(ch.isdigit() for ch in v) and birth_cell(v) == "date":
                    cells[f"shared/{path.name}|{col}|{v}"] = "date"
    pathlib.Path(out).write_text(json.dumps({"cells": cells, "spans": spans, "plans": planned}), encoding="utf-8")
    print(f"{out}: {len(cells)} date cells, {len(spans)} notes with birth spans, {len(planned)} plans")


def _note_entities(truth) -> list[str]:
    out = []
    for item in truth or []:
        out.append(item[0] if isinstance(item, (tuple, list)) else str(item))
    return out


def _plans(df) -> dict[str, str | None]:
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import plan_columns

    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def diff(a_path: str, b_path: str) -> None:
    a = json.loads(pathlib.Path(a_path).read_text(encoding="utf-8"))
    b = json.loads(pathlib.Path(b_path).read_text(encoding="utf-8"))
    new_cells = [k for k in b["cells"] if k not in a["cells"]]
    lost_cells = [k for k in a["cells"] if k not in b["cells"]]
    by = Counter(("DOB" if k.split("|")[1] == "DOB" else "NOT dob") for k in new_cells)
    print("cells read as dates, new:", dict(by), " lost:", len(lost_cells))
    for k in new_cells:
        if k.split("|")[1] != "DOB":
            print("   NEW non-DOB cell:", k)
    for k in lost_cells[:20]:
        print("   LOST cell:", k)
    changed = [k for k in set(a["spans"]) | set(b["spans"]) if a["spans"].get(k) != b["spans"].get(k)]
    by = Counter(k.split("|")[1] for k in changed)
    print("notes whose birth spans changed:", dict(by))
    for k in changed:
        if k.split("|")[1] != "DOB" or not b["spans"].get(k):
            print("   CHANGED:", k[:200], a["spans"].get(k), "->", b["spans"].get(k))
    changed = [k for k in set(a["plans"]) | set(b["plans"]) if a["plans"].get(k) != b["plans"].get(k)]
    for k in sorted(changed):
        print("   PLAN:", k, a["plans"].get(k), "->", b["plans"].get(k))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dump")
    parser.add_argument("--diff", nargs=2)
    parser.add_argument("--other", type=int, default=4)
    parser.add_argument("--plans", action="store_true")
    parser.add_argument("--unseen", action="store_true")
    args = parser.parse_args()
    if args.dump:
        dump(args.dump, args.other, args.plans, args.unseen)
    if args.diff:
        diff(*args.diff)


if __name__ == "__main__":
    main()
