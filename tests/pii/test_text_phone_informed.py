"""Numbers in brackets right after a verb of telling (``text_phone_informed``)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_phone_informed import informed_phone_spans


def _found(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in informed_phone_spans(text, (), ("US",))]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Kennel maid Florence noticed limping; owner informed (5913701). Pick-up by Nikolai.", "5913701"),  # VU
        ("Kennel maid Minik noticed limping; owner informed (221969).", "221969"),  # Greenland
        ("Kennel maid Tony noticed limping; owner informed (51771). Pick-up by Troyd.", "51771"),  # Falklands
        ("Son notified (22 19 69) at noon.", "22 19 69"),
    ],
)
def test_a_number_in_brackets_after_a_verb_of_telling_is_a_phone(text: str, number: str) -> None:
    assert _found(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "Owner informed (2019).",  # a year
        "We were told (12.05.24) to wait.",  # a date
        "Was told (20240512).",  # a compact date
        "Opening hours were advised (1300-1500).",  # a range
        "Police informed (ref 12345).",  # a reference
        "Owner informed (1234).",  # four digits
        "Kennel maid noticed limping (5913701).",  # no verb of telling before the bracket
    ],
)
def test_other_brackets_are_left(text: str) -> None:
    assert _found(text) == []
