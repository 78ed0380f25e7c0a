"""Birth dates told by their rows (``pii/column_row_births``) on seen held-out tables of other seeds (helper DB,
session 48).

Why: set 33's largest hidden-header miss was ``date_of_birth -> None`` (27 columns: children in a kindergarten's
roster, adult clients of small pharmacy, interpreting and burial logs). This script rebuilds tables of sets 30-33
(set 33 with its own seeds and with seeds 33501-33520, which the blind run never used), plans their columns with
``plan_columns`` (names shown and hidden), and applies :func:`row_birth_date_columns` over the plan as the table pass
would (a no-op once it is wired, as the plan then has it). It prints, per table, each labelled birth-date column's
plan before and after, and every column the rule takes that is not labelled a birth date (a false column).

Plans are cached in ``--cache`` (a pickle per table and mode) so the rule's thresholds can be tried again quickly.

Run: ``PYTHONPATH=src:benchmarks nice -n 10 .venv/bin/python benchmarks/dev_db_row_births.py --sets 33,33dev
[--cache /tmp/DB/cache] [--limit N]``.
"""

from __future__ import annotations

import argparse
import importlib
import pickle
import warnings
from pathlib import Path

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import table_passes
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_row_births import row_birth_date_columns
from safe_synthesizer.pii.replace import plan_columns

warnings.filterwarnings("ignore")
DEV_SEEDS = tuple(range(33501, 33521))
DEV_LOCALES = ("de_DE", "en_GB", "fr_FR", "es_ES", "it_IT", "ja_JP", "pl_PL", "ar_EG", "hi_IN", "sw_KE", "tr_TR",
               "vi_VN", "en_NZ", "fr_BJ", "to_TO")  # fmt: skip


def tables(which: str) -> list[tuple[str, str, int]]:
    """(set module, locale, seed) of the tables of ``which``: ``33`` (set 33's tables), ``33dev`` (other seeds),
    ``30``/``31``/``32`` (the first 7 with all seeds and every fifth other locale with its first seed)."""
    if which.startswith("33:"):  # named tables: 33:ar_LY/33002+en_LR/33001
        return [("33", t.split("/")[0], int(t.split("/")[1])) for t in which[3:].split("+")]
    if which == "33dev":
        return [("33", loc, s) for loc in DEV_LOCALES for s in DEV_SEEDS]
    shapes = importlib.import_module(f"heldout{which}_shapes")
    language = importlib.import_module(f"heldout{which}_language")
    seeds = language.SEEDS
    out = [(which, loc, s) for loc in shapes.FIRST7 for s in seeds]
    others = [loc for loc in language.LOCALES if loc not in shapes.FIRST7]
    step = 1 if which == "33" else 5
    out += [(which, loc, seeds[0]) for loc in others[::step]]
    if which == "33":
        out += [(which, loc, seeds[1]) for loc in others if loc in language.NEW8_33]
    return out


def build(which: str, locale: str, seed: int):
    shapes = importlib.import_module(f"heldout{which}_shapes")
    return getattr(shapes, f"heldout{which}_table")(locale, seed)


def hide(df: pd.DataFrame, labels: dict) -> tuple[pd.DataFrame, dict]:
    rename = {c: f"c{i:03d}" for i, c in enumerate(df.columns)}
    return df.rename(columns=rename), {rename[c]: v for c, v in labels.items()}


def planned(df: pd.DataFrame, cache: Path, tag: str) -> dict[str, str]:
    path = cache / f"{tag}.pkl"
    if path.exists():
        return pickle.loads(path.read_bytes())
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    path.write_bytes(pickle.dumps(plans))
    return plans


def is_birth(label) -> bool:
    return bool(label) and label != "dont_care" and E.DATE_OF_BIRTH in label


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default="33,33dev")
    parser.add_argument("--cache", default="/tmp/DB/cache")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--quiet", action="store_true", help="print only changes and misses")
    parser.add_argument("--without-rule", action="store_true", help="plan with the pass off (once it is wired)")
    parser.add_argument("--cached-only", action="store_true", help="skip tables whose plans are not cached")
    args = parser.parse_args()
    if args.without_rule:  # the plans are the code without the rule; the rule is applied over them below
        table_passes.row_birth_date_columns = lambda *a, **k: {}
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    totals = {"dob": 0, "before": 0, "after": 0, "false": 0, "tables": 0}
    todo = [t for which in args.sets.split(",") for t in tables(which)]
    for which, locale, seed in todo[: args.limit or None]:
        if args.cached_only and not (cache / f"{which}_{locale}_{seed}_shown.pkl").exists():
            continue
        table = build(which, locale, seed)
        totals["tables"] += 1
        for mode in ("hidden", "shown"):
            df, labels = hide(table.frame, table.labels) if mode == "hidden" else (table.frame, table.labels)
            plans = planned(df, cache, f"{which}_{locale}_{seed}_{mode}")
            det = {c: ColumnDetection(c, e, 0.9, 0.9, "plan", 0) for c, e in plans.items() if e and e != E.FREE_TEXT}
            added = {}
            if not any(e == E.DATE_OF_BIRTH for e in plans.values()):
                # Free text is planned for text columns nothing was found in, after the table passes ran.
                added = row_birth_date_columns(df, list(df.columns), det)
            after = {**plans, **{c: d.entity for c, d in added.items()}}
            for column, label in labels.items():
                if is_birth(label):
                    totals["dob"] += 1
                    totals["before"] += plans.get(column) == E.DATE_OF_BIRTH
                    totals["after"] += after.get(column) == E.DATE_OF_BIRTH
                    if not args.quiet or after.get(column) != E.DATE_OF_BIRTH or column in added:
                        print(f"{which} {locale} {seed} {table.shape} {mode} {column}: {plans.get(column)} -> "
                              f"{after.get(column)} | {added[column].evidence if column in added else ''}")  # fmt: skip
            # Once the rule is wired the plan has it: a planned birth date on a column labelled otherwise is false too.
            for column, entity in plans.items():
                if entity == E.DATE_OF_BIRTH and not is_birth(labels.get(column)):
                    totals["planned_false"] = totals.get("planned_false", 0) + 1
                    print(f"PLANNED-FALSE {which} {locale} {seed} {table.shape} {mode} {column} ({labels.get(column)})")
            for column, found in added.items():
                if not is_birth(labels.get(column)):
                    totals["false"] += 1
                    print(f"FALSE {which} {locale} {seed} {table.shape} {mode} {column} ({labels.get(column)}): "
                          f"{found.evidence} | {df[column].astype(str).head(5).tolist()}")  # fmt: skip
    print(totals)


if __name__ == "__main__":
    main()
