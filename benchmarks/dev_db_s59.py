"""Session 59, helper DB: birth dates in any layout (columns) and after any birth cue (notes), measured.

Reads, per held-out set (44 seen, 44's unseen seeds 44501-44503 on 40 locales, sets 33-43: 10
locales (four of the first seven, six drawn) of each, their second seed) and ``/work/shared/data``:

- notes: the birth dates of the truth that :func:`birth_cue_reader.read_birth_cue_spans` catches (a span holding
  the value), and its spans that hold no birth date of the truth and that the text rules of the tree on the path do
  not give already (new false spans, printed);
- columns: cells written with a separator only the widened :mod:`date_reader` reads (``_ · | ~``) that now read as
  dates, in birth-date columns and in all others (the others are candidates for new false columns: each such column
  is scored by :func:`column_birth_cells.birth_date_score` and printed when it says birth dates);
- cost: the reader over 10,000 notes.

Tables are built once and cached under ``/tmp/s59_DB/corpus`` (building them is the slow part).

Run: ``PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_db_s59.py [sets...]`` (sets: ``44s 44u 33 .. 43
shared``).
"""

from __future__ import annotations

import glob
import importlib
import json
import os
import pickle
import random
import sys
import time
import warnings

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.birth_cue_reader import read_birth_cue_spans
from safe_synthesizer.pii.column_birth_cells import birth_date_score
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.date_reader import read_date
from safe_synthesizer.pii.text_patterns import pattern_spans

CACHE = "/tmp/s59_DB/corpus"
RARE = set("_\u00b7|~")
RESULTS = "benchmarks/results/pii_heldout44_after.json"


def _jobs(name: str):
    if name in ("44s", "44u"):
        mod = importlib.import_module("heldout44_shapes")
        with open(RESULTS) as handle:
            locales = list(json.load(handle)["locales"])
        if name == "44s":
            return mod.heldout44_table, locales, list(mod.SEEDS)
        return mod.heldout44_table, locales[:40], [44501, 44502, 44503]
    n = int(name)
    mod = importlib.import_module(f"heldout{n}_shapes")
    lang = importlib.import_module(f"heldout{n}_language")
    others = [loc for loc in lang.LOCALES if loc not in lang.FIRST7]
    pick = list(lang.FIRST7[:4]) + random.Random(n).sample(others, 6)
    return getattr(mod, f"heldout{n}_table"), pick, list(lang.SEEDS)[1:2]


def corpus(name: str) -> list:
    """[(locale, seed, {column: (label, cells)}, [(note, truth)])] of a set, built once."""
    path = f"{CACHE}/set{name}.pkl"
    if os.path.exists(path):
        with open(path, "rb") as handle:
            return pickle.load(handle)
    build, locales, seeds = _jobs(name)
    out = []
    for locale in locales:
        for seed in seeds:
            t = build(locale, seed)
            nc = t.notes_column
            cols = {h: (t.labels.get(h), [str(v) for v in t.frame[h].tolist()]) for h in t.frame.columns if h != nc}
            notes = [(str(x) if x is not None else "", tr) for x, tr in zip(t.frame[nc].tolist(), t.notes, strict=True)]
            out.append((locale, seed, cols, notes))
    os.makedirs(CACHE, exist_ok=True)
    with open(path, "wb") as handle:
        pickle.dump(out, handle)
    return out


def _inside(span: tuple[int, int], text: str, value: str) -> bool:
    at = text.find(value)
    while at >= 0:
        if span[0] <= at + len(value) and at <= span[1]:
            return True
        at = text.find(value, at + 1)
    return False


def measure_notes(rows: list) -> dict:
    dob = caught = false = 0
    shown = []
    for _, _, _, notes in rows:
        for text, truth in notes:
            if not text:
                continue
            values = [v for e, v in truth if e == E.DATE_OF_BIRTH]
            spans = [(a, b) for a, b, _ in read_birth_cue_spans(text)]
            old = [(a, b) for a, b, e in pattern_spans(text, (), frozenset({E.DATE_OF_BIRTH}))]
            dob += len(values)
            caught += sum(any(a <= text.find(v) and text.find(v) + len(v) <= b for a, b in spans) for v in values)
            for span in spans:
                if any(_inside(span, text, v) for v in values) or any(a < span[1] and span[0] < b for a, b in old):
                    continue
                false += 1
                shown.append(text[max(0, span[0] - 40) : span[1] + 10].replace("\n", " "))
    return {"dob": dob, "caught": caught, "new_false": false, "false_examples": shown[:15]}


def measure_columns(rows: list) -> dict:
    dob_cols = dob_new = other_new = 0
    flagged = []
    for locale, seed, cols, _ in rows:
        for header, (label, cells) in cols.items():
            is_dob = bool(label) and label != "dont_care" and E.DATE_OF_BIRTH in label
            rare = [c for c in cells if RARE & set(c) and read_date(c) is not None]
            dob_cols += is_dob
            if is_dob:
                dob_new += bool(rare)
            elif rare:
                other_new += 1
                sample = sample_values(pd.Series([c for c in cells if c]), 500, 0)
                score = birth_date_score(sample, cued=False)
                if score.values_decide:
                    flagged.append(f"{locale}/{seed}/{header}: {score.evidence}")
    return {"dob_columns": dob_cols, "dob_with_rare": dob_new, "others_with_rare": other_new, "flagged": flagged}


def measure_shared() -> dict:
    spans = new_dates = 0
    shown = []
    for path in sorted(glob.glob("/work/shared/data/*.csv")):
        df = pd.read_csv(path, dtype=str, nrows=20000)
        for column in df.columns:
            cells = df[column].dropna().astype(str)
            new_dates += sum(1 for c in cells.head(5000) if RARE & set(c) and read_date(c) is not None)
            if cells.str.len().mean() > 30:  # free text
                for text in cells:
                    for a, b, _ in read_birth_cue_spans(text):
                        spans += 1
                        shown.append(f"{os.path.basename(path)}/{column}: {text[max(0, a - 40) : b + 5]}")
    return {"new_date_cells": new_dates, "note_spans": spans, "examples": shown[:10]}


def cost(rows: list) -> float:
    texts = [t for _, _, _, notes in rows for t, _ in notes if t]
    texts = (texts * (10000 // max(len(texts), 1) + 1))[:10000]
    start = time.process_time()
    for text in texts:
        read_birth_cue_spans(text)
    return round(time.process_time() - start, 3)


def main(names: list[str]) -> None:
    warnings.filterwarnings("ignore")
    for name in names:
        if name == "shared":
            print("shared", measure_shared(), flush=True)
            continue
        rows = corpus(name)
        print(name, "notes", measure_notes(rows), flush=True)
        print(name, "columns", measure_columns(rows), flush=True)
        if name == "44s":
            print(name, "cpu s per 10,000 notes", cost(rows), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:] or ["44s", "44u", *map(str, range(33, 44)), "shared"])
