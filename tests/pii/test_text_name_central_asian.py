"""Central Asian names in Cyrillic by their family-name endings."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_central_asian import central_asian_name_spans


def _found(text: str) -> list[str]:
    return sorted({text[a:b] for a, b, _ in central_asian_name_spans(text)})


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Visit: the eldest daughter Мавҷуда Қурбонова signed the form.", "Мавҷуда Қурбонова"),
        ("new tenants are Бахтовар Исмоилов and family, tel 93 555 1234", "Бахтовар Исмоилов"),
        ("spoke to Ғайрат Ҷалолзода today", "Ғайрат Ҷалолзода"),
        ("Household (Назарзода) not at home.", "Назарзода"),
        ("Нурлан Әбілов келді", "Нурлан Әбілов"),
    ],
)
def test_central_asian_names(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "no reply at кӯч. Шотемур 17, хонаи 83",
        "ул. Ленина 5, кв. 3",
        "Улица Кирова 12",
        "Мы живём в городе Иваново уже давно",
        "Собрание Правления Акимов района",
        "Пушкин писал стихи",
        "The order arrived on time.",
    ],
)
def test_no_name(text: str) -> None:
    assert central_asian_name_spans(text) == []
