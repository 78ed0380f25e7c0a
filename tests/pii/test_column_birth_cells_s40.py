"""A date of zeros (``0/0/00``: Outlook's contact export for a birthday not known) is a placeholder; a short date
year first (``82/7/3``: Japanese, Korean) is a date (s40, DB)."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from safe_synthesizer.pii.column_birth_cells import birth_cell, birth_date_score, is_placeholder, short_year_first_date
from safe_synthesizer.pii.column_sample import sample_values


def test_dates_of_zeros_are_placeholders() -> None:
    for cell in ("0/0/00", "00.00.0000", "0-0-0000", "0/0/00 00:00"):
        assert is_placeholder(cell) and birth_cell(cell) == "placeholder"
    for cell in ("1/0/00", "0/0.00", "10/10/2000"):
        assert not is_placeholder(cell)


def test_short_year_first_dates() -> None:
    """``82/7/3``, ``64/11/25``: Japanese and Korean exports' short dates, year first in two digits."""
    today = date(2026, 6, 1)
    assert short_year_first_date("82/7/3", today) == date(1982, 7, 3)
    assert short_year_first_date("64/11/25", today) == date(1964, 11, 25)
    assert short_year_first_date("19/3/8", today) == date(2019, 3, 8)  # a one-digit day: the year comes first
    assert short_year_first_date("05/01/14", today) is None  # could be any order
    assert short_year_first_date("82/13/3", today) is None
    assert birth_cell("82/7/3") == "date"


def test_a_column_mixing_iso_and_short_year_first_dates_is_birth_dates() -> None:
    births = [date(1941, 2, 17) + timedelta(days=(i * 5023) % (62 * 365)) for i in range(40)]
    cells = [f"{d:%y}/{d.month}/{d.day}" if i % 3 == 0 else d.strftime("%Y/%m/%d") for i, d in enumerate(births)]
    score = birth_date_score(sample_values(pd.Series(cells), 500, 0), cued=False)
    assert score.values_decide and score.share == 1.0
