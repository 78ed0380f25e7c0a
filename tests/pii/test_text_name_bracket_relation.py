"""A given name before a bracketed relation or role (own examples, not the held-out sets' strings)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_bracket_relation import bracket_relation_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in bracket_relation_spans(text)]


@pytest.mark.parametrize(
    ("note", "names"),
    [
        ("Pt nervous. Arrives with Wilhelmina (granddaughter).", ["Wilhelmina"]),
        ("Ask for Pilar (her daughter) at reception.", ["Pilar"]),
        ("Please phone Victoria (neighbour) if no answer.", ["Victoria"]),
        ("Rückruf an Anke (Tochter) wegen Termin.", ["Anke"]),
        ("Appeler Maëlle (voisine) si absent.", ["Maëlle"]),
        ("Recoge Ximena (hija, 14) los viernes.", ["Ximena"]),
        ("Ritira Ornella (badante) il giovedì.", ["Ornella"]),
        ("Bel Fenna (buurvrouw) bij geen gehoor.", ["Fenna"]),
        ("Spoke to Rosario Lindqvist (next of kin).", ["Rosario Lindqvist"]),
        ("Contact Godfrey (family) for bookings.", ["Godfrey"]),
    ],
)
def test_bracketed_relations(note: str, names: list[str]) -> None:
    assert _found(note) == names


@pytest.mark.parametrize(
    "note",
    [
        "Holiday in Florence (family) booked.",
        "Customer Service (team) will reply.",
        "Contact Sales (via email).",
        "Patient Portal (family) access granted.",
        "Room 12 (family) with cot.",
        "Tuesday (carer) visit moved.",
    ],
)
def test_no_names(note: str) -> None:
    assert _found(note) == []


def test_long_double_surname() -> None:
    assert _found("Spoke to Hildegard Brenner-Lohse-Katzmann (spouse).") == ["Hildegard Brenner-Lohse-Katzmann"]


def test_relation_in_commas() -> None:
    assert _found("Ask for Leonora, her daughter, at the desk.") == ["Leonora"]
    assert _found("Anke, seine Tochter, holt die Tabletten ab.") == ["Anke"]
    assert _found("Paris, her favourite city, again.") == []
    assert _found("Stayed in Florence, the family, all week.") == []
