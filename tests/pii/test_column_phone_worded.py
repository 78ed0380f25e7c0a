"""Phone columns whose cells name themselves phones in words (column_phone_worded)."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.column_phone_worded import retag, worded_phone_score


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("tel +44 7738 856828", "+44 7738 856828 (tel)"),
        ("☎ 07407 604398", "07407 604398 (tel)"),
        ("+33 6 54 50 00 07 - home", "+33 6 54 50 00 07 (tel)"),
        ("+34 612 73 37 97 / WhatsApp", "+34 612 73 37 97 (tel)"),
        ("06 36 62 79 07 (WA)", "06 36 62 79 07 (tel)"),
        ("21576 ext. 469", "21576 (tel)"),
        ("☎ 0501 976 08 72 ext. 3 (WA)", "0501 976 08 72 (tel)"),
    ],
)
def test_retag_takes_phone_words_off(cell: str, expected: str) -> None:
    assert retag(cell) == expected


@pytest.mark.parametrize("cell", ["07407 604398", "12345 (paid)", "No. 12345", "m 12345", "order 4471 - east", "n/a"])
def test_retag_leaves_cells_without_phone_words(cell: str) -> None:
    assert retag(cell) is None


def test_spanish_column_of_worded_numbers() -> None:
    values = [
        "Mob: 610 63 34 11", "+34 635 50 86 59", "M: 612 37 17 92", "+34 624 10 62 44 - home",
        "+34 639 03 99 23 (work)", "☎ +34 612 06 93 34", "+34 612 73 37 97 / WhatsApp", "697 97 67 96 (WA)",
        "607 00 16 13 (work)", "666 73 92 61 / WhatsApp", "Tel. +34 632 68 61 43", "612 97 37 63 - home",
        "tel 647 68 73 83",
    ]  # fmt: skip
    score = worded_phone_score(values)
    assert score is not None and score.values_decide and score.share >= 0.9


def test_turkish_column_with_slashes_and_messengers() -> None:
    values = [
        "tel 0504 524 97 46", "M: +90 501 616 98 70", "0501 521 40 50 / WhatsApp", "+90 540 569 19 39 / WhatsApp",
        "0503 213 05 87 - home", "0501/9052935", "☎ 0503 213 05 87", "0501/9760872", "Ph: 0501 413 36 42",
        "0540 569 19 39 (WA)", "+90 501 800 39 66 - home",
    ]  # fmt: skip
    score = worded_phone_score(values)
    assert score is not None and score.share >= 0.9


def test_solomon_islands_extensions_without_a_code() -> None:
    values = ["26685", "21576 ext. 469", "25067", "20845", "21256 ext. 380", "29736 ext. 448", "22688", "22864",
              "20845 ext. 418", "25192", "20732 ext. 90", "28730 ext. 317", "", "29770"]  # fmt: skip
    assert worded_phone_score(values) is not None


def test_columns_without_phone_words_are_left_to_the_other_tests() -> None:
    assert worded_phone_score(["0612345678", "0698765432", "0611223344"]) is None
    assert worded_phone_score(["4471 (paid)", "5521 (paid)", "6631 (due)", "7781 (paid)", "1234 (due)"]) is None


def test_order_numbers_with_a_stray_phone_word_are_no_phones() -> None:
    # One cell says "tel", the rest are order numbers valid in no plan as a column.
    values = ["ORD-5512", "ORD-5513", "tel 0612345678", "ORD-5514", "ORD-5515", "ORD-5516"]
    assert worded_phone_score(values) is None
