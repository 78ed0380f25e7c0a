"""Street lines of session 49's kind: a house number written ``n°12`` (Central African French), and the road words
of Tonga, Madagascar, Somalia and Hausa-speaking Nigeria written before the name."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.validators.places import is_street_any


@pytest.mark.parametrize(
    "value",
    [
        "n°14, rue Mbochi, Moungali",
        "Av. de la Paix n°7, Q/ Bacongo",
        "nº 9, avenue Kabila",
        "Lot 33, Hala Fatafehi",
        "Lot IVB 12, Lalana Andrianampoinimerina",
        "Waddada Makka Al-Mukarama 210",
        "Titin Bello 4",
    ],
)
def test_street_lines(value: str) -> None:
    assert is_street_any(value)


@pytest.mark.parametrize("value", ["hala madrid", "Hala 12 kg", "n°14", "Lalana", "titin 3 4"])
def test_not_street_lines(value: str) -> None:
    assert not is_street_any(value)
