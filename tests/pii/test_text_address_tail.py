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
        ("lives at 12 Oak Road, Springfield, IL 62704-1234 now", "12 Oak Road", "62704-1234", "Springfield"),
        ("1181 avenue Patrick, Lac-Provencher B4S 2S9. Renvoi", "1181 avenue Patrick", "B4S 2S9", "Lac-Provencher"),
        ("adresse stützplatz 22, 8094 steyregg, tel 0664", "stützplatz 22", "8094", "steyregg"),
    ],
)  # fmt: skip
def test_postcode_and_town_after_a_street_become_their_own_spans(text, street, postcode, town):
    assert sorted(_tails(text, street)) == sorted([(postcode, E.POSTCODE), (town, E.CITY)])


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
    ],
)
def test_numbers_after_a_street_that_are_no_address_stay(text, street):
    assert _tails(text, street) == []


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
