"""Session 60, helper DB: birth dates in notes and columns, measured on seen and unseen sets.

Reads, per corpus (``45s``: set 45 as measured, seen; ``45u``: set 45's builder with seeds no run used, 45501-45503,
on 30 locales; ``44s``: set 44 seen; ``33`` .. ``43``: ten locales of each, their second seed) and
``/work/shared/data``:

- notes: the birth dates of the truth caught by the text detector's birth-date rules (a span holding the value), per
  group (first 7, new 8, others), and the detector's birth-date spans that hold no birth date of the truth (false
  spans; printed with ``-v``);
- columns: per birth-date column whether :func:`column_birth_cells.birth_date_score` reads its cells as dates
  (shown: under its name's cue; hidden: values alone), and other columns whose values alone score as birth dates;
- ``/work/shared/data``: birth-date spans in free-text columns and columns scored as birth dates by values;
- cost: the note rules over 10,000 notes.

Tables are built once and cached under ``/tmp/s60_DB/corpus``. Run with the tree to measure first on the path:
``PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_db_s60.py 45s 45u 44s 33 [-v]``.
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
from safe_synthesizer.pii.column_birth_cells import birth_date_score
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.text_detector import TextPiiDetector

CACHE = "/tmp/s60_DB/corpus"
MEASURED = "benchmarks/results/pii_heldout45_after.json"


def _jobs(name: str):
    if name in ("45s", "45u"):
        mod = importlib.import_module("heldout45_shapes")
        with open(MEASURED) as handle:
            locales = list(json.load(handle)["locales"])
        if name == "45u":
            pick = (
                list(mod.FIRST7)
                + list(mod.NEW8)
                + random.Random(60).sample([x for x in locales if x not in mod.FIRST7 and x not in mod.NEW8], 15)
            )
            return mod.heldout45_table, [(x, s) for x in pick for s in (45501, 45502, 45503)]
        jobs = []
        for x in locales:
            seeds = mod.SEEDS if x in mod.FIRST7 else mod.SEEDS[:2] if x in mod.NEW8 else mod.SEEDS[:1]
            jobs += [(x, s) for s in seeds]
        return mod.heldout45_table, jobs
    if name == "44s":
        mod = importlib.import_module("heldout44_shapes")
        with open("benchmarks/results/pii_heldout44_after.json") as handle:
            locales = list(json.load(handle)["locales"])
        jobs = []
        for x in locales:
            seeds = mod.SEEDS if x in mod.FIRST7 else mod.SEEDS[:1]
            jobs += [(x, s) for s in seeds]
        return mod.heldout44_table, jobs
    n = int(name)
    mod = importlib.import_module(f"heldout{n}_shapes")
    lang = importlib.import_module(f"heldout{n}_language")
    others = [loc for loc in lang.LOCALES if loc not in lang.FIRST7]
    pick = list(lang.FIRST7[:4]) + random.Random(n).sample(others, 6)
    return getattr(mod, f"heldout{n}_table"), [(x, list(lang.SEEDS)[1]) for x in pick]


def corpus(name: str) -> list:
    """[(locale, seed, {column: (label, cells)}, [(note, truth)])] of a corpus, built once."""
    path = f"{CACHE}/set{name}.pkl"
    if os.path.exists(path):
        with open(path, "rb") as handle:
            return pickle.load(handle)
    build, jobs = _jobs(name)
    out = []
    for locale, seed in jobs:
        t = build(locale, seed)
        nc = t.notes_column
        cols = {h: (t.labels.get(h), [str(v) for v in t.frame[h].tolist()]) for h in t.frame.columns if h != nc}
        notes = [(str(x) if x is not None else "", tr) for x, tr in zip(t.frame[nc].tolist(), t.notes, strict=True)]
        out.append((locale, seed, cols, notes))
    os.makedirs(CACHE, exist_ok=True)
    with open(path, "wb") as handle:
        pickle.dump(out, handle)
    return out


def _group(locale: str) -> str:
    mod = importlib.import_module("heldout45_shapes")
    return "first7" if locale in mod.FIRST7 else "new8" if locale in mod.NEW8 else "other"


def measure_notes(rows: list, verbose: bool) -> dict:
    det = TextPiiDetector({E.DATE_OF_BIRTH}, region="US")
    by: dict[str, list[int]] = {}
    false, missed, shown = 0, [], []
    for locale, _, _, notes in rows:
        texts = [t for t, _ in notes if t]
        truths = [tr for t, tr in notes if t]
        for text, truth, spans in zip(texts, truths, det.find_spans(texts), strict=True):
            values = [v for e, v in truth if e == E.DATE_OF_BIRTH]
            got = [(s.start, s.end) for s in spans if s.entity == E.DATE_OF_BIRTH]
            g = by.setdefault(_group(locale), [0, 0])
            masked = text
            for a, b in got:  # as the runner scores it: the value is caught when it is no longer in the text
                masked = masked[:a] + "\x00" * (b - a) + masked[b:]
            for v in values:
                ok = v not in masked
                g[0] += 1
                g[1] += ok
                if not ok:
                    missed.append(f"{locale}: {v!r} in {text[:140]!r}")
            for a, b in got:
                if not any((at := text.find(v)) >= 0 and a < at + len(v) and at < b for v in values):
                    false += 1
                    shown.append(f"{locale}: {text[max(0, a - 50) : b + 10]!r}")
    out = {k: f"{v[1]}/{v[0]}" for k, v in sorted(by.items())}
    out["new_false"] = false
    if verbose:
        out["missed"] = missed[:80]
        out["false_examples"] = shown[:40]
    return out


def measure_columns(rows: list, verbose: bool) -> dict:
    shown = hidden = n = other = 0
    flagged, missed = [], []
    for locale, seed, cols, _ in rows:
        for header, (label, cells) in cols.items():
            filled = [c for c in cells if c and c != "nan"]
            if not filled:
                continue
            sample = sample_values(pd.Series(filled), 500, 0)
            is_dob = bool(label) and label != "dont_care" and E.DATE_OF_BIRTH in label
            if is_dob:
                n += 1
                s = birth_date_score(sample, cued=True)
                h = birth_date_score(sample, cued=False)
                shown += s.share >= 0.8
                hidden += h.values_decide
                if s.share < 0.8 or verbose > 1:
                    missed.append(f"{locale}/{seed}/{header}: {s.evidence} | {filled[:3]}")
            elif label != "dont_care":
                h = birth_date_score(sample, cued=False)
                if h.values_decide:
                    other += 1
                    flagged.append(f"{locale}/{seed}/{header}={label}: {h.evidence} | {filled[:3]}")
    out = {"dob_columns": n, "cells_read_cued": shown, "values_decide": hidden, "other_values_decide": other}
    out["flagged"] = flagged[:30]
    if verbose:
        out["cells_not_read"] = missed[:40]
    return out


def measure_past(rows: list) -> dict:
    """:func:`column_past_births.past_birth_evidence` on every column of tables whose truth holds people: birth-date
    columns it reads, other columns it reads (would-be false columns)."""
    from safe_synthesizer.pii.column_past_births import past_birth_evidence

    people = {E.NAME, E.FIRST_NAME, E.LAST_NAME, E.EMAIL}
    dob = read = 0
    flagged = []
    for locale, seed, cols, _ in rows:
        if not any(label and label != "dont_care" and people & set(label) for label, _ in cols.values()):
            continue
        for header, (label, cells) in cols.items():
            if label == "dont_care":
                continue
            why = past_birth_evidence(pd.Series([c for c in cells if c and c != "nan"], dtype=object))
            if label and E.DATE_OF_BIRTH in label:
                dob += 1
                read += why is not None
            elif why is not None:
                flagged.append(f"{locale}/{seed}/{header}={label}: {why} | {[c for c in cells if c][:3]}")
    return {"dob_columns": dob, "read": read, "other_read": len(flagged), "flagged": flagged[:20]}


def measure_shared(verbose: bool) -> dict:
    det = TextPiiDetector({E.DATE_OF_BIRTH}, region="US")
    spans, cols, shown = 0, [], []
    for path in sorted(glob.glob("/work/shared/data/*.csv")):
        df = pd.read_csv(path, dtype=str, nrows=5000)
        for column in df.columns:
            cells = df[column].dropna().astype(str)
            if cells.empty:
                continue
            if cells.str.len().mean() > 30:
                texts = cells.head(3000).tolist()
                for text, found in zip(texts, det.find_spans(texts), strict=True):
                    for s in found:
                        spans += 1
                        shown.append(f"{os.path.basename(path)}/{column}: {text[max(0, s.start - 40) : s.end + 5]!r}")
            elif birth_date_score(sample_values(cells, 500, 0), cued=False).values_decide:
                cols.append(f"{os.path.basename(path)}/{column}")
            elif (why := _past(cells)) is not None:
                cols.append(f"{os.path.basename(path)}/{column} (past births: {why})")
    return {"note_spans": spans, "examples": shown[:10], "birth_columns_by_values": cols}


def _past(cells: pd.Series) -> str | None:
    try:
        from safe_synthesizer.pii.column_past_births import past_birth_evidence
    except ImportError:
        return None
    return past_birth_evidence(cells)


def cost(rows: list) -> float:
    det = TextPiiDetector({E.DATE_OF_BIRTH}, region="US")
    texts = [t for _, _, _, notes in rows for t, _ in notes if t]
    texts = (texts * (10000 // max(len(texts), 1) + 1))[:10000]
    start = time.process_time()
    det.find_spans(texts)
    return round(time.process_time() - start, 2)


def main(argv: list[str]) -> None:
    warnings.simplefilter("ignore")
    verbose = argv.count("-v")
    names = [a for a in argv if not a.startswith("-")]
    for name in names:
        if name == "shared":
            print("shared", json.dumps(measure_shared(verbose), indent=1, ensure_ascii=False))
            continue
        rows = corpus(name)
        if "-cols" not in argv:
            print(name, "notes", json.dumps(measure_notes(rows, verbose), indent=1, ensure_ascii=False))
        if "-notes" not in argv:
            print(name, "columns", json.dumps(measure_columns(rows, verbose), indent=1, ensure_ascii=False))
        if "-past" in argv:
            print(name, "past births", json.dumps(measure_past(rows), indent=1, ensure_ascii=False))
        if "-cost" in argv:
            print(name, "cost of the birth-date text rules over 10,000 notes (CPU s):", cost(rows))


if __name__ == "__main__":
    main(sys.argv[1:])
