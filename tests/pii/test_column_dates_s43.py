"""Two-digit years of dates to come (a garage's MOT or inspection due dates, ``8/2/27``) are no birth dates read a
century back (session 43)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_dates import birth_date_evidence
from safe_synthesizer.pii.replace import plan_columns


def _short(d: date) -> str:
    return f"{d.day}/{d.month}/{d.year % 100:02d}"


def _garage(seed: int, rows: int = 24) -> pd.DataFrame:
    """A garage's customer vehicles, names hidden: the owner's birth date and the MOT due date, both ``d/m/yy``."""
    rng, fake = random.Random(seed), Faker("en_GB")
    fake.seed_instance(seed)
    out = []
    for _ in range(rows):
        born = date(2006, 1, 1) - timedelta(days=rng.randrange(55 * 365))
        due = date(2026, 1, 1) + timedelta(days=rng.randrange(3 * 365))
        out.append({"c000": fake.name(), "c001": fake.phone_number(), "c002": _short(born), "c003": _short(due),
                    "c004": rng.choice(["Focus", "Golf", "Corsa", "Fiesta"])})  # fmt: skip
    return pd.DataFrame(out)


def test_due_dates_with_two_digit_years_are_not_birth_dates() -> None:
    # Next inspections of 2026-2028, day first with hyphens (a Dutch garage's APK dates): the 10-90% spread of
    # 99 years came from reading ``27`` and ``28`` as 1927 and 1928.
    due = [f"{d}-{m}-{y}" for d, m, y in zip(range(1, 29), [2, 9, 5, 3, 12, 10, 7, 4, 1, 8, 11, 6] * 3,
                                              [27, 27, 26, 28, 27, 26, 28, 27, 26, 27] * 3, strict=False)]  # fmt: skip
    born, why = birth_date_evidence(pd.Series(due))
    assert not born, why


def test_garage_table_keeps_due_dates_and_finds_birth_dates() -> None:
    for seed in (4331, 4332, 4333):
        df = _garage(seed)
        plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
        assert plans.get("c003") is None, seed
        assert plans.get("c002") == E.DATE_OF_BIRTH, seed
