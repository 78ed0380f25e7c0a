"""Session 59, helper PF: the mixed-form person column pass measured on its own (no full pipeline).

Modes (``PYTHONPATH=src:benchmarks``):

* ``misses SET_JSON shown|hidden``: the dense name columns a results file lists as missed, each with the pass's
  verdict and the reason of a refusal (``judge_mixed_forms``; no cell values printed);
* ``fp 33,34,...,44 [STEP] [SEEDS]``: every dense text column of the sets' tables that is NOT labelled a person
  name, scored by the pass: the pass's raw false columns (an upper bound: the other passes and the vetoes decide
  first in the pipeline), and the name columns it takes (recall of the raw pass);
* ``shared``: the csv tables of ``/work/shared/data`` (ordinary data): any column the pass takes is false;
* ``pipe SET SEEDS LOCALES OUT``: the whole column plan (``plan_columns``, shown and hidden headers) of set SET's
  tables for the given seeds (``44501,44502``; ``first`` for the set's first seed, ``own`` for the runner's) and
  locales (``a,b`` or ``every:K``): name columns found / labelled and every false column, written to OUT as json
  (run it once per tree, ``PYTHONPATH=TREE/src:benchmarks``, and compare).

Prints counts and column headers only.
"""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

import pandas as pd

from safe_synthesizer.pii.column_mixed_form_people import judge_mixed_forms

_NAME_LABELS = {"name", "first_name", "last_name"}


def _cells(series: pd.Series) -> list[str]:
    return [" ".join(v.split()) for v in series.iloc[:2000] if isinstance(v, str) and v.strip()]


def misses(path: str, mode: str) -> None:
    import heldout44_shapes as set44

    results = json.loads(Path(path).read_text())
    taken = total = 0
    for locale, per in results["locales"].items():
        for miss in per[f"{mode}_miss"]:
            seed, rest = miss.split("/", 1)
            column, label = rest.rsplit(":", 1)
            if not label.startswith("name->"):
                continue
            frame = set44.heldout44_table(locale, int(seed), n=0).frame
            if mode == "hidden":
                column = frame.columns[int(column[1:])]
            values = _cells(frame[column])
            if len(values) <= 0.5 * len(frame):
                continue
            scored, why = judge_mixed_forms(values)
            total += 1
            taken += scored is not None
            print(f"{locale} {seed} {column!r}: {'TAKEN' if scored else 'left'} ({why})")
    print(f"taken {taken} of {total} dense name misses")


def _label_name(label) -> bool:
    return isinstance(label, tuple | list) and bool(set(label) & _NAME_LABELS)


def fp(sets: list[int], step: int, seeds: tuple[int, ...] | None) -> None:
    t0 = time.process_time()
    for number in sets:
        tables = importlib.import_module(f"heldout{number}_shapes")
        build = getattr(tables, f"heldout{number}_table")
        false, names, taken, n_tables = [], 0, 0, 0
        locales = list(tables.FIRST7) + list(tables.LOCALES[len(tables.FIRST7) :: step])
        for locale in dict.fromkeys(locales):
            for seed in seeds or (tables.SEEDS if locale in tables.FIRST7 else tables.SEEDS[:1]):
                try:
                    table = build(locale, seed, n=0)
                except Exception as exc:
                    print(f"  build {locale} {seed}: {type(exc).__name__}")
                    continue
                n_tables += 1
                frame = table.frame
                for column, label in table.labels.items():
                    if label == "dont_care" or column == getattr(table, "notes_column", None):
                        continue
                    series = frame[column]
                    if not (pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)):
                        continue
                    values = _cells(series)
                    if len(values) <= 0.5 * len(frame):
                        continue
                    scored, _ = judge_mixed_forms(values)
                    if _label_name(label):
                        names += 1
                        taken += scored is not None
                    elif scored is not None:
                        false.append(f"{locale}/{seed}/{column}:{label[0] if label else None}")
        print(f"set {number}: {n_tables} tables, name columns taken {taken}/{names}, false {len(false)}")
        for f in false:
            print("   FALSE", f)
    print(f"cpu {time.process_time() - t0:.1f}s")


def shared() -> None:
    for path in sorted(Path("/work/shared/data").glob("*.csv")):
        frame = pd.read_csv(path, nrows=5000, low_memory=False)
        hits = []
        for column in frame.columns:
            values = _cells(frame[column].astype("string").astype(object).where(frame[column].notna(), None))
            if len(values) > 0.5 * len(frame) and judge_mixed_forms(values)[0] is not None:
                hits.append(column)
        print(f"{path.name}: {len(frame.columns)} columns, taken {hits}")


def pipe(number: int, seeds_arg: str, locales_arg: str, out: str) -> None:
    import pii_heldout_scoring as scoring

    tables = importlib.import_module(f"heldout{number}_shapes")
    build = getattr(tables, f"heldout{number}_table")
    if locales_arg.startswith("every:"):
        locales = list(tables.LOCALES[:: int(locales_arg.split(":")[1])])
    else:
        locales = locales_arg.split(",")
    result: dict = {"shown": {"hit": 0, "pos": 0, "false": [], "miss": []},
                    "hidden": {"hit": 0, "pos": 0, "false": [], "miss": []}}  # fmt: skip
    t0 = time.process_time()
    for locale in locales:
        if seeds_arg == "own":  # the seeds the set's runner measured the locale on
            seeds = tables.SEEDS if locale in tables.FIRST7 else tables.SEEDS[:1]
        else:
            seeds = tables.SEEDS[:1] if seeds_arg == "first" else [int(x) for x in seeds_arg.split(",")]
        for seed in seeds:
            table = build(locale, seed, n=0)
            for mode in ("shown", "hidden"):
                s = scoring.score_columns(table.frame, table.labels, mode == "hidden", locale, table.notes_column)
                names = [m for m in s["miss"] if m.split(":")[-1].split("->")[0] in _NAME_LABELS]
                n_names = sum(_label_name(lab) for c, lab in table.labels.items())
                r = result[mode]
                r["pos"] += n_names
                r["hit"] += n_names - len(names)
                r["miss"] += [f"{locale}/{seed}/{m}" for m in names]
                r["false"] += [f"{locale}/{seed}/{m}" for m in s["false"]]
    result["cpu"] = round(time.process_time() - t0, 1)
    Path(out).write_text(json.dumps(result, indent=1, ensure_ascii=False))
    for mode in ("shown", "hidden"):
        r = result[mode]
        print(f"{mode}: names {r['hit']}/{r['pos']}, false {len(r['false'])}")


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "misses":
        misses(sys.argv[2], sys.argv[3])
    elif mode == "fp":
        step = int(sys.argv[3]) if len(sys.argv) > 3 else 3
        seeds = tuple(int(s) for s in sys.argv[4].split(",")) if len(sys.argv) > 4 else None
        fp([int(s) for s in sys.argv[2].split(",")], step, seeds)
    elif mode == "shared":
        shared()
    elif mode == "pipe":
        pipe(int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5])
