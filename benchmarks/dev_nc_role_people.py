"""Helper NC (session 52): what the sparse role-people pass and the initials-are-no-legal-form fix change, per
column, on held-out tables (shown and hidden headers); "before" monkeypatches both out of the wired tree.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_nc_role_people.py --set 37 --seeds 37501-37503 \
        --locales en_US,en_GB --show

Runs the wired plans first, the unwired ones only where a wired rule fired. Prints each changed column
(a person column now found: HIT; without a person label: FALSE) and the totals; ``--pairs en_GB:37004,...``
instead of locales and seeds; ``--locales all`` takes the set's ``LOCALES``.
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import time
from collections import Counter

import pandas as pd

import pii_heldout_scoring as scoring
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import column_lookalikes, table_passes
from safe_synthesizer.pii.replace import plan_columns

CHANGES: list[tuple[str, str]] = []  # (column, what) of the current table
# The lead applied both requests in the tree: "unwired" takes them out again.
_WIRED_PASS = table_passes.sparse_role_people
_WIRED_INITIAL = column_lookalikes._INITIAL
_NEVER = re.compile(r"(?!x)x")
_WIRED_ORGANISATIONS = column_lookalikes.organisations


def _logged_pass(df, names, found):
    added = _WIRED_PASS(df, names, found)
    CHANGES.extend((c, f"sparse-role:{d.entity}") for c, d in added.items())
    return added


def _logged_organisations(values: list[str]) -> str | None:
    """The fixed check, noting the columns whose verdict the fix changes."""
    column_lookalikes._INITIAL = _NEVER
    old = _WIRED_ORGANISATIONS(values)
    column_lookalikes._INITIAL = _WIRED_INITIAL
    new = _WIRED_ORGANISATIONS(values)
    if old is not None and new is None:
        CHANGES.append((values[0] if values else "", "initials-no-form"))
    return new


def wire(on: bool) -> None:
    """The two wiring requests in (``on``) or out (monkeypatched)."""
    table_passes.sparse_role_people = _logged_pass if on else (lambda df, names, found: {})
    column_lookalikes._INITIAL = _WIRED_INITIAL if on else _NEVER
    column_lookalikes.organisations = _logged_organisations if on else _WIRED_ORGANISATIONS


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--set", type=int, default=37)
    ap.add_argument("--seeds", default="0")
    ap.add_argument("--pairs", default="")
    ap.add_argument("--locales", default="all")
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    shapes = importlib.import_module(f"heldout{args.set}_shapes")
    build = getattr(shapes, f"heldout{args.set}_table")
    a, _, b = args.seeds.partition("-")
    seeds = range(int(a), int(b or a) + 1)
    locales = shapes.LOCALES if args.locales == "all" else tuple(args.locales.split(","))
    totals: Counter = Counter()
    start = time.process_time()
    pairs = [(loc, seed) for loc in locales for seed in seeds]
    if args.pairs:
        pairs = [(p.split(":")[0], int(p.split(":")[1])) for p in args.pairs.split(",")]
    for locale, seed in pairs:
        if True:
            t = build(locale, seed)
            for hidden in (False, True):
                df, labels = t.frame, t.labels
                if hidden:
                    df, labels = scoring._hide(df, labels)
                CHANGES.clear()
                wire(True)
                after = _plans(df)
                if not CHANGES:  # neither wired rule fired: the plans are the unwired ones
                    continue
                wire(False)
                before = _plans(df)
                for column in df.columns:
                    old, new = before.get(column), after.get(column)
                    if old == new:
                        continue
                    label = labels.get(column)
                    person = label not in (None, "dont_care") and label[0] in ("name", "first_name", "last_name")
                    ok_old = label not in (None, "dont_care") and old in label
                    ok_new = label not in (None, "dont_care") and new in label
                    kind = "HIT" if ok_new and not ok_old else "LOST" if ok_old and not ok_new else "FALSE"
                    if label == "dont_care" or (not ok_new and not ok_old and new in (None, "free_text")):
                        kind = "same"
                    if kind == "FALSE" and person:
                        kind = "WRONG"
                    totals[kind] += 1
                    if args.show or kind != "same":
                        values = [str(v) for v in t.frame.iloc[:, list(df.columns).index(column)] if str(v).strip()]
                        print(f"{kind:5} {locale}/{seed} {'hidden' if hidden else 'shown '} {column!r} "
                              f"label={label and label[0] if label != 'dont_care' else 'd'} {old}->{new} "
                              f"{values[:5]}", flush=True)  # fmt: skip
    print(f"TOTAL {dict(totals)} cpu {time.process_time() - start:.0f}s")


if __name__ == "__main__":
    sys.exit(main())
