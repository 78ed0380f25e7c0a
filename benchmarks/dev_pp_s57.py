"""Session 57, helper PP: the columns wrongly called people (precision), measured without running detection.

``columns`` builds held-out tables (cheap) and asks ``column_named_categories.named_category_columns`` about every
column as if the rules had called it people: a labelled person column it drops is a real column lost (the bar is
0); an unlabelled one it drops is a category it would clear if it were taken for people (coverage). ``collect`` /
``eval`` run the real detection (slow: 4-8 s a table on the shared cores) and list what the veto drops.

``score OUT.json SPEC [SHAPES]`` runs the pipeline's column plan (shown and hidden headers) on set 42's tables of
the given shapes and ``compare BEFORE.json AFTER.json`` prints recall and precision before and after.

Run: ``PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_pp_s57.py columns SPEC [SPEC ...]`` with SPEC
``42:seen``, ``42:unseen``, ``33-41`` (every locale, every seed of the set) or ``33-41:first7``; for ``score`` put
the tree to measure first on ``PYTHONPATH``.
"""

from __future__ import annotations

import importlib
import json
import pickle
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
warnings.filterwarnings("ignore")

import pii_heldout_scoring as sc  # noqa: E402
from safe_synthesizer.config.replace_pii import ReplacePiiParameters  # noqa: E402
from safe_synthesizer.data.inference import infer_schema  # noqa: E402
from safe_synthesizer.pii.detect_table import detect_table  # noqa: E402

RESULTS42 = Path(__file__).resolve().parent / "results" / "pii_heldout42_after.json"


def _tables(spec: str):
    if spec.startswith("42"):
        shapes = importlib.import_module("heldout42_shapes")
        locales = list(json.loads(RESULTS42.read_text())["locales"])
        if spec == "42:seen":
            for loc in locales:
                seeds = shapes.SEEDS if loc in shapes.FIRST7 else shapes.SEEDS[: 2 if loc in shapes.NEW8 else 1]
                for seed in seeds:
                    yield f"42/{loc}/{seed}", shapes.heldout42_table(loc, seed)
        else:
            for loc in locales:
                for seed in (42501, 42502, 42503):
                    yield f"42u/{loc}/{seed}", shapes.heldout42_table(loc, seed)
        return
    span, _, which = spec.partition(":")
    lo, hi = (int(x) for x in span.split("-"))
    for k in range(lo, hi + 1):
        shapes = importlib.import_module(f"heldout{k}_shapes")
        language = importlib.import_module(f"heldout{k}_language")
        build = getattr(shapes, f"heldout{k}_table")
        for loc in language.FIRST7 if which == "first7" else language.LOCALES:
            for seed in language.SEEDS if loc in language.FIRST7 else language.SEEDS[:1]:
                yield f"{k}/{loc}/{seed}", build(loc, seed)


def collect(out: str, spec: str) -> None:
    kept = []
    t0 = time.process_time()
    for key, table in _tables(spec):
        for mode in ("shown", "hidden"):
            df, labels = sc._hide(table.frame, table.labels) if mode == "hidden" else (table.frame, table.labels)
            found = detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
            dets = {c: None if d is None else (d.entity, d.method, d.evidence) for c, d in found.items()}
            kept.append({"key": key, "mode": mode, "frame": df, "labels": labels, "found": dets})
        print(key, f"{time.process_time() - t0:.0f}s", flush=True)
    Path(out).write_bytes(pickle.dumps(kept))


def _label_ok(label, entity) -> bool:
    return label not in (None, "dont_care") and entity in label


def evaluate(paths: list[str]) -> None:
    from safe_synthesizer.pii.column_detector import ColumnDetection
    from safe_synthesizer.pii.column_named_categories import named_category_columns

    for path in paths:
        kept = pickle.loads(Path(path).read_bytes())
        gained = lost = 0
        for t in kept:
            found = {
                c: None if d is None else ColumnDetection(c, d[0], 1.0, 1.0, d[1], 0, None, d[2])
                for c, d in t["found"].items()
            }
            for column in named_category_columns(t["frame"], found):
                label, entity = t["labels"].get(column), found[column].entity
                if label == "dont_care":
                    continue
                good = _label_ok(label, entity)
                lost += good
                gained += not good
                vals = t["frame"][column].dropna().astype(str).value_counts().head(6).to_dict()
                print(f"  {'LOST' if good else 'gain'} {t['key']} {t['mode']} {column} {label}->{entity} {vals}")
        print(f"{path}: tables {len(kept)}, false columns dropped {gained}, real columns dropped {lost}")


