"""A birth date told by the person's age beside it (``Mrs Kovač, 74 y/o, 12/03/1950``): taken when the date's
year plus the age is a year a note can be from; visit dates and old events beside an age stay."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_birth_age import age_dob_spans
from safe_synthesizer.pii.text_patterns import _DATE


def _dobs(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in age_dob_spans(text, _DATE)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Mrs Kovač, 74 y/o, 12/03/1950, fall at home.", "12/03/1950"),
        ("Müller, Hans (74 J., 12.03.1950) Sturz", "12.03.1950"),
        ("Ana Pérez, 74 años, 12/03/1950, caída.", "12/03/1950"),
        ("Иванов, 74 года, 12.03.1950, падение", "12.03.1950"),
        ("김현주(74세, 1950.03.12) 안정", "1950.03.12"),
        ("患者张伟，74岁，1950年03月12日，跌倒。", "1950年03月12日"),
        ("74-year-old male, 12 March 1950", "12 March 1950"),
        ("Alter: 74, 12.03.1950", "12.03.1950"),
        ("12.03.1950 (74 éves), Budapest", "12.03.1950"),
    ],
)
def test_birth_date_beside_an_age(text: str, date: str) -> None:
    assert _dobs(text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "74 y/o, seen 12/03/2024 for review",  # 2024 + 74 is in the future: a visit
        "74 y/o, operated 1990-05-02",  # 1990 + 74 = 2064: an old event
        "5 years old, vaccinated 12/03/2019",  # a sentence between age and date
        "Room 4, 12/03/1950",  # no age word
        "Lot 1950, 74 units shipped 12/03/2024",
        "74 y/o\n12/03/1950",  # another line
    ],
)
def test_other_dates_beside_numbers_stay(text: str) -> None:
    assert _dobs(text) == []
