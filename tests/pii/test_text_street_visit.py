"""Streets placed by a visit or a delivery, and Cyrillic streets after an address cue (set 26: hr_HR/en_ZA/fr_CM
'at home (<street>)', sr_RS 'delivered to <street> 5b', mk_MK 'Change of address from <date>: <Cyrillic street>'
kept; my own streets here)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_visit import visit_street_spans
from safe_synthesizer.pii.text_streets import street_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in visit_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Nurse to see Mr Horvat at home (Vrbik 12a/3) on Tuesday.", "Vrbik 12a/3"),
        ("Please visit Mrs Dube at home (118 Jabulani Umgwaqo) after 2pm.", "118 Jabulani Umgwaqo"),
        ("Visite à domicile (BP 1187) demain.", "BP 1187"),
        ("Parcel delivered to Ljubljanska 14c on Monday.", "Ljubljanska 14c"),
        ("Нова адреса: Партизанска 17б, стан 4.", "Партизанска 17б"),
        ("New address from 01.03.2026: Илинденска 112. Call first.", "Илинденска 112"),
    ],
)
def test_placed_streets(text: str, street: str) -> None:
    assert _found(text) == [street]
    assert street in [text[a:b] for a, b, _ in street_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "She is at home (2 kids) this week.",
        "Parcel delivered to Room 5 on Monday.",
        "delivered to Windows 10 users",
        "Нова адреса ќе биде позната.",
    ],
)
def test_other_brackets_and_deliveries_stay(text: str) -> None:
    assert _found(text) == []
