"""Street lines in Cyrillic notes (text_cyrillic_streets)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_cyrillic_streets import cyrillic_street_spans


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("адрес: ул. Княз Борис I № 5, 3553 Плевен", "ул. Княз Борис I № 5"),  # a regnal number in the name
        ("живее на бул. Цар Симеон II 12, София", "бул. Цар Симеон II 12"),
        ("pickup пер. коминтерна, д. 1 стр. 17 for mr.", "пер. коминтерна, д. 1 стр. 17"),  # building part kept
    ],
)
def test_regnal_numbers_and_building_parts(text: str, street: str) -> None:
    assert street in [text[s:e] for s, e, _ in cyrillic_street_spans(text)]


def test_a_roman_numeral_alone_is_no_house() -> None:
    text = "на ул. Шипка 5 и I 3"
    assert [text[s:e] for s, e, _ in cyrillic_street_spans(text)] == ["ул. Шипка 5"]
