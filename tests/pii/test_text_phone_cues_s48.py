"""``new mobile`` is as strong a cue as ``mobile`` (set 32: Latvian ``New mobile 21 762 162`` was kept)."""

import pytest

from safe_synthesizer.pii.text_patterns import phone_spans
from safe_synthesizer.pii.text_phone_cues import WEAK_CUES


def test_new_mobile_is_not_weak() -> None:
    assert "new mobile" not in WEAK_CUES
    assert "new number" in WEAK_CUES  # "the new number of guests is ..." stays weak


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Client instructs: new mobile 26 780 468; do not pass on.", "26 780 468"),
        ("New mobile 22 418 377 from Monday.", "22 418 377"),
    ],
)
def test_new_mobile_number(text: str, number: str) -> None:
    assert [text[a:b] for a, b, _ in phone_spans(text, ("US", "GB"))] == [number]


def test_new_number_of_guests_stays() -> None:
    assert phone_spans("the new number of guests is 1 250 000", ("US", "GB")) == []
