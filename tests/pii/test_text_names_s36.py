"""Errand cues of deliveries and marketplace messages before a listed given name and an unlisted surname
(session 36)."""

import pytest

from safe_synthesizer.pii.text_name_lists import family_names, given_names
from safe_synthesizer.pii.text_names import layout_name_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in layout_name_spans(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hi, order placed under Rosária Tchimuku, never arrived", "Rosária Tchimuku"),
        ("ring twice, parcel for Esperança Mbala, side door", "Esperança Mbala"),
        ("Leave it with my neighbour Domingas Sapalo next door", "Domingas Sapalo"),
        ("FOR SALE: pram. Collect from Adérito Capapelo, text after 6pm.", "Adérito Capapelo"),
    ],
)
def test_errand_cue_names(text: str, name: str) -> None:
    assert name in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Collect from Victoria Station after 6",
        "parcel for Grace Kitchen",
        "deliver to Mary Street",
        "text Mark Twain Hotel",
        "order for Rose Gold earrings",
    ],
)
def test_errand_cue_places_and_things_stay(text: str) -> None:
    assert _found(text) == []


def test_moldovan_and_angolan_names_listed() -> None:
    assert {"veaceslav", "olesea", "domingas"} <= given_names()
    assert {"ceban", "țurcanu", "quissanga"} <= family_names()
