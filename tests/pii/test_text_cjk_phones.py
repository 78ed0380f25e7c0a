"""Phone numbers glued to a Latin label in CJK notes (held-out set 10: ja_JP text phones 0.86,
every miss written ``TEL09034678745`` / ``TEL+819036556832``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_cjk_phones import cjk_phone_spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("搬送依頼：依頼者 TEL09012345678、意識あり。", ["09012345678"]),
        ("連絡先TEL+81 80-1234-5678まで", ["+81 80-1234-5678"]),
        ("客户来电，Tel:13812345678，请回电。", ["13812345678"]),
        ("FAX.03-3123-4567（代表）へ送付", ["03-3123-4567"]),
    ],
)
def test_numbers_glued_to_a_phone_label(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b, _ in cjk_phone_spans(text)] == expected


@pytest.mark.parametrize("text", ["型番HOTEL2024-05", "订单号ABC12345678901", "TEL123"])
def test_other_numbers_after_latin_letters(text: str) -> None:
    assert cjk_phone_spans(text) == []
