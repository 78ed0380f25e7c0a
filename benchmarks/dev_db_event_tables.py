"""Tables of people with event dates only, for :mod:`~safe_synthesizer.pii.column_row_births` (helper DB, s48).

Why: the rule takes a date column that lies before every other date of its row and is kept by its person. Event
columns do that too: a tenancy's start before its inspection, a member's joining date before each visit, a hire
before each review, a death before its burial, an id's issue before its expiry. This script writes such tables itself
(its own templates, Faker names of eight locales, 10 to 400 rows, repeat people, two people per row where the shape
has them, dates in several layouts) and counts the columns the rule takes (every one is false), next to birth-date
tables of its own (children beside a guardian, adult clients who come back) whose columns it should take.

Run: ``PYTHONPATH=src .venv/bin/python benchmarks/dev_db_event_tables.py [--seeds 5]``.
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta

import pandas as pd
from faker import Faker

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_row_births import row_birth_date_columns

TODAY = date(2026, 11, 1)
LOCALES = ("de_DE", "en_GB", "fr_FR", "pt_BR", "pl_PL", "tr_TR", "ja_JP", "es_MX")
SIZES = (10, 25, 60, 400)


def day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange(max(1, (end - start).days)))


def write(d: date, rng: random.Random) -> str:
    return rng.choice((d.isoformat(), d.strftime("%d.%m.%Y"), d.strftime("%d/%m/%Y"), f"{d.day}.{d.month}.{d.year}"))


def det(column: str, entity: str) -> ColumnDetection:
    return ColumnDetection(column, entity, 0.9, 0.9, "values", 20)


def people(fake: Faker, n: int, rng: random.Random) -> list[str]:
    """``n`` rows of people, some coming back (a third of the rows repeat someone)."""
    pool = [fake.name() for _ in range(max(2, n * 2 // 3))]
    return [rng.choice(pool) for _ in range(n)]


def event_tables(fake: Faker, n: int, rng: random.Random) -> dict[str, tuple[pd.DataFrame, dict]]:
    """Shapes with event dates only: every column the rule takes here is false."""
    out = {}
    who = people(fake, n, rng)
    since = {p: day(rng, date(2009, 1, 1), date(2025, 6, 1)) for p in who}
    out["member_since_visits"] = (
        pd.DataFrame({"p": who, "a": [write(since[p], rng) for p in who],
                      "b": [write(day(rng, date(2025, 7, 1), TODAY), rng) for _ in who]}),
        {"p": det("p", E.NAME)},
    )  # fmt: skip
    starts = [day(rng, date(2014, 1, 1), date(2025, 1, 1)) for _ in range(n)]
    out["tenancy_couples"] = (
        pd.DataFrame({"t": [fake.name() for _ in range(n)], "j": [fake.name() for _ in range(n)],
                      "s": [write(s, rng) for s in starts],
                      "i": [write(day(rng, max(s, date(2025, 1, 1)), TODAY), rng) for s in starts]}),
        {"t": det("t", E.NAME), "j": det("j", E.NAME)},
    )  # fmt: skip
    joined = [day(rng, date(2020, 6, 1), date(2026, 6, 1)) for _ in range(n)]
    family = [fake.last_name() for _ in range(n)]
    out["kids_club_joined_last"] = (
        pd.DataFrame({"f": [fake.first_name() for _ in range(n)], "l": family,
                      "g": [f"{fake.first_name()} {x}" for x in family], "j": [write(j, rng) for j in joined],
                      "x": [write(day(rng, max(j, date(2026, 1, 1)), TODAY), rng) for j in joined]}),
        {"f": det("f", E.FIRST_NAME), "l": det("l", E.LAST_NAME), "g": det("g", E.NAME)},
    )  # fmt: skip
    hired = {p: day(rng, date(1995, 1, 1), date(2024, 1, 1)) for p in who}
    out["hire_reviews"] = (
        pd.DataFrame({"p": who, "h": [write(hired[p], rng) for p in who],
                      "r": [write(day(rng, date(2026, 1, 1), TODAY), rng) for _ in who]}),
        {"p": det("p", E.NAME)},
    )  # fmt: skip
    died = [day(rng, date(2008, 1, 1), date(2026, 9, 1)) for _ in range(n)]
    out["deaths_burials"] = (
        pd.DataFrame({"d": [fake.name() for _ in range(n)], "o": [fake.name() for _ in range(n)],
                      "x": [write(x, rng) for x in died],
                      "b": [write(x + timedelta(days=rng.randrange(3, 20)), rng) for x in died]}),
        {"d": det("d", E.NAME), "o": det("o", E.NAME)},
    )  # fmt: skip
    issued = [day(rng, date(2012, 1, 1), date(2026, 6, 1)) for _ in range(n)]
    out["id_issue_expiry"] = (
        pd.DataFrame({"p": [fake.name() for _ in range(n)], "i": [write(x, rng) for x in issued],
                      "e": [write(x + timedelta(days=3652), rng) for x in issued],
                      "v": [write(day(rng, date(2026, 6, 1), TODAY), rng) for _ in issued]}),
        {"p": det("p", E.NAME)},
    )  # fmt: skip
    ordered = [day(rng, date(2025, 1, 1), date(2026, 9, 1)) for _ in range(n)]
    out["orders_deliveries"] = (
        pd.DataFrame({"c": who, "o": [write(x, rng) for x in ordered],
                      "d": [write(x + timedelta(days=rng.randrange(1, 30)), rng) for x in ordered]}),
        {"c": det("c", E.NAME)},
    )  # fmt: skip
    return out


def birth_tables(fake: Faker, n: int, rng: random.Random) -> dict[str, tuple[pd.DataFrame, dict]]:
    """Shapes with birth dates: column ``b`` should be taken."""
    out = {}
    born = [day(rng, date(2019, 1, 1), date(2025, 9, 1)) for _ in range(n)]
    family = [fake.last_name() for _ in range(n)]
    guardian = [rng.choice((f"{fake.first_name()} {x}", f"{x.upper()}, {fake.first_name()}")) for x in family]
    out["nursery"] = (
        pd.DataFrame({"f": [fake.first_name() for _ in range(n)], "l": family, "b": [write(b, rng) for b in born],
                      "g": guardian,
                      "s": [write(day(rng, b + timedelta(days=300), TODAY), rng) for b in born]}),
        {"f": det("f", E.FIRST_NAME), "l": det("l", E.LAST_NAME), "g": det("g", E.NAME)},
    )  # fmt: skip
    who = people(fake, n, rng)
    dob = {p: day(rng, date(1935, 1, 1), date(2004, 1, 1)) for p in who}
    out["clinic_visits"] = (
        pd.DataFrame({"v": [write(day(rng, date(2025, 9, 1), TODAY), rng) for _ in who], "p": who,
                      "b": [write(dob[p], rng) if rng.random() < 0.8 else "" for p in who]}),
        {"p": det("p", E.NAME)},
    )  # fmt: skip
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args()
    false: dict[str, int] = {}
    found: dict[str, list[int]] = {}
    for locale in LOCALES:
        fake = Faker(locale)
        for seed in range(args.seeds):
            for n in SIZES:
                rng = random.Random(f"{locale}/{seed}/{n}")
                fake.seed_instance(seed * 1000 + n)
                for shape, (df, dets) in event_tables(fake, n, rng).items():
                    taken = row_birth_date_columns(df, list(df.columns), dets, today=TODAY)
                    false[shape] = false.get(shape, 0) + len(taken)
                    for column, d in taken.items():
                        print(f"FALSE {shape} {locale} {seed} {n} {column}: {d.evidence}")
                for shape, (df, dets) in birth_tables(fake, n, rng).items():
                    taken = row_birth_date_columns(df, list(df.columns), dets, today=TODAY)
                    hit = found.setdefault(shape, [0, 0])
                    hit[0] += "b" in taken
                    hit[1] += 1
                    if "b" not in taken:
                        print(f"MISS {shape} {locale} {seed} {n}")
    print("false columns by shape:", false)
    print("birth columns found / tables:", found)


if __name__ == "__main__":
    main()
