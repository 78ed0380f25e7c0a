"""Kazakh names in Cyrillic (session 40): a listed Kazakh given name or a Kazakh-lettered family name with the
registry's ``-ов``/``-ев`` or the patronymic ``-ұлы``/``-қызы`` ending."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_detector import load_text_detector
from safe_synthesizer.pii.text_name_kazakh import kazakh_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in kazakh_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Parcel left with Ерлан Жұмабаев at the back door.", ["Ерлан Жұмабаев"]),
        ("Meeting moved; Әсел Серікбаева brings the keys, ask Дәурен Оспанов.", ["Әсел Серікбаева", "Дәурен Оспанов"]),
        ("ҚАНАТ ӘБДІРАХМАНОВ signed the form on 12.03.2024.", ["ҚАНАТ ӘБДІРАХМАНОВ"]),
        ("Кілттерді Ерлан Жұмабаев алды.", ["Ерлан Жұмабаев"]),
        ("Өтініш берген: Сәрсенбаев Берік Нұрланұлы, 1985 ж.т.", ["Сәрсенбаев Берік Нұрланұлы"]),
        ("Call Айгерім Мұратқызы tomorrow.", ["Айгерім Мұратқызы"]),
        ("Courier to Тимур Ахметов (+7 701 555 1234).", ["Тимур Ахметов"]),
    ],
)
def test_kazakh_names(text, names):
    assert _found(text) == names


@pytest.mark.parametrize("text", ["Адрес: ул. Абая Кунаев 5", "Жеткізу Астана ауданы", "Встреча с Иван Петров завтра"])
def test_places_and_russian_names_are_not_this_rule(text):
    assert _found(text) == []


def test_through_the_text_detector():
    det = load_text_detector(["name", "first_name", "last_name", "phone_number"])
    if det is None:
        pytest.skip("the 'pii' extra is not installed")
    text = "Engineer booked for Monday. Бауыржан Төлеуов (+7 702 111 2233) works from home."
    found = [(text[s.start : s.end], s.entity) for s in det.find_spans([text])[0]]
    assert ("Бауыржан Төлеуов", "name") in found
