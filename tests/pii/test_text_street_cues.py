"""Streets with no street word, known by an address cue before them or a postcode and town after them
(text_street_cues), and the South/West Slavic street layouts of text_streets (set 11 misses, seen)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_cues import cued_street_spans
from safe_synthesizer.pii.text_streets import street_spans


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        # a street noun before the name, in the case prose uses (hr/cs/pl)
        ("Prijava štete od vode u stanu u ulici Gornji Bukovac 3b/2. Procjenitelj je došao.", "Gornji Bukovac 3b/2"),
        ("Kvar je u ulici Trešnjevački trg 41, molim dođite.", "Trešnjevački trg 41"),
        ("Havárie vody v ulici Dlouhá II 12, technik přijede.", "Dlouhá II 12"),
        ("Paczka czeka przy ulicy Ogrodowej 12a, proszę odebrać.", "Ogrodowej 12a"),
        # an address label without a colon (sl "naslov"), with lower-case words and a comma inside the name
        ("Pošiljka gre na naslovu Rožna dolina, cesta IV 15. Hvala.", "Rožna dolina, cesta IV 15"),
        ("Nov naslov: Pot na Brdo 5c, pokličite.", "Pot na Brdo 5c"),
        ("Vročiti na naslovu Pot v zeleni gaj 5c danes.", "Pot v zeleni gaj 5c"),
        # a dwelling and its preposition (sk/cs "bytu na", hr "stanu u")
        ("Oprava bytu na Ľudovíta Štúra 14 bude v piatok.", "Ľudovíta Štúra 14"),
        # formal words of residence
        ("Frau Vogt, wohnhaft Am Kirchberg 7, beantragt", "Am Kirchberg 7"),
    ],
)  # fmt: skip
def test_street_after_an_address_cue(text: str, street: str) -> None:
    assert street in _streets(text)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Račun pošaljite na Jurjevska 21, 10000 Zagreb, hvala.", "Jurjevska 21"),
        ("Vrnite na Stegne 2b, 1000 Ljubljana.", "Stegne 2b"),
        ("Returns go to Mlynské nivy 5 (821 09 Bratislava) by Friday.", "Mlynské nivy 5"),
        ("Bezorgd op Lindengracht 12, 1015 KK Amsterdam gisteren.", "Lindengracht 12"),
    ],
)  # fmt: skip
def test_street_before_a_postcode_and_town(text: str, street: str) -> None:
    assert street in _streets(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ulica je bila zatvorena 3 dana zbog radova.",  # the street noun in prose, no name after it
        "na ulici je bilo 5 ljudi",
        "Since March 2020, 1500 Patients were seen.",  # a month is no street, a count no postcode
        "Platba Faktura 12, 1000 Kč uhrazeno.",  # a currency is no town
        "Version 2, 2019 Edition",  # a year is no house number
        "I put 3 apples on the table and the Crock pot 3 times.",  # "pot"/"put" in English prose
        "Pri cene 5 eur to nie je zlé.",  # a Slovak preposition, a lower-case noun, a price
        "Adresa je neplatná 3 dny.",
    ],
)
def test_prose_is_no_street(text: str) -> None:
    assert _streets(text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Dodávka na Pri Starom mlyne 3 zajtra.", "Pri Starom mlyne 3"),  # Slovak preposition + lower-case word
        ("Dodávka na Hurbanovo námestie 17 zajtra.", "Hurbanovo námestie 17"),  # Slovak square after the name
        ("Sraz v ulici Nám. Republiky 3 v pět.", "Nám. Republiky 3"),  # Czech square, abbreviated
        ("Balík na adresu Zvolenských 6 došel.", "Zvolenských 6"),  # plural genitive
        ("Doručenie na Trenčianska 5 dnes.", "Trenčianska 5"),  # Slovak -ska after a long syllable
        ("Doručenie na Alaska 5 dnes.", None),  # too short for a shortened -ska adjective
        ("Sestanek je na Kratka steza 7 ob desetih.", "Kratka steza 7"),
        ("Sestanek je na Zajčeva pot 12 ob desetih.", "Zajčeva pot 12"),
        ("Obnova: Krakovski nasip 98 in Strupijevo nabrežje 8b.", "Krakovski nasip 98"),
    ],
)  # fmt: skip
def test_slavic_street_layouts(text: str, street: str | None) -> None:
    if street is None:
        assert _streets(text) == []
    else:
        assert street in _streets(text)


def test_cued_spans_need_a_space() -> None:
    assert cued_street_spans("adresa:Podgaj5") == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Entregar en Calle Morelos 123, Col. Centro, C.P. 06000.", "Calle Morelos 123, Col. Centro"),
        ("Domicilio: Andador Juárez 45 Mz. 3 Lt. 12, Col. Roma", "Andador Juárez 45 Mz. 3 Lt. 12, Col. Roma"),
    ],
)  # fmt: skip
def test_mexican_block_lot_and_colonia_belong_to_the_street(text: str, street: str) -> None:
    assert street in _streets(text)


@pytest.mark.parametrize(
    ("text", "street"),
    [
        # the verb after an address cue ("dirección es", "address is", "adresse est")
        ("Hola, llego tarde. Mi nueva dirección es Caupolicán 532, 2844850 Corral", "Caupolicán 532"),
        ("Hi, my new address is Marsh Heron 14, near the park.", "Marsh Heron 14"),
        # a form's street label with its colon (es "Calle:", is "Gata:")
        ("+56 600 256 816 Calle: Paulina Álvarez 106 Localidad: Isla de Pascua", "Paulina Álvarez 106"),
        ("Sími: +354 640 4077 Gata: Grænás 17 Bær: Kópavogur", "Grænás 17"),
        # unit parts after the house belong to the street, not to a town after it
        ("Tenant screening: current address Los Encinos 4938 Piso 67, 1234567 Talca.", "Los Encinos 4938 Piso 67"),
        ("Ma nouvelle adresse : de l'Yser 169 bte 22, 2168 Wavre", "de l'Yser 169 bte 22"),
        # a seven-digit (Chilean) postcode and a town after the street
        ("address updated: Mónica Vargas 5048 Of. 5309, 1234567 Talca", "Mónica Vargas 5048 Of. 5309"),
        # a flat or office number after the house marks a street with no street word
        ("the boiler man is coming tmrw to Las Araucarias 7141 Of. 9712\nok", "Las Araucarias 7141 Of. 9712"),
        ("Entrega en Los Aromos 96 Dpto. 577 mañana", "Los Aromos 96 Dpto. 577"),
        # a Belgian letter box marks the words before the number, back to the sentence's own words
        ("says the dog got out from de la Station 157 bte 10. Neighbour saw it.", "de la Station 157 bte 10"),
        ("Consignee NOÉMI LECOQ, DES TANNEURS 4 BTE 18, 9417. No answer", "DES TANNEURS 4 BTE 18"),
        ("locked out. Alonso from saint-gilles 124 bte 5", "saint-gilles 124 bte 5"),
        ("Il habite Léopold 93 bte 32 à Namur", "Léopold 93 bte 32"),
    ],
)
def test_streets_without_a_street_word_from_s29_cues(text: str, street: str) -> None:
    assert street in _streets(text)


@pytest.mark.parametrize(
    "text",
    [
        "She read 3 of 5 chapters. Room 12 of 20 was free.",
        "Windows 10 Apt 3 is a typo in the ticket.",
        "The street: 5 cars parked there.",
        "Terminal 2 Gate 4, boarding at 10.",
    ],
)
def test_prose_with_unit_like_words_is_no_street(text: str) -> None:
    assert _streets(text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "pour Olivier Chevalier, né(e) le 21/07/1969, domicilié(e) avenue Tristan Gaudin. Contact",
            "avenue Tristan Gaudin",
        ),
        ("résidant avenue Mendès depuis 2001", "avenue Mendès"),
    ],
)
def test_french_words_of_residence_mark_a_street_without_number(text, street):
    """Session 34: a fifth of French streets carry no number (``avenue Mendès``); the word of residence says it."""
    assert [text[a:b] for a, b, _ in cued_street_spans(text)] == [street]
