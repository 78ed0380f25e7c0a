"""A phone number shown as an amount: the thousands grouping read by the number format's grammar."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.phone_thousands import grouping_mark, regrouped, ungrouped


@pytest.mark.parametrize(
    ("cell", "digits"),
    [
        ("7,406,858,784", "7406858784"),
        ("2,085,047,424", "2085047424"),
        ("15.123.903.310", "15123903310"),
        ("30.721.637", "30721637"),
        ("3'214'158'710", "3214158710"),
    ],
)
def test_grouped_digits_are_one_number(cell: str, digits: str) -> None:
    assert ungrouped(cell) == digits


@pytest.mark.parametrize(
    "cell",
    [
        "1,234,567",  # seven digits: an amount
        "481,000,000",  # a rounded amount
        "1,234.567,890",  # two separators
        "1,234,567.89",  # a decimal part
        "12,34,567,890",  # groups not of three (Indian lakh grouping is no phone format either)
        "1234,567,890",  # four digits lead
        "07406 858784",
        "+49 1574 6184562",
        "PCS 7027",
        "",
    ],
)
def test_other_cells_are_left(cell: str) -> None:
    assert grouping_mark(cell) is None
    assert ungrouped(cell) == cell


def test_the_fake_is_grouped_as_the_original() -> None:
    assert regrouped("15.123.903.310", "15111234567") == "15.111.234.567"
    assert regrouped("2,085,047,424", "(201) 555-0123") == "2,015,550,123"
    assert regrouped("7406858784", "07700 900123") == "07700 900123"  # no grouping: the fake as drawn
