"""Cyrillic streets with an abbreviated type and no house number."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_cyrillic_alone import cyrillic_alone_street_spans


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in cyrillic_alone_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Picked up from ул. Садовая; her mum asked about the test", "ул. Садовая"),
        ("Посылка ушла на пер. Рыбацкий, вернулась.", "пер. Рыбацкий"),
        ("Живе тепер на вул. Лесі Українки. Дякую", "вул. Лесі Українки"),
        ("from наб. Фонтанки at 7", "наб. Фонтанки"),
        ("Адрес: мкр. Восток, позвонить", "мкр. Восток"),
    ],
)
def test_abbreviated_streets_alone(text: str, street: str) -> None:
    assert _streets(text) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "мебель, посуда и пр. Всё вывезли",  # "и пр." = "and so on"
        "и пр. мелочи",
        "на улице было холодно",  # a full type word without a number is prose
        "Call ул. later",
    ],
)
def test_no_street(text: str) -> None:
    assert _streets(text) == []
