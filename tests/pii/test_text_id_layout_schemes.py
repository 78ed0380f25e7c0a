"""Ghana Cards, Emirates IDs and old Sri Lankan NICs are ids in prose without an id word (text_id_schemes)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_id_schemes import extra_id_scheme
from safe_synthesizer.pii.text_patterns import national_id_spans


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Walk-in client showed GHA-712345678-1 and signed.", "GHA-712345678-1"),
        ("renewed card 784-1967-2048898-8 on Sunday", "784-1967-2048898-8"),
        ("Customer 853202937V collected the parcel.", "853202937V"),
    ],
)
def test_distinctive_layout_ids_in_prose(text: str, value: str) -> None:
    assert extra_id_scheme(value) is not None and extra_id_scheme(value)[1]
    assert value in [text[s:e] for s, e, _ in national_id_spans(text)]


@pytest.mark.parametrize(
    "text",
    [
        "ref 784-1967-2048898-9 closed",  # Luhn digit wrong
        "lot 854202937V shipped",  # no day 420 in a year
        "ticket GHB-712345678-1 open",
    ],
)
def test_near_misses_stay_no_ids(text: str) -> None:
    assert national_id_spans(text) == []
