"""Hong Kong address lines: flat, floor, block and estate (own dev notes)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_hongkong import hongkong_street_spans
from safe_synthesizer.pii.text_streets import street_spans


@pytest.mark.parametrize(
    ("note", "street"),
    [
        (
            "letter sent to Flat 5B, 12/F, Block 3, Taikoo Shing. H. WONG still wears",
            "Flat 5B, 12/F, Block 3, Taikoo Shing",
        ),
        (
            "Deliver to Room 1203, 12/F, Tower 3, Laguna Verde, Hung Hom today",
            "Room 1203, 12/F, Tower 3, Laguna Verde, Hung Hom",
        ),
        (
            "Unit 5, G/F, Wing On House, 71 Des Voeux Road Central. ok",
            "Unit 5, G/F, Wing On House, 71 Des Voeux Road Central",
        ),
    ],
)
def test_hongkong_lines(note: str, street: str) -> None:
    assert street in [note[a:b] for a, b, _ in hongkong_street_spans(note)]
    assert any(street in note[a:b] for a, b, _ in street_spans(note))


def test_no_floor_no_line() -> None:
    assert hongkong_street_spans("The ratio 3/F was high; Flat 3 is empty.") == []
