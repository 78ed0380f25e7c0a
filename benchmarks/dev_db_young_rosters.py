"""Children's birth dates of small rosters, names hidden, before and after a change of ``column_few_births``
(helper DB, session 49).

Why: set 34's music-school tables (a pupil, their birth date, a teacher over many pupils, a payer of the pupil's
surname, 11-18 rows) kept their pupils' birth dates with names hidden: the teacher's column was read as the rows'
person (each "person" carrying many dates), and a payer's full names typed as given names made the rows name one
person and a half. This script plans tables of held-out sets (``--sets``: ``34`` with its own seeds, ``34dev`` with
seeds 34501-34520 the blind run never used, ``33``...) whose shape is in ``--shapes``, names hidden, once with
``column_few_births`` as it stands at ``--base`` (``git show``, patched into the table passes) and once with
today's, and prints each labelled birth-date column's plan before -> after and every column planned as a birth
date that is not labelled one.

Run: ``PYTHONPATH=src:benchmarks nice -n 10 .venv/bin/python benchmarks/dev_db_young_rosters.py --base HEAD~3
[--sets 34dev] [--locales de_DE,nl_NL] [--shapes music,dojo,chess]``.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import subprocess
import sys
import tempfile
import warnings
from pathlib import Path

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import table_passes
from safe_synthesizer.pii.replace import plan_columns

warnings.filterwarnings("ignore")
NEW = table_passes.few_birth_date_columns


def load_old(base: str):
    source = f"{base}:src/safe_synthesizer/pii/column_few_births.py"
    text = subprocess.run(["git", "show", source], capture_output=True, text=True, check=True).stdout
    path = Path(tempfile.mkdtemp(prefix="db_few_")) / "old_column_few_births.py"
    path.write_text(text)
    spec = importlib.util.spec_from_file_location("old_column_few_births", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module.few_birth_date_columns


def tables(which: str, locales: list[str]) -> list[tuple[str, str, int]]:
    if which.endswith("dev"):
        number = which[:-3]
        return [(number, loc, int(f"{number}5{s:02d}")) for loc in locales for s in range(1, 21)]
    seeds = importlib.import_module(f"heldout{which}_language").SEEDS
    return [(which, loc, s) for loc in locales for s in seeds]


def plan(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", default="HEAD")
    parser.add_argument("--sets", default="34dev")
    parser.add_argument("--locales", default="nl_NL,ms_MY,en_SL,sk_SK,de_DE,fr_FR,es_ES,ja_JP,en_GB,pl_PL")
    parser.add_argument("--shapes", default="music")
    args = parser.parse_args()
    old = load_old(args.base)
    shapes = set(args.shapes.split(","))
    totals = {"tables": 0, "births": 0, "before": 0, "after": 0, "false_before": 0, "false_after": 0}
    for which in args.sets.split(","):
        build = getattr(importlib.import_module(f"heldout{which.removesuffix('dev')}_shapes"),
                        f"heldout{which.removesuffix('dev')}_table")  # fmt: skip
        for number, locale, seed in tables(which, args.locales.split(",")):
            table = build(locale, seed)
            if table.shape not in shapes:
                continue
            totals["tables"] += 1
            rename = {c: f"c{i:03d}" for i, c in enumerate(table.frame.columns)}
            df = table.frame.rename(columns=rename)
            labels = {rename[c]: v for c, v in table.labels.items()}
            table_passes.few_birth_date_columns = old
            before = plan(df)
            table_passes.few_birth_date_columns = NEW
            after = plan(df)
            for column in df.columns:
                label = labels.get(column)
                birth = isinstance(label, tuple) and E.DATE_OF_BIRTH in label
                was, now = before.get(column) == E.DATE_OF_BIRTH, after.get(column) == E.DATE_OF_BIRTH
                if birth:
                    totals["births"] += 1
                    totals["before"] += was
                    totals["after"] += now
                else:
                    totals["false_before"] += was
                    totals["false_after"] += now
                if (birth and not now) or was != now or (now and not birth):
                    print(f"{number} {locale} {seed} {table.shape} {column} ({label}): {before.get(column)} -> "
                          f"{after.get(column)}", flush=True)  # fmt: skip
    print(totals)


if __name__ == "__main__":
    main()
