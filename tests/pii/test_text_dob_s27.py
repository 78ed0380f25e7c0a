"""Session 27: dates of birth written with a dot and a space between their parts (Hungarian year first,
Czech/Slovak/Slovene/Croatian day first), found after a birth word and shifted in their own layout."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.formats import shift_date_string
from safe_synthesizer.pii.text_patterns import pattern_spans

_DOB = frozenset({E.DATE_OF_BIRTH})


def _dobs(text: str) -> list[str]:
    return [text[a:b] for a, b, e in pattern_spans(text, ("US",), _DOB) if e == E.DATE_OF_BIRTH]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kovács Anna vagyok, született 1968. 03. 02., Szegeden lakom.", "1968. 03. 02."),
        ("Patient seen today. Born 1991. 11. 05. Next visit in May.", "1991. 11. 05."),
        ("Žadatel Petr Malý (nar. 4. 7. 1959) bydlí v Brně.", "4. 7. 1959"),
        ("Applicant (date of birth 30. 1. 1984) asked for a copy.", "30. 1. 1984"),
        ("Rojena 12. 10. 1977 v Celju.", "12. 10. 1977"),
    ],
)
def test_dot_space_birth_dates_found(text: str, value: str) -> None:
    assert value in _dobs(text)


def test_dot_space_event_date_without_birth_word_is_kept() -> None:
    assert _dobs("Hearing adjourned to 22. 7. 2025 at the district court.") == []


@pytest.mark.parametrize(
    ("value", "days", "expected"),
    [
        ("1968. 03. 02.", 3, "1968. 03. 05."),
        ("4. 7. 1959", -5, "29. 6. 1959"),
        ("30. 12. 1984", 2, "01. 01. 1985"),
    ],
)
def test_dot_space_dates_shift_in_their_layout(value: str, days: int, expected: str) -> None:
    assert shift_date_string(value, days, day_first=True) == expected
