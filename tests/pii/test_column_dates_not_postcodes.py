"""Columns of calendar dates are no postcode columns; real postcodes of date-like layouts stay postcodes."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_dates_not_postcodes import date_postcode_columns, dates_not_postcodes
from safe_synthesizer.pii.column_detector import ColumnDetection


def test_ordinal_and_week_dates_are_dates() -> None:
    assert dates_not_postcodes(pd.Series(["2031-045", "2031-112", "", "2030-361", "2031-002"]))
    assert dates_not_postcodes(pd.Series(["1935-127", "2012-W48-5", "n/a", "1949-343", "1977-W02-1"]))


def test_real_postcodes_of_date_like_layouts_are_not() -> None:
    portugal = ["1000-205", "4470-558", "2745-134", "1900-799", "3810-193", "8000-405", "2000-444", "1049-001"]
    poland = ["00-950", "31-042", "80-244", "61-896"]
    japan = ["100-0001", "530-0001", "060-0806"]
    for codes in (portugal, poland, japan):
        assert not dates_not_postcodes(pd.Series(codes))


def test_few_cells_or_numbers_decide_nothing() -> None:
    assert not dates_not_postcodes(pd.Series(["2031-045", "2031-112"]))
    assert not dates_not_postcodes(pd.Series([2031045, 2031112, 2030361]))


def test_only_postcode_findings_on_dates_are_dropped() -> None:
    frame = pd.DataFrame(
        {
            "when": ["2031-045", "2031-112", "2030-361", "2031-002"],
            "zip": ["1000-205", "4470-558", "2745-134", "8000-405"],
            "born": ["1935-127", "1950-W12-3", "1961-300", "1972-004"],
        }
    )

    def det(column: str, entity: str) -> ColumnDetection:
        return ColumnDetection(column, entity, 0.9, 1.0, "values", 0, None, "")

    found = {"when": det("when", E.POSTCODE), "zip": det("zip", E.POSTCODE), "born": det("born", E.DATE_OF_BIRTH)}
    assert date_postcode_columns(frame, found) == ["when"]
