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
        ("Please call her on +44 7700 900123. - Castellanos", ["Castellanos"]),
        ("Send it to the office instead. - binti Yusof", ["binti Yusof"]),
        ("Ring me on 77 12 34. - á Ryggi", ["á Ryggi"]),
        ("Write to me at kh.brandt@example.org - Karl-Heinz", ["Karl-Heinz"]),
        ("Leave it at the door!\n- Fischer-Brandt", ["Fischer-Brandt"]),
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
        "Train from Paris - Lyon",
        "Great dress - Jones",
        "Size 12. - Large",
        "Colour: Blue - Green",
        "Moved. - Monday",
        "Thanks. - van Gogh exhibit",
    ],
)
def test_no_signoffs(note: str) -> None:
    assert _found(note) == []
