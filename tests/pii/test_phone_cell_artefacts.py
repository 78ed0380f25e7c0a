"""Phone cells undressed of their spreadsheet and typography marks (``clean``) and fakes dressed back (``dress``)."""

from __future__ import annotations

import phonenumbers
import pytest

from safe_synthesizer.pii.phone_cell_artefacts import (
    any_artefact,
    clean,
    dress,
    has_artefact,
    same_length_text,
)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("015053\u2013343285", "015053-343285"),  # en dash
        ("311\u2212449\u22128381", "311-449-8381"),  # minus sign
        ("0690\u201407\u201495\u201447", "0690-07-95-47"),  # em dash
        ("+39\u00a0318\u00a0252\u00a08200", "+39 318 252 8200"),  # no-break spaces
        ("06\u202f12\u202f34\u202f56\u202f78", "06 12 34 56 78"),  # narrow no-break spaces
        ("06\u200912\u200934\u200956\u200978", "06 12 34 56 78"),  # thin spaces
        ("030\u200b1234567", "0301234567"),  # zero-width space
        ("\u200e+972 50-266-9237\u200f", "+972 50-266-9237"),  # direction marks
        ("\uff10\uff13\uff10 \uff11\uff12\uff13\uff14\uff15\uff16\uff17", "030 1234567"),  # full-width digits
        ("\u0660\u0665\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667", "0501234567"),  # Arabic-Indic digits
        ("'(876) 857-5773", "(876) 857-5773"),  # Excel's text mark
        ('="0612345678"', "0612345678"),  # Excel's formula quoting keeps the leading 0
        ("611 486 937;", "611 486 937"),  # a list's trailing separator
        ("+34 817 08 55 45\n+34 609 15 27 97", "+34 817 08 55 45 / +34 609 15 27 97"),  # two lines
        ("222 221 63 / '5074 4560", "222 221 63 / 5074 4560"),  # a text mark on the second number
        ("393112809831.0", "+393112809831"),  # a float's tail, the lost + put back (valid Italian mobile)
        ("3.93112809831e+11", "+393112809831"),  # the exponent form
        ("0612345678.0", "0612345678"),  # the leading 0 is never lost
    ],
)
def test_clean_undoes_each_mark(cell: str, expected: str) -> None:
    assert clean(cell) == expected


@pytest.mark.parametrize(
    "cell",
    ["0612 34 56 78", "+44 20 7946 0958", "(02) 3772 7629", "611 486 937", "119 716 575 87", "n/a", "", "12500.0"],
)
def test_cells_without_a_mark_are_returned_as_they_are(cell: str) -> None:
    assert clean(cell) == cell


def test_float_tail_keeps_digits_that_are_no_valid_dialled_number() -> None:
    # 20240101 is no phone: the tail goes, no + is made up; a short run keeps its tail (an amount).
    assert clean("20240101.0") == "20240101"
    assert clean("12345.0") == "12345.0"
    assert clean("99999999999.0") == "99999999999"


def test_has_artefact_is_the_fast_path() -> None:
    assert not has_artefact("0612 34 56 78")
    assert has_artefact("0612\u00a034 56 78")
    assert has_artefact("'0612 34 56 78")
    assert has_artefact("447911123456.0")


@pytest.mark.parametrize(
    ("original", "fake", "expected"),
    [
        ("015053\u2013343285", "015117-902144", "015117\u2013902144"),
        ("'(876) 857-5773", "(876) 858-7858", "'(876) 858-7858"),
        ("393112809831.0", "+393275214647", "393275214647.0"),
        ("3.93112809831e+11", "+393829407584", "3.93829407584e+11"),
        ("+39\u00a0318\u00a0252\u00a08200", "+39 327 678 2582", "+39\u00a0327\u00a0678\u00a02582"),
        (
            "\uff10\uff13\uff10 \uff11\uff12\uff13\uff14\uff15\uff16\uff17",
            "033 7455804",
            "\uff10\uff13\uff13 \uff17\uff14\uff15\uff15\uff18\uff10\uff14",
        ),
        (
            "+34 817 08 55 45\n+34 609 15 27 97",
            "+34 850 41 97 90 / +34 651 92 71 39",
            "+34 850 41 97 90\n+34 651 92 71 39",
        ),
        ('="0612345678"', "0698765432", '="0698765432"'),
        ("0612 34 56 78", "0698 76 54 32", "0698 76 54 32"),  # no mark: the fake as drawn
    ],
)
def test_dress_writes_the_fake_in_the_original_dress(original: str, fake: str, expected: str) -> None:
    assert dress(original, fake) == expected


def test_dress_lays_marks_over_a_fake_of_another_length() -> None:
    assert dress("030\u2013872206", "0301-8722066") == "0301\u20138722066"
    assert dress("'030\u00a01234567", "0301 12345678") == "'0301\u00a012345678"


def test_dressed_fake_of_a_float_cell_is_a_valid_number_read_back() -> None:
    out = dress("393112809831.0", "+393275214647")
    number = phonenumbers.parse("+" + out.removesuffix(".0"), None)
    assert phonenumbers.is_valid_number(number)


def test_same_length_text_keeps_every_position() -> None:
    text = "Ring 015053\u2013343285 or +39\u00a0318\u00a0252\u00a08200."
    out = same_length_text(text)
    assert len(out) == len(text)
    assert out == "Ring 015053-343285 or +39 318 252 8200."


def test_any_artefact_reads_a_whole_column_at_once() -> None:
    plain = [f"+1 (555) {i % 1000:03d}-{i:04d}" for i in range(2000)]
    assert not any_artefact(plain)
    for marked in ("015053\u2013343285", "'0612 34 56 78", "393112809831.0", "3.93112809831e+11", "611 486 937;",
                   '="0612345678"', "0612\n0613"):  # fmt: skip
        assert any_artefact([*plain[:5], marked, *plain[5:10]])
        assert any_artefact([marked])
