"""Macedonian, Serbian and Bulgarian Cyrillic streets with no street word (text_street_balkan)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_cyrillic_streets import cyrillic_street_spans
from safe_synthesizer.pii.text_street_balkan import balkan_street_spans
from safe_synthesizer.pii.text_street_slavic import slavic_street_spans


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("[user] Питу Гули 4в, 41504 Пробиштип\n", "Питу Гули 4в"),  # postcode then town
        ("I live at Едвард Кардељ 110, Неготино 31188.", "Едвард Кардељ 110"),  # town then postcode
        ('"user@x.mk","Лондонска 0б/4","41696","Куманово"', "Лондонска 0б/4"),  # next cell a postcode
        ("живеам на Јане Сандански 5б/6 од 2019", "Јане Сандански 5б/6"),  # a cue of living
        ("адреса: Кеј Македонија 220", "Кеј Македонија 220"),
        ("живим у Кнеза Милоша 12", "Кнеза Милоша 12"),  # Serbian
        ("пакетот за Дојранска 7б/2 е готов", "Дојранска 7б/2"),  # adjective with a lettered house
    ],
)
def test_streets_known_by_their_surroundings(text: str, street: str) -> None:
    assert street in [text[s:e] for s, e, _ in balkan_street_spans(text)]
    assert any(street in text[s:e] for s, e, _ in cyrillic_street_spans(text))


@pytest.mark.parametrize(
    "text",
    [
        "Тодоровска 12 години работи кај нас",  # a surname and an age, no letter on the number
        "Во 2019 имавме 5 возила, 1000 денари",
        "Македонска 5 пати победи",
        "Прашање 3, 2024 година",
    ],
)
def test_names_and_numbers_in_prose_are_no_streets(text: str) -> None:
    assert balkan_street_spans(text) == []


def test_macedonian_boulevard_is_a_street_word() -> None:
    text = "[user] Булевар Свети Климент Охридски 5б/8"
    assert [text[s:e] for s, e, _ in cyrillic_street_spans(text)] == ["Булевар Свети Климент Охридски 5б/8"]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("RSN ADDR CHG -> Visoka 9c, Zagreb 10000 | OUTCOME", "Visoka 9c"),  # town first, then the postcode
        ("novi stan: Lisinskoga 6b/4, Split 21000", "Lisinskoga 6b/4"),
        ("Invoice 45, Total 12000", None),  # a plain number: the same layout as a bill
        ("Windows 10b, Build 2004", None),  # a year is no postcode
    ],
)
def test_latin_lines_with_a_lettered_house_before_town_and_postcode(text: str, street: str | None) -> None:
    found = [text[s:e] for s, e, _ in slavic_street_spans(text)]
    assert found == ([street] if street else [])
