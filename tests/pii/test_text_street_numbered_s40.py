"""Bolivian and Panamanian street lines (session 40): streets named after a date before the house marker
(``Av. 6 de Agosto Nº 2170``), the district that ends the line (``Zona Calacoto``), and Panama's house or shop
after a comma (``Calle 50 Este, Casa 12``, ``Vía España, Local 4``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_detector import load_text_detector
from safe_synthesizer.pii.text_street_numbered import numbered_street_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in numbered_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "Titular Marco Quispe, Av. 6 de Agosto Nº 2170 Zona San Jorge, La Paz.",
            "Av. 6 de Agosto Nº 2170 Zona San Jorge",
        ),
        ("Nueva dirección: Calle 25 de Mayo N° 345, Sucre.", "Calle 25 de Mayo N° 345"),
        ("Visita técnica en Av. Ballivián Nº 310 Zona Calacoto el lunes.", "Av. Ballivián Nº 310 Zona Calacoto"),
        ("Dirección nueva: Calle Potosí Nº 55 Barrio Los Olivos, Tarija.", "Calle Potosí Nº 55 Barrio Los Olivos"),
        ("Técnico agendado en Avenida Balboa, Local 12. Cliente en casa.", "Avenida Balboa, Local 12"),
        ("Entrega en Vía España, Local 4, Ciudad de Panamá.", "Vía España, Local 4"),
        ("Visita en Calle 50 Este, Casa 12, Bella Vista.", "Calle 50 Este, Casa 12"),
        ("Visita en Calle Eusebio A. Morales, Oficina 9.", "Calle Eusebio A. Morales, Oficina 9"),
        ("Visita en Calle Ramón de la Cruz, Local 7, Bella Vista.", "Calle Ramón de la Cruz, Local 7"),
    ],
)
def test_bolivian_and_panamanian_lines(text, street):
    assert _found(text) == [street]


def test_through_the_text_detector_and_prose_kept():
    det = load_text_detector(["street_address", "name", "city", "postcode"])
    if det is None:
        pytest.skip("the 'pii' extra is not installed")
    text = "Vive en Calle 12 Oeste, Casa 3 con su madre; la avenida 5 de mayo 3 veces, la calle 3 sur, casa de Ana."
    found = [(text[s.start : s.end], s.entity) for s in det.find_spans([text])[0]]
    assert ("Calle 12 Oeste, Casa 3", "street_address") in found
    assert [v for v, e in found if e == "street_address"] == ["Calle 12 Oeste, Casa 3"]
