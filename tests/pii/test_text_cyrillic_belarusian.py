"""Belarusian names (given names, -аўна/-евіч patronymics, -ёнак/-аў family names) and Kazakh given names alone."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_cyrillic import cyrillic_name_spans
from safe_synthesizer.pii.text_cyrillic_belarusian import (
    belarusian_given,
    belarusian_patronymic,
    belarusian_surname_shaped,
)


def _names(text: str) -> list[str]:
    """The spans no other span holds (the caller resolves overlaps the same way)."""
    spans = {(a, b) for a, b, _ in cyrillic_name_spans(text)}
    outer = [(a, b) for a, b in spans if not any(c <= a and b <= d and (c, d) != (a, b) for c, d in spans)]
    return sorted(text[a:b] for a, b in outer)


def test_word_rules() -> None:
    assert belarusian_given("Мікалай") and belarusian_given("ЯЎГЕНІЯ") and belarusian_given("дар'я")
    assert belarusian_patronymic("Максімаўна") and belarusian_patronymic("андрэевіч")
    assert not belarusian_patronymic("маўна")  # too short to hold a father's name
    assert belarusian_surname_shaped("Кавалёнак") and belarusian_surname_shaped("Быкаў")
    assert not belarusian_surname_shaped("Мікалай")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Table for two: Святлана Андрэеўна Гурына and Рыгор Пятровіч Лапцёнак, veg menu.",
            ["Рыгор Пятровіч Лапцёнак", "Святлана Андрэеўна Гурына"],
        ),
        ("Call back ігар мікалаевіч сцяпанаў tomorrow re invoice", ["ігар мікалаевіч сцяпанаў"]),
        ("Flowers from Кірыл and Таццяна, thanks!", ["Кірыл", "Таццяна"]),
        ("thanks to юлія жукоўская for the cake", ["юлія жукоўская"]),
        ("Passport copy: Дзмітрый Ковалёў, exp 2029", ["Дзмітрый Ковалёў"]),
        # In Latin prose a capitalised word beside a listed given name is the family name, listed or not.
        ("Escort for the wheelchair user: Віктар Лось, please book a seat.", ["Віктар Лось"]),
        ("Gift for Олена Київ trip", ["Олена"]),  # a town beside the given name stays out
        ("Лекар: Вольга Аляксееўна прыйдзе заўтра", ["Вольга Аляксееўна"]),
    ],
)
def test_belarusian_names_in_notes(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Gift for Асель, love from айгерім жұмабаева", ["Асель", "айгерім жұмабаева"]),
        ("Order 12: ship to Берік, not to Алматы", ["Берік"]),
        # A closing quote right after the name is no inner apostrophe.
        ("card: 'Happy birthday, love ерлан жақыпов' in the box please", ["ерлан жақыпов"]),
    ],
)
def test_kazakh_given_names_in_latin_notes(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "мы сказалі што справа зроблена, галава баліць",
        "Сёння ў горадзе добрае надвор'е, людзі гуляюць па праспекце.",
        "Це дуже логічна і практична думка, вона рівна.",
        "Мінск, вуліца Янкі Купалы 17",
    ],
)
def test_prose_holds_no_name(text: str) -> None:
    assert _names(text) == []
