"""Birth dates written day-month-year with an abbreviated month and dashes (``born on 23-Jan-1988``), the
layout of death notices and registers: the ``born on`` cue with its filler word found only the spaced layout."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_patterns import pattern_spans

_WANTED = frozenset({E.DATE_OF_BIRTH})


def _dobs(text: str) -> list[str]:
    return [text[a:b] for a, b, e in pattern_spans(text, ("GB",), _WANTED) if e == E.DATE_OF_BIRTH]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Peacefully at home, Edna Price, born on 23-Jan-1938 in Hull.", "23-Jan-1938"),
        ("Walter Koenig (born on 7-sep-1941) passed away.", "7-sep-1941"),
        ("date of birth is 02-OCT-1950", "02-OCT-1950"),
    ],
)
def test_dashed_month_birth_date(text: str, date: str) -> None:
    assert _dobs(text) == [date]


def test_dashed_month_date_without_birth_cue_is_kept() -> None:
    assert _dobs("Invoice 4471 dated 23-Jan-2024, paid on 02-Feb-2024.") == []
