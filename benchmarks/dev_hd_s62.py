"""Helper HD's measuring script (session 62): header hints and person columns before/after the header undresser,
the role words and the attachment reader.

``headers``: for sets 33-47 (a few locales and seeds each) and /work/shared/data, every header with its truth label
and the cue hints of the tree on PYTHONPATH (JSON lines); run it with two trees and compare.
``plans``: the column plans of the tables named on the command line (set:locale:seed), JSON lines.

    PYTHONPATH=src:benchmarks python benchmarks/dev_hd_s62.py headers --out /tmp/h_after.jsonl
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

import pandas as pd

LOCALES = ("en_US", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
SHARED = Path("/work/shared/data")


def _table(set_no: int, locale: str, seed: int):
    module = importlib.import_module(f"heldout{set_no}_shapes")
    return getattr(module, f"heldout{set_no}_table")(locale, seed)


def _seeds(set_no: int) -> tuple[int, ...]:
    return (set_no * 1000 + 1,)


def headers(out: str) -> None:
    """Every header with its truth label (no hints: :func:`hints` reads them with the tree on the path)."""
    rows = []
    for set_no in range(33, 48):
        for locale in LOCALES:
            for seed in _seeds(set_no):
                try:
                    t = _table(set_no, locale, seed)
                except Exception as exc:  # a set without this locale
                    print(set_no, locale, seed, type(exc).__name__, file=sys.stderr)
                    continue
                labels = getattr(t, "labels", {}) or {}
                for h in t.frame.columns:
                    label = labels.get(h)
                    rows.append({"src": f"{set_no}:{locale}:{seed}", "header": str(h), "label": str(label)})
    for f in sorted(SHARED.glob("*.csv")):
        for h in pd.read_csv(f, nrows=2).columns:
            rows.append({"src": f"shared:{f.stem}", "header": str(h), "label": "None"})
    Path(out).write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))


def hints(source: str, out: str) -> None:
    """The cue hints of the tree on the path for each header of ``source`` (from :func:`headers`)."""
    from safe_synthesizer.pii.cues import cue_hints

    rows = [json.loads(line) for line in Path(source).read_text().splitlines()]
    for r in rows:
        r["hints"] = sorted(cue_hints(r["header"]))
    Path(out).write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))


def plans(out: str, tables: list[str]) -> None:
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import plan_columns

    rows = []
    for spec in tables:
        if spec.startswith("shared:"):
            df = pd.read_csv(SHARED / f"{spec.split(':')[1]}.csv", nrows=2000)
        else:
            s, locale, seed = spec.split(":")
            df = _table(int(s), locale, int(seed)).frame
        found = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
        rows.append({"src": spec, "plans": {str(k): v for k, v in found.items()}})
        print(spec, flush=True)
    Path(out).write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("what", choices=("headers", "hints", "plans"))
    parser.add_argument("--source", default="")
    parser.add_argument("--out", required=True)
    parser.add_argument("tables", nargs="*")
    args = parser.parse_args()
    if args.what == "headers":
        headers(args.out)
    elif args.what == "hints":
        hints(args.source, args.out)
    else:
        plans(args.out, args.tables)
