"""The dial string reader: an outside line, post-dial digits, a sibling line's suffix, a label and HTML character
references taken off a phone cell, and written again around a fake; what is no dial string left as it is."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.phone_dial_string import has_dial_marks, read_dial, redialled, undialled


@pytest.mark.parametrize(
    ("cell", "number"),
    [
        ("9, 07406 858784", "07406 858784"),
        ("0,0162 357 013", "0162 357 013"),
        ("0 06 12 25 74 33", "06 12 25 74 33"),
        ("9 (201) 555-0123", "(201) 555-0123"),
        ("9,,+44 7406 858784", "+44 7406 858784"),
        ("07406858784p12", "07406858784"),
        ("07406858784w3p12", "07406858784"),
        ("0612345678;1234", "0612345678"),
        ("07422 517789/92", "07422 517789"),
        ("(832) 743-4404/09", "(832) 743-4404"),
        ("612 18 78 95 (Movistar)", "612 18 78 95"),
        ("+86 138 0013 8000 (中国移动)", "+86 138 0013 8000"),
        ("&#43;371 26 298 556", "+371 26 298 556"),
        ("&#x2B;44 7406 858784", "+44 7406 858784"),
    ],
)
def test_the_number_of_a_dial_string(cell: str, number: str) -> None:
    assert has_dial_marks(cell)
    assert undialled(cell) == number


@pytest.mark.parametrize(
    "cell",
    [
        "07406 858784",  # a plain number: nothing to take off
        "(201) 555-0123",
        "1 (201) 555-0123",  # a one-digit country code, no outside line
        "7 (495) 123-45-67",
        "1 05 06 18 639 887 16",  # a French NIR's sex digit
        "0 800 12 34 56",  # the leading 0 belongs to the number
        "1234567,89",  # an amount with a decimal comma
        "4500123456/10",  # an order line
        "12345678 (EUR)",  # an amount and its currency
        "12/05/2024",
        "LB-0412",
        "-1.25 / +0.50",
        "7,406,858,784",  # a thousands grouping (phone_thousands reads it)
        "07422 517789/789012",  # a sibling as long as the last group is a second number
        "Order 662-4455 (paid)",
    ],
)
def test_what_is_no_dial_string_stays(cell: str) -> None:
    assert undialled(cell) == cell


def test_parts_are_read() -> None:
    d = read_dial("9, 07406 858784/85p12 (EE)")
    assert d is not None
    assert (d.access, d.number, d.sibling, d.postdial, d.label) == ("9, ", "07406 858784", "/85", "p12", " (EE)")


def test_the_fake_keeps_the_form() -> None:
    assert redialled("9, 07406 858784", "07700 900123") == "9, 07700 900123"
    assert redialled("07406858784p12", "07700900123") == "07700900123p12"
    assert redialled("612 18 78 95 (Movistar)", "699 12 34 56") == "699 12 34 56 (Movistar)"
    assert redialled("&#43;44 7406 858784", "+44 7700 900123") == "&#43;44 7700 900123"


def test_the_sibling_is_the_fakes_neighbour() -> None:
    # the original's step (89 -> 92: +3) from the fake's own tail; no digit of the original is left
    assert redialled("07422 517789/92", "07700 900123") == "07700 900123/26"
    assert redialled("06 12451299/02", "06 98765432") == "06 98765432/35"


def test_a_cell_without_marks_costs_no_parse() -> None:
    assert not has_dial_marks("")
    assert not has_dial_marks("0612345678")
    assert redialled("0612345678", "0698765432") == "0698765432"
