"""Birthdays without a year in a tool's layout (Square ``0000-05-26``, vCard ``--05-26``, Apple ``1604-05-26``)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd
import pytest

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_dates import birth_date_evidence
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.column_yearless_births import written_month_day, yearless_birthday


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0000-05-26", (5, 26)),
        ("--02-29", (2, 29)),
        ("--1103", (11, 3)),
        ("1604-12-01", (12, 1)),
        ("0000-13-01", None),
        ("2024-05-26", None),
        ("--", None),
    ],
)
def test_yearless_layouts(value: str, expected: tuple[int, int] | None) -> None:
    assert yearless_birthday(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"), [("May 26", (5, 26)), ("26. Mai", (5, 26)), ("3 de marzo", (3, 3)), ("Room 12", None)]
)
def test_month_and_day(value: str, expected: tuple[int, int] | None) -> None:
    assert written_month_day(value) == expected


def _customers(seed: int, rows: int, layout) -> pd.DataFrame:
    rng = random.Random(seed)
    cells = []
    for _ in range(rows):
        born = date(1941, 1, 1) + timedelta(days=rng.randrange(24000))
        pick = rng.random()
        cells.append("" if pick < 0.3 else layout(born) if pick < 0.5 else born.strftime("%d/%m/%Y"))
    return pd.DataFrame({"c007": cells})


@pytest.mark.parametrize(
    "layout",
    [
        lambda d: f"0000-{d.month:02d}-{d.day:02d}",
        lambda d: f"--{d.month:02d}-{d.day:02d}",
        lambda d: f"1604-{d.month:02d}-{d.day:02d}",
    ],
)
def test_a_customer_birthday_column_is_found_with_its_name_hidden(layout) -> None:
    df = _customers(4207, 160, layout)
    column = infer_schema(df).columns[0]
    found = detect_column(df["c007"], column, entities=[E.DATE_OF_BIRTH], seed=0)
    assert found is not None and found.entity == E.DATE_OF_BIRTH


def test_marks_weigh_beside_too_few_full_dates() -> None:
    cells = pd.Series(["0000-04-02", "0000-11-30", "0000-07-07", "1980-02-03", "1975-09-12", "2001-06-30"])
    born, why = birth_date_evidence(cells)
    assert born and "without a year" in why


def test_event_dates_beside_a_stray_mark_stay_out() -> None:
    rng = random.Random(4208)
    visits = [(date(2023, 1, 1) + timedelta(days=rng.randrange(1000))).isoformat() for _ in range(60)]
    born, _ = birth_date_evidence(pd.Series([*visits, "0000-03-04"]))
    assert not born
