"""Small-island addresses with no street: a district and its landmark, or a settlement word after the place's name
(set 36 kept ``<district>, behind the school`` lines and ``<place> Settlement``/``<place> area``); the places here are
my own."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_settlements import settlement_street_spans


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in settlement_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        (
            "Regards\nJoelle Payet\nTel 2 512 300\nBeau Vallon, opposite the police station",
            "Beau Vallon, opposite the police station",
        ),
        ("Parcel left at Anse Royale, next to the post office. Thanks", "Anse Royale, next to the post office"),
        ("Engineer met the owner at Ohlen 3, near the church. Call", "Ohlen 3, near the church"),
        ("Meter read at Fox Bay Settlement today", "Fox Bay Settlement"),
        ("Dropped her to Laura Village, then back", "Laura Village"),
        ("Inspection at Mele Maat area.", "Mele Maat area"),
    ],
)
def test_island_lines_are_found(text: str, street: str) -> None:
    assert _streets(text) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "We went to Costa Coffee, near the station, and had a latte",  # every word English after a cue
        "Reception, next to the hall",  # one word: left to the run rules
        "The Old House, near the church is lovely",
        "Monday Morning, near the school gates",
        "Meet at the Olympic Village tomorrow",  # an article before the place
        "This dress is great for the summer village fete",
        "Our office moved to Canary Wharf area last year",  # every word English
        "I wore it at Green Village, near the church, for a wedding",
    ],
)
def test_venues_and_prose_are_no_address(text: str) -> None:
    assert _streets(text) == []
