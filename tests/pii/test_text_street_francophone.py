"""Moroccan, Lebanese, Cameroonian and Mauritian address lines: residences, estates, alleys, buildings, quarters."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_francophone import francophone_street_spans
from safe_synthesizer.pii.text_streets import street_spans


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in francophone_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Adresse : Résidence Nassim, Imm. 15, Appt 38, Casablanca", "Résidence Nassim, Imm. 15, Appt 38"),
        ("Livraison: 41, Derb Moulay Idriss, Fès", "41, Derb Moulay Idriss"),
        ("Visite chez Mme Alaoui, Hay Riad, Rabat", "Hay Riad"),
        ("Sending love from Morcellement Ramdenee!", "Morcellement Ramdenee"),
        ("Bureau: Rue Verdun, Centre Sofil, 3e étage, Beyrouth", "Rue Verdun, Centre Sofil, 3e étage"),
        ("Rue Gouraud, Imm. Khoury, rdc", "Rue Gouraud, Imm. Khoury, rdc"),
        ("Livrer à Akwa, boulevard de la Liberté avant 17h", "Akwa, boulevard de la Liberté"),
        (
            "renvoyer chez ma voisine Aline Mba, Quartier Essos, carrefour Émia. Contact",
            "Quartier Essos, carrefour Émia",
        ),
    ],
)
def test_address_lines(text: str, street: str) -> None:
    assert _streets(text) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "On a visité la Cité des Sciences hier.",
        "Le Quartier Latin est animé le soir.",
        "Résidence principale: oui",
        "Merci, rue fermée demain.",
        "Hay fever season started early.",
        "Lot 12 was sold at auction.",
    ],
)
def test_places_and_prose_that_are_no_address(text: str) -> None:
    assert _streets(text) == []


def test_street_spans_takes_the_whole_lebanese_line() -> None:
    text = "Housebound: Rue Hamra, Imm. Azar, rdc. Deliver Tuesday"
    assert [text[a:b] for a, b, _ in street_spans(text)] == ["Rue Hamra, Imm. Azar, rdc"]
