"""Helper PR, session 62: false and lost person/phone/place columns of the held-out builders, with the pass that took
each (plan method), shown and hidden headers. A development aid: prints column headers, methods and (with
``--values``) a few cell values of the synthetic builders' tables, never real data.

Usage::

    PYTHONPATH=src:benchmarks python benchmarks/dev_pr_s62.py --set 47 --locales en_GB,ht_HT --seeds 47001,47004
    PYTHONPATH=src:benchmarks python benchmarks/dev_pr_s62.py --set 46 --measured --json /tmp/s46.json

``--measured`` takes the locales (and their seeds) of ``results/pii_heldoutNN_after.json``; the JSON written holds,
per table, the columns found right, the false ones and the missed ones, to compare two trees.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

HERE = Path(__file__).resolve().parent


def _builder(set_no: int):
    shapes = importlib.import_module(f"heldout{set_no}_shapes")
    language = importlib.import_module(f"heldout{set_no}_language")
    return getattr(shapes, f"heldout{set_no}_table"), language


def _seeds(language, locale: str) -> tuple[int, ...]:
    if hasattr(language, "seeds_for"):
        return tuple(language.seeds_for(locale))
    return tuple(language.SEEDS[:1])


def _plans(df: pd.DataFrame) -> dict[str, tuple[str, str]]:
    return {p.column: (p.entity, p.method) for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def _label_of(label) -> list[str] | None:
    if label is None or label == "dont_care":
        return None
    return list(label)


def one_table(build, locale: str, seed: int, show_values: bool) -> dict:
    t = build(locale, seed)
    df, labels, notes = t.frame, t.labels, t.notes_column
    out: dict = {"right": [], "false": [], "missed": []}
    for hidden in (False, True):
        frame = df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)}) if hidden else df
        plans = _plans(frame)
        for i, column in enumerate(df.columns):
            key = f"c{i:03d}" if hidden else column
            entity, method = plans.get(key, (None, ""))
            mode = "hidden" if hidden else "shown"
            tag = f"{mode}/{seed}/{column}"
            if column == notes:
                if entity != "free_text":
                    out["false"].append(f"{tag}:notes->{entity} [{method}]")
                continue
            label = labels.get(column)
            if label == "dont_care":
                continue
            accepted = _label_of(label)
            if entity == "free_text":
                entity = None
            if accepted and entity in accepted:
                out["right"].append(f"{tag}:{entity}")
            elif accepted:
                out["missed"].append(f"{tag}:{accepted[0]}->{entity} [{method}]")
            elif entity is not None:
                out["false"].append(f"{tag}:None->{entity} [{method}]")
            if show_values and entity is not None and (not accepted or entity not in accepted):
                vals = [v for v in df[column].dropna().astype(str).unique()[:8]]
                print(f"    {tag} values: {vals}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=47)
    ap.add_argument("--locales", default="")
    ap.add_argument("--seeds", default="")
    ap.add_argument("--measured", action="store_true")
    ap.add_argument("--pairs", default="", help="locale:seed,locale:seed (instead of --locales/--seeds)")
    ap.add_argument("--values", action="store_true")
    ap.add_argument("--json", default="")
    args = ap.parse_args()
    build, language = _builder(args.set)
    if args.measured:
        measured = json.loads((HERE / "results" / f"pii_heldout{args.set}_after.json").read_text())["locales"]
        locales = list(measured)
    else:
        locales = [x for x in args.locales.split(",") if x]
    report: dict = {}
    started = time.process_time()
    pairs = [(x.split(":")[0], int(x.split(":")[1])) for x in args.pairs.split(",") if x]
    for locale in locales:
        seeds = tuple(int(s) for s in args.seeds.split(",") if s) or _seeds(language, locale)
        pairs += [(locale, seed) for seed in seeds]
    for locale, seed in pairs:
        if True:
            try:
                res = one_table(build, locale, seed, args.values)
            except Exception as exc:  # a builder that cannot build this locale/seed: say so and go on
                print(f"{locale} {seed}: builder error {type(exc).__name__}", file=sys.stderr)
                continue
            report[f"{locale}/{seed}"] = res
            for line in res["false"]:
                print(f"FALSE {locale} {line}")
    n_right = sum(len(r["right"]) for r in report.values())
    n_false = sum(len(r["false"]) for r in report.values())
    n_missed = sum(len(r["missed"]) for r in report.values())
    print(f"set {args.set}: {len(report)} tables, right {n_right}, false {n_false}, missed {n_missed}, "
          f"cpu {time.process_time() - started:.0f}s")  # fmt: skip
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
