"""A birth date given as the answer to a question about it (set 16's voice-assistant transcripts kept all
76); answers to other questions, and dates later in the answer, stay."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_dialogue import dialogue_dob_spans
from safe_synthesizer.pii.text_patterns import _DATE, _DOB_CUE


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, e in dialogue_dob_spans(text, _DOB_CUE, _DATE) if e == E.DATE_OF_BIRTH]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("ASSISTANT: Can you confirm your date of birth? CALLER: 1988-02-03. ASSISTANT: Thanks.", "1988-02-03"),
        ("Agent: ¿Cuál es su fecha de nacimiento? Cliente: es el 03/02/1988, gracias.", "03/02/1988"),
        ("Bot: Wie lautet Ihr Geburtsdatum?\nKunde: 12.03.1985", "12.03.1985"),
        ("Q: When were you born? A: 5 March 1961", "5 March 1961"),
        ("DOB? 1988-02-03", "1988-02-03"),
    ],
)
def test_a_date_answering_a_birth_date_question_is_a_birth_date(text: str, date: str):
    assert _found(text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Date of birth? Not given, seen 2024-05-01",
        "When is the appointment? 12/03/2025",
        "Date of birth? 2031-01-01",
        "Date of birth confirmed. Next visit? 2025-03-01",
    ],
)
def test_other_answers_stay(text: str):
    assert _found(text) == []
