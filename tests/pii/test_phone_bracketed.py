"""Phones with a bracketed country code or a short bracketed label (issue 11, set 37: hidden phone columns of
en_US, en_GB, de_DE, fr_FR... missed because a third of their cells read ``(+49) 030 183621`` or ended ``(h)``)."""

from __future__ import annotations

import numpy as np
import phonenumbers
import pytest

from safe_synthesizer.pii.phone_bracketed import unbracketed_phone
from safe_synthesizer.pii.phones import fake_phones


@pytest.mark.parametrize(
    ("value", "plain"),
    [
        ("(+49) 030 183621", "+49 030 183621"),
        ("(+1) (208) 811-3558", "+1 (208) 811-3558"),
        ("(+44) 07455 766398", "+44 07455 766398"),
        ("(+375) 8 029 892-24-77", "+375 8 029 892-24-77"),
        ("[+33] 06 12 10 54 18", "+33 06 12 10 54 18"),
        ("(0044) 07455 766398", "+44 07455 766398"),
        ("( +60 ) 012-319 4635", "+60 012-319 4635"),
        ("+4937567643 (h)", "+4937567643"),
        ("0612 345678 (m)", "0612 345678"),
        ("020 7946 0958 (mob.)", "020 7946 0958"),
        ("(+245) 443 436 653 (home)", "+245 443 436 653"),
    ],
)
def test_brackets_that_are_no_digits_go(value: str, plain: str) -> None:
    assert unbracketed_phone(value) == plain
    # What is left is an ordinary dialled or national number (the national ones here are possible British ones).
    parsed = phonenumbers.parse(plain, "GB")
    assert phonenumbers.is_possible_number(parsed)


@pytest.mark.parametrize(
    "value",
    [
        "+49 30 183621",  # no bracket at either end
        "(020) 7946 0958",  # an area code in brackets is the number's own
        "(+999) 12 34 56",  # no such calling code
        "(EUR) 1 250",  # a unit, not a code
        "1 250 (approx",  # unclosed
        "Ann Lee (home)",  # a label after no digit
        "(+49)",  # nothing after the code
        "(+44) Mobile",  # words after the code
        "",
    ],
)
def test_other_values_are_left_alone(value: str) -> None:
    assert unbracketed_phone(value) == value


def test_value_is_returned_as_given_when_unchanged() -> None:
    # The caller compares by identity of text: unchanged values come back exactly, spaces included.
    assert unbracketed_phone("  +49 30 183621 ") == "  +49 30 183621 "


def test_fakes_keep_the_brackets_and_are_valid() -> None:
    # The fakes need no unwrapping: brackets, trunk prefix and labels stay, the number is valid in its country.
    values = ["(+49) 01513 8328480", "(+44) 07455 766398", "(+1) (208) 811-3558", "+4937567643 (h)"]
    fakes = fake_phones(values, np.random.default_rng(0), region="DE", elsewhere=True)
    for value, fake in zip(values, fakes, strict=True):
        assert fake != value
        assert fake[:5] == value[:5] or value.endswith("(h)")
        assert phonenumbers.is_valid_number(phonenumbers.parse(unbracketed_phone(fake), "DE"))
