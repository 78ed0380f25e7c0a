"""The address-cell reader: parts on any separator, each read by its tokens, in any order and script."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.address_cell_reader import read_address


@pytest.mark.parametrize(
    "value",
    [
        "Cardiff – 4 Heol y Bont",  # town first, spaced dash
        "7 Mill Lane (CF10 2AB Cardiff)",  # postcode and town in brackets
        "7 Mill Lane | CF10 2AB | Cardiff",  # bars
        "Hải Phòng – Số 12 đường Lê Lợi",  # a house-number word and a street word of Vietnamese
        "Block 9, House 21 | Massawa",  # a building's units and a home word
        "opposite the water tower, Gisenyi",  # a landmark
        "Lot 42, Ambohipo (101 Antananarivo)",  # a plot and a postcode beside its town
        "Unit 4, Room 12, Adamstown, Pitcairn PCRN 1ZZ",  # units beside a territory's postcode
        "কর্ণফুলী রোড ১২, চট্টগ্রাম, ৪০০০",  # Bengali street word, Bengali digits
    ],
)
def test_addresses_in_new_layouts_are_read_as_addresses(value: str) -> None:
    reading = read_address(value)
    assert reading is not None and reading.address and reading.strong


@pytest.mark.parametrize("value", ["Postboks 77", "Hus 4", "Birkenweg 12", "12 Nandi Umgwaqo"])
def test_home_lines_alone_are_strong_street_lines(value: str) -> None:
    reading = read_address(value)
    assert reading is not None and reading.street_line and reading.strong


@pytest.mark.parametrize(
    "value",
    ["Size 42, Blue", "Gate 12", "Room 12, Building B", "WEBER, Klaus", "Paracetamol 500mg, Tablet", "Harvey - Patel"],
)
def test_products_rooms_and_names_are_no_strong_address(value: str) -> None:
    reading = read_address(value)
    assert reading is None or not reading.strong


def test_long_number_is_the_house_when_the_cell_has_its_postcode() -> None:
    reading = read_address("2210 Gandhi | 411001 | Pune")
    assert reading is not None
    assert reading.kinds == ("numbered", "postcode", "locality")
    assert reading.strong


def test_a_box_word_and_number_is_a_home_and_a_long_landmark_is_read() -> None:
    assert read_address("BP 8794").street_line
    assert read_address("CP 1234").kinds == ("home",)
    assert read_address("SE-114 55").kinds == ("postcode",)
    assert read_address("à côté de la mosquée de Koira Kano, Niamey").address
    assert not read_address("The quick brown fox jumps over the lazy dog").address
