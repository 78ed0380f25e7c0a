"""Session 61 helper PR: false columns, one person one fake, survivors (a measuring script, no library code).

Modes:

- ``falses SET`` (46 or 45): every false column of the set's results JSON, with its header, a few values and the
  detection (entity, method, evidence) that took it, shown and hidden;
- ``scan SET SEEDS LOCALES``: build the tables of ``heldoutSET_table(locale, seed)`` and list the false columns
  (labelled None or another entity) of ``plan_columns``, shown and hidden, with their evidence: for unseen seeds
  and earlier sets (before/after by ``PYTHONPATH``);
- ``fired SET SEEDS LOCALES``: with the hooks of this session in the tree (``PYTHONPATH`` at a tree that has
  them), every column the three detection checks changed, with its label: true (a false column taken back or
  mended) or lost (a true column taken back); one run gives the before/after difference of the hooks;
- ``survivors SEEDS LOCALES``: replace set 46's tables and list, per column entity and cell form, the output cells
  of person/phone/id/address columns that equal or contain their original value.

Run: ``cd /work/main && PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_pr_s61.py falses 46``.
"""

from __future__ import annotations

import importlib
import json
import re
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
    module = importlib.import_module(f"heldout{number}_shapes")
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


def fired(number: int, seeds: list[int], locales: list[str]) -> None:
    import safe_synthesizer.pii.detect_table as dt

    log: list[tuple[str, str, str]] = []  # (column, check, new entity)
    found_before: dict = {}

    def wrap(name: str, kind: str):
        inner = getattr(dt, name)

        def call(frame, found):
            found_before.update({c: (d.entity if d is not None else None) for c, d in found.items()})
            out = inner(frame, found)
            for column in out:
                new = out[column].entity if isinstance(out, dict) else None
                log.append((column, f"{kind}:{found_before.get(column)}", new))
            return out

        setattr(dt, name, call)

    wrap("town_people_findings", "people-not-towns")
    wrap("unhoused_town_columns", "unhoused-town")
    wrap("letter_code_person_columns", "letter-codes")
    build = _builder(number)
    tally: Counter = Counter()
    for locale in locales:
        for seed in seeds:
            try:
                table = build(locale, seed)
            except Exception as exc:  # a builder without this locale
                print(f"{locale} {seed}: no table ({type(exc).__name__})")
                continue
            for hidden in (False, True):
                log.clear()
                frame = _hide(table.frame) if hidden else table.frame
                _detections(frame)
                names = dict(zip(frame.columns, table.frame.columns, strict=True))
                for column, check, new in log:
                    label = table.labels.get(names[column])
                    old = check.split(":")[1]
                    was_right = bool(label) and label != "dont_care" and old in label
                    now_right = (not label or label == "dont_care") if new is None else bool(label) and new in label
                    verdict = "LOST" if was_right and not now_right else "GAIN" if now_right and not was_right else "-"
                    tally[verdict] += 1
                    print(f"FIRED {verdict} {number} {locale} {seed} {'hidden' if hidden else 'shown'} "
                          f"{names[column]!r}: {check} -> {new} (label {label})")  # fmt: skip
    print("TALLY", dict(tally))


_KEPT = ("name", "first_name", "last_name", "phone_number", "national_id", "street_address", "address", "email")
_PEOPLE = ("name", "first_name", "last_name")


def _shape(value: str) -> str:
    """The cell's layout: letters as ``a``/``A``, digits as ``9``, runs collapsed (``Lucas | Ryan`` -> ``Aa | Aa``)."""
    out = re.sub(r"[^\W\d_]", lambda m: "A" if m.group(0).isupper() else "a", value)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"\d", "9", out))[:24]


def survivors(seeds: list[int], locales: list[str]) -> None:
    """Cells of the columns the run replaced (person, phone, id, address, e-mail) whose output equals or contains
    the original value, or (people) keeps one of its name words, by entity and cell layout."""
    build = _builder(46)
    counts: Counter = Counter()
    for locale in locales:
        for seed in seeds:
            table = build(locale, seed)
            df = table.frame
            result = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
            entities = {c.column: c.entity for c in result.report.columns} if hasattr(result.report, "columns") else {}
            for column in df.columns:
                entity = entities.get(column)
                if entity not in _KEPT:
                    continue
                before = df[column].astype("string").fillna("")
                after = result.data[column].astype("string").fillna("")
                for b, a in zip(before, after, strict=True):
                    b, a = str(b).strip(), str(a).strip()
                    if len(b) < 3 or not any(ch.isalnum() for ch in b):
                        continue
                    kept = b == a or b in a
                    words = [w for w in re.findall(r"[^\W\d_]{3,}", b)] if entity in _PEOPLE else []
                    kept_word = not kept and any(re.search(rf"\b{re.escape(w)}\b", a) for w in words)
                    if kept or kept_word:
                        kind = "whole" if kept else "name word"
                        counts[(entity, kind, _shape(b))] += 1
                        print(f"SURVIVOR {locale} {seed} {column!r} {entity} {kind} {_shape(b)!r}")
    for key, n in counts.most_common():
        print("COUNT", key, n)
    print("TOTAL SURVIVORS", sum(counts.values()))


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "falses":
        falses(int(sys.argv[2]))
    elif mode == "scan":
        scan(int(sys.argv[2]), [int(s) for s in sys.argv[3].split(",")], sys.argv[4].split(","))
    elif mode == "fired":
        fired(int(sys.argv[2]), [int(x) for x in sys.argv[3].split(",")], sys.argv[4].split(","))
    elif mode == "survivors":
        survivors([int(s) for s in sys.argv[2].split(",")], sys.argv[3].split(","))
