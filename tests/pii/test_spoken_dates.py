"""Dates read out in words, read by the number grammar and written back in words."""

from __future__ import annotations

from datetime import date

import pytest

from safe_synthesizer.pii.spoken_dates import read_spoken_date, read_spoken_date_at


@pytest.mark.parametrize(
    ("text", "found", "written"),
    [
        ("thirty-first of May nineteen eighty-seven", date(1987, 5, 31), "thirty-first of May nineteen eighty-seven"),
        ("fourteenth of April twenty sixteen, piping", date(2016, 4, 14), "fourteenth of April twenty sixteen"),
        ("sixth of February two thousand and four, ID", date(2004, 2, 6), "sixth of February two thousand and four"),
        ("twenty-first of September twenty twenty-one", date(2021, 9, 21), None),
        ("May the first, nineteen fifty-four.", date(1954, 5, 1), "May the first, nineteen fifty-four"),
        ("the first of May twenty twenty and then", date(2020, 5, 1), "the first of May twenty twenty"),
        ("second of April 1998", date(1998, 4, 2), None),
        ("April 2nd, nineteen ninety-eight", date(1998, 4, 2), None),
        ("twenty first of May nineteen ninety eight", date(1998, 5, 21), None),
        ("TWELFTH OF APRIL NINETEEN SEVENTY-EIGHT", date(1978, 4, 12), None),
    ],
)
def test_spoken_dates(text: str, found: date, written: str | None) -> None:
    reading = read_spoken_date_at(text)
    assert reading is not None and reading.date == found
    if written is not None:
        assert text[: reading.end] == written


@pytest.mark.parametrize(
    "text",
    [
        "first of the month",
        "twenty minutes later",
        "first of May twenty people came",
        "first of May nineteen eighty seven five",  # more number words: a longer number
        "thirty-first of February nineteen eighty-seven",  # no such date
        "2nd of April 1998",  # digits only: the date reader's
        "may the first be second",
        "third of Mai nineteen ninety",  # the grammar is English: English month names
    ],
)
def test_not_dates(text: str) -> None:
    assert read_spoken_date_at(text) is None


def test_fakes_written_in_words_in_the_same_style() -> None:
    r = read_spoken_date_at("thirty-first of May nineteen eighty-seven")
    assert r.write(date(2004, 11, 22)) == "twenty-second of November two thousand four"
    r = read_spoken_date_at("Thirty-First Of May Nineteen Eighty-Seven")
    assert r.write(date(1961, 1, 3)) == "Third Of January Nineteen Sixty-One"
    r = read_spoken_date_at("TWELFTH OF APRIL NINETEEN SEVENTY-EIGHT")
    assert r.write(date(1961, 1, 3)) == "THIRD OF JANUARY NINETEEN SIXTY-ONE"
    r = read_spoken_date_at("April 2nd, nineteen ninety-eight")
    assert r.write(date(1961, 1, 3)) == "January 3rd, nineteen sixty-one"
    r = read_spoken_date_at("second of April 1998")
    assert r.write(date(1961, 1, 22)) == "twenty-second of January 1961"


def test_no_date_inside_a_compound() -> None:
    text = "born on twenty-first of September twenty twenty-one"
    assert read_spoken_date_at(text, text.index("first")) is None
    assert read_spoken_date_at(text, text.index("twenty")).end == len(text)


def test_whole_cell() -> None:
    assert read_spoken_date(" second of April nineteen ninety-eight. ").date == date(1998, 4, 2)
    assert read_spoken_date("second of April nineteen ninety-eight and more") is None
