"""Birth dates read out in words in notes, after a birth cue only."""

from __future__ import annotations

from datetime import date

import pytest

from safe_synthesizer.pii.text_spoken_births import spoken_birth_spans

CUE = r"(?:dob|born|date of birth|birthday)"
TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("note", "span"),
    [
        (
            "Kerry Mullins (born on first of December nineteen fifty-four) moved up",
            "first of December nineteen fifty-four",
        ),
        (
            "Age check: Bethany Webster, DOB: twelfth of April nineteen seventy-eight, ID card",
            "twelfth of April nineteen seventy-eight",
        ),
        ("Marcel Werner, DOB: fourteenth of May twenty sixteen, piping", "fourteenth of May twenty sixteen"),
        (
            "Adrian, born on fourteenth of February two thousand and seven, document",
            "fourteenth of February two thousand and seven",
        ),
        ("Ann born on May the first, nineteen fifty-four.", "May the first, nineteen fifty-four"),
        ("date of birth is the third of March 1988", "the third of March 1988"),
    ],
)
def test_spoken_birth_dates(note: str, span: str) -> None:
    spans = spoken_birth_spans(note, CUE, TODAY)
    assert [note[a:b] for a, b, _ in spans] == [span]


@pytest.mark.parametrize(
    "note",
    [
        "Booked on the first of May twenty twenty-six for Anna",  # no birth cue: an event
        "born in May, twenty minutes later",  # numbers in words, no date
        "DOB on file; the first of the month is rent day",
        "born on first of May twenty thirty",  # after today: no birth date
        "born on first of May eighteen fifty",  # too old
        "birthday party on the second of June twenty twenty-seven at the hall",  # after today
    ],
)
def test_not_birth_dates(note: str) -> None:
    assert spoken_birth_spans(note, CUE, TODAY) == []
