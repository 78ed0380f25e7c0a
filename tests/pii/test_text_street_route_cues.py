"""Typed streets placed by a word of motion, a comma after a person, or ended by a day."""

from __future__ import annotations

from safe_synthesizer.pii.text_street_route_cues import route_cued_street_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in route_cued_street_spans(text)]


def test_street_named_after_a_person_is_taken_whole() -> None:
    assert _found("The van can't get down Calle de Rosario Ibáñez Ferrer, so walk.") == [
        "Calle de Rosario Ibáñez Ferrer"
    ]


def test_motion_cues_comma_and_day_end() -> None:
    assert _found("Drive along Tollgate Close, second gate.") == ["Tollgate Close"]
    assert _found("Meet at Orchard Mews Tuesday 7pm.") == ["Orchard Mews"]
    assert _found("nuevo cliente Rosa Gil, Travesía Mayor.") == []  # an ordinary word's type, no particle
    assert _found("nuevo cliente Rosa Gil, Calle Lepanto.") == ["Calle Lepanto"]
    assert _found("walk up Lorong Seri Indah, then left") == ["Lorong Seri Indah"]
    assert _found("drop it at Kaya Flamboyan 18 - by the door") == ["Kaya Flamboyan 18"]
    assert _found("у дома на ул. Лесная, д. 12, вход со двора") == ["ул. Лесная, д. 12"]


def test_prose_is_not_a_street() -> None:
    assert _found("I had a croissant Monday.") == []
    assert _found("Lunch at Pizza Express, then home.") == []
    assert _found("They are on Their Way.") == []
    assert _found("Sent via Royal Mail.") == []
