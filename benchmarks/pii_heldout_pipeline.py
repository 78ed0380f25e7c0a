"""Pipeline replay of the held-out PII runners (sets 9-11): ``safe-synthesizer run train`` on a few
tables, then every original value looked for again in ``dataset/transformed_*.csv``.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pandas as pd

from pii_heldout_cli import _cpu_seconds
from safe_synthesizer.data.blank_headers import name_blank_headers

# Values no other record's fake could equal by chance: found anywhere, they are a leak.
_UNIQUE = ("email", "phone_number", "iban", "credit_debit_card", "national_id", "ssn", "street_address", "address")


def _norm(value) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value).strip()


def _found_in(value: str, cells: list[str]) -> bool:
    """``value`` is a whole cell (case-insensitive) or, when 4+ characters, a whole word inside one."""
    low = value.lower()
    if low and any(c.lower() == low for c in cells):
        return True
    if len(value) < 4:
        return False
    # Hyphens bound words too: ``Johann`` inside the fake street ``Johann-Weinhold-Weg`` is no leak.
    pattern = re.compile(rf"(?<![\w-]){re.escape(value)}(?![\w-])")
    return any(value in c and pattern.search(c) for c in cells)


def replay(run_path: Path, table) -> dict:
    """Original values found again in ``dataset/transformed_*.csv`` (same row, and identifiers anywhere)."""
    notes_by_text = {_norm(t): truth for t, truth in zip(table.frame[table.notes_column], table.notes, strict=True)}
    # The loader names a merged header's blank columns '<group> <sub-label>': look for the labels there.
    _, names = name_blank_headers(table.frame.astype("string"), "table")
    labels = {names[c]: v for c, v in table.labels.items() if names.get(c)}
    return replay_values(run_path, labels, names.get(table.notes_column) or table.notes_column, notes_by_text)


def replay_values(run_path: Path, labels: dict, notes_column: str, notes_by_text: dict[str, list]) -> dict:
    """``replay`` of a table given as its ``labels`` (without the notes column), notes column and each
    note's entities by the note's text (set 8's tables are tuples; its mixed-country list has no notes).

    Same row: each split's ``training.csv``/``test.csv`` row against the same row of its
    ``transformed_*.csv``: a labelled cell (or an entity of the row's note: full names, identifiers,
    streets) that is a whole cell there or a whole word inside one is a leak. Anywhere: identifiers,
    streets and full addresses found in any cell of any transformed file (a common first name or
    town may be another record's fake, so those count in the same row only).
    """
    checked: dict[str, int] = defaultdict(int)
    same_row: dict[str, list[str]] = defaultdict(list)
    anywhere: dict[str, list[str]] = defaultdict(list)
    all_cells: list[str] = []
    uniques: list[tuple[str, str]] = []
    files = 0
    labels = {c.strip(): v for c, v in labels.items()}  # the loader strips column names
    notes_col = notes_column.strip()
    for split in ("training", "test"):
        out_path = run_path / "dataset" / f"transformed_{split}.csv"
        if not out_path.exists():
            continue
        files += 1
        orig = pd.read_csv(run_path / "dataset" / f"{split}.csv", dtype=str, keep_default_na=False)
        out = pd.read_csv(out_path, dtype=str, keep_default_na=False)
        all_cells += [_norm(v) for col in out.columns for v in out[col]]
        pii_cols = [c for c in out.columns if c == notes_col or labels.get(c) not in (None, "dont_care")]
        for i in range(min(len(orig), len(out))):
            row_out = [_norm(v) for v in out.iloc[i][pii_cols]]
            for column in [*labels, notes_col]:
                if column not in orig.columns:
                    continue
                value = _norm(orig.iloc[i][column])
                if column == notes_col:
                    for entity, v in notes_by_text.get(value, []):
                        if entity in ("name", "last_name") and len(v.split()) < 2:
                            continue  # a lone word: scored in the text recall, not replayed
                        checked[f"text {entity}"] += 1
                        if _found_in(v, row_out):
                            same_row[f"text {entity}"].append(v)
                        if entity in _UNIQUE or entity == "date_of_birth":
                            uniques.append((f"text {entity}", v))
                    continue
                label = labels[column]
                if label in (None, "dont_care") or not value:
                    continue
                checked[label[0]] += 1
                if _found_in(value, row_out):
                    same_row[label[0]].append(value)
                if label[0] in _UNIQUE:
                    uniques.append((label[0], value))
    for entity, value in uniques:
        if _found_in(value, all_cells):
            anywhere[entity].append(value)
    return {"files": files, "checked": dict(checked), "same_row": {k: len(v) for k, v in same_row.items()},
            "same_row_examples": {k: v[:4] for k, v in same_row.items()},
            "anywhere": {k: len(v) for k, v in anywhere.items()},
            "anywhere_examples": {k: v[:4] for k, v in anywhere.items()}}  # fmt: skip


def pipeline(
    workdir: Path, tables: tuple[tuple[str, int], ...], build: Callable, rerun: bool = True,
    replay: Callable[[Path, object], dict] = replay,
) -> dict:
    """``safe-synthesizer run train`` on a set's ``(locale, seed)`` tables (``build(locale, seed, n=300)``;
    unless ``rerun`` is off) and the replay of each run."""
    exe = Path(sys.executable).with_name("safe-synthesizer")
    report: dict = {}
    workdir.mkdir(parents=True, exist_ok=True)
    for locale, seed in tables:
        table = build(locale, seed, n=300)
        tag = f"{locale}_{seed}"
        source, run_path = workdir / f"{tag}.csv", workdir / f"run_{tag}"
        entry: dict = {"shape": table.shape}
        if rerun:
            shutil.rmtree(run_path, ignore_errors=True)  # the CLI wants a new or empty run folder
            table.frame.to_csv(source, index=False)
            cmd = [str(exe), "run", "train", "--data-source", str(source), "--run-path", str(run_path),
                   "--training__max_training_time", "1", "--force"]  # fmt: skip
            c0 = _cpu_seconds()
            try:
                proc = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=1500,
                                      env=dict(os.environ))  # fmt: skip
                entry.update(returncode=proc.returncode, stderr_tail=proc.stderr[-400:])
            except subprocess.TimeoutExpired:
                entry.update(returncode="timeout")
            entry["cpu_seconds_child"] = round(_cpu_seconds() - c0, 1)
        entry.update(replay(run_path, table))
        report[tag] = entry
        print(tag, {k: v for k, v in entry.items() if k != "stderr_tail"}, flush=True)
    return report

