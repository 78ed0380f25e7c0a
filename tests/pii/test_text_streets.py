"""Street lines inside free text, in many locales (text_streets)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_streets import street_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in street_spans(text)]


@pytest.mark.parametrize(
    "street",
    [
        "Studio 41, Marilyn Keys",  # en_GB: a unit, then a street without a number
        "Flat 1, Studio 84O, Aimee Ridges",
        "4060 Shepherd Curve Suite 549",
        "Gabi-Heser-Gasse 28/38 Wohnung 15",  # de_DE: glued street type, unit after
        "Wojciech-Barkholz-Ring 5/6",
        "Vicolo Maccanelli, 78 Piano 8 Interno 7",  # it_IT
        "Giovannihof 47 bus 15",  # nl_NL
        "ul. Gdańska 72/92",  # pl_PL
        "ulica Kościuszki 754 m. 5",
        "Pátio Novais, 3",  # pt_BR (Faker's street prefixes)
        "C. de Rosa Fabregat 789 Piso 5",  # es_ES
        "19, avenue de Da Costa",  # fr_FR
        "rue de Fleury",  # fr_FR without a number
        "Parkgatan 12 lgh 4",  # sv_SE
        "H.No. 356, Prabhu",  # en_IN
    ],
)
def test_street_of_each_locale_found_whole(street):
    assert max(_found(f"The patient now lives at {street}; call later."), key=len) == street


@pytest.mark.parametrize(
    "prose",
    [
        "sent via DHL 3 times in Spring 2021",
        "we met 3 Little Women during 3 days",
        "took place Monday 5 with Vitamin C Tablets 500",
        "im Januar 2020 kam er 5 mal",
        "the place was full and the rue is French for street",
    ],
)
def test_prose_with_numbers_is_no_street(prose):
    assert _found(prose) == []


def test_unit_word_glued_in_a_word_is_no_unit():
    # "from 963": the "m" of "from" is not the Polish unit "m." (flat).
    assert _found("returned from 963 Baker Street today") == ["963 Baker Street"]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Discharge letter posted to Zachary Roth, 52/23, Goda.", "52/23, Goda"),
        ("Discharge letter posted to Marc Beltran, Chácara de Melo.", "Chácara de Melo"),
        ("Moved from Pátio de Ribeiro last spring.", "Pátio de Ribeiro"),
    ],
)
def test_streets_without_a_street_word_or_number(text, street):
    assert street in [text[a:b] for a, b, _ in street_spans(text)]


@pytest.mark.parametrize("text", ["Score 8/10, Great fit", "Meeting 12/05, Monday at 3", "Rated 45/100, Poor"])
def test_scores_and_dates_are_no_streets(text):
    assert street_spans(text) == []


def test_a_room_number_before_a_label_in_prose_is_no_street() -> None:
    from safe_synthesizer.pii.text_streets import street_spans

    for text in ("guest anna put in room 214, ID checked at desk", "Guest put in Room 12, ID# 553 checked"):
        assert street_spans(text) == [], text
    text = "Flat 7, 59/008, Raghavan Road"
    assert [text[a:b] for a, b, _ in street_spans(text)] == [text]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Mājas vizīte: Ozolu ielā 12 dz. 4, Rīga.", "Ozolu ielā 12 dz. 4"),  # Latvian locative and flat
        ("Kohtumine: Tartu tee 21, Tallinn", "Tartu tee 21"),  # Estonian "tee"
        ("Reclamation: Place de l'Hôtel 4, Liège", "Place de l'Hôtel 4"),  # an elided article
        ("Livraison au Chaussée de Louvain 13 bte 8, Bruxelles", "Chaussée de Louvain 13 bte 8"),
    ],
)
def test_baltic_and_belgian_layouts(text: str, street: str) -> None:
    assert street in [text[s:e] for s, e, _ in street_spans(text)]


def test_a_new_zealand_rural_delivery_round_belongs_to_the_street() -> None:
    text = "Visit at 94 Kowhai Street, RD 3. Then home."
    assert [text[s:e] for s, e, _ in street_spans(text)] == ["94 Kowhai Street, RD 3"]
    text = "at 12 Main Street, 3rd floor"
    assert [text[s:e] for s, e, _ in street_spans(text)] == ["12 Main Street"]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Gata: Álfheimar 179, íbúð 39 Bær: Mosfellsbær", "Álfheimar 179, íbúð 39"),
        ("Hún býr á Laugavegi 12 í Reykjavík.", "Laugavegi 12"),  # the dative of prose
        ("Sent til Hverfisgötu 8 í gær.", "Hverfisgötu 8"),
        ("Heimsókn: Hraunbær 26b", "Hraunbær 26b"),
        ("Engihjalli 84, 200 Kópavogur", "Engihjalli 84"),
        ("witness lives near Bergstaðastræti 157b since May", "Bergstaðastræti 157b"),
        ("Skólavörðustígur 5, íbúð 2", "Skólavörðustígur 5, íbúð 2"),
        ("Miklabraut 20", "Miklabraut 20"),
        ("discharged to Psje. Manuel Rodríguez 8651, Talca", "Psje. Manuel Rodríguez 8651"),
    ],
)
def test_icelandic_streets_and_chilean_passages(text: str, street: str) -> None:
    assert street in [text[s:e] for s, e, _ in street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Visita a domicilio da Sig. Durante in via Cantonale 97. Il fratello firma.", "via Cantonale 97"),
        ("Approved. Lives at via Lugano 106, 6 min from the station.", "via Lugano 106"),
        ("domicilio da Sig. Polizzi in viale al Lido 130. Il fratello", "viale al Lido 130"),
    ],
)
def test_an_italian_via_in_lower_case_after_a_preposition_is_a_street(text, street):
    assert _found(text) == [street]


def test_english_via_before_a_count_is_no_street():
    assert _found("The parcel went via DHL 3 times and in via Express 2 days late.") == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("your rent account for Junkstr. 2/6 is 2 months in arrears", "Junkstr. 2/6"),
        ("wohnhaft Zorbachstr. 53-21. Rückfragen unter 0301234567", "Zorbachstr. 53-21"),
        ("my new address is Krebsstr. 44/17\n[12/03, 18:23] noted", "Krebsstr. 44/17"),
    ],
)
def test_german_abbreviated_street_with_its_dot(text, street):
    """Session 34: ``Xstr.`` is glued ``straße`` written short (Faker de_DE writes half its streets so)."""
    assert [text[a:b] for a, b, _ in street_spans(text)] == [street]


@pytest.mark.parametrize("text", ["see Instr. 3 and Constr. 5 of the manual", "Fig. Demonstr. 4", "Instr 3"])
def test_english_abbreviations_ending_in_str_stay(text):
    assert street_spans(text) == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("moro na Avenida 25 de Abril, 310 - Lisboa", "Avenida 25 de Abril, 310"),
        ("vive en Calle 16 de Septiembre 88, Puebla", "Calle 16 de Septiembre 88"),
        ("abita in Via XX Settembre 12, Genova", "Via XX Settembre 12"),
        (
            "Boleia a partir de Avenida Marginal 6 de Setembro, n.º 21, 2 lugares",
            "Avenida Marginal 6 de Setembro, n.º 21",
        ),
        ("em frente a Travessa do Pelourinho, n.º 4. Contactar", "Travessa do Pelourinho, n.º 4"),
    ],
)
def test_streets_named_after_a_date_and_numbers_after_n_o(text: str, street: str) -> None:
    assert street in _found(text)


def test_a_date_in_prose_is_no_street() -> None:
    assert _found("la avenida 5 de mayo 3 veces, y el 5 de Mayo 2024 otra vez") == []


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("em frente a Bairro Alto de São João. Contactar", "Bairro Alto de São João"),
        ("nos vemos en Barrio San Isidro, quedan 2 plazas", "Barrio San Isidro"),
        ("ab Sam-Nujoma-Drive 71, noch 2 Plätze", "Sam-Nujoma-Drive 71"),
    ],
)
def test_neighbourhoods_and_hyphened_english_types(text: str, street: str) -> None:
    assert street in _found(text)


def test_one_hyphen_is_no_street_name() -> None:
    assert _found("The Hand-Road 5 tour") == []


def test_barrio_as_a_surname_is_no_neighbourhood() -> None:
    assert _found("spoke with next of kin Marta Barrio Quintana about her son") == []
    assert _found("Copia con el vecino J. Barrio Serrano.") == []
