"""A number dialled behind a network service code (caller id withheld): the code read by its grammar."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.phone_service_codes import behind_code, service_code, without_code


@pytest.mark.parametrize(
    ("cell", "number"),
    [
        ("#31#015746184562", "015746184562"),
        ("*31#+447406858784", "+447406858784"),
        ("*#31#0612345678", "0612345678"),
        ("*67 (201) 935-4972", "(201) 935-4972"),
        ("*82 212-555-0100", "212-555-0100"),
        ("141 07406 858784", "07406 858784"),
        ("1831 0412 345 678", "0412 345 678"),
        ("#31#030767542", "030767542"),
    ],
)
def test_the_number_behind_a_service_code(cell: str, number: str) -> None:
    assert without_code(cell) == number
    assert behind_code(cell, "FAKE") == cell[: service_code(cell)] + "FAKE"


@pytest.mark.parametrize(
    "cell",
    [
        "#1234567890",  # an order number's hash
        "*6712125550100",  # digits glued to digits: one number
        "PCS 7027",  # a catalogue number
        "12 0123456",  # too short behind an access code
        "5000112637922",  # a barcode: an access code needs its space
        "141 7406858784",  # no trunk 0 behind the access code
        "#31#",  # no number
        "#31#12345",  # too few digits
        "*67 call me",  # words
        "0612345678",
        "4019 0045 5708 7684",  # a card in blocks of four
        "169 059 740 609 192",  # an id in blocks of three
        "199 012 905 249 1",
        "",
    ],
)
def test_no_code_is_read_where_none_is_written(cell: str) -> None:
    assert service_code(cell) == 0
    assert without_code(cell) == cell
    assert behind_code(cell, "FAKE") == "FAKE"
