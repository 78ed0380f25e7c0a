"""A date of zeros (``0/0/00``: Outlook's contact export for a birthday not known) is a placeholder; a short date
year first (``82/7/3``: Japanese, Korean) is a date (s40, DB)."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_birth_cells import (
    birth_cell,
    birth_date_score,
    is_placeholder,
    short_year_first_date,
    short_years_first,
)
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.replace import plan_columns


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


def test_a_column_of_short_year_first_dates_reads_its_ambiguous_cells_so() -> None:
    """``11/10/27`` beside ``16/2/5``: the column writes year first, so it is 2011-10-27 (a child's birth date),
    not 11 October 2027 (a date to come, which no birth date is)."""
    kids = [date(2010, 3, 4) + timedelta(days=(i * 811) % (9 * 365)) for i in range(45)]
    cells = [f"{d:%y}/{d.month}/{d.day}" if i % 4 == 0 else d.isoformat() for i, d in enumerate(kids)]
    cells.append("11/10/27")
    assert short_years_first(cells)
    assert not short_years_first(["16/2/5", "25/12/80"])  # 25/12/80 reads no date year first: the order is mixed
    df = pd.DataFrame({"c000": ["Geburtsdatum", *cells], "c001": [f"K{i}" for i in range(len(cells) + 1)]})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c000") == "date_of_birth"
