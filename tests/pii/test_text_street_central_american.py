"""Central American neighbourhood-block-house lines (set 26's es_HN notes kept ``Col. <name>, Bloque <code>,
Casa <n>``: text streets 0.00; my own neighbourhoods here)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_central_american import central_american_street_spans
from safe_synthesizer.pii.text_streets import street_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in central_american_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "Entregar en Col. Miraflores Sur, Bloque C7, Casa 1408 antes del viernes.",
            "Col. Miraflores Sur, Bloque C7, Casa 1408",
        ),
        ("Vive en Residencial Villa Olímpica, Senda 2, Casa 9.", "Residencial Villa Olímpica, Senda 2, Casa 9"),
        ("Dirección: Bo. El Centro, 4 avenida, casa 31", "Bo. El Centro, 4 avenida, casa 31"),
        ("Delivered to Colonia Alameda, Pasaje B, Lote 22 on Monday.", "Colonia Alameda, Pasaje B, Lote 22"),
    ],
)
def test_neighbourhood_lines(text: str, street: str) -> None:
    assert _found(text) == [street]
    assert street in [text[a:b] for a, b, _ in street_spans(text)]


@pytest.mark.parametrize(
    "text", ["Visitamos la Colonia Kennedy 3 veces", "El Barrio Chino es grande", "Res. 45 aprobada, casa abierta"]
)
def test_places_without_a_house_stay(text: str) -> None:
    assert _found(text) == []
