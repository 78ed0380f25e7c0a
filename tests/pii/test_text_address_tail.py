"""Postcode and town after a street line in free text (``text_address_tail``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_address_tail import with_address_tails
from safe_synthesizer.pii.text_spans import TextSpan


def _tails(text: str, street: str, others: tuple[TextSpan, ...] = ()) -> list[tuple[str, str]]:
    start = text.index(street)
    spans = sorted([TextSpan(start, start + len(street), E.STREET_ADDRESS, 0.9), *others], key=lambda s: s.start)
    return [(text[s.start : s.end], s.entity) for s in with_address_tails(text, spans) if s.entity != E.STREET_ADDRESS]


@pytest.mark.parametrize(
    ("text", "street", "postcode", "town"),
    [
        ("wohnhaft Käfergasse 1/2, 9993 Wörgl. Beklagte nicht erschienen.", "Käfergasse 1/2", "9993", "Wörgl"),
        ("Letters to Mathias-Steinbauer-Straße 489, A-6928 Lienz, email x@y.at", "Mathias-Steinbauer-Straße 489",
         "A-6928", "Lienz"),
        ("domicilié 12 rue Victor Hugo, 75011 Paris depuis 2019", "12 rue Victor Hugo", "75011", "Paris"),
        ("ul. Gdańska 72/92, 00-950 Warszawa.", "ul. Gdańska 72/92", "00-950", "Warszawa"),
        ("Kerkstraat 5, 1234 AB Utrecht", "Kerkstraat 5", "1234 AB", "Utrecht"),
        ("Hauptstraße 9, 9300 Sankt Veit an der Glan. Danke", "Hauptstraße 9", "9300", "Sankt Veit an der Glan"),
        ("Rua das Flores, 406\n4050-265 Porto", "Rua das Flores, 406", "4050-265", "Porto"),
        ("gift aid held for you at 4825 Carter Center, Jacquelinetown 11491.", "4825 Carter Center", "11491",
         "Jacquelinetown"),
        ("CLAIMANT OF 7 KIERAN WALL, WENDYBERG G51 7GA ATTENDED", "7 KIERAN WALL", "G51 7GA", "WENDYBERG"),
        ("1181 avenue Patrick, Lac-Provencher B4S 2S9. Renvoi", "1181 avenue Patrick", "B4S 2S9", "Lac-Provencher"),
        ("adresse stützplatz 22, 8094 steyregg, tel 0664", "stützplatz 22", "8094", "steyregg"),
    ],
)  # fmt: skip
def test_postcode_and_town_after_a_street_become_their_own_spans(text, street, postcode, town):
    assert sorted(_tails(text, street)) == sorted([(postcode, E.POSTCODE), (town, E.CITY)])


def _street_span(text: str, street: str) -> str:
    start = text.index(street)
    out = with_address_tails(text, [TextSpan(start, start + len(street), E.STREET_ADDRESS, 0.9)])
    (span,) = [s for s in out if s.entity == E.STREET_ADDRESS]
    return text[span.start : span.end]


@pytest.mark.parametrize(
    ("text", "street", "pieces"),
    [
        # A state's code, name or a region between the town and the postcode (Australia, Canada, the US).
        ("lives at 12 Oak Road, Springfield, IL 62704-1234 now", "12 Oak Road",
         [("Springfield", E.CITY), ("IL", E.STATE), ("62704-1234", E.POSTCODE)]),
        ("at Apt. 098 168 Amanda Part, Emilyhaven, Victoria 0231. Key safe", "Apt. 098 168 Amanda Part",
         [("Emilyhaven", E.CITY), ("Victoria", E.STATE), ("0231", E.POSTCODE)]),
        ("at Unit 98 922 Katie Reserve, Port Erichaven, Australian Capital Territory 2992. Key",
         "Unit 98 922 Katie Reserve",
         [("Port Erichaven", E.CITY), ("Australian Capital Territory", E.STATE), ("2992", E.POSTCODE)]),
        ("lives at 34163 Terri Loop, Lake Craigville, Manitoba M4H 9A9. callback", "34163 Terri Loop",
         [("Lake Craigville", E.CITY), ("Manitoba", E.STATE), ("M4H 9A9", E.POSTCODE)]),
        ("at 5208 Anderson Estates, Carpenterport, Alberta. Key safe", "5208 Anderson Estates",
         [("Carpenterport", E.CITY), ("Alberta", E.STATE)]),
        # The town went with the street line: the region and postcode are still the address's.
        ("at 703 Samantha Fork Apt. 948, South Johnport, Newfoundland and Labrador C1V 5Y2. Key",
         "703 Samantha Fork Apt. 948, South Johnport",
         [("Newfoundland and Labrador", E.STATE), ("C1V 5Y2", E.POSTCODE)]),
        # Six-digit codes after the town (India, Nigeria, Colombia), Latvia's "LV-" code.
        ("at 901, Sarraf Chowk, Tezpur 405247. Key", "901, Sarraf Chowk", [("Tezpur", E.CITY), ("405247", E.POSTCODE)]),
        ("at 100A Agege Motor Street, Ikeja 483991. callback", "100A Agege Motor Street",
         [("Ikeja", E.CITY), ("483991", E.POSTCODE)]),
        ("Adrese: Tērbatas iela 130, Rīga LV-2043 | Personas kods", "Tērbatas iela 130",
         [("Rīga", E.CITY), ("LV-2043", E.POSTCODE)]),
        # Postcode first: a space before the comma, Brazil's and Mexico's codes, Romania's and Chile's, a
        # Hungarian house number's dot, a town of three words that its field's delimiter closes, a country.
        ("Domicilio: C. Marcio Hidalgo 14 Apt. 98 , 44496 Ávila | Documento", "C. Marcio Hidalgo 14 Apt. 98",
         [("44496", E.POSTCODE), ("Ávila", E.CITY)]),
        ("Morada: Rodovia Laís Andrade, 44, 42625-652 da Rosa do Norte | Documento", "Rodovia Laís Andrade, 44",
         [("42625-652", E.POSTCODE), ("da Rosa do Norte", E.CITY)]),
        ("lives at Peatonal Muro 079 812, 13508-1234 San Omar. callback", "Peatonal Muro 079 812",
         [("13508-1234", E.POSTCODE), ("San Omar", E.CITY)]),
        ("Adresa: Strada Nemeș Nr. 164, 880414 Horodnic de Sus | CNP", "Strada Nemeș Nr. 164",
         [("880414", E.POSTCODE), ("Horodnic de Sus", E.CITY)]),
        ("Domicilio: Calle Colo Colo 590 Dpto. 852, 6300850 Timaukel | Documento", "Calle Colo Colo 590 Dpto. 852",
         [("6300850", E.POSTCODE), ("Timaukel", E.CITY)]),
        ("Lakcím: Dózsa györgy út 144., 3464 Nagykanizsa | TAJ szám", "Dózsa györgy út 144",
         [("3464", E.POSTCODE), ("Nagykanizsa", E.CITY)]),
        ("address set to Stretto Gentilini, 546, 60124 San Marzano Oliveto; 10:05 slot", "Stretto Gentilini, 546",
         [("60124", E.POSTCODE), ("San Marzano Oliveto", E.CITY)]),
        ("domicilié 12 rue Victor Hugo, 75011 Paris, France. Merci", "12 rue Victor Hugo",
         [("75011", E.POSTCODE), ("Paris", E.CITY), ("France", E.STATE)]),
        # Iceland's three-digit code, only before a town that ends the field or the sentence.
        ("Heimilisfang: Suðurlandsgata 48B, 758 Reykjavík | Kennitala", "Suðurlandsgata 48B",
         [("758", E.POSTCODE), ("Reykjavík", E.CITY)]),
        # Russian and Ukrainian addresses: postcode and settlement before the street.
        ("Адрес: 347726, с. Чегем, пер. Достоевского, д. 3 | ИНН", "пер. Достоевского, д. 3",
         [("347726", E.POSTCODE), ("Чегем", E.CITY)]),
        ("Адреса: 07978, місто Житомир, набережна Сьома, буд. 2 кв. 994 | РНОКПП", "набережна Сьома, буд. 2 кв. 994",
         [("07978", E.POSTCODE), ("Житомир", E.CITY)]),
    ],
)  # fmt: skip
def test_the_whole_address_around_a_street_becomes_spans(text, street, pieces):
    assert _tails(text, street) == sorted(pieces, key=lambda p: text.index(p[0]))


@pytest.mark.parametrize(
    ("text", "street", "kept"),
    [
        ("10:03 address set to boulevard de Mahe, 14368 Girard-la-Forêt; 10:05", "boulevard de Mahe, 14368",
         "boulevard de Mahe"),
        ("Address: 924, avenue de Da Silva, 34406 Bailly-sur-Mer | N° d'identité", "924, avenue de Da Silva, 34406",
         "924, avenue de Da Silva"),
        # A house number after a comma with no postcode shape or no town after it stays the street's.
        ("lives at Via Ferdinando, 59, stairs to 2nd floor", "Via Ferdinando, 59", "Via Ferdinando, 59"),
        ("Rua das Flores, 1234 Lisboa", "Rua das Flores, 1234", "Rua das Flores, 1234"),
    ],
)  # fmt: skip
def test_a_postcode_read_as_the_house_number_goes_back_to_the_tail(text, street, kept):
    assert _street_span(text, street) == kept


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Moved to Käfergasse 1/2, 2019 moved out again.", "Käfergasse 1/2"),  # no capitalised town word
        ("Meet at 12 Baker Street, Room 2044 on the left", "12 Baker Street"),  # a room, not a town
        ("Delivered to 12 Baker Street, Tel 12345 if late", "12 Baker Street"),
        ("Hauptstraße 5, 2500 EUR deposit paid", "Hauptstraße 5"),
        ("Hauptstraße 5. Call 0664 102208 first", "Hauptstraße 5"),  # a sentence ends: no address tail
        ("villatorget 665, portkod 1234. ring 08652216", "villatorget 665"),  # lower case: no listed town
        ("VILLATORGET 665, PORTKOD 1234", "VILLATORGET 665"),
        ("Met at Baker Street 5, 100 Euro paid", "Baker Street 5"),  # three digits: only before a closed town
        ("Invoice 12345, Paris, 12 rue Victor Hugo", "12 rue Victor Hugo"),  # a number of the word before it
    ],
)
def test_numbers_after_a_street_that_are_no_address_stay(text, street):
    assert _tails(text, street) == []


def test_an_amount_in_the_next_sentence_is_no_postcode_of_the_town_alone():
    # Session 38: the town alone after the street is the address's town; the amount after the full stop is not
    # its postcode.
    text = "Invoice sent to 45 High Street, London. Total 2300 GBP"
    assert _tails(text, "45 High Street") == [("London", E.CITY)]


def test_a_town_read_as_a_person_gives_way_but_a_phone_number_does_not():
    text = "Letters to Mathias-Steinbauer-Straße 489, 6928 Lienz, email"
    lienz = text.index("Lienz")
    assert _tails(text, "Mathias-Steinbauer-Straße 489", (TextSpan(lienz, lienz + 5, E.FIRST_NAME, 0.85),)) == [
        ("6928", E.POSTCODE), ("Lienz", E.CITY)]  # fmt: skip
    text = "at Käfergasse 1/2, 0664 102208 Anna"
    phone = text.index("0664")
    assert _tails(text, "Käfergasse 1/2", (TextSpan(phone, phone + 11, E.PHONE_NUMBER, 0.9),)) == [
        ("0664 102208", E.PHONE_NUMBER)]  # fmt: skip


def test_a_town_without_a_full_stop_takes_at_most_two_capitalised_words():
    text = "wohnhaft Käfergasse 1/2, 9993 Wörgl Beklagte Frau Alma Berger nicht erschienen"
    (postcode, _), (town, entity) = _tails(text, "Käfergasse 1/2")
    assert (postcode, entity) == ("9993", E.CITY) and town.startswith("Wörgl") and "Frau" not in town


def test_only_allowed_entities_are_added():
    text = "wohnhaft Käfergasse 1/2, 9993 Wörgl."
    spans = [TextSpan(9, 23, E.STREET_ADDRESS, 0.9)]
    out = with_address_tails(text, spans, allowed=(E.POSTCODE,))
    assert [(text[s.start : s.end], s.entity) for s in out] == [
        ("Käfergasse 1/2", E.STREET_ADDRESS), ("9993", E.POSTCODE)]  # fmt: skip


def test_replace_pii_gives_the_note_s_postcode_and_town_the_columns_fakes():
    import pandas as pd

    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii import replace_pii

    streets = ["Käfergasse 1/2", "Hauptstraße 14", "Lindenweg 7", "Bahnhofstraße 22", "Gartengasse 9"] * 4
    postcodes = ["9993", "8094", "6928", "4020", "1010"] * 4
    towns = ["Wörgl", "Steyregg", "Lienz", "Linz", "Wien"] * 4
    df = pd.DataFrame({
        "street": streets, "plz": postcodes, "ort": towns,
        "notiz": [f"Kläger wohnhaft {s}, {p} {t}. Beklagte nicht erschienen." for s, p, t in
                  zip(streets, postcodes, towns, strict=True)],
    })  # fmt: skip
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    for row_in, row_out in zip(df.itertuples(), out.itertuples(), strict=True):
        assert row_in.plz not in row_out.notiz and row_in.ort not in row_out.notiz
        assert f"{row_out.plz} " in row_out.notiz and row_out.notiz.endswith("Beklagte nicht erschienen.")


@pytest.mark.parametrize("text", ["Amalia González 2698 Dpto. 6183", "Picarte 6631 Of. 3994", "Yser 9 bte 21"])
def test_a_unit_after_the_street_is_no_town_and_postcode(text: str) -> None:
    street = " ".join(text.split(" ")[:2])
    assert _tails(text, street) == []


@pytest.mark.parametrize(
    ("text", "street", "postcode", "town"),
    [
        # a scanned form breaks the line before the comma
        ("Adresse: de l'Yser 9 bte 21\n, 8513 Wavre Téléphone: 0462", "de l'Yser 9 bte 21", "8513", "Wavre"),
        # a Korean town ends at its unit; a particle glued after it stays
        ("새 주소는 대전광역시 중랑구 영동대32길 862, 98898 횡성군입니다.", "영동대32길 862", "98898", "횡성군"),
        ("주소: 서울특별시 종로구 세종대로 209\n, 03172 수원시 팔달구 전화", "세종대로 209", "03172", "수원시 팔달구"),
    ],
)
def test_tails_after_a_line_break_and_korean_towns(text: str, street: str, postcode: str, town: str) -> None:
    assert _tails(text, street) == [(postcode, E.POSTCODE), (town, E.CITY)]
