"""Street words of West Frisian (glued), Galician and Catalan (before the name), "No." in capitals before the
house number, and a date's tail that is no house number (session 39)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_streets import street_spans


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Wy wenje oan de Skoalstrjitte 14 yn Snits.", "Skoalstrjitte 14"),
        ("Pakket ôflevere by Kerkebuorren 7 fannemoarn.", "Kerkebuorren 7"),
        ("Bezorgen op Lytsedyk 3 graach.", "Lytsedyk 3"),
        ("Ophelje by Mûnewei 21a.", "Mûnewei 21a"),
        ("Enderezo: Praza de Galicia 9, Lugo.", "Praza de Galicia 9"),
        ("Viu a la Plaça del Diamant 6, Gràcia.", "Plaça del Diamant 6"),
        ("Domicilio: Pasaje Las Gardenias No. 41, Santa Tecla.", "Pasaje Las Gardenias No. 41"),
    ],
)
def test_regional_street_words(text: str, street: str) -> None:
    assert any(s.startswith(street) for s in _streets(text))


def test_a_date_tail_is_no_house_number() -> None:
    text = "Re: Jan Roig, born 14/02/1961, Carrer de Sant Pere 8, Vic."
    assert "Carrer de Sant Pere 8" in _streets(text)
