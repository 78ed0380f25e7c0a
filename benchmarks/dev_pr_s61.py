"""Session 61 helper PR: false columns, one person one fake, survivors (a measuring script, no library code).

Modes:

- ``falses SET`` (46 or 45): every false column of the set's results JSON, with its header, a few values and the
  detection (entity, method, evidence) that took it, shown and hidden;
- ``scan SET SEEDS LOCALES``: build the tables of ``heldoutSET_table(locale, seed)`` and list the false columns
  (labelled None or another entity) of ``plan_columns``, shown and hidden, with their evidence: for unseen seeds
  and earlier sets (before/after by ``PYTHONPATH``);
- ``survivors SEEDS LOCALES``: replace set 46's tables and list, per column entity and cell form, the output cells
  of person/phone/id/address columns that equal or contain their original value.

Run: ``cd /work/main && PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_pr_s61.py falses 46``.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.detect_table import detect_table
from safe_synthesizer.pii.replace import phone_region, replace_pii

RESULTS = {
    46: "benchmarks/results/pii_heldout46_after.json",
    45: "benchmarks/results/pii_heldout45_s60_seen_after.json",
}


def _builder(number: int):
    if number >= 44:
        module = importlib.import_module(f"heldout{number}_shapes")
    else:
        module = importlib.import_module(f"bench_pii_heldout{number}")
    importlib.import_module(f"bench_pii_heldout{number}")  # the runner widens the scoring word lists at import
    return getattr(module, f"heldout{number}_table")


def _hide(df: pd.DataFrame) -> pd.DataFrame:
    return df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)})


def _detections(df: pd.DataFrame, seed: int = 0) -> dict:
    params = ReplacePiiParameters()
    schema = infer_schema(df)
    return detect_table(df, schema.columns, params, region=phone_region(params), seed=seed)


def _falses_of(table, hidden: bool, notes_column: str | None, misses: list | None = None) -> list:
    """The false columns (labelled None or another entity) of a table; its missed labelled columns go to
    ``misses`` when given."""
    df = table.frame
    labels = table.labels
    frame = _hide(df) if hidden else df
    found = _detections(frame)
    out = []
    for i, column in enumerate(df.columns):
        name = f"c{i:03d}" if hidden else column
        d = found.get(name)
        label = labels.get(column)
        if label == "dont_care" or column == notes_column:
            continue
        if misses is not None and label and (d is None or d.entity not in label):
            misses.append((column, label, None if d is None else d.entity))
        if d is None or d.entity == "free_text":
            continue
        if label is None or d.entity not in label:
            out.append((column, name, label, d))
    return out


def falses(number: int) -> None:
    data = json.loads(Path(RESULTS[number]).read_text())
    build = _builder(number)
    for locale, v in data["locales"].items():
        items = v.get("shown_false", []) + v.get("hidden_false", [])
        seeds = sorted({int(x.split("/")[0]) for x in items})
        for seed in seeds:
            table = build(locale, seed)
            for hidden in (False, True):
                for column, _name, label, d in _falses_of(table, hidden, table.notes_column):
                    print(f"{locale} {seed} {'hidden' if hidden else 'shown'} {column!r}: {label} -> {d.entity} "
                          f"[{d.method}] {d.evidence[:160]}")  # fmt: skip
                    print("   ", table.frame[column].dropna().astype(str).head(8).tolist())


def scan(number: int, seeds: list[int], locales: list[str]) -> None:
    build = _builder(number)
    total = 0
    for locale in locales:
        for seed in seeds:
            try:
                table = build(locale, seed)
            except Exception as exc:  # a builder without this locale
                print(f"{locale} {seed}: no table ({type(exc).__name__})")
                continue
            for hidden in (False, True):
                misses: list = []
                for column, _name, label, d in _falses_of(table, hidden, table.notes_column, misses):
                    total += 1
                    print(f"FALSE {number} {locale} {seed} {'hidden' if hidden else 'shown'} {column!r}: {label} -> "
                          f"{d.entity} [{d.method}] {d.evidence[:120]}")  # fmt: skip
                    print("   ", table.frame[column].dropna().astype(str).head(6).tolist())
                for column, label, entity in misses:
                    side = "hidden" if hidden else "shown"
                    print(f"MISS {number} {locale} {seed} {side} {column!r}: {label[0]} -> {entity}")
    print("TOTAL FALSE", total)


_KEPT = ("name", "first_name", "last_name", "phone_number", "national_id", "street_address", "address", "email")


def survivors(seeds: list[int], locales: list[str]) -> None:
    build = _builder(46)
    counts: Counter = Counter()
    for locale in locales:
        for seed in seeds:
            table = build(locale, seed)
            df = table.frame
            result = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
            forms = getattr(table, "forms", {}) or {}
            for column, label in table.labels.items():
                if not label or label == "dont_care" or label[0] not in _KEPT:
                    continue
                before = df[column].astype("string").fillna("")
                after = result.data[column].astype("string").fillna("")
                for b, a in zip(before, after, strict=True):
                    b, a = str(b).strip(), str(a).strip()
                    if len(b) < 3 or b.lower() in ("n/a", "none", "nan", "-"):
                        continue
                    if b == a or b in a:
                        form = forms.get(column, "?") if isinstance(forms, dict) else "?"
                        counts[(label[0], str(form)[:30])] += 1
                        print(f"SURVIVOR {locale} {seed} {column!r} {label[0]} form={str(form)[:30]}: {b!r} -> {a!r}")
    for key, n in counts.most_common():
        print("COUNT", key, n)
    print("TOTAL SURVIVORS", sum(counts.values()))


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "falses":
        falses(int(sys.argv[2]))
    elif mode == "scan":
        scan(int(sys.argv[2]), [int(s) for s in sys.argv[3].split(",")], sys.argv[4].split(","))
    elif mode == "survivors":
        survivors([int(s) for s in sys.argv[2].split(",")], sys.argv[3].split(","))
