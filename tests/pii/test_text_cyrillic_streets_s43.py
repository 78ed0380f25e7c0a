"""Numbered microdistricts of Central Asian addresses (session 43)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_cyrillic_streets import cyrillic_street_spans


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Адрес: мкр. Джал-29, д. 12, кв. 5", "мкр. Джал-29, д. 12, кв. 5"),
        ("Pick-up: мкр. Аламедин-1 12-34, Бишкек", "мкр. Аламедин-1 12-34"),
    ],
)
def test_numbered_microdistricts(text: str, street: str) -> None:
    assert street in [text[a:b] for a, b, _ in cyrillic_street_spans(text)]


def test_a_year_after_a_name_is_no_microdistrict() -> None:
    assert cyrillic_street_spans("Олимпиада-80 была 19 июля") == []
