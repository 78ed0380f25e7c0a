"""Remarks in a birth-date column (s38, FX): a few cells in words no list holds (``niet opgegeven``, ``test``,
``see notes``) are left out as placeholders are; a column of words with a few dates stays words."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from safe_synthesizer.pii.column_birth_cells import birth_date_score
from safe_synthesizer.pii.column_sample import sample_values


def _births(n: int) -> list[str]:
    return [(date(1936, 1, 1) + timedelta(days=(i * 7919) % (70 * 365))).strftime("%d-%m-%Y") for i in range(n)]


def test_a_few_remarks_are_left_out() -> None:
    cells = [*_births(30), "niet opgegeven", "see notes", "test"]
    score = birth_date_score(sample_values(pd.Series(cells), 500, 0), cued=False)
    assert score.values_decide and score.share == 1.0


def test_many_remarks_keep_the_column_words() -> None:
    cells = _births(25) + [f"remark {chr(97 + i)}{chr(98 + i)}" for i in range(10)]
    assert not birth_date_score(sample_values(pd.Series(cells), 500, 0), cued=False).values_decide


def test_remarks_with_digits_still_count_against_the_dates() -> None:
    cells = _births(25) + [f"room {i}" for i in range(4)]
    assert not birth_date_score(sample_values(pd.Series(cells), 500, 0), cued=False).values_decide
