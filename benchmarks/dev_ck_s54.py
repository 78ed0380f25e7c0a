"""Helper CK (session 54): where the relation-people and family-people column rules fire on held-out tables.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_ck_s54.py --set 39 --seeds 39501-39503 [--locales all]
        [--rule relation|family] [--baseline]

Each rule runs on every text column of each table (a superset of what it can change when wired: wired, it only
reads the columns the other rules left). A firing on a column labelled with a person entity is a HIT, on any other
column a FALSE (``dont_care`` columns aside); ``--baseline`` also runs ``detect_table`` on the tables where a rule hit,
to tell the columns it newly finds (NEW) from those found before.
"""

from __future__ import annotations

import argparse
import importlib
import time
from collections import Counter

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_family_people import family_people_columns
from safe_synthesizer.pii.column_relation_people import relation_people_columns
from safe_synthesizer.pii.detect_table import detect_table

_PERSON = {"name", "first_name", "last_name"}


def _seeds(text: str) -> list[int]:
    out: list[int] = []
    for part in text.split(","):
        a, _, b = part.partition("-")
        out += list(range(int(a), int(b or a) + 1))
    return out


def _rules(which: str):
    rules = {
        "relation": lambda df: relation_people_columns(df, list(df.columns), {}),
        "family": lambda df: family_people_columns(df, list(df.columns), {}),
    }
    return {k: v for k, v in rules.items() if which in ("all", k)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", default="39")
    ap.add_argument("--seeds", default="39501-39503")
    ap.add_argument("--locales", default="first7")
    ap.add_argument("--rule", default="all")
    ap.add_argument("--baseline", action="store_true")
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--rows", type=int, default=0, help="force the row count (set 38's first 7 off its seeds: 40)")
    args = ap.parse_args()
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    locales = {"all": list(shapes.LOCALES), "first7": list(shapes.LOCALES)[:7]}.get(args.locales)
    locales = locales or args.locales.split(",")
    totals: Counter = Counter()
    start = time.process_time()
    for locale in locales:
        for seed in _seeds(args.seeds):
            try:
                t = build(locale, seed, args.rows) if args.rows else build(locale, seed)
            except Exception as exc:  # a builder without this seed or locale
                totals["skipped"] += 1
                print("skip", locale, seed, type(exc).__name__)
                continue
            df, labels = t.frame, t.labels
            totals["tables"] += 1
            base = None
            for rule, run in _rules(args.rule).items():
                for column, det in run(df).items():
                    label = labels.get(column)
                    if column == t.notes_column or label == "dont_care":
                        continue
                    person = bool(label) and bool(set(label) & _PERSON)
                    kind = "HIT" if person else "FALSE"
                    if person and args.baseline:
                        if base is None:
                            base = detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
                        kind = "HIT-old" if base.get(column) is not None else "HIT-NEW"
                    totals[f"{rule}:{kind}"] += 1
                    values = list(dict.fromkeys(df[column].dropna().astype(str)))[:4] if args.show else ""
                    print(f"{kind:8} {rule:9} {locale} {seed} {column!r} -> {det.entity} {label} {values}")
    print(dict(totals), f"cpu {time.process_time() - start:.1f}s")


if __name__ == "__main__":
    main()
