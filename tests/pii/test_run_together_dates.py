"""Run-together ``DDMMYYYY`` / ``MMDDYYYY`` dates: read, ordered by the column, shifted in their layout."""

from __future__ import annotations

from datetime import date

from safe_synthesizer.pii.run_together_dates import run_together_date, shift_run_date

TODAY = date(2026, 9, 1)


def test_reads_day_first_and_month_first():
    assert run_together_date("18102015", today=TODAY) == date(2015, 10, 18)
    assert run_together_date("01282019", today=TODAY) == date(2019, 1, 28)
    assert run_together_date("20011981", today=TODAY) == date(1981, 1, 20)


def test_ambiguous_cell_follows_the_order_asked():
    assert run_together_date("05072014", today=TODAY) == date(2014, 7, 5)
    assert run_together_date("05072014", day_first=False, today=TODAY) == date(2014, 5, 7)


def test_not_a_date():
    # Year first (compact_date's layout), no real day, the future, other lengths, letters.
    for value in ("19810120", "32132015", "01012099", "1282019", "012820190", "0128201x", ""):
        assert run_together_date(value, today=TODAY) is None


def test_shift_keeps_eight_digits_in_order():
    assert shift_run_date("01282019", 10) == "02072019"
    assert shift_run_date("18102015", 14) == "01112015"
    assert shift_run_date("05072014", 30, day_first=False) == "06062014"
    assert shift_run_date("05072014", 30, day_first=True) == "04082014"
    assert shift_run_date(" 18102015", 1) == " 19102015"
    assert shift_run_date("19810120", 3) is None
