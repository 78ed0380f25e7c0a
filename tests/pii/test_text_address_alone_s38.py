"""A postcode alone or a town alone after a street line in free text (``text_address_alone``, session 38)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_address_tail import with_address_tails
from safe_synthesizer.pii.text_spans import TextSpan


def _tails(text: str, street: str) -> list[tuple[str, str]]:
    start = text.index(street)
    spans = [TextSpan(start, start + len(street), E.STREET_ADDRESS, 0.9)]
    return [(text[s.start : s.end], s.entity) for s in with_address_tails(text, spans) if s.entity != E.STREET_ADDRESS]


@pytest.mark.parametrize(
    ("text", "street", "postcode"),
    [
        ("Tillmann-Rose-Platz 1321, 18987. Folkert Steuer at 15:30.", "Tillmann-Rose-Platz 1321", "18987"),
        ("O inquilino mora na Alameda Antunes, 7, 4880-346 desde março.", "Alameda Antunes, 7", "4880-346"),
        ("Parcel to be left at 34 Crystal Crescent, 2900 if nobody answers.", "34 Crystal Crescent", "2900"),
        ("Lives at Kisszéki út 234., H-7627", "Kisszéki út 234", "H-7627"),
        ("Meet the surveyor outside 06 Freely Street, P80 R6WK; bring the keys.", "06 Freely Street", "P80 R6WK"),
        ("Pakket afgeven op Sannesteeg 66, 2822 YY, twee keer bellen.", "Sannesteeg 66", "2822 YY"),
        ("Neue Anschrift: Rue du Moulin 73, L-6348", "Rue du Moulin 73", "L-6348"),
        ("Domicilio fiscal: Corredor Norte Cintrón 008 313, 99186-1231", "Corredor Norte Cintrón 008 313",
         "99186-1231"),
        # The street line took the town in: the postcode after it without a comma.
        ("Lives at 7068 Dana Meadow Suite 278, East Christopher 38068", "7068 Dana Meadow Suite 278, East Christopher",
         "38068"),
    ],
)  # fmt: skip
def test_a_postcode_alone_after_a_street_is_a_postcode(text, street, postcode):
    assert _tails(text, street) == [(postcode, E.POSTCODE)]


@pytest.mark.parametrize(
    ("text", "street", "town"),
    [
        ("Vive en Calle San Juan N° 133, Córdoba.", "Calle San Juan N° 133", "Córdoba"),
        ("La inquilina reside en Calle Río Negro N° 347, Resistencia desde marzo.", "Calle Río Negro N° 347",
         "Resistencia"),
        ("residing at 315 Nicholas Ferry, Cherylburgh, and Teresa O'Brien.", "315 Nicholas Ferry", "Cherylburgh"),
        ("Parcel to be left at 9435 Sezer Tunnel, Mufideshire if nobody answers.", "9435 Sezer Tunnel", "Mufideshire"),
        ("Lives at Aaskroken 35, Solberg", "Aaskroken 35", "Solberg"),
        ("Correspondence address: Balatonmártoni utca 110., Magyartótnémeti", "Balatonmártoni utca 110",
         "Magyartótnémeti"),
        ("Доставить посылку по адресу: ул. Севастопольская, д. 7 к. 6/1, д. Карабулак.",
         "ул. Севастопольская, д. 7 к. 6/1", "д. Карабулак"),
        ("Parcel to be left at проспект Маланова, буд. 4, селище Запоріжжя if nobody answers.",
         "проспект Маланова, буд. 4", "селище Запоріжжя"),
        ("Correspondence address: Πλ. Επισκοπής Γωνιάς 122, Άρτα", "Πλ. Επισκοπής Γωνιάς 122", "Άρτα"),
        ("Der Mieter wohnt in der Rossmannplatz 6/2, Laa an der Thaya, Kaution erstattet.", "Rossmannplatz 6/2",
         "Laa an der Thaya"),
    ],
)  # fmt: skip
def test_a_town_alone_after_a_street_is_a_town(text, street, town):
    assert _tails(text, street) == [(town, E.CITY)]


@pytest.mark.parametrize(
    ("text", "street", "postcode", "town"),
    [
        ("O inquilino mora na Praia de Novaes, 32, 26494305 Leão da Praia desde março.", "Praia de Novaes, 32",
         "26494305", "Leão da Praia"),
        ("Арендатор проживает по адресу пер. Трудовой, д. 93 стр. 7/8, 582527 п. Орск с марта.",
         "пер. Трудовой, д. 93 стр. 7/8", "582527", "п. Орск"),
        ("Lives at Πλατεία Αργυρού Πηγαδίου 346, ΤΚ 027 80 Ζάκυνθος", "Πλατεία Αργυρού Πηγαδίου 346", "ΤΚ 027 80",
         "Ζάκυνθος"),
        ("Le locataire demeure 780 rue Kevin, X6T3Y3 Nguyen depuis mars.", "780 rue Kevin", "X6T3Y3", "Nguyen"),
        ("Tenant moved to Heineho 8, 406 62 Kostelec na Hané last spring.", "Heineho 8", "406 62",
         "Kostelec na Hané"),
    ],
)  # fmt: skip
def test_new_postcode_shapes_and_town_names_after_a_street(text, street, postcode, town):
    assert _tails(text, street) == [(postcode, E.POSTCODE), (town, E.CITY)]


@pytest.mark.parametrize(
    ("text", "street", "kept", "postcode"),
    [
        ("Lives at 30318 Jessica Lights Apt. 947, N5B 1C5", "30318 Jessica Lights Apt. 947, N5B",
         "30318 Jessica Lights Apt. 947", "N5B 1C5"),
        ("Meet the surveyor outside 55 Lôn Las, ME0 6FJ; bring the keys.", "55 Lôn Las, ME0", "55 Lôn Las",
         "ME0 6FJ"),
    ],
)  # fmt: skip
def test_a_postcode_half_taken_by_the_street_line_is_given_back(text, street, kept, postcode):
    start = text.index(street)
    spans = with_address_tails(text, [TextSpan(start, start + len(street), E.STREET_ADDRESS, 0.9)])
    assert [(text[s.start : s.end], s.entity) for s in spans] == [(kept, E.STREET_ADDRESS), (postcode, E.POSTCODE)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Moved to Käfergasse 1/2, 2019 moved out again.", "Käfergasse 1/2"),  # a year, prose after it
        ("Delivered to 12 Baker Street, John Smith signed for it.", "12 Baker Street"),  # a person, prose after
        ("Delivered to 12 Baker Street, Thanks.", "12 Baker Street"),  # a letter's word
        ("Hauptstr. 5, 0171 1234567 anrufen", "Hauptstr. 5"),  # a phone number
        ("Meet at 12 Baker Street, Phone: 0207 946 0000", "12 Baker Street"),  # a label
        ("Meet at 12 Baker Street at 5:30, 1234 people came", "12 Baker Street"),
    ],
)
def test_words_and_numbers_after_a_street_that_are_no_address_stay(text, street):
    assert _tails(text, street) == []
