"""Tests of :mod:`safe_synthesizer.pii.serialised_dates`: dates inside code literals and machine serialisations."""

from __future__ import annotations

from datetime import date

import pytest

from safe_synthesizer.pii.date_reader import read_date_at
from safe_synthesizer.pii.serialised_dates import read_serialised_date, read_serialised_date_at, with_serial_tail


@pytest.mark.parametrize(
    ("cell", "day"),
    [
        ("datetime.date(1936, 6, 16)", date(1936, 6, 16)),
        ("datetime.datetime(1998, 4, 2, 0, 0)", date(1998, 4, 2)),
        ("new Date(1998, 3, 2)", date(1998, 4, 2)),  # JavaScript counts months from 0
        ("DATE(1998,4,2)", date(1998, 4, 2)),
        ("make_date(1998, 04, 02)", date(1998, 4, 2)),
        ("LocalDate.of(1998, 4, 2)", date(1998, 4, 2)),
        ('as.Date("1998-04-02")', date(1998, 4, 2)),
        ("DATE '1998-04-02'", date(1998, 4, 2)),
        ("/Date(872809200000)/", date(1997, 8, 29)),  # .NET: midnight at UTC+1
        ("/Date(-502329600000)/", date(1954, 1, 31)),
        ("/Date(1331096400000)/", date(2012, 3, 7)),  # midnight at UTC-5
        ("/Date(872809200000+0100)/", date(1997, 8, 29)),
        ("\\/Date(891475200000)\\/", date(1998, 4, 2)),
        ('{"$date": "1998-04-02T00:00:00Z"}', date(1998, 4, 2)),
        ('{"$date": {"$numberLong": "891475200000"}}', date(1998, 4, 2)),
        ('ISODate("1998-04-02T00:00:00.000Z")', date(1998, 4, 2)),
        ("2000-12-07+00:00", date(2000, 12, 7)),
        ("1961-08-31-05:00", date(1961, 8, 31)),
        ("2022-06-23Z", date(2022, 6, 23)),
        ("2022-06-23T00:00:00.000Z", date(2022, 6, 23)),
        ("Wed Aug 05 1936 00:00:00 GMT+0100", date(1936, 8, 5)),
        ("Thu Apr 02 1998 00:00:00 GMT+0100 (Central European Summer Time)", date(1998, 4, 2)),
        ("Thu, 02 Apr 1998 00:00:00 GMT", date(1998, 4, 2)),
        ("02APR1998:00:00:00", date(1998, 4, 2)),
    ],
)
def test_reads_serialised_dates(cell: str, day: date) -> None:
    reading = read_serialised_date(cell)
    assert reading is not None and reading.date == day


@pytest.mark.parametrize(
    ("cell", "new", "written"),
    [
        ("datetime.date(1936, 6, 16)", date(1940, 1, 2), "datetime.date(1940, 1, 2)"),
        ("make_date(1998, 04, 02)", date(1999, 12, 5), "make_date(1999, 12, 05)"),
        ("new Date(1998, 3, 2)", date(1998, 1, 9), "new Date(1998, 0, 9)"),
        ("/Date(872809200000)/", date(1997, 8, 30), "/Date(872895600000)/"),
        ("/Date(872809200000+0100)/", date(1997, 8, 30), "/Date(872895600000+0100)/"),
        ("1961-08-31-05:00", date(1962, 1, 2), "1962-01-02-05:00"),
        ("Wed Aug 05 1936 00:00:00 GMT+0100", date(1936, 8, 15), "Sat Aug 15 1936 00:00:00 GMT+0100"),
        ('{"$date": {"$numberLong": "891475200000"}}', date(1998, 4, 12), '{"$date": {"$numberLong": "892339200000"}}'),
    ],
)
def test_fake_keeps_the_notation(cell: str, new: date, written: str) -> None:
    reading = read_serialised_date(cell)
    assert reading is not None and reading.write(new) == written


@pytest.mark.parametrize(
    "cell",
    [
        "2019-03-04T14:35:00Z",  # a moment, not a date
        "datetime.datetime(1998, 4, 2, 14, 5)",
        "/Date(1331096412345)/",  # not at any zone's midnight
        "2019-03-04-0012",  # a record number after a date
        "1998-04-02 TEL 123",
        "version(1, 2, 3)",
        "f(12, 13, 14)",
        "1576713600",  # a bare number: epoch_dates' (whole UTC days) only
        "order(20190304)",
    ],
)
def test_leaves_other_cells(cell: str) -> None:
    assert read_serialised_date(cell) is None


def test_in_a_note_the_span_ends_after_the_serialisation() -> None:
    note = "born datetime.date(1936, 6, 16) in Ulm"
    reading = read_serialised_date_at(note, 5)
    assert reading is not None and note[5 : reading.end] == "datetime.date(1936, 6, 16)"


def test_tail_after_another_readers_date() -> None:
    note = "date de naissance 1954-08-27+01:00, pièce"
    reading = read_date_at(note, 18)
    extended = with_serial_tail(note, reading)
    assert note[18 : extended.end] == "1954-08-27+01:00"
    assert extended.write(date(1955, 1, 2)) == "1955-01-02+01:00"
    moment = "at 2019-03-04 14:35+01:00 ok"
    assert with_serial_tail(moment, read_date_at(moment, 3)).end == read_date_at(moment, 3).end
