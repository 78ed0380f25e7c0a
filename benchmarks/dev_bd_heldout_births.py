"""Dev check (helper BD, session 46): birth-date columns of set 31's shapes at OTHER seeds, names hidden and shown.

Prints, per table with a labelled birth-date column, what ``plan_columns`` makes of each such column, and any
column planned as a birth date that is not one (a false column). Seeds 31501-31520 are not set 31's own.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_bd_heldout_births.py --locales fr_FR,de_DE --seeds 8
"""

from __future__ import annotations

import argparse
import collections

import heldout31_shapes as shapes
from pii_heldout_scoring import _hide
from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

DOB = "date_of_birth"


def judge(frame, labels) -> tuple[list[tuple[str, str | None]], list[str]]:
    """([(birth-date column, planned entity)], [false birth-date columns])."""
    plans = {p.column: p.entity for p in plan_columns(frame, infer_schema(frame), ReplacePiiParameters(), seed=0)}
    dob = [(c, plans.get(c)) for c, lab in labels.items() if lab and lab != "dont_care" and DOB in lab]
    false = [c for c, e in plans.items() if e == DOB and not (labels.get(c) and DOB in (labels.get(c) or ()))]
    return dob, false


def wire_cohort() -> None:
    """Run :mod:`column_cohort_births` right after the small-table birth dates, as the wiring request asks."""
    from safe_synthesizer.pii import table_passes
    from safe_synthesizer.pii.column_cohort_births import cohort_birth_date_columns

    few = table_passes.few_birth_date_columns

    def both(df, names, found, entities, sample_size=500, seed=0):
        out = few(df, names, found, entities, sample_size=sample_size, seed=seed)
        return out | cohort_birth_date_columns(df, names, {**found, **out}, entities)

    table_passes.few_birth_date_columns = both


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--locales", default="fr_FR,de_DE,en_GB,es_ES,pl_PL,it_IT,nl_NL,pt_BR")
    ap.add_argument("--seeds", type=int, default=8)
    ap.add_argument("--first-seed", type=int, default=31501)
    ap.add_argument("--modes", default="hidden")
    ap.add_argument("--show", action="store_true", help="print a few values of each missed column")
    ap.add_argument("--shapes", default="", help="only these shapes (comma-separated)")
    ap.add_argument("--with-cohort", action="store_true", help="run column_cohort_births as if wired")
    args = ap.parse_args()
    if args.with_cohort:
        wire_cohort()
    tally: dict = collections.defaultdict(lambda: [0, 0])
    falses = 0
    for locale in args.locales.split(","):
        for seed in range(args.first_seed, args.first_seed + args.seeds):
            if args.shapes and shapes.shape_of(locale, seed) not in args.shapes.split(","):
                continue
            t = shapes.heldout31_table(locale, seed)
            for mode in args.modes.split(","):
                frame, labels = (t.frame, t.labels) if mode == "shown" else _hide(t.frame, t.labels)
                dob, false = judge(frame, labels)
                for column, entity in dob:
                    tally[(mode, t.shape)][0] += entity == DOB
                    tally[(mode, t.shape)][1] += 1
                    if entity != DOB:
                        vals = frame[column].dropna().astype(str).head(6).tolist() if args.show else ""
                        print(f"MISS {mode} {locale} {seed} {t.shape} {column} -> {entity} {vals}")
                for column in false:
                    falses += 1
                    print(f"FALSE {mode} {locale} {seed} {t.shape} {column} {frame[column].dropna().head(4).tolist()}")
    for (mode, shape), (hit, n) in sorted(tally.items()):
        print(f"{mode:6} {shape:11} {hit}/{n}")
    print(f"found {sum(h for h, _ in tally.values())}/{sum(n for _, n in tally.values())}, false {falses}")


if __name__ == "__main__":
    main()
