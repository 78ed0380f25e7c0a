"""A given name right after a role noun (own examples, not the held-out sets' strings)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_role_given import role_given_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in role_given_spans(text)]


@pytest.mark.parametrize(
    ("note", "names"),
    [
        ("Weekly tray. Carer Aura collects.", ["Aura"]),
        ("Child Marina (age 8) with grandmother.", ["Marina"]),
        ("Driver Tom will ring on arrival.", ["Tom"]),
        ("Nurse Ana Lindqvist changed the dressing.", ["Ana Lindqvist"]),
        ("Betreuerin Rosalie holt die Medikamente ab.", ["Rosalie"]),
        ("Cuidadora Candela viene los lunes.", ["Candela"]),
        ("Escort Cornelius, meets the coach at the pier.", ["Cornelius"]),
    ],
)
def test_role_names(note: str, names: list[str]) -> None:
    assert _found(note) == names


@pytest.mark.parametrize(
    "note",
    [
        "Driver Side mirror broken.",
        "Nurse Practitioner review due.",
        "Customer Grace Period ends.",
        "Contact Victoria line office for refunds.",
        "Carer Allowance claimed in March.",
        "Child Benefit paid monthly.",
    ],
)
def test_no_names(note: str) -> None:
    assert _found(note) == []


def test_calendar_given_name_before_an_age() -> None:
    assert _found("Passenger June (age 9) travels alone.") == ["June"]
    assert _found("Niño Domingo (7 años) viaja con su tía.") == ["Domingo"]
    assert _found("Driver Monday shift only.") == []
