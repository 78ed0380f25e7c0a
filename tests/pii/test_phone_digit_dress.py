"""Phone digits in dress: brackets of any kind, letters for digits, a dialler's pauses (phone_digit_dress)."""

from __future__ import annotations

from safe_synthesizer.pii.column_sample import ValueSample
from safe_synthesizer.pii.phone_digit_dress import (
    digit_dress_sample,
    dressed_cells,
    redress,
    undressed_digits,
    unpaused,
)


def test_brackets_of_any_kind_around_a_group_become_round() -> None:
    assert undressed_digits("[0542] 761 25 33") == "(0542) 761 25 33"
    assert undressed_digits("{07408} 086979") == "(07408) 086979"
    assert undressed_digits("<030> 12 34 56") == "(030) 12 34 56"
    assert undressed_digits("note. [201] 247-2352") == "note. (201) 247-2352"


def test_letters_for_digits_inside_numbers_only() -> None:
    assert undressed_digits("(O412) 617 75 71") == "(0412) 617 75 71"
    assert undressed_digits("O6 85 O5 29 3O") == "06 85 05 29 30"
    assert undressed_digits("0178 30012498 (sonst O3O 849455)") == "0178 30012498 (sonst 030 849455)"
    assert undressed_digits("31O 8O64 l2") == "310 8064 12"
    # Greek and Cyrillic O as well
    assert undressed_digits("\u041e612 345 678") == "0612 345 678"


def test_words_codes_and_short_texts_keep_their_letters() -> None:
    for text in ("O-Ring 12", "Olga 123456", "ligar 912 345 678 o mais cedo", "O 12345 O", "IO1", "Room O1 at 3pm",
                 "Geburtstag: 27|12|1961.", "C.I. n. RRPNBT39R10D393I"):  # fmt: skip
        assert undressed_digits(text) == text
    assert len(undressed_digits("x [201] 247-2352 O")) == len("x [201] 247-2352 O")


def test_undressing_is_stable() -> None:
    for text in ("[0542] 761 25 33", "(O412) 617 75 71", "O6 85 O5 29 3O", "+44 7403 178062,,201"):
        once = unpaused(undressed_digits(text))
        assert unpaused(undressed_digits(once)) == once


def test_dialler_pauses_before_an_extension() -> None:
    assert unpaused("+44 7403 178062,,201") == "+44 7403 178062 x201"
    assert unpaused("0612 345678p23") == "0612 345678x23"
    assert unpaused("0612345678;;12") == "0612345678 x12"
    for amount in ("1234567,89", "12,345", "2001-001", "35.675835"):
        assert unpaused(amount) == amount


def test_sample_rewritten_only_where_a_phone_comes_out() -> None:
    values = ["[0542] 761 25 33", "O532 817 74 37", "IO-2024-118", "0532 958 08 77"]
    out = digit_dress_sample(ValueSample(values, {v: 1 for v in values}, 4))
    assert out is not None
    assert out.values == ["(0542) 761 25 33", "0532 817 74 37", "IO-2024-118", "0532 958 08 77"]
    assert values[0] == "[0542] 761 25 33"  # the sample handed in is not changed
    plain = ["0532 958 08 77", "0542 269 71 92"]
    assert digit_dress_sample(ValueSample(plain, {v: 1 for v in plain}, 2)) is None


def test_fakes_keep_the_dress() -> None:
    assert redress("[0542] 761 25 33", "0532 418 07 19") == "[0532] 418 07 19"
    assert redress("O121 2O8 9O17", "0161 496 0341") == "O161 496 0341"
    assert redress("+44 7403 178062,,201", "+44 7700 900123 x455") == "+44 7700 900123,,455"
    assert redress("[0542] 761 25 33", "+90 532 418 07 19") == "+90 532 418 07 19"  # digits differ: the fake
    assert dressed_cells(["O6 12 74 56 93", "06 12 32 10 72"]) == {"O6 12 74 56 93": "06 12 74 56 93"}
