"""Keypad letters in phone cells read as their digits before the cell is faked."""

from __future__ import annotations

from safe_synthesizer.pii.fake_phone_spelled import spelled_phone_cells


def test_letters_spelling_a_valid_number_are_read_as_digits() -> None:
    got = spelled_phone_cells(["0611 48 QX TB", "(303) 555-0NM0", "0611 48 79 82"], "FR")
    assert got == {"0611 48 QX TB": "0611 48 79 82"}
    assert spelled_phone_cells(["(303) 555-0NM0"], "US") == {"(303) 555-0NM0": "(303) 555-0660"}


def test_a_label_after_a_whole_number_is_no_keypad_letters() -> None:
    assert spelled_phone_cells(["0612345678 MOB", "06 12 34 56 78 HOME"], "FR") == {}


def test_codes_with_letters_are_left() -> None:
    assert spelled_phone_cells(["4417902 LP", "1012 AB", "12345678Z"], "NL") == {}


def test_an_exit_code_in_brackets_is_dialled_with_a_plus() -> None:
    got = spelled_phone_cells(["(00351) 21 471 8830", "21 471 8830"], "PT")
    assert got == {"(00351) 21 471 8830": "+351 21 471 8830"}


def test_the_columns_own_country_is_read_when_the_run_is_elsewhere() -> None:
    cells = ["0995 35 TU J1", "0888 21 45 67", "0999 12 34 56", "0884 41 90 12", "0991 77 88 99"]
    got = spelled_phone_cells(cells, "US")
    assert got == {"0995 35 TU J1": "0995 35 88 51"}


def test_an_extension_word_after_a_whole_number_is_no_keypad_letters() -> None:
    # ``089 6512203 DW 179``: a Munich number, the extension word ``DW`` and its number (the cell readers keep both).
    assert spelled_phone_cells(["089 6512203 DW 179", "089 4712345"], "DE") == {}
    assert spelled_phone_cells(["06 53 22 RJ 01", "06 12 34 56 78"], "FR") == {"06 53 22 RJ 01": "06 53 22 75 01"}
