"""A name signed after // or -- at the end of a note (own examples)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_signoff import signoff_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in signoff_name_spans(text)]


@pytest.mark.parametrize(
    ("note", "names"),
    [
        ("Will pay Friday.\n// Ksawery", ["Ksawery"]),
        ("Parcel left with neighbour -- Tomasz.", ["Tomasz"]),
        ("Rückruf erledigt — Anke Lindqvist", ["Anke Lindqvist"]),
        ("Refund issued // Schneider", ["Schneider"]),
    ],
)
def test_signoffs(note: str, names: list[str]) -> None:
    assert _found(note) == names


@pytest.mark.parametrize(
    "note",
    [
        "Moved to next week -- Monday",
        "Delivered. // TODO",
        "Sent from my phone -- Sent",
        "Ksawery will check // then call back",
        "Stock check -- Victoria line",
    ],
)
def test_no_signoffs(note: str) -> None:
    assert _found(note) == []
