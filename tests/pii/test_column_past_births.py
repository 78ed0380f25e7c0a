"""Birth-date columns of small tables told by their distance from today (column_past_births)."""

from __future__ import annotations

from datetime import date

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_past_births import cell_date, past_birth_columns, past_birth_evidence

TODAY = date(2026, 6, 1)
NAMES = ColumnDetection("who", E.NAME, 0.9, 1.0, "values", 0, None, "names")


def test_a_few_dates_of_years_ago_read_as_birth_dates() -> None:
    why = past_birth_evidence(pd.Series(["09 12 2013", "", "07 09 2015", "27 03 2017", "n/a"]), TODAY)
    assert why is not None and why.startswith("3 distinct dates of 2013-2017")


def test_event_dates_of_the_last_years_are_not() -> None:
    assert past_birth_evidence(pd.Series(["09 12 2023", "07 09 2025", "27 03 2017"]), TODAY) is None  # 2025: recent
    assert past_birth_evidence(pd.Series(["09 12 2019", "07 09 2020", "27 03 2020"]), TODAY) is None  # a year apart
    assert past_birth_evidence(pd.Series(["09 12 2013", "07 09 2015"]), TODAY) is None  # two dates say nothing


def test_two_digit_years_and_words_are_left_out() -> None:
    assert cell_date("26-10-18") is None
    assert past_birth_evidence(pd.Series(["26-10-18", "25-12-22", "25-07-19", "26-02-08"]), TODAY) is None
    assert past_birth_evidence(pd.Series(["Blue", "Red", "Green", "09 12 2013"]), TODAY) is None


def test_cells_in_any_layout_count() -> None:
    assert cell_date("13\\04\\1957") == date(1957, 4, 13)
    assert cell_date("12/24/2016 (9 yrs)") == date(2016, 12, 24)
    assert cell_date("2014 fevereiro 4") == date(2014, 2, 4)


def test_the_column_needs_people_in_the_table_and_a_name_that_allows_a_birth_date() -> None:
    df = pd.DataFrame({"who": ["Ana Silva", "Jonas Weber", "Priya Nair", "Leon Fischer"],
                       "c002": ["14 03 2012", "02 11 2014", "", "27 06 2016"],
                       "Joined": ["14 03 2012", "02 11 2014", "", "27 06 2016"]})  # fmt: skip
    found = past_birth_columns(df, ["c002", "Joined"], {"who": NAMES}, today=TODAY)
    assert list(found) == ["c002"] and found["c002"].entity == E.DATE_OF_BIRTH
    assert past_birth_columns(df, ["c002"], {"who": None}, today=TODAY) == {}
