"""Birth dates with the person's age after them (age_annotated_dates)."""

from __future__ import annotations

from datetime import date

import pytest

from safe_synthesizer.pii.age_annotated_dates import aged_dates, read_aged_date, without_age

TODAY = date(2026, 6, 1)


@pytest.mark.parametrize(
    ("value", "core", "age"),
    [
        ("03/15/2016 (10 yrs)", "03/15/2016", 10),
        ("15/03/2016 (10 jr)", "15/03/2016", 10),
        ("15.03.1951, 75 y.o.", "15.03.1951", 75),
        ("1951-03-15 (age 75)", "1951-03-15", 75),
        ("15\\03\\1951 [75 év]", "15\\03\\1951", 75),
        ("15 March 1951 - 75 Jahre", "15 March 1951", 75),
        ("15/03/1951 (74 anos)", "15/03/1951", 74),  # written a year before today
    ],
)
def test_a_date_and_its_agreeing_age_are_read(value: str, core: str, age: int) -> None:
    aged = read_aged_date(value, today=TODAY)
    assert aged is not None and (aged.core, aged.age) == (core, age)
    assert without_age(value, today=TODAY) == core


@pytest.mark.parametrize(
    "value",
    [
        "15/03/2016 (40 yrs)",  # no age of that date
        "15/03/2016 (Tue)",  # a weekday, no age
        "15/03/2016 12",  # a number glued after the date
        "15/03/2016 (10 yrs",  # an unclosed bracket
        "ref 15/03/2016 (10 yrs)",  # words before the date
        "n/a",
    ],
)
def test_other_cells_are_not_read(value: str) -> None:
    assert read_aged_date(value, today=TODAY) is None


def test_the_fake_gets_the_age_of_the_fake_date_in_the_same_words() -> None:
    aged = read_aged_date("15/03/2016 (10 jr)", today=TODAY)
    assert aged.dressed("02/07/2012") == "02/07/2012 (13 jr)"
    lagged = read_aged_date("15/03/1951 (74 anos)", today=TODAY)  # the table's ages are a year behind
    assert lagged.dressed("20/05/1951") == "20/05/1951 (74 anos)"


def test_a_fake_that_reads_as_no_date_drops_the_true_age() -> None:
    assert read_aged_date("15/03/2016 (10 jr)", today=TODAY).dressed("xx/03/2016") == "xx/03/2016"


def test_aged_dates_keeps_the_annotated_cells_only() -> None:
    assert list(aged_dates(["15/03/2016 (10 jr)", "15/03/2016", "unknown"], today=TODAY)) == ["15/03/2016 (10 jr)"]
