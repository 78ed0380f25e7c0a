"""Session 59, helper SC: what the thin-column pass (``column_thin_findings``) changes on a held-out set's tables.

Each table that has a column the pass would read (thin, undecided text) is detected with the pass on, headers shown
and hidden (``c000``...); every finding of the pass that survives the vetoes is printed with its label (``found``:
right; ``false``: wrong; ``dont_care``), so found and new false columns are read off one run (the cores are shared:
a table without a thin column is not detected at all). No cell values are printed, only headers and entities.

    PYTHONPATH=/work/s59_SC/src:benchmarks python benchmarks/dev_sc_s59.py --set 44 --seeds 44501 --every 3
    PYTHONPATH=/work/s59_SC/src:benchmarks python benchmarks/dev_sc_s59.py --shared   # /work/shared/data CSVs
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_thin_findings import MAX_DISTINCT, MAX_THIN_FILL
from safe_synthesizer.pii.column_undecided import is_text_series
from safe_synthesizer.pii.detect_table import detect_table
from safe_synthesizer.pii.thin_column_cells import thin_view


def _thin_findings(df: pd.DataFrame) -> dict[str, str]:
    found = detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
    return {k: v.entity for k, v in found.items() if v is not None and "thin_column" in v.method}


def _has_thin(df: pd.DataFrame) -> bool:
    for col in df.columns:
        if not is_text_series(df[col]):
            continue
        view = thin_view(df[col])
        n = len(view.distinct)
        if n and n <= MAX_DISTINCT and (view.fill < MAX_THIN_FILL or view.n_junk):
            return True
    return False


def _ok(entity: str | None, label) -> bool | None:
    if label == "dont_care":
        return None
    if label is None:
        return entity is None
    return entity in label


def compare(df: pd.DataFrame, labels: dict, tag: str, tally: Counter) -> None:
    tally["tables"] += 1
    if not _has_thin(df):
        return
    tally["tables_with_thin"] += 1
    for hidden in (False, True):
        frame, lab = df, labels
        if hidden:
            rename = {c: f"c{i:03d}" for i, c in enumerate(df.columns)}
            frame, lab = df.rename(columns=rename), {rename[c]: v for c, v in labels.items()}
        for col, entity in _thin_findings(frame).items():
            label = lab.get(col)
            now = _ok(entity, label)
            kind = "dont_care" if now is None else "found" if now else "false"
            tally[(kind, "hidden" if hidden else "shown")] += 1
            fill = frame[col].astype(str).str.strip().replace({"nan": ""}).ne("").mean()
            side = "H" if hidden else "S"
            print(f"{kind:9s} {side} {tag} {col!r}: {entity} label={label} fill={fill:.2f}", flush=True)


def run_set(nn: int, locales: list[str], seeds: list[int] | None, tally: Counter) -> None:
    importlib.import_module(f"bench_pii_heldout{nn}")  # the set's Faker locales and words, as its runner sets them
    shapes = importlib.import_module(f"heldout{nn}_shapes")
    language = importlib.import_module(f"heldout{nn}_language")
    build = getattr(shapes, f"heldout{nn}_table")
    for locale in locales:
        for seed in seeds or language.seeds_for(locale):
            table = build(locale, seed)
            labels = {c: v for c, v in table.labels.items() if c != table.notes_column}
            compare(table.frame, labels, f"{nn}/{locale}/{seed}", tally)


def run_shared(tally: Counter) -> None:
    for path in sorted(Path("/work/shared/data").rglob("*.csv")):
        try:
            df = pd.read_csv(path, nrows=5000, low_memory=False)
        except Exception as exc:  # a file the reader cannot read is skipped
            print("skip", path.name, type(exc).__name__)
            continue
        compare(df, dict.fromkeys(df.columns), path.name, tally)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=44)
    ap.add_argument("--locales", default="")
    ap.add_argument("--every", type=int, default=1, help="every k-th locale of the set")
    ap.add_argument("--seeds", default="")
    ap.add_argument("--shared", action="store_true")
    args = ap.parse_args()
    tally: Counter = Counter()
    if args.shared:
        run_shared(tally)
    else:
        language = importlib.import_module(f"heldout{args.set}_language")
        locales = args.locales.split(",") if args.locales else list(language.LOCALES)[:: args.every]
        seeds = [int(s) for s in args.seeds.split(",")] if args.seeds else None
        run_set(args.set, locales, seeds, tally)
    print("TALLY", sorted((str(k), v) for k, v in tally.items()))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
