"""A given name opening a sentence before a verb of contact or promise (own examples)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_action_subject import action_subject_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in action_subject_spans(text)]


@pytest.mark.parametrize(
    ("note", "names"),
    [
        ("Reminder sent. Leopold will call back about the invoice.", ["Leopold"]),
        ("Wendy rang twice about the refund.", ["Wendy"]),
        ("Account on hold; Gerard promised to pay by the 30th.", ["Gerard"]),
        ("- Anke ruft morgen zurück", ["Anke"]),
        ("Ximena llamará mañana por la factura.", ["Ximena"]),
        ("Ornella richiamerà per la fattura.", ["Ornella"]),
        ("Hendrik belt terug over factuur 3381.", ["Hendrik"]),
    ],
)
def test_subjects(note: str, names: list[str]) -> None:
    assert _found(note) == names


@pytest.mark.parametrize(
    "note",
    [
        "Will called back at noon.",
        "Hope says it all. Great dress!",
        "Maeve has done it again, lovely fit.",
        "Summer is here. Mark said it was fine.",
        "Amazon says delivered.",
        "Dear Wendy rang the bell.",  # not at a sentence's start
    ],
)
def test_no_subjects(note: str) -> None:
    assert _found(note) == []
