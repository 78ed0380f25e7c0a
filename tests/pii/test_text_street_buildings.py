"""Street lines with a building, a crossing, a block and lot or a subdivision (session 30, helper ST).

Invented Venezuelan, Colombian, Philippine, Nigerian, Mexican and Brazilian lines: the whole line is one
span; prose with the same words is none.
"""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_patterns import pattern_spans
from safe_synthesizer.pii.text_street_buildings import building_street_spans
from safe_synthesizer.pii.text_street_philippine import philippine_street_spans
from safe_synthesizer.pii.text_streets import street_spans


def _found(fn, text: str) -> list[str]:
    return [text[a:b] for a, b, _ in fn(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Vive en Av. Urdaneta, Edif. Torre Norte, piso 6. Llamar", "Av. Urdaneta, Edif. Torre Norte, piso 6"),
        ("domicilio: Calle Real, Residencias Los Samanes, Apto. 7C. Llamar",
         "Calle Real, Residencias Los Samanes, Apto. 7C"),
        ("Entregar en Avenida Bolívar, Edificio El Parque, Torre B, PB",
         "Avenida Bolívar, Edificio El Parque, Torre B, PB"),
        ("Vive en Calle Páez con Calle 23, Valencia", "Calle Páez con Calle 23"),
        ("Carrera 15 esquina Calle 93, Bogotá", "Carrera 15 esquina Calle 93"),
    ],
)  # fmt: skip
def test_street_with_building_or_crossing(text: str, street: str) -> None:
    assert street in _found(building_street_spans, text)
    assert street in _found(street_spans, text)


@pytest.mark.parametrize(
    "text",
    ["café con leche y pan", "Calle Mayor con dos bares", "visitamos la Torre Eiffel", "Quinta sesión del curso"],
)
def test_building_words_in_prose(text: str) -> None:
    assert building_street_spans(text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("lives at Blk 7 Lot 3 Narra Street, Villa Verde Homes Phase 2, Cavite",
         "Blk 7 Lot 3 Narra Street, Villa Verde Homes Phase 2"),
        ("deliver to B4 L11 Acacia Avenue, Greenwoods Subdivision", "B4 L11 Acacia Avenue, Greenwoods Subdivision"),
        ("new address: 12th Floor Pearl Tower 2, 880 Ayala Avenue, Makati",
         "12th Floor Pearl Tower 2, 880 Ayala Avenue"),
        ("Lives at 715-B Mabini Street, Pasay", "715-B Mabini Street"),
        ("moved to 33 Unit C 21st Avenue, Cubao", "33 Unit C 21st Avenue"),
        ("office: 402 Rizal Road Extension, Davao", "402 Rizal Road Extension"),
        ("Contact her at Plot 9, Admiralty Way, Lekki", "Plot 9, Admiralty Way"),
        ("Confirmed address 14 rizal ave., brgy. san roque, Tarlac", "14 rizal ave., brgy. san roque"),
        ("refused at 3rd Floor Acacia Towers, 22 Mango Road, Barangay Poblacion, Iloilo",
         "3rd Floor Acacia Towers, 22 Mango Road, Barangay Poblacion"),
    ],
)  # fmt: skip
def test_philippine_and_plot_lines(text: str, street: str) -> None:
    assert street in _found(philippine_street_spans, text)
    assert street in _found(street_spans, text)


@pytest.mark.parametrize(
    "text",
    ["we need 3 units by 5th Street", "Order 4411-B shipped", "we sold 5 boxes, barangay fiesta next week",
     "Lot 5 was sold at auction", "Plot 57B inspected today",
     "the 2nd floor kitchen is closed", "Meeting at 10 Downing Street, London"],
)  # fmt: skip
def test_philippine_words_in_prose(text: str) -> None:
    assert philippine_street_spans(text) == []


def test_town_after_a_street_is_no_subdivision() -> None:
    text = "He lives at 742 Evergreen Terrace, Springfield Park 3 miles away; office 12 Main Street, Forest Hills."
    found = _found(street_spans, text)
    assert "742 Evergreen Terrace" in found and "12 Main Street" in found
    assert not any("Park" in f or "Hills" in f for f in found)


def test_mexican_interior_number_before_a_full_stop() -> None:
    text = "Vive en Privada Morelos 412 118. Llamar al 222 097 7195."
    assert "Privada Morelos 412 118" in _found(street_spans, text)


def test_portuguese_lives_in_before_a_street_type_only() -> None:
    assert _found(street_spans, "Mora na Travessa do Carmo. Ligar depois.") == ["Travessa do Carmo"]
    assert street_spans("Mora no Rio há 5 anos.") == []


@pytest.mark.parametrize(
    ("text", "number"),
    [("documento V-18234567-5, teléfono 0414-1234567", "V-18234567-5"), ("C.I. E-8234567 vigente", "E-8234567")],
)
def test_venezuelan_cedula_is_one_id(text: str, number: str) -> None:
    spans = [(text[a:b], e) for a, b, e in pattern_spans(text, ("VE",), frozenset({E.NATIONAL_ID, E.PHONE_NUMBER}))]
    assert (number, E.NATIONAL_ID) in spans


def test_levantine_street_building_and_floor() -> None:
    from safe_synthesizer.pii.text_street_buildings import building_street_spans

    def found(text: str) -> list[str]:
        return [text[a:b] for a, b, _ in building_street_spans(text)]

    assert found("neighbour at Abu Rummaneh, Al-Mahdi St., Bldg 14, floor 2. Call") == [
        "Abu Rummaneh, Al-Mahdi St., Bldg 14, floor 2"
    ]
    assert found("Lives at Achrafieh, Sursock Street, Building 9, Apt 3 now") == [
        "Achrafieh, Sursock Street, Building 9, Apt 3"
    ]
    assert found("The report is in Main Building 3 today") == []


def test_a_numbered_bldg_and_its_quarter() -> None:
    from safe_synthesizer.pii.text_street_buildings import building_street_spans

    def found(text: str) -> list[str]:
        return [text[a:b] for a, b, _ in building_street_spans(text)]

    assert found("the client at Bldg 42, Motithang should be called") == ["Bldg 42, Motithang"]
    assert found("Letter sent to Fashloum, Bldg 9; copy kept") == ["Fashloum, Bldg 9"]
    assert found("of Omar Mukhtar Street, Bldg 12 says") == ["Omar Mukhtar Street, Bldg 12"]
    assert found("Meeting in Bldg 5, Room 3 at noon") == []
