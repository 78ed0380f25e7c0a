"""Streets with a street type and no house number, after a placing cue and before the phrase's end."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_cued_alone import cued_alone_street_spans


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in cued_alone_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Vive en Callejón de María Ortega. Un saludo", "Callejón de María Ortega"),
        ("Mora em Travessa das Flores Brancas, perto", "Travessa das Flores Brancas"),
        ("Customer waiting outside Contrada Ruggero.", "Contrada Ruggero"),
        ("picking him up from Via Mazzini at 8", "Via Mazzini"),
        ("Returned from route de la Gare. Borrower fined", "route de la Gare"),
        ("Vive en Calle Gral. Paz.", "Calle Gral. Paz"),
        ("Letter posted to Carrer de les Moreres. - J", "Carrer de les Moreres"),
        ("Parking needed outside Harbour View Road.", "Harbour View Road"),
        ("collect her from Orchard Lane at 6", "Orchard Lane"),
    ],
)
def test_unnumbered_streets_after_a_cue(text: str, street: str) -> None:
    assert _streets(text) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "en route To the airport.",
        "Welcome to Via Ferrata tours today",  # the phrase goes on
        "I walked to Main Street and back",
        "Lesson at Place Of Worship.",
        "sent via Plaza Hotel, thanks",
        "Meet at the Place.",
    ],
)
def test_no_street(text: str) -> None:
    assert _streets(text) == []
