"""Dev tables of helper PP (session 39): birth dates of children in small tables about people, and event dates
that must stay undetected, with the column names hidden.

Own seeds and date makers (not the held-out sets'): each table has a person column, an e-mail column and one date
column of 10-30 rows (repeat rows, blanks), written in one of several layouts. Prints found / tables per kind.

    .venv/bin/python benchmarks/dev_pp_births.py
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

TODAY = date.today()
FIRST = ["Ola", "Jonas", "Mira", "Tomasz", "Aino", "Pavel", "Lucía", "Kofi", "Yara", "Emil", "Ines", "Bram"]
LAST = ["Lindqvist", "Kowalczyk", "Haddad", "Moreau", "Okafor", "Nieminen", "Vargas", "Brandt", "Costa"]
LAYOUTS = ["%d/%m/%Y", "%m/%d/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y"]


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange(max(1, (end - start).days)))


def _working_day(rng: random.Random, start: date, end: date) -> date:
    d = _day(rng, start, end)
    while d.weekday() >= 5:
        d += timedelta(days=1)
    return d


def _kinds(rng: random.Random) -> dict[str, tuple[bool, object]]:
    y = TODAY.year
    return {
        "children 3-16": (True, lambda: _day(rng, date(y - 16, 1, 1), date(y - 3, 1, 1))),
        "pupils 6-18": (True, lambda: _day(rng, date(y - 18, 1, 1), date(y - 6, 1, 1))),
        "toddlers+kids 2-12": (True, lambda: _day(rng, date(y - 12, 1, 1), date(y - 2, 6, 1))),
        "visits last 2y": (False, lambda: _day(rng, TODAY - timedelta(days=730), TODAY)),
        "orders last 4y": (False, lambda: _day(rng, TODAY - timedelta(days=1460), TODAY)),
        "bookings next year": (False, lambda: _day(rng, TODAY, TODAY + timedelta(days=365))),
        "hires working days 10y": (False, lambda: _working_day(rng, date(y - 12, 1, 1), date(y - 2, 1, 1))),
        "archive 2012-2019": (False, lambda: _day(rng, date(2012, 1, 1), date(2019, 12, 31))),
        "expiry next 5y": (False, lambda: _day(rng, TODAY, TODAY + timedelta(days=1800))),
    }


def _table(rng: random.Random, make, born: bool) -> pd.DataFrame:
    """Rows of returning people; a birth date is drawn per person, an event's per row."""
    rows = rng.randint(12, 30)
    people = max(8, int(rows * rng.uniform(0.5, 0.9)))
    pool = [(rng.choice(FIRST), rng.choice(LAST), make()) for _ in range(people)]
    layout = rng.choice(LAYOUTS)
    picks = [rng.choice(pool) for _ in range(rows)]
    dates = [(d if born else make()).strftime(layout) if rng.random() > 0.1 else None for _, _, d in picks]
    return pd.DataFrame({
        "c000": [f"{f} {s}" for f, s, _ in picks],
        "c001": [f"{f.lower()}.{s.lower()}@example.org" for f, s, _ in picks],
        "c002": dates,
        "c003": [rng.choice(["paid", "open", "late"]) for _ in picks],
    })  # fmt: skip


def main() -> None:
    params = ReplacePiiParameters()
    for kind in _kinds(random.Random(0)):
        found = total = 0
        for seed in range(3901, 3926):
            rng = random.Random(seed)
            born, make = _kinds(rng)[kind]
            df = _table(rng, make, born)
            plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), params, seed=0)}
            found += plans.get("c002") == "date_of_birth"
            total += 1
        print(f"{kind:24s} {'birth' if born else 'event'}: found {found}/{total}")


if __name__ == "__main__":
    main()
