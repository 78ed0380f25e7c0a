"""Session 24: ids, dates, phones and streets of more locales in free text (set 9's misses, general forms)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.formats import shift_date_string
from safe_synthesizer.pii.locales import PHONE_REGIONS
from safe_synthesizer.pii.text_ids import cued_id_spans
from safe_synthesizer.pii.text_patterns import pattern_spans
from safe_synthesizer.pii.text_streets import street_spans

_ALL = frozenset({E.NATIONAL_ID, E.DATE_OF_BIRTH, E.PHONE_NUMBER, E.STREET_ADDRESS, E.SSN, E.IBAN})


def _found(spans, text: str) -> dict[str, str]:
    return {text[a:b]: e for a, b, e in spans}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nájemce: JAN NOVÁK, rodné číslo 420405/5690\nKauce", "420405/5690"),  # check digit wrong
        ("Nájomca: PETER HRAŠKO, rodné číslo 5112167033, podpis", "5112167033"),
        ("Mieter: ADAM SCHOLTZ, Steuer-ID 49 889 959 218\nDie Kaution", "49 889 959 218"),
        ("Najmoprimac: IVO HORVAT, OIB 79230815640\nPolog", "79230815640"),
        ("賃借人：加藤直子\nマイナンバー 1515 8041 9635\nカード", "1515 8041 9635"),
        ("租客：路龙，身份证号440305194001284040\n押金", "440305194001284040"),
        ("Inquilino: EVELIO DEL RÍO, documento PEWH400227HQOKBL08\nSe", "PEWH400227HQOKBL08"),
        ("they even asked for his ID 7887 1053 4173?!", "7887 1053 4173"),
        ("Bérlő: TÓTH LEVENTE, adóazonosító jel: 8441490198\nA kaució", "8441490198"),
    ],
)
def test_cued_ids_without_a_valid_check_digit(text: str, value: str) -> None:
    assert _found(cued_id_spans(text), text).get(value) == E.NATIONAL_ID
    assert _found(pattern_spans(text, PHONE_REGIONS, _ALL), text).get(value) == E.NATIONAL_ID


@pytest.mark.parametrize(
    "text",
    [
        "Order ID 4412 9981 shipped on 12 May",  # the id of an order, not of a person
        "transaction id: 99812345 failed",
        "the sale ended with 12 500 000 units",
        "ID 12345 only",  # too short for a personal number
    ],
)
def test_no_id_without_a_personal_id_word(text: str) -> None:
    assert cued_id_spans(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3-as kórterem, Horváth Bence, szül. 1967.03.10., nyugodt éjszaka.", "1967.03.10"),
        ("soba 2, Marija Kovač, rođena 01.06.2001., mirna noć.", "01.06.2001"),
        ("θάλαμος 4, Ευμορφία Τσαμπαλή, γεν. 16/02/1981, ήσυχη νύχτα.", "16/02/1981"),
        ("3号室 田中太郎様（1955年01月17日生）、夜間は安定。", "1955年01月17日"),
        ("患者1990年3月5日出生，住院三天。", "1990年3月5日"),
        ("izba 3, Jana Malá, narodená 12.04.1950, spala pokojne.", "12.04.1950"),
    ],
)
def test_birth_dates_of_more_languages(text: str, value: str) -> None:
    assert _found(pattern_spans(text, PHONE_REGIONS, _ALL), text).get(value) == E.DATE_OF_BIRTH


def test_a_date_without_a_birth_word_is_no_birth_date() -> None:
    text = "Az ülés 2023.05.08. napján volt; 2024年01月17日に開催。"
    assert E.DATE_OF_BIRTH not in _found(pattern_spans(text, PHONE_REGIONS, _ALL), text).values()


@pytest.mark.parametrize(
    ("value", "days", "expected"),
    [
        ("1955年01月17日", 20, "1955年02月06日"),
        ("1955年1月7日", -10, "1954年12月28日"),
        ("1959.05.08.", 30, "1959.06.07."),
    ],
)
def test_shifted_dates_keep_their_layout(value: str, days: int, expected: str) -> None:
    assert shift_date_string(value, days) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sønnen ringte fra 51 30 98 89, hr. Rønning kommer i morgen.", "51 30 98 89"),
        ("Datteren ringede fra 88 14 66 41, fru Holm kommer i morgen.", "88 14 66 41"),
        ("Dottern ringde från 08-68 01 41, syster Falk ronderar i morgon.", "08-68 01 41"),
        ("Bitte melden Sie sich unter 0316 44775245. Mit freundlichen Grüßen", "0316 44775245"),
        ("Kontakt: 053 956 764. Srdačan pozdrav", "053 956 764"),
        ("Kći je zvala s broja 0800 51 20, gđa Horvat dolazi ujutro.", "0800 51 20"),
    ],
)
def test_phones_after_call_words_of_more_languages(text: str, value: str) -> None:
    assert _found(pattern_spans(text, PHONE_REGIONS, _ALL), text).get(value) == E.PHONE_NUMBER


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Petőfi utca 71. alatt lakik", "Petőfi utca 71"),
        ("az ügyfél új címe Petőfi sándor utca 148.. Új e-mail", "Petőfi sándor utca 148"),
        ("Szállítás: Balatonfürdői tér 1., kapucsengő", "Balatonfürdői tér 1"),
        ("zákazník sa sťahuje na adresu Lesnícka 44. Nový e-mail", "Lesnícka 44"),
        ("klijent preselio se na adresu Radnički dol 6a. Novi e-mail", "Radnički dol 6a"),
        ("müşteri yeni adresi İnönü Caddesi No: 28/9. Yeni e-posta", "İnönü Caddesi No: 28/9"),
        ("住址六盘水街329号", "六盘水街329号"),
        ("鶴ヶ丘42丁目16番4号に転居", "鶴ヶ丘42丁目16番4号"),
        ("荷物は勝どき16丁目9番15号の管理人室に", "勝どき16丁目9番15号"),
        ("新住所 丸の内ＪＰタワー13丁目18番15号、メール", "丸の内ＪＰタワー13丁目18番15号"),
    ],
)
def test_streets_of_more_locales(text: str, value: str) -> None:
    assert value in _found(street_spans(text), text)


@pytest.mark.parametrize("text", ["Ma a tér 5 perc alatt megtelt.", "A new address will follow in 2 weeks."])
def test_no_street_in_plain_prose(text: str) -> None:
    assert street_spans(text) == []


def test_card_and_id_glued_to_chinese_text() -> None:
    from safe_synthesizer.pii.text_detector import _CARD_SPAN

    text = "押金退回至银行卡5202 1749 8528 7257。"
    assert [m.group() for m in _CARD_SPAN.finditer(text)] == ["5202 1749 8528 7257"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("preselio se na adresu Perivoj srpanjskih žrtava 499. Novi e-mail", "Perivoj srpanjskih žrtava 499"),
        ("kunden flytter til J.P.E. Hartmannsvej 80. Ny e-mail", "J.P.E. Hartmannsvej 80"),
    ],
)
def test_street_names_with_lower_case_words_or_initials(text: str, value: str) -> None:
    assert value in _found(street_spans(text), text)


def test_swedish_reach_me_on() -> None:
    text = "Nå mig på 08-98 32 91. Vänliga hälsningar"
    assert _found(pattern_spans(text, PHONE_REGIONS, _ALL), text).get("08-98 32 91") == E.PHONE_NUMBER


def test_acronym_cues_that_are_words_count_in_capitals_only() -> None:
    assert cued_id_spans("To nie 500 000 zł. Nie 250 000 zł, tylko mniej.") == []  # Polish "not"
    text = "Cliente extranjero, NIE X1234567L, alta hoy."
    assert _found(cued_id_spans(text), text) == {"X1234567L": E.NATIONAL_ID}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the label glued to the cue by a hyphen and to the number by its dot; a capital label word
        ("Zeuge bestätigt. Ausweis-Nr.65 180591 M 123, Anschrift Hauptstr. 4.", "65 180591 M 123"),
        ("Ausweis-Nr. 65180591M123 liegt vor", "65180591M123"),
        ("Steuer-ID Nr. 49 889 959 218 bitte", "49 889 959 218"),
        # an Italian codice fiscale after ``Documento n.``
        ("Testimone Rossi. Documento n.RSSMRA85T10A562S, residente in Via Roma 3.", "RSSMRA85T10A562S"),
        ("passaporto n.º YA1234567 rilasciato", "YA1234567"),
        # passport words of more languages
        ("Reisepass L01X00T47 gültig bis 2030", "L01X00T47"),
        ("numéro de passeport: 18AV12345 expiré", "18AV12345"),
    ],
)
def test_ids_after_labels_glued_to_their_cue(text: str, value: str) -> None:
    assert _found(cued_id_spans(text), text).get(value) == E.NATIONAL_ID


@pytest.mark.parametrize("text", ["Bestellung 65 180591 M 123", "ID 3.1415926 rad", "Zimmer Nr.12 345 678"])
def test_no_id_in_decimals_or_after_other_words(text: str) -> None:
    assert cued_id_spans(text) == []
