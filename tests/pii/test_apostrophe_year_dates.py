"""Apostrophe-year dates (``Feb 7 '18``, ``25 Feb '22``): read in any month language, shifted in their layout."""

from __future__ import annotations

from datetime import date

from safe_synthesizer.pii.apostrophe_year_dates import apostrophe_date, full_year, shift_apostrophe_date


def test_reads_both_orders():
    assert apostrophe_date("Feb 7 '18") == date(2018, 2, 7)
    assert apostrophe_date("25 Feb '22") == date(2022, 2, 25)
    assert apostrophe_date("29 Oct '43") == date(1943, 10, 29)
    assert apostrophe_date("Dec 31, \u201999") == date(1999, 12, 31)
    assert apostrophe_date("MAY 3 '20") == date(2020, 5, 3)
    assert apostrophe_date("7 f\u00e9vr. '18") == date(2018, 2, 7)


def test_not_a_date():
    for value in ("Feb 30 '18", "Strike 7 '18", "the '18 vintage", "Feb 7 2018", "Feb '18", "7 Feb 18"):
        assert apostrophe_date(value) is None


def test_century():
    assert full_year("30") == 2030 and full_year("31") == 1931 and full_year("05") == 2005


def test_shift_keeps_layout():
    assert shift_apostrophe_date("Feb 7 '18", 30) == "Mar 9 '18"
    assert shift_apostrophe_date("25 Feb '22", 30) == "27 Mar '22"
    assert shift_apostrophe_date("02 Apr '98", 1) == "03 Apr '98"
    assert shift_apostrophe_date("MAY 3 '20", 30) == "JUN 2 '20"
    assert shift_apostrophe_date("Dec 31, '99", 1) == "Jan 1, '00"
    assert shift_apostrophe_date("7 f\u00e9vr. '18", 3) is None  # left to the other shifters
