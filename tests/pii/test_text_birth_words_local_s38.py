"""Birth dates of session 38: the birth words and month names of Welsh ("ganwyd"), Basque, Icelandic, Hungarian,
Estonian, Latvian, Lithuanian, Slovene, Maltese, Breton and West Frisian; a date without a birth word stays."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_birth_words_local import local_dob_spans


def _dates(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in local_dob_spans(text)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Aelod: Gwen Lloyd, ganwyd 08 Mawrth 1958, Heol y Bont.", "08 Mawrth 1958"),
        ("Jaiotze data: 1971eko urriaren 3, Bilbo.", "1971eko urriaren 3"),
        ("Fæðingardagur 14. október 1966, Akureyri.", "14. október 1966"),
        ("Született: 1979. augusztus 21., Szeged.", "1979. augusztus 21."),
        ("Sünniaeg 2. detsember 1990, Tartu.", "2. detsember 1990"),
        ("Dzimšanas datums: 1983. gada 7. novembrī.", "1983. gada 7. novembrī"),
        ("Gimimo data 1964 m. gegužės 9 d., Kaunas.", "1964 m. gegužės 9 d."),
        ("Datum rojstva: 30. junij 1955.", "30. junij 1955"),
        ("Twieled fi 5 ta' Settembru 1977 il-Belt.", "5 ta' Settembru 1977"),
        ("Ganet d'an 19 a viz Here 1981 e Kemper.", "19 a viz Here 1981"),
        ("Berne op 22 febrewaris 1969 te Snits.", "22 febrewaris 1969"),
    ],
)
def test_birth_date_with_local_month_after_local_birth_word(text: str, date: str) -> None:
    assert _dates(text) == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Agorwyd y siop ar 12 Mawrth 2020; ganwyd y syniad yn 2019.",
        "A busz 1985. március 12. indult Szegedről.",
        "Koosolek toimub 2. detsember 2025 Tartus.",
        "Il-laqgħa hija fil-5 ta' Settembru 2025.",
    ],
)
def test_month_date_without_birth_word_is_no_birth_date(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("TRADE CREDIT - sole trader Ann Hale. Date of birth 29 Awst 1980. Bank on file.", "29 Awst 1980"),
        ("Candidate OWEN HUGHES, born 26 Gorffennaf 1996, checked.", "26 Gorffennaf 1996"),
        ("DOB: 1985. március 12., Szeged.", "1985. március 12."),
    ],
)
def test_english_birth_word_before_a_local_month_date(text: str, date: str) -> None:
    assert _dates(text) == [date]


def test_english_birth_word_without_a_date_right_after_finds_nothing() -> None:
    assert _dates("The idea was born in 2019; the shop opened on 12 Mawrth 2020.") == []
