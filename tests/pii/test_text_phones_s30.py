"""Phones after "new no." and "alt no." (issue 11, set 15: Maltese and Estonian 8-digit numbers in
backer messages and telephone triage): "no." is "number" after "new" or "alternative", while "no."
alone still precedes order numbers and "new no. of guests" an amount."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.text_patterns import phone_spans


def _phones(text: str) -> list[str]:
    return [text[a:b] for a, b, e in phone_spans(text, ("US", "GB")) if e == E.PHONE_NUMBER]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("has moved to 12, Triq il-Kbira, new no. 7912 4455", "7912 4455"),
        ("pref contact by e-mail, alt no. 5155 1478. daughter present", "5155 1478"),
        ("Lena, alt. no. 26 31 97 36 if the first is busy", "26 31 97 36"),
        ("tenant notified, new no. 9696.0034", "9696.0034"),
    ],
)
def test_new_and_alternative_numbers(text: str, number: str) -> None:
    assert _phones(text) == [number]


@pytest.mark.parametrize(
    "text",
    [
        "order no 4265 8343 shipped",
        "new no. of guests 1 250 000",
        "the alt no. 2 room seats 40",
        "invoice no. 4411 2290",
    ],
)
def test_order_numbers_and_amounts_stay(text: str) -> None:
    assert _phones(text) == []
