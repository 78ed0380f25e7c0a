"""Zulu and Xhosa street words after the street's name, with the house number first (session 43)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.text_street_local import local_street_spans


def _streets(text: str) -> list[str]:
    return [text[a:b] for a, b, _ in local_street_spans(text)]


@pytest.mark.parametrize(
    ("text", "street"),
    [
        ("Delivery to 12 Voortrekker Indlela before noon", "12 Voortrekker Indlela"),
        ("She moved to 7 Church Isitrato, iKapa.", "7 Church Isitrato"),
        ("Stall at 3 Market Ithafa on Saturdays", "3 Market Ithafa"),
    ],
)
def test_zulu_and_xhosa_street_words(text: str, street: str) -> None:
    assert _streets(text) == [street]


def test_the_word_without_a_house_number_is_no_address() -> None:
    assert _streets("Ngiyabonga, indlela ende kakhulu") == []
