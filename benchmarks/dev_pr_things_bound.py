"""Upper bound of what the things-named-after-people veto can cost and gain, without running the detectors.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_pr_things_bound.py --sets 33,34,35,36,37 --seeds own,+500

Builds the held-out tables of ``--sets`` and asks :func:`thing_named_columns` about every text column as if it had
been read as people: a labelled column it drops is recall the veto could cost (must be 0), an unlabelled one is
precision it could win (helper PR, session 52).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections import Counter

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_named_things import thing_named_columns


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="37")
    ap.add_argument("--seeds", default="own")
    ap.add_argument("--max-seeds", type=int, default=2)
    ap.add_argument("--every", type=int, default=1, help="every n-th locale")
    args = ap.parse_args()
    harm: Counter = Counter()
    gain: Counter = Counter()
    tables = 0
    for number in args.sets.split(","):
        shapes = importlib.import_module(f"heldout{number}_shapes")
        build = getattr(shapes, f"heldout{number}_table")
        base = sorted(shapes.SEEDS)[: args.max_seeds] if hasattr(shapes, "SEEDS") else [int(number) * 1000 + 1]
        for locale in list(shapes.LOCALES)[:: args.every]:
            seeds = [s + (0 if part == "own" else int(part)) for part in args.seeds.split(",") for s in base]
            for seed in seeds:
                try:
                    t = build(locale, seed, n=0)
                except Exception as exc:
                    print(f"skip {number}/{locale}/{seed}: {exc}", file=sys.stderr)
                    continue
                tables += 1
                df = t.frame
                cols = [c for c in df.columns if pd.api.types.is_string_dtype(df[c]) and c != t.notes_column]
                found = {c: ColumnDetection(c, "name", 0.9, 1.0, "classifier", 20) for c in cols}
                for c in thing_named_columns(df, found):
                    label = t.labels.get(c)
                    key = f"set{number} {c} -> {label if isinstance(label, str) or label is None else label[0]}"
                    if label and label != "dont_care":
                        harm[key] += 1
                        print(f"HARM set{number} {locale}/{seed} {c} {label} {df[c].dropna().head(8).tolist()}")
                    else:
                        gain[key] += 1
    print(f"tables {tables}; labelled columns dropped {sum(harm.values())}; unlabelled dropped {sum(gain.values())}")
    for k, n in harm.most_common():
        print("  harm", n, k)
    for k, n in gain.most_common(60):
        print("  gain", n, k)


if __name__ == "__main__":
    sys.exit(main())
