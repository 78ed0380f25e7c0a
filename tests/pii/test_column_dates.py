"""Birth-date columns whose values mix numeric layouts with dates written with the month's name
(``September 14, 1948`` beside ``03/06/1987``), told from event dates by their spread."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_dates import birth_date_evidence
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.validators.dates import parse_written_date


def _mixed(start: date, days: int, n: int, seed: int, day_first: bool) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        d = start + timedelta(days=rng.randint(0, days))
        if i % 3 == 0:
            out.append(f"{d.day} {d:%B %Y}" if day_first else f"{d:%B} {d.day}, {d.year}")
        else:
            out.append(f"{d:%d/%m/%Y}" if day_first else f"{d:%m/%d/%Y}")
    return out


def test_written_month_dates_parse_in_several_languages():
    assert parse_written_date("September 14, 1948") == date(1948, 9, 14)
    assert parse_written_date("7 November 2004") == date(2004, 11, 7)
    assert parse_written_date("14. März 1948") == date(1948, 3, 14)
    assert parse_written_date("3 de março de 1961") == date(1961, 3, 3)
    assert parse_written_date("Sep 31, 1948") is None
    assert parse_written_date("Room 14, 1948") is None


def test_birth_dates_mixing_written_and_numeric_layouts_are_found():
    for day_first in (False, True):
        values = _mixed(date(1940, 1, 1), 66 * 365, 120, 11, day_first)
        df = pd.DataFrame({"c002": values})
        det = detect_column(df["c002"], infer_schema(df)["c002"], entities=[E.DATE_OF_BIRTH, E.PHONE_NUMBER])
        assert det is not None and det.entity == E.DATE_OF_BIRTH, (day_first, det)


def test_appointments_in_the_same_mixed_layouts_are_not_birth_dates():
    values = _mixed(date(2023, 1, 1), 700, 120, 12, False)
    born, why = birth_date_evidence(pd.Series(values), today=date(2025, 6, 1))
    assert not born, why


def test_dates_with_a_space_after_each_dot_are_birth_dates_from_values():
    """Czech/Slovak/Slovenian ``18. 9. 1969`` and Hungarian ``1985. 02. 01.``: the spaces after the
    dots made them no date at all, so a birth-date column with its name hidden was left as it was."""
    rng = random.Random(5)
    for layout in ("{d}. {m}. {y}", "{y}. {m:02d}. {d:02d}."):
        values = [
            layout.format(d=rng.randint(1, 28), m=rng.randint(1, 12), y=rng.randint(1940, 2004)) for _ in range(60)
        ]
        df = pd.DataFrame({"c005": values})
        det = detect_column(df["c005"], infer_schema(df)["c005"], entities=[E.DATE_OF_BIRTH, E.PHONE_NUMBER])
        assert det is not None and det.entity == E.DATE_OF_BIRTH, layout


def test_spaced_dot_numbers_that_are_no_dates_stay_no_dates():
    from safe_synthesizer.pii.column_dates import is_written_date

    assert is_written_date("18. 9. 1969")
    assert not is_written_date("1. 2. 3")
    assert not is_written_date("12. 45. 1969")


def _birth_dates(n: int, weekends: int, seed: int) -> list[str]:
    """``n`` day-first birth dates of 1940-2005, exactly ``weekends`` of them on a Saturday or Sunday."""
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        d = date(1940, 1, 1) + timedelta(days=rng.randint(0, 65 * 365))
        on_weekend = d.weekday() >= 5
        if on_weekend == (sum(date(int(v[6:]), int(v[3:5]), int(v[:2])).weekday() >= 5 for v in out) < weekends):
            out.append(f"{d:%d-%m-%Y}")
    return out


def test_a_small_sample_short_of_weekends_by_chance_is_still_birth_dates():
    """Two weekends among 24 birth dates (8%, a 1.7% chance) made set 16's nl_NL birth-date column with its
    name hidden "working-day events"; none among 24 (0.03%) still is."""
    born, why = birth_date_evidence(pd.Series(_birth_dates(24, 2, 3)), today=date(2026, 1, 1))
    assert born, why
    born, why = birth_date_evidence(pd.Series(_birth_dates(24, 0, 3)), today=date(2026, 1, 1))
    assert not born and "working-day" in why


def _days(start: date, span_days: int, n: int, seed: int, weekdays_only: bool = False) -> list[date]:
    rng = random.Random(seed)
    out: list[date] = []
    while len(out) < n:
        d = start + timedelta(days=rng.randint(0, span_days))
        if d not in out and not (weekdays_only and d.weekday() >= 5):
            out.append(d)
    return out


def test_birth_dates_of_pupils_are_birth_dates_from_values():
    """Pupils born 2009-2019 span a decade, not the two an adult population spans (set 17: the en_US,
    fr_FR, de_DE and it_IT pupils' birth-date columns with their names hidden were left as written)."""
    today = date(2026, 1, 1)
    for layout in ("%m/%d/%Y", "%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d"):
        values = [f"{d:{layout}}" for d in _days(date(2009, 1, 1), 11 * 365, 24, 7)]
        born, why = birth_date_evidence(pd.Series(values), today=today)
        assert born and "young" in why, (layout, why)


def test_pupils_birth_dates_typed_as_dates_are_found_by_the_detector():
    values = pd.to_datetime(pd.Series(_days(date(2008, 3, 1), 12 * 365, 40, 8)))
    df = pd.DataFrame({"c003": values})
    det = detect_column(df["c003"], infer_schema(df)["c003"], entities=[E.DATE_OF_BIRTH])
    assert det is not None and det.entity == E.DATE_OF_BIRTH, det


def test_recent_event_dates_are_not_young_birth_dates():
    """Visits, bookings and installs of the last three years, or of a decade up to the export, in the
    birth-date layout: events run up to the export and span a few years."""
    today = date(2026, 1, 1)
    recent = [f"{d:%d/%m/%Y}" for d in _days(date(2023, 1, 1), 3 * 365 - 2, 40, 9)]
    born, why = birth_date_evidence(pd.Series(recent), today=today)
    assert not born, why
    decade = [f"{d:%d/%m/%Y}" for d in _days(date(2014, 1, 1), 12 * 365 - 2, 60, 10)]
    born, why = birth_date_evidence(pd.Series(decade), today=today)
    assert not born and "export" in why, why


def test_past_working_day_events_are_not_young_birth_dates():
    """A log of working-day events that ended years ago (2010-2019) is no pupils' birth dates."""
    values = [f"{d:%Y-%m-%d}" for d in _days(date(2010, 1, 1), 9 * 365, 60, 11, weekdays_only=True)]
    born, why = birth_date_evidence(pd.Series(values), today=date(2026, 1, 1))
    assert not born and "working-day" in why, why


def test_dates_of_one_season_are_not_young_birth_dates():
    """Term starts over a decade fall in a few months of the year; birth dates in nearly all of them."""
    rng = random.Random(12)
    values = [f"{date(rng.randint(2009, 2019), rng.choice((8, 9)), rng.randint(1, 28)):%d/%m/%Y}" for _ in range(60)]
    born, why = birth_date_evidence(pd.Series(values), today=date(2026, 1, 1))
    assert not born and "months" in why, why
