"""Tests for a table's event dates per row and the age-band test (:mod:`safe_synthesizer.pii.row_event_dates`)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.row_event_dates import (
    AgeBand,
    age_band_evidence,
    date_column,
    event_columns,
    mostly_dated,
    reference_date,
    undecided_birth_columns,
)

TODAY = date(2026, 3, 15)
ADULTS = AgeBand(min_distinct=10, max_age=90)


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange((end - start).days))


def _members(rows: int = 40, seed: int = 5) -> pd.DataFrame:
    """A rowing club's members: a birth date (mixed layouts, a few junk cells), a joining date after it, a name."""
    rng = random.Random(seed)
    out = []
    for i in range(rows):
        born = _day(rng, date(1950, 1, 1), date(2004, 1, 1))
        joined = _day(rng, born + timedelta(days=17 * 366), date(2026, 3, 1))
        cell = (born.isoformat(), born.strftime("%d.%m.%Y"), f"{born.day}/{born.month}/{born.year}")[i % 3]
        out.append({"who": f"Rower {i}", "b": "n/a" if i % 13 == 5 else cell, "j": joined.strftime("%d/%m/%Y")})
    return pd.DataFrame(out)


def test_date_column_reads_mixed_layouts_and_leaves_junk_out() -> None:
    column = date_column(_members()["b"])
    assert column is not None and column.filled == 40
    assert len(column.dated) == 37 and column.scored == 37  # ``n/a`` is no date and no failed date either
    assert mostly_dated(column, 0.9)
    assert date_column(pd.Series([1.5, 2.0, 3.25])) is None
    assert date_column(pd.Series(["Oak", "Elm", "Ash", "3 Elm"])) is None


def test_event_columns_are_the_other_date_columns() -> None:
    df = _members()
    events = event_columns(df, "b")
    assert list(events) == ["j"]
    assert reference_date(events, TODAY) == max(events["j"].dated)
    assert reference_date({}, TODAY) is None


def test_birth_dates_pass_the_band_and_joining_dates_do_not() -> None:
    df = _members()
    events = event_columns(df, "b")
    born, why = age_band_evidence(date_column(df["b"]), events, reference_date(events, TODAY), ADULTS)
    assert born, why
    # The joining date read as a birth date: the rows' other date (the birth) comes before it, not 15 years after.
    others = event_columns(df, "j")
    joined, why = age_band_evidence(date_column(df["j"]), others, reference_date(others, TODAY), ADULTS)
    assert not joined, why


def test_a_fixed_offset_is_a_term_not_an_age() -> None:
    df = _members()
    start = [date(1960, 1, 1) + timedelta(days=97 * i) for i in range(len(df))]
    df["b"] = [d.isoformat() for d in start]
    df["j"] = [(d + timedelta(days=25 * 365)).isoformat() for d in start]
    events = event_columns(df, "b")
    born, why = age_band_evidence(date_column(df["b"]), events, reference_date(events, TODAY), ADULTS)
    assert not born and "fixed offset" in why


def test_a_band_that_needs_rows_fails_without_an_event_sharing_them() -> None:
    df = _members().drop(columns="j")
    column = date_column(df["b"])
    assert not age_band_evidence(column, {}, TODAY, ADULTS)[0]
    assert age_band_evidence(column, {}, TODAY, AgeBand(min_distinct=10, max_age=90, needs_rows=False))[0]


def test_undecided_birth_columns_takes_one_column_of_a_table_of_people() -> None:
    df = _members()
    people = {"who": ColumnDetection("who", E.NAME, 0.9, 0.9, "values", 20)}

    def judge_for(sample: pd.DataFrame, decided: dict) -> object:
        return lambda name: (name in ("b", "j"), "test")

    assert undecided_birth_columns(df, ["b"], people, (E.DATE_OF_BIRTH,), judge_for).keys() == {"b"}
    assert undecided_birth_columns(df, ["b", "j"], people, (E.DATE_OF_BIRTH,), judge_for) == {}  # two: neither
    assert undecided_birth_columns(df, ["b"], {}, (E.DATE_OF_BIRTH,), judge_for) == {}  # no people
    assert undecided_birth_columns(df, ["b"], people, (E.NAME,), judge_for) == {}
    named = df.rename(columns={"b": "joined_on"})
    assert undecided_birth_columns(named, ["joined_on"], people, (E.DATE_OF_BIRTH,), judge_for) == {}
