"""Nicaraguan and Costa Rican landmark addresses: a landmark and blocks or metres in a direction."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_landmark import landmark_street_spans
from safe_synthesizer.pii.text_streets import street_spans


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in landmark_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "Entregar en: Del Colegio Teresiano 1 c. al lago, 20 vrs. arriba",
            "Del Colegio Teresiano 1 c. al lago, 20 vrs. arriba",
        ),
        (
            "Vive de la Rotonda Bello Horizonte 2 c. al sur, 1 c. abajo, Managua",
            "de la Rotonda Bello Horizonte 2 c. al sur, 1 c. abajo",
        ),
        ("Casa 150 metros al oeste de la Escuela Juan XXIII, Heredia", "150 metros al oeste de la Escuela Juan XXIII"),
    ],
)
def test_landmark_addresses(text: str, street: str) -> None:
    assert _streets(text) == [street]


@pytest.mark.parametrize("text", ["Corrí 5 km al sur del parque", "Subimos 3 m arriba del nivel del mar"])
def test_distances_in_prose_are_no_address(text: str) -> None:
    assert _streets(text) == []


def test_street_spans_takes_the_whole_line() -> None:
    text = "Dirección: Del Hospital Escuela 3 c. abajo, León"
    assert "Del Hospital Escuela 3 c. abajo" in [text[a:b] for a, b, _ in street_spans(text)]
