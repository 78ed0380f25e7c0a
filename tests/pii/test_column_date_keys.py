"""The calendar date each cell of a date column names, whatever its layout (s40, DB)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from safe_synthesizer.pii.column_date_keys import readings, same_date

_TODAY = date(2026, 6, 1)


def test_layouts_of_one_date_read_as_one() -> None:
    cells = ["12.03.1980", "1980-03-12", "12/3/80", "12. 3. 1980", "1980.03.12.", "12.03.1980 00:00:00", "19800312",
             "12 March 1980", "12-Mar-80", "12 mars 1980", "1980/03/12"]  # fmt: skip
    assert readings(pd.Series(cells), today=_TODAY) == [{(1980, 3, 12)}] * len(cells)


def test_two_digit_years_are_the_latest_not_in_the_future() -> None:
    assert readings(pd.Series(["31/08/02", "31/08/27", "31/08/26"]), today=_TODAY) == [
        {(2002, 8, 31)},
        {(1927, 8, 31)},
        {(2026, 8, 31)},
    ]


def test_undecided_order_keeps_both_readings_and_a_month_first_column_is_read_so() -> None:
    assert readings(pd.Series(["03/04/1971"]), today=_TODAY) == [{(1971, 4, 3), (1971, 3, 4)}]
    assert readings(pd.Series(["03/04/1971", "12/25/1980"]), today=_TODAY)[0] == {(1971, 3, 4)}
    # Dots are day first in every country that writes them.
    assert readings(pd.Series(["03.04.1971", "12/25/1980"]), today=_TODAY)[0] == {(1971, 4, 3)}


def test_no_date_and_partial_dates() -> None:
    assert readings(pd.Series(["0/0/00", "n/a", None, "1980", "03/1980"]), today=_TODAY) == [
        set(),
        set(),
        set(),
        {(1980, None, None)},
        {(1980, 3, None)},
    ]


def test_same_date() -> None:
    assert same_date([{(1980, 3, 12)}, {(1980, 3, 12), (1980, 12, 3)}, {(1980, None, None)}])
    assert not same_date([{(1980, 3, 12)}, {(1981, 3, 12)}])
    assert not same_date([{(1980, 3, 12)}, {(1981, None, None)}])
    assert same_date([{(1980, 3, None)}, {(1980, None, None)}])
    assert not same_date([set(), set()])


def test_datetime_columns() -> None:
    assert readings(pd.Series(pd.to_datetime(["1980-03-12", None]))) == [{(1980, 3, 12)}, set()]
