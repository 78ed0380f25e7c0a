"""ISO 8601 week and ordinal dates read by the standard's grammar and written back in their own notation."""

from __future__ import annotations

from datetime import date

import pytest

from safe_synthesizer.pii.age_annotated_dates import read_aged_date
from safe_synthesizer.pii.date_reader import read_date, shift_any_date
from safe_synthesizer.pii.iso_calendar_dates import iso_weeks, read_iso_date, read_iso_date_at
from safe_synthesizer.pii.text_dob_read import read_dob_spans


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1990-W01-1", date(1990, 1, 1)),
        ("2009W537", date(2010, 1, 3)),  # week 53 of a 53-week year, its Sunday in the next calendar year
        ("1984 w12 3", date(1984, 3, 21)),  # any one separator used alike, the letter in either case
        ("1971/W40/5", date(1971, 10, 8)),
        ("1988-060", date(1988, 2, 29)),  # a leap year's 60th day
        ("1961\u2013200", date(1961, 7, 19)),  # an en dash a word processor made of the hyphen
        ("2000-366", date(2000, 12, 31)),
    ],
)
def test_week_and_ordinal_dates_are_read(value: str, expected: date) -> None:
    assert read_iso_date(value).date == expected


@pytest.mark.parametrize(
    "value",
    [
        "1990-W54-1",  # no 54th week
        "2011-W53-1",  # 2011 has 52 weeks
        "1990-W10-8",  # no 8th weekday
        "1990-W10/3",  # two separators
        "1989-366",  # not a leap year
        "1990-000",
        "1550-100",  # out of the years a date reader takes
        "X-2001-001",
        "2001-001-23",  # a longer code
        "2001-0012",
        "12.2012-335",
        "1995335",  # seven digits: read only when asked
    ],
)
def test_what_is_no_iso_date_is_left(value: str) -> None:
    assert read_iso_date(value) is None


def test_compact_ordinal_only_when_asked() -> None:
    assert read_iso_date("1995335", compact=True).date == date(1995, 12, 1)


def test_weeks_of_a_year() -> None:
    assert (iso_weeks(2015), iso_weeks(2016), iso_weeks(2026)) == (53, 52, 53)


def test_write_keeps_the_notation() -> None:
    assert read_iso_date("1975-W07-3").write(date(1976, 1, 1)) == "1976-W01-4"
    assert read_iso_date("1975w073").write(date(2008, 12, 29)) == "2009w011"  # the ISO year of the week
    assert read_iso_date("1975-041").write(date(1960, 1, 5)) == "1960-005"


def test_read_in_a_sentence() -> None:
    text = "Fahrer: geboren 1966-W15-4, Lizenz"
    reading = read_iso_date_at(text, 16)
    assert (reading.date, text[16 : reading.end]) == (date(1966, 4, 14), "1966-W15-4")
    assert read_iso_date_at("ref 1966-123", 5) is None  # not at a field's start


def test_every_reader_of_date_reader_reads_them() -> None:
    """Hooked as :func:`date_reader.read_date_at`'s fallback: the cell reader, the shifter and the note reader."""
    assert read_date("1953-W07-2 ").date == date(1953, 2, 10)
    assert shift_any_date("1953-188", 3) == "1953-191"
    assert shift_any_date("1953-W07-2", 7) == "1953-W08-2"
    note = "Certificate for Juha Salo, D.O.B. 1953-188, module passed."
    assert read_dob_spans(note, r"d\.o\.b\.?") == [(34, 42, "date_of_birth")]


def test_an_age_after_its_word_is_read_with_the_date() -> None:
    today = date(2026, 12, 6)
    for cell, core in (
        ("1953-W07-2; idade 73", "1953-W07-2"),
        ("14/02/1953; Alter 73", "14/02/1953"),
        ("14.02.1953; வயது 73", "14.02.1953"),  # a word whose script writes vowels as marks
    ):
        aged = read_aged_date(cell, today=today)
        assert aged is not None and aged.core == core
    assert read_aged_date("14.02.1953; Alter 12", today=today) is None  # 12 is no age of that date
