"""The country a phone cell's words name, from libphonenumber's names (phone_country_words)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.phone_country_words import named_region


@pytest.mark.parametrize(
    ("cell", "region"),
    [
        ("Vanuatu: 591 5041", "VU"),
        ("796 3065 (Bonaire, Sint Eustatius and Saba)", "BQ"),
        ("34 42 51 81 (Danmark)", "DK"),
        ("Turquie: 0505 590 21 86", "TR"),
        ("06 19114744 - vragen naar Loïs", None),
        ("home: 01261 762513; mobile: 07420 153588", None),
    ],
)
def test_named_region(cell: str, region: str | None) -> None:
    assert named_region(cell) == region
