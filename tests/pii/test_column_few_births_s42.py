"""Children's birth dates in a small roster whose rows name a guardian beside each child (names hidden)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_birth_cells import short_years_first
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_few_births import names_two_people
from safe_synthesizer.pii.replace import plan_columns


def _roster(seed: int, rows: int) -> pd.DataFrame:
    """A youth football club's players (born within a decade) with two guardians each, names hidden."""
    rng, fake = random.Random(seed), Faker("de_DE")
    fake.seed_instance(seed)
    out = []
    for _ in range(rows):
        born = date(2011, 1, 1) + timedelta(days=rng.randrange(3200))
        surname = fake.last_name()
        out.append({
            "c000": fake.first_name(), "c001": surname, "c002": born.strftime("%d.%m.%Y"),
            "c003": fake.first_name(), "c004": surname, "c005": fake.email(),
            "c006": fake.first_name(), "c007": fake.last_name(),
        })  # fmt: skip
    return pd.DataFrame(out)


def test_a_roster_birth_column_is_found_with_the_names_hidden() -> None:
    df = _roster(4211, 14)
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c002") == E.DATE_OF_BIRTH


def _found(entity: str, name: str) -> ColumnDetection:
    return ColumnDetection(name, entity, 0.9, 1.0, "values", 0, None, "")


def test_two_people_per_row() -> None:
    pair = {"a": _found(E.FIRST_NAME, "a"), "b": _found(E.LAST_NAME, "b")}
    second = {"c": _found(E.FIRST_NAME, "c"), "d": _found(E.LAST_NAME, "d")}
    assert names_two_people({**pair, **second})
    assert not names_two_people({**pair, "n": _found(E.FIRST_NAME, "n"), "e": _found(E.EMAIL, "e")})  # a nickname


def test_short_dates_year_first_beside_long_ones() -> None:
    assert short_years_first(["2012/09/28", "2015/07/07", "13/4/25", "2018/09/29", "14/6/30"])
    assert not short_years_first(["1980-05-28", "27/05/62", "1999-01-02", "12/03/71"])  # ISO beside day-first
