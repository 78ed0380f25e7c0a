"""Bangladeshi holding and building numbers before the locality (set 26's en_BD notes kept ``Holding No. ...,
<locality>`` and ``Building No. ..., <locality>``; my own localities here)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_south_asian import south_asian_street_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in south_asian_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Parcel left at Holding No. 18, Kazipara Road on Monday.", "Holding No. 18, Kazipara Road"),
        ("Deliver to Building No. 7, West Agargaon; call first.", "Building No. 7, West Agargaon"),
    ],
)
def test_holding_and_building_numbers(text: str, street: str) -> None:
    assert _found(text) == [street]


@pytest.mark.parametrize("text", ["Meet at Building 5, Room 3 of the campus", "holding 5 shares, Apple"])
def test_prose_stays(text: str) -> None:
    assert _found(text) == []
