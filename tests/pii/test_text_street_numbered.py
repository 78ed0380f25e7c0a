"""Street lines whose house number has a marker (``#``, ``N°``) and post-office boxes (text_street_numbered)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_numbered import numbered_street_spans
from safe_synthesizer.pii.text_streets import street_spans


def _found(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Vive en la Calle 45B # 12-30, Medellín.", "Calle 45B # 12-30"),  # Colombian: crossing street and metres
        ("entrega en cra. 7 bis # 45-10 apto. 302 mañana", "cra. 7 bis # 45-10 apto. 302"),  # lower case, unit
        ("Dirección: Transversal 23C Sur No. 5-71, Bogotá", "Transversal 23C Sur No. 5-71"),  # quarter, "No."
        ("DIAGONAL 61 # 18A-20 SUR, 110111 BOGOTÁ", "DIAGONAL 61 # 18A-20 SUR"),  # capitals
        ("Reclamo por la luminaria de Avenida Rivadavia N° 4520, Caballito.", "Avenida Rivadavia N° 4520"),
        ("retiro en pasaje los olmos nº 77 a las 9", "pasaje los olmos nº 77"),  # Chilean, lower case
        ("búsqueda en avenida 7 n° 1210 a las 8", "avenida 7 n° 1210"),  # La Plata numbers its streets
        ("Entrega en Av. Boyacá # 12-30 Sur, Bogotá", "Av. Boyacá # 12-30 Sur"),  # a named street, crossing
        ("en avenida calle 26ª # 7-15 a las 9", "avenida calle 26ª # 7-15"),  # ordinal sign
        ("retiro en blv. oroño n° 1450 a las 9", "blv. oroño n° 1450"),
        ("Calle Hipólito Yrigoyen de la Nación N° 62", "Calle Hipólito Yrigoyen de la Nación N° 62"),  # six words
        ("Send it to P.O. Box 3301, Wellington 6140.", "P.O. Box 3301"),  # post-office box
        ("Private Bag 92019, Auckland", "Private Bag 92019"),
    ],
)
def test_marked_house_numbers(text: str, street: str) -> None:
    # The street and its units are one span (a town after "# 12-30, " may join it through the unit rule).
    assert any(found.startswith(street) for found in _found(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ticket #45-10 closed, calle was blocked",  # a ticket number, no street type before it
        "la calle tiene 3 carriles y # 2 salidas",  # prose
        "room #3-4 booked; avenida closed",
        "Order N° 4520 shipped",  # a marker, but no street type
        "the box 54 was empty",  # no post office
    ],
)
def test_markers_without_a_street_are_no_street(text: str) -> None:
    assert numbered_street_spans(text) == []
