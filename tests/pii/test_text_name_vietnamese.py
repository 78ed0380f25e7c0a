"""Vietnamese names, family name first (``text_name_vietnamese``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_pairs import name_pair_spans
from safe_synthesizer.pii.text_name_vietnamese import vietnamese_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in vietnamese_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Dương Dũng xin cấp lại đơn thuốc, CCCD 041396925371.", ["Dương Dũng"]),
        ("NGUYỄN VĂN AN gọi lại lúc 9 giờ", ["NGUYỄN VĂN AN"]),
        ("Bệnh nhân Trần Thị Mai, sinh ngày 01/02/1990, ở TP. Hồ Chí Minh", ["Trần Thị Mai"]),
        ("Surname/First: bùi phúc   born 10/01/1959\nnext of kin: Nguyễn Quang (sister)", ["bùi phúc", "Nguyễn Quang"]),
        ("Contact Tran Van Long about the order", ["Tran Van Long"]),
        ("cuộc gọi từ bà nguyễn thị lan hôm qua", ["nguyễn thị lan"]),
    ],
)
def test_vietnamese_names(text: str, names: list[str]) -> None:
    assert _found(text) == names
    assert all(any(text[a:b] == n for a, b, _ in name_pair_spans(text)) for n in names)


@pytest.mark.parametrize(
    "text",
    [
        "Văn phòng ở Hà Nội và Hồ Chí Minh",
        "HÀ NỘI 100000",
        "Tran Long said hi",
        "Le Mans race results",
        "Do Not Disturb",
        "Mai Tai cocktail",
        "thanh toán bằng thẻ tín dụng",
        "khách hàng báo mất thẻ lúc trần nhà dột",
    ],
)
def test_places_and_words_stay(text: str) -> None:
    assert _found(text) == []
