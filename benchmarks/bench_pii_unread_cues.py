"""How often the PII stage says "header names PII, values left as written" (:mod:`safe_synthesizer.pii.unread_cues`)
on held-out tables, and whether it is right: a warned column that is labelled PII and was not planned as it is a
leak said out loud (true); a warned column labelled not-PII is a false alarm; a labelled PII column missed under a
header that names it and not warned is a leak still silent.

    .venv/bin/python benchmarks/bench_pii_unread_cues.py --set 52 --locales en_US,de_DE --seeds 52001,52002
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import detect_pii

_COLUMN = re.compile(r"^column `([^`]+)`")


def table_counts(frame, labels: dict) -> dict:
    """Warned columns split by their label, and the missed PII columns no warning named."""
    report = detect_pii(frame, infer_schema(frame), ReplacePiiParameters(), seed=0)
    planned = {e.column: e.entity for e in report.columns}
    warned = {m.group(1) for w in report.checks if (m := _COLUMN.match(w))}
    out = {"true": [], "false": [], "silent": []}
    for column, label in labels.items():
        if label == "dont_care":
            continue
        missed = label is not None and planned.get(column) not in label
        if column in warned:
            out["true" if missed else "false"].append(column if missed or label is None else f"{column} (found)")
        elif missed:
            out["silent"].append(f"{column}:{label[0]}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="52")
    ap.add_argument("--locales", default="en_US,en_GB,de_DE,fr_FR,es_ES,it_IT,nl_NL")
    ap.add_argument("--seeds", default="")
    args = ap.parse_args()
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    seeds = [int(s) for s in args.seeds.split(",")] if args.seeds else [int(args.set) * 1000 + i for i in range(1, 7)]
    totals = {"true": 0, "false": 0, "silent": 0}
    for locale in args.locales.split(","):
        for seed in seeds:
            table = build(locale, seed)
            counts = table_counts(table.frame, table.labels)
            for key, columns in counts.items():
                totals[key] += len(columns)
            print(locale, seed, {k: v for k, v in counts.items() if v}, flush=True)
    print("total", totals)


if __name__ == "__main__":
    main()
