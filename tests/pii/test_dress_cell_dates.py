"""One date among dress in a cell (:mod:`safe_synthesizer.pii.dress_cell_dates`): read by its parts, written back
in the same dress; moments, words and ids are not dates."""

from __future__ import annotations

from datetime import date

import pytest

from safe_synthesizer.pii.dress_cell_dates import format_order, read_date_in_dress

NEW = date(1960, 2, 29)


@pytest.mark.parametrize(
    ("cell", "found", "written"),
    [
        ("TO_DATE('28-OCT-1949', 'DD-MON-YYYY')", date(1949, 10, 28), "TO_DATE('29-FEB-1960', 'DD-MON-YYYY')"),
        ("19521101000000.0Z", date(1952, 11, 1), "19600229000000.0Z"),
        ("1968-07-23 00:00:00 +0000 UTC", date(1968, 7, 23), "1960-02-29 00:00:00 +0000 UTC"),
        ("Fri, 22 Jul 1938 00:00:00 +0000", date(1938, 7, 22), "Mon, 29 Feb 1960 00:00:00 +0000"),
        # Written by no serialiser this reader was made from: the same parts in other arrangements.
        ("FRI, 22 JUL 1938 00:00:00 GMT", date(1938, 7, 22), "MON, 29 FEB 1960 00:00:00 GMT"),
        ("Fr., 22. Juli 1938 00:00 CET", date(1938, 7, 22), "Mo., 29. Februar 1960 00:00 CET"),
        ("parse_date('1949/10/28', '%Y/%m/%d')", date(1949, 10, 28), "parse_date('1960/02/29', '%Y/%m/%d')"),
        ("20110125Z", date(2011, 1, 25), "19600229Z"),
    ],
)
def test_read_and_write_back_in_the_same_dress(cell: str, found: date, written: str) -> None:
    reading = read_date_in_dress(cell)
    assert reading is not None and reading.date == found
    assert reading.write(NEW) == written


def test_a_format_string_names_the_order_of_a_number_only_date() -> None:
    assert read_date_in_dress("TO_DATE('03-04-1949', 'MM-DD-YYYY')").date == date(1949, 3, 4)
    assert read_date_in_dress("TO_DATE('03-04-1949', 'DD-MM-YYYY')").date == date(1949, 4, 3)
    # Written against its own format: not a date of that format.
    assert read_date_in_dress("TO_DATE('13-04-1949', 'MM-DD-YYYY')") is None


@pytest.mark.parametrize(
    "cell",
    [
        "2021-03-04 13:22:11 +0000 UTC",  # a moment (a log line), not a date
        "Sat, 22 Jul 1938 00:00:00 +0000",  # a weekday that is not the date's
        "order 1952-03-01 UTC",  # a word that is no dress
        "20110125",  # a bare eight digit number: an id as often as a date
        "12345678000000.0Z",  # no calendar date
        "1952-03-01",  # no dress: the date readers' own cell
        "ref 19521101000000.0Z 4411",
        "00:00 1952-03-01",  # a midnight before the date
        "Dr. Smith 1952-03-01 00:00",
        "ABC 1952-03-01",  # capitals that are no zone
    ],
)
def test_not_read(cell: str) -> None:
    assert read_date_in_dress(cell) is None


def test_format_order() -> None:
    assert format_order("DD-MON-YYYY") == "DMY"
    assert format_order("%Y-%m-%d") == "YMD"
    assert format_order("dd/MM/yyyy HH:mm:ss") == "DMY"
    assert format_order("MM/DD/RRRR") == "MDY"
    assert format_order("Smith") is None
    assert format_order("YYYY") is None
