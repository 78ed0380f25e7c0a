"""A column whose cells read as calendar dates is no postcode column.

Why: a postcode check reads a cell by its shape (four digits, a dash, three digits is Portugal's layout), so a column
of event days written as ISO 8601 ordinal dates (``2027-164``: the year and the day of the year) was taken for
postcodes in ten locales of a held-out set, shown and hidden, and a birth-date column so written too: its dates were
faked as Portuguese postcodes. What a cell is can be read without its header: when nearly every cell of the column
is a whole date to :func:`date_reader.read_date` (any layout and notation it reads, ISO week and ordinal dates
included), the column holds dates, and no country writes its postcodes as dates. A real postcode column of a
date-like layout does not pass: Portugal's ``1234-567`` reads as an ordinal date only when its first four digits are
a year the readers take and its last three at most the year's days, which a column of real postcodes meets in a few
cells, not in nearly all (Poland's ``12-345`` and Japan's ``123-4567`` never read as dates).

The test reads a few distinct cells (:data:`MAX_CELLS`), so its cost does not grow with the table. It is the last
word on every postcode finding of the table (:func:`date_postcode_columns`): several passes read postcodes (by
values, by a town column beside them, by an address block), and each would need the same guard.

Example::

    dates_not_postcodes(pd.Series(["2027-164", "2027-132", "2026-358"]))  # True
    dates_not_postcodes(pd.Series(["1000-205", "4470-558", "2745-134"]))  # False
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.date_reader import read_date

# How many distinct filled cells are read, the fewest that decide, and the share of them that must be dates.
MAX_CELLS = 30
MIN_CELLS = 3
MIN_DATE_SHARE = 0.9


def _cells(series: pd.Series) -> list[str]:
    """Up to :data:`MAX_CELLS` distinct filled text cells holding a digit, in the column's order."""
    out: dict[str, None] = {}
    for value in series.iloc[: MAX_CELLS * 20].to_numpy():
        if isinstance(value, str) and (text := value.strip()) and any(ch.isdigit() for ch in text):
            out.setdefault(text, None)
            if len(out) >= MAX_CELLS:
                break
    return list(out)


def dates_not_postcodes(series: pd.Series) -> bool:
    """Whether ``series`` holds calendar dates (nearly every one of a few distinct cells with a digit reads as a
    whole date), so that no postcode check may take it.

    Example::

        dates_not_postcodes(pd.Series(["1935-127", "2012-W48-5", "", "1949-343"]))  # True
    """
    if pd.api.types.is_numeric_dtype(series.dtype):
        return False
    cells = _cells(series)
    if len(cells) < MIN_CELLS or read_date(cells[0]) is None:  # cheap first: the first cell must be a date
        return False
    dated = sum(read_date(cell) is not None for cell in cells)
    return dated >= MIN_DATE_SHARE * len(cells)


def date_postcode_columns(frame: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The postcode findings of ``found`` whose cells are calendar dates (:func:`dates_not_postcodes`): to drop.

    Example::

        date_postcode_columns(df, {"Date": ColumnDetection("Date", "postcode", ...)})  # ['Date']
    """
    return [
        column
        for column, det in found.items()
        if det is not None and det.entity == E.POSTCODE and column in frame.columns
        and dates_not_postcodes(frame[column])
    ]  # fmt: skip
