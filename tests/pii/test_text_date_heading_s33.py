"""A birth date in brackets right after a person's name inside a line (session 33): ticket and call notes
write ``caller Femke de Boer (07-12-1941) says ...``; recent dates in brackets after a name are events."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_date_heading import heading_dob_spans
from safe_synthesizer.pii.text_patterns import _DATE


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in heading_dob_spans(text, _DATE)]


@pytest.mark.parametrize(
    ("text", "dob"),
    [
        ("#4411 note 2 (ops): caller Femke de Boer (07-12-1941) asks for a new card", "07-12-1941"),
        ("spoke with Lorenzo Galli ( 3/9/1958 ) about the refund", "3/9/1958"),
        ("Rückruf: Visser, Sander (1941-12-07) wegen Rechnung", "1941-12-07"),
        ("the caller M. Snow (12/09/1983) says the letter never came", "12/09/1983"),
    ],
)
def test_a_bracketed_date_after_a_name_is_a_birth_date(text, dob):
    assert _found(text) == [dob]


@pytest.mark.parametrize(
    "text",
    [
        "meeting with Femke de Boer (07-12-2025) moved to Friday",  # recent: an event
        "the boiler was serviced (07-12-1991) by the landlord",  # no name before the bracket
        "see Annual Report (07-12-1999) page 4",  # common words, no name
    ],
)
def test_other_bracketed_dates_stay(text):
    assert _found(text) == []
