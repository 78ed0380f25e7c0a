"""A compass word after an English street type belongs to the street (set 36 kept ``West`` after ``<n> Ross
Road``); the streets here are my own."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_compass import compass_end


def _ended(text: str, street_end: str) -> str:
    end = text.index(street_end) + len(street_end)
    return text[: compass_end(text, end)]


@pytest.mark.parametrize(
    ("text", "street_end", "line"),
    [
        ("Visit at 40 Dean Street West. Call", "Street", "Visit at 40 Dean Street West"),
        ("moved to 100 Queen Street East, Toronto", "Street", "moved to 100 Queen Street East"),
        ("Left at 12 Main St N, Apt 2", "St", "Left at 12 Main St N"),
        ("Boiler at 7 Harbour Road South condemned", "Road", "Boiler at 7 Harbour Road South"),
    ],
)
def test_compass_word_joins_the_street(text: str, street_end: str, line: str) -> None:
    assert _ended(text, street_end) == line


@pytest.mark.parametrize(
    ("text", "street_end"),
    [
        ("at 12 King Street West Ham", "Street"),  # a capitalised word after it: another name
        ("at 3 Elm St N of the river", "St"),  # a one-letter point before prose
        ("Send to 4 Oak Lane. West side is closed", "Lane"),  # a sentence ends first
        ("met at Heathrow West terminal", "Heathrow"),  # no street type before it
    ],
)
def test_compass_word_stays_out(text: str, street_end: str) -> None:
    assert _ended(text, street_end) == text[: text.index(street_end) + len(street_end)]
