"""The chain reader of phone cells: keypad letters, exit codes in brackets, mixed separators, a calling code after
a word, and what it refuses (dates, amounts, decimals, codes)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.phone_cell_chains import keypad_digits, number_keys, read_chains


def _digits(cell: str) -> list[str]:
    reading = read_chains(cell)
    assert reading is not None, cell
    return [n.digits for n in reading.numbers]


def test_keypad_digits_follow_the_keypad() -> None:
    assert keypad_digits("0800 FLOWERS") == "0800 3569377"
    assert keypad_digits("PQRS WXYZ") == "7777 9999"


@pytest.mark.parametrize(
    ("cell", "digits"),
    [
        ("0611 48 QX TB", "0611487982"),  # letters in groups of their own
        ("(303) 555-0NM0", "3035550660"),  # letters among the digits
        ("0722 48KD3W", "0722485339"),  # letters glued to the digits
        ("0800 FLOWERS", "08003569377"),  # a vanity word
    ],
)
def test_keypad_letters_are_read_as_digits(cell: str, digits: str) -> None:
    reading = read_chains(cell)
    assert reading is not None
    assert [n.digits for n in reading.numbers] == [digits]
    assert reading.numbers[0].spelled


@pytest.mark.parametrize(
    ("cell", "digits"),
    [
        ("(0033) 6 41 22 08 17", ["+33641220817"]),
        ("(001) 303-555-0199", ["+13035550199"]),
        ("+44 (0)20 7946 0958", ["+442079460958"]),
        ("Landesvorwahl 43, 6641234567", ["+436641234567"]),
        ("prefix 351: 912345678", ["+351912345678"]),
    ],
)
def test_calling_codes_written_any_way_dial_the_number(cell: str, digits: list[str]) -> None:
    assert _digits(cell) == digits
    assert read_chains(cell).numbers[0].dialled


@pytest.mark.parametrize(
    ("cell", "digits"),
    [
        ("0612-48.9921", ["0612489921"]),
        ("4 1 5 8 8 2 1 3 0 4", ["4158821304"]),
        ("09 417 3382 eller 22 11 40 50", ["094173382", "22114050"]),
        ("09 417 3382 OR 22 11 40 50", ["094173382", "22114050"]),
        ("22 11 40 50 lokal 17", ["22114050"]),
    ],
)
def test_separators_words_and_extensions(cell: str, digits: list[str]) -> None:
    assert _digits(cell) == digits


@pytest.mark.parametrize(
    "cell",
    [
        "14.03.1991",
        "03 11 2026",
        "2026 11 03",
        "35.675835",
        "1934.0",
        "1119.537",
        "2001-001",
        "12 345",
        "1 234,56",
        "AB12345",
        "12345678Z",
        "500kg",
        "DL-2026-0529",
        "SW1A 1AA",
        "09:30",
        "1998",
        "Invoice 2024-113, paid in full by card",
        "mail@example.org 0612345678",
        "解放南路37号 | 吐鲁番市 | 838000",
    ],
)
def test_what_no_plan_writes_is_refused(cell: str) -> None:
    assert read_chains(cell) is None


def test_letter_groups_are_kept_for_the_label_check() -> None:
    assert read_chains("4417902 LP").letter_groups == ("LP",)
    assert read_chains("0612345678").letter_groups == ()


def test_written_tells_a_phone_layout_from_a_bare_run() -> None:
    assert read_chains("061 234 5678").written
    assert not read_chains("0612345678").written


def test_number_keys_read_each_number_and_its_national_part() -> None:
    assert number_keys("09 417 3382 eller 22 11 40 50") == ["94173382", "22114050"]
    assert number_keys("(00351) 21 471 8830") == ["351214718830", "214718830"]
    assert number_keys("0612345678") == []
