"""A Mongolian given name and the father's name in the nominative beside it, in a note in Latin letters (set 26's
mn_MN gym notes replaced the given name and kept ``Ганзориг``; my own names here)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_mongolian import mongolian_name_spans


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], e) for a, b, e in mongolian_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Pick-up by husband Мөнхбат Дашдорж tomorrow.", "Мөнхбат Дашдорж"),
        ("Guest: Төмөр Оюунчимэг, wants the trial class.", "Төмөр Оюунчимэг"),
    ],
)
def test_given_name_and_fathers_name(text: str, name: str) -> None:
    assert _found(text) == [(name, "name")]


def test_a_town_beside_a_given_name_stays_apart() -> None:
    assert _found("please ring Алтанцэцэг Москва office today") == [("Алтанцэцэг", "first_name")]
