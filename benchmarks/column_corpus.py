"""The column classifier's training corpus: labelled columns of held-out sets 15-30, at seeds no runner uses.

Each held-out set's builder (``heldoutN_shapes.heldoutN_table(locale, seed)``) gives a table with a label per
column (accepted entities, ``None`` for no personal data, ``"dont_care"``). For every table, with the column names
shown and hidden (``c000``...), the rules run (``detect_table``, the classifier off) and each column becomes one
row: its features (``pii/column_features.py``), whether the rules decided it, and its label (the first accepted
entity, ``"none"`` for no personal data; "don't care" columns are left out, as the runners leave them). The columns
the rules leave undecided are exactly those the classifier is asked about in the product; the decided ones teach it
what personal data looks like.

Seeds are ``N*1000 + 700 + k`` (runners use ``N*1000 + 1..6``; a second pass takes ``--seed-offset 800``); locales
rotate so that each set contributes ``--per-set`` tables. Run: ``PYTHONHASHSEED=0 .venv/bin/python
benchmarks/column_corpus.py --out DIR [--sets 15-30] [--per-set 60] [--seed-offset 700]``; writes
``DIR/corpus_<set>_<offset>.npz`` (features ``X``, labels ``y``, accepted entities, table ids, hidden and decided
flags, the rules' entities) so sets can be built apart and joined by the trainer.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pii_heldout_scoring import _dont_care, _hide
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_features import FEATURE_NAMES, table_features
from safe_synthesizer.pii.detect_table import detect_table

SEED_OFFSET = 700


def set_tables(number: int, per_set: int, seed_offset: int = SEED_OFFSET):
    """(locale, seed) pairs of one set: its locales in turn, ``per_set`` of them, seeds past the runners'."""
    shapes = importlib.import_module(f"heldout{number}_shapes")
    locales = list(shapes.LOCALES)
    step = max(1, len(locales) // per_set)
    picked = locales[::step][:per_set]
    # The first 7 decide the issue: each gets a second table.
    picked += [x for x in ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL") if x in locales]
    build = getattr(shapes, f"heldout{number}_table")
    for k, locale in enumerate(picked):
        yield locale, number * 1000 + seed_offset + k, build


def column_rows(table, locale: str, hidden: bool, params: ReplacePiiParameters):
    """(column, features, label, accepted, the rules' entity or ``""``) of every column of one table."""
    df, labels = table.frame, dict(table.labels)
    notes = getattr(table, "notes_column", None)
    if notes in df.columns and notes not in labels:
        labels[notes] = None
    if hidden:
        df, labels = _hide(df, labels)
    schema = infer_schema(df)
    found = detect_table(df, schema.columns, params, seed=0)
    decided = {k: (v.entity if v is not None else None) for k, v in found.items()}
    features = table_features(df, schema.columns, decided, read_names=not hidden, seed=0, decided_too=True)
    for column, x in features.items():
        label = labels.get(column)
        if label == "dont_care" or (label is not None and _dont_care(df[column], label, hidden, locale)):
            continue
        accepted = list(label) if label else []
        yield column, x, (accepted[0] if accepted else "none"), accepted, decided.get(column) or ""


def build_set(number: int, per_set: int, out: Path, seed_offset: int = SEED_OFFSET) -> None:
    params = ReplacePiiParameters(column_classifier=False)  # the rules' leftovers, whatever model is shipped
    xs, ys, accepted, ids, hidden_flags, decided_entities = [], [], [], [], [], []
    start = time.time()
    for locale, seed, build in set_tables(number, per_set, seed_offset):
        try:
            table = build(locale, seed)
        except ValueError:  # builders that pick the shape by the seed's place in their SEEDS take only those
            table = build(locale, importlib.import_module(f"heldout{number}_shapes").SEEDS[0])
        for hidden in (False, True):
            for column, x, y, acc, decided in column_rows(table, locale, hidden, params):
                decided_entities.append(decided)
                xs.append(x)
                ys.append(y)
                accepted.append(acc)
                ids.append(f"{number}/{locale}/{seed}/{column}")
                hidden_flags.append(hidden)
    np.savez_compressed(
        out / f"corpus_{number}_{seed_offset}.npz", X=np.array(xs, dtype=np.float32).reshape(-1, len(FEATURE_NAMES)),
        y=np.array(ys), ids=np.array(ids), hidden=np.array(hidden_flags),
        decided=np.array([bool(d) for d in decided_entities]), decided_entity=np.array(decided_entities, dtype=str),
        accepted=np.array([json.dumps(a) for a in accepted]),
    )  # fmt: skip
    undecided = [y for y, d in zip(ys, decided_entities, strict=True) if not d]
    personal = sum(y != "none" for y in undecided)
    print(f"set {number}: {len(ys)} columns, {len(undecided)} undecided, {personal} personal, "
          f"{time.time() - start:.0f} s", flush=True)  # fmt: skip


def _sets(spec: str) -> list[int]:
    """``15-30`` or ``30,28,26``: the sets to build, in that order."""
    if "," in spec:
        return [int(x) for x in spec.split(",")]
    lo, _, hi = spec.partition("-")
    return list(range(int(lo), int(hi or lo) + 1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--sets", default="15-30")
    parser.add_argument("--per-set", type=int, default=60)
    parser.add_argument("--seed-offset", type=int, default=SEED_OFFSET, help="a second pass takes other seeds (800)")
    args = parser.parse_args()
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    args.out.mkdir(parents=True, exist_ok=True)
    for number in _sets(args.sets):
        build_set(number, args.per_set, args.out, args.seed_offset)


if __name__ == "__main__":
    main()
