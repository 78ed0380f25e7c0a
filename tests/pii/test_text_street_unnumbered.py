"""English street names without a house number after a placing cue (Mauritian and Caribbean addresses)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_unnumbered import unnumbered_street_spans
from safe_synthesizer.pii.text_streets import street_spans


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in unnumbered_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Greetings from Pamplemousses Road!", "Pamplemousses Road"),
        ("Address: Sir Edgar Laurent Street, Port Louis", "Sir Edgar Laurent Street"),
        ("Parcel to Le Hochet Avenue after 6pm please", "Le Hochet Avenue"),
        ("Her aunt lives on Morcellement Lane.", "Morcellement Lane"),
    ],
)
def test_streets_placed_by_a_cue(text: str, street: str) -> None:
    assert _streets(text) == [street]


@pytest.mark.parametrize(
    "text",
    [
        "Welcome to the Road Safety course.",
        "I walked to Main Street and back",  # the phrase goes on: no address line
        "The Street Fighter game",
        "Turn left at The Avenue Theatre",
        "Meet at St Paul.",  # no street type
    ],
)
def test_no_street(text: str) -> None:
    assert _streets(text) == []


def test_street_spans_reads_it() -> None:
    text = "Sending love from Pamplemousses Road!"
    assert [text[a:b] for a, b, _ in street_spans(text)] == ["Pamplemousses Road"]
