"""Dev tables (helper BD, session 46): tables about people with pairs of EVENT dates, and cohort birth dates.

Precision: eleven kinds of event-date pairs (hire/termination, contract start/renewal, vehicle registration/
inspection, member since/last visit, building/sale, enrolment/graduation, policy start/claim, loan/repayment,
lease/move-out, admission/discharge, account opened/last login), each in several locales, layouts and sizes,
some tables an old snapshot (every date 15+ years back). Recall: cohort birth dates (applicants, recruits, young
mothers) with and without another date column. Each table is judged with names hidden through ``plan_columns``.

    PYTHONPATH=src:benchmarks .venv/bin/python benchmarks/dev_bd_event_pairs.py [--with-cohort]
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta

import pandas as pd
from faker import Faker

from dev_bd_heldout_births import judge, wire_cohort

LAYOUTS = {
    "iso": lambda d: d.isoformat(),
    "dmy": lambda d: d.strftime("%d/%m/%Y"),
    "dot": lambda d: d.strftime("%d.%m.%Y"),
    "mdy": lambda d: d.strftime("%m/%d/%Y"),
    "short": lambda d: f"{d.day}.{d.month}.{d.strftime('%y')}",
}
TODAY = date.today()
# (kind, first event's window in years back (from, to), second event = first + gap in days (lo, hi), working days)
PAIRS = [
    ("hire_termination", (2, 30), (200, 9000), True),
    ("contract_start_renewal", (1, 20), (365, 3650), False),
    ("vehicle_registration_inspection", (1, 25), (300, 9000), True),
    ("member_since_last_visit", (0.5, 30), (10, 9000), False),
    ("building_sale", (16, 60), (5000, 20000), True),
    ("enrolment_graduation", (3, 30), (1000, 2000), True),
    ("policy_start_claim", (1, 20), (30, 5000), False),
    ("loan_repayment", (1, 25), (365, 9000), True),
    ("lease_moveout", (1, 15), (180, 4000), False),
    ("admission_discharge", (0.1, 10), (1, 60), False),
    ("account_opened_last_login", (1, 20), (1, 7000), False),
]


def _day(rng: random.Random, lo_years: float, hi_years: float, working: bool, end: date) -> date:
    d = end - timedelta(days=int(rng.uniform(lo_years, hi_years) * 365.25))
    while working and d.weekday() >= 5:
        d -= timedelta(days=1)
    return d


def event_table(kind: str, locale: str, n: int, layout: str, seed: int, snapshot_years: float = 0) -> pd.DataFrame:
    """A table of people with two event dates of one ``kind``; ``snapshot_years`` back for an old export."""
    _, window, gap, working = next(p for p in PAIRS if p[0] == kind)
    rng, fake = random.Random(seed), Faker(locale)
    fake.seed_instance(seed)
    end = TODAY - timedelta(days=int(snapshot_years * 365.25))
    fmt = LAYOUTS[layout]
    rows = []
    for _ in range(n):
        first = _day(rng, *window, working, end)
        second = min(first + timedelta(days=rng.randint(*gap)), end)
        rows.append({"name": fake.name(), "email": fake.email(), "ref": f"R{rng.randint(10000, 99999)}",
                     "first": fmt(first), "second": fmt(second) if rng.random() < 0.8 else "",
                     "amount": f"{rng.randint(10, 900)}.{rng.randint(0, 99):02d}"})  # fmt: skip
    return pd.DataFrame(rows)


def single_event_table(kind: str, locale: str, n: int, layout: str, seed: int, snapshot_years: float) -> pd.DataFrame:
    """A people table with ONE event date column only (the hard case: no row to compare with)."""
    return event_table(kind, locale, n, layout, seed, snapshot_years).drop(columns=["second"])


def cohort_table(locale: str, n: int, layout: str, seed: int, ages: tuple[int, int], event: bool) -> pd.DataFrame:
    """A people table whose birth dates are of a narrow cohort; ``event``: a recent application date beside them."""
    rng, fake = random.Random(seed), Faker(locale)
    fake.seed_instance(seed)
    fmt = LAYOUTS[layout]
    rows = []
    for _ in range(n):
        applied = TODAY - timedelta(days=rng.randint(0, 400))
        born = applied - timedelta(days=int(rng.uniform(*ages) * 365.25))
        row = {"name": fake.name(), "born": fmt(born), "course": rng.choice(["L100", "G400", "V100"])}
        if event:
            row["applied"] = fmt(applied)
        rows.append(row)
    return pd.DataFrame(rows)


def hidden(df: pd.DataFrame) -> pd.DataFrame:
    return df.rename(columns={c: f"c{i:03d}" for i, c in enumerate(df.columns)})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--with-cohort", action="store_true")
    args = ap.parse_args()
    if args.with_cohort:
        wire_cohort()
    locales = ["en_GB", "de_DE", "fr_FR", "es_ES", "pl_PL", "it_IT"]
    false, tables = [], 0
    for i, (kind, *_rest) in enumerate(PAIRS):
        for j, snapshot in enumerate((0, 16)):
            for k, single in enumerate((False, True)):
                seed = 4600 + 10 * i + 2 * j + k
                locale, layout = locales[seed % len(locales)], list(LAYOUTS)[seed % len(LAYOUTS)]
                n = (12, 40, 150)[seed % 3]
                make = single_event_table if single else event_table
                df = hidden(make(kind, locale, n, layout, seed, snapshot))
                _, bad = judge(df, {c: None for c in df.columns})
                tables += 1
                false += [f"{kind} snap={snapshot} single={single} {locale} {layout} n={n}: {c}" for c in bad]
    print(f"event tables {tables}, false birth-date columns {len(false)}")
    for f in false:
        print("FALSE", f)
    hit, total = 0, 0
    for seed in range(4700, 4712):
        locale, layout = locales[seed % len(locales)], list(LAYOUTS)[seed % len(LAYOUTS)]
        ages = ((17, 29), (20, 42), (18, 24))[seed % 3]
        df = hidden(cohort_table(locale, (15, 60, 200)[seed % 3], layout, seed, ages, event=seed % 2 == 0))
        labels = {c: None for c in df.columns} | {"c001": ("date_of_birth",)}
        dob, bad = judge(df, labels)
        total += 1
        hit += dob[0][1] == "date_of_birth"
        false += bad
        if dob[0][1] != "date_of_birth":
            print("MISS cohort", locale, layout, ages, len(df), seed % 2 == 0, df["c001"].head(3).tolist())
    print(f"cohort tables: birth-date columns found {hit}/{total}")


if __name__ == "__main__":
    main()
