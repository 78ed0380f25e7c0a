"""Vietnamese names with ũ/ĩ only, and an initial before a Vietnamese family name (session 43)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_name_vietnamese import vietnamese_name_spans


def _names(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in vietnamese_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Parcel held for Vũ Nhiên at the desk.", "Vũ Nhiên"),  # ũ is a Vietnamese letter too
        ("Library card of H. Đặng expired", "H. Đặng"),
        ("Approved by Q. Nguyen on Monday", "Q. Nguyen"),
        ("Ask Linh Trần about the refund", "Linh Trần"),  # given name first, as English notes write it
        ("Keys went to Thư Đỗ at reception", "Thư Đỗ"),
    ],
)
def test_names(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text", ["Signed: J. Mai", "Take vitamin D. Then rest.", "lives at Phố Hà Đông now", "Tôi sống ở Hà Nội"]
)
def test_no_name(text: str) -> None:
    assert _names(text) == []