def score(
    out: str, spec: str, shapes: str = "barber,coach,karate,craft,pigeon,tennis,tree,milk", locales: str = ""
) -> None:
    """Column recall/precision counts of the pipeline (``pii_heldout_scoring.score_columns``), shown and hidden, on
    the tables of ``spec`` whose shape is in ``shapes`` (set 42 only) and locale in ``locales`` (all when empty), kept
    in a JSON for ``compare``."""
    shape_of = importlib.import_module("heldout42_shapes").shape_of
    wanted = set(shapes.split(","))
    only = set(locales.split(",")) if locales else None
    kept = {}
    for key, table in _tables(spec):
        _, loc, seed = key.split("/")
        if (only and loc not in only) or (spec.startswith("42") and shape_of(loc, int(seed)) not in wanted):
            continue
        for mode in ("shown", "hidden"):
            s = sc.score_columns(table.frame, table.labels, mode == "hidden", loc, table.notes_column)
            kept[f"{key}/{mode}"] = {k: s[k] for k in ("hit", "pos", "found", "correct", "miss", "false")}
        print(key, flush=True)
    Path(out).write_text(json.dumps(kept, indent=1))


def pair(out: str, tables: str) -> None:
    """Column counts of the pipeline without and with the hooked veto (``named_category_columns`` switched off by a
    patch of ``detect_table``'s name for it, then on) on the given tables ``SET/locale/seed,...`` (``42`` or
    ``42u``): run it on a tree with the hooks; writes ``OUT.before.json`` and ``OUT.after.json`` for ``compare``."""
    from contextlib import nullcontext
    from unittest import mock

    import safe_synthesizer.pii.detect_table as dt

    shapes = importlib.import_module("heldout42_shapes")
    kept: dict = {"before": {}, "after": {}}
    for key in tables.split(","):
        _, loc, seed = key.split("/")
        table = shapes.heldout42_table(loc, int(seed))
        for mode in ("shown", "hidden"):
            for when in ("before", "after"):
                off = mock.patch.object(dt, "named_category_columns", lambda df, found: [])
                with off if when == "before" else nullcontext():
                    s = sc.score_columns(table.frame, table.labels, mode == "hidden", loc, table.notes_column)
                kept[when][f"{key}/{mode}"] = {k: s[k] for k in ("hit", "pos", "found", "correct", "miss", "false")}
        print(key, flush=True)
    for when in ("before", "after"):
        Path(f"{out}.{when}.json").write_text(json.dumps(kept[when], indent=1))


def compare(before: str, after: str) -> None:
    """Recall and precision, shown and hidden, before and after; the columns that changed."""
    b, a = json.loads(Path(before).read_text()), json.loads(Path(after).read_text())
    for mode in ("shown", "hidden"):
        for name, d in (("before", b), ("after", a)):
            t = {k: sum(v[k] for key, v in d.items() if key.endswith(mode)) for k in ("hit", "pos", "found", "correct")}
            print(f"{mode} {name}: recall {t['hit'] / max(t['pos'], 1):.4f} precision "
                  f"{t['correct'] / max(t['found'], 1):.4f} ({t})")  # fmt: skip
    for key in sorted(set(a) & set(b)):
        for kind in ("miss", "false"):
            gone, new = set(b[key][kind]) - set(a[key][kind]), set(a[key][kind]) - set(b[key][kind])
            if gone or new:
                print(f"  {key} {kind}: fixed {sorted(gone)} new {sorted(new)}")


def columns(specs: list[str]) -> None:
    from safe_synthesizer.pii.column_detector import ColumnDetection
    from safe_synthesizer.pii.column_named_categories import named_category_columns

    person = {"name", "first_name", "last_name"}
    for spec in specs:
        n = lost = cleared = 0
        for key, table in _tables(spec):
            df = table.frame
            for column, label in table.labels.items():
                if column not in df.columns or df[column].dtype.kind in "biufM":
                    continue
                found = {column: ColumnDetection(column, "name", 1.0, 1.0, "values", 0)}
                if not named_category_columns(df, found):
                    n += label is not None and label != "dont_care" and bool(person & set(label))
                    continue
                vals = df[column].dropna().astype(str).value_counts().head(8).to_dict()
                if label is not None and label != "dont_care" and person & set(label):
                    lost += 1
                    print(f"  LOST {key} {column} {label} {vals}")
                elif label is None:
                    cleared += 1
                    print(f"  clear {key} {column} {vals}")
        print(f"{spec}: person columns kept {n}, lost {lost}; unlabelled columns cleared {cleared}", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "columns":
        columns(sys.argv[2:])
    elif sys.argv[1] == "score":
        score(*sys.argv[2:])
    elif sys.argv[1] == "pair":
        pair(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "compare":
        compare(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "collect":
        collect(sys.argv[2], sys.argv[3])
    else:
        evaluate(sys.argv[2:])
