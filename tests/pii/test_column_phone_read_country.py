"""Phone columns of the table's country with words or dialled codes in their cells (column_phone_read_country)."""

from __future__ import annotations

from safe_synthesizer.pii.column_phone_read_country import national_numbers


def test_words_and_dialled_codes_read_as_national_numbers() -> None:
    values = ["Vanuatu: 591 5041", "+678 591 8578", "591 6080 - ask for Eileen", "591 5041"]
    assert national_numbers(values, "VU") == ["5915041", "5918578", "5916080"]


def test_trunk_prefix_put_back_after_a_bracketed_code() -> None:
    assert national_numbers(["(90) 545 612 05 36", "+90 505 590 21 86"], "TR") == ["05456120536", "05055902186"]


def test_other_countries_or_prose_are_none() -> None:
    assert national_numbers(["+44 7406 858784", "+44 7406 858785", "591 6080"], "VU") is None
    assert national_numbers(["all paid", "no show", "rang twice", "591 6080"], "VU") is None


def test_region_named_or_dialled_by_the_cells_else_the_tables() -> None:
    from safe_synthesizer.pii.column_phone_read_country import column_region

    assert column_region(["Vanuatu: 591 5041", "591 6080"], None) == "VU"
    assert column_region(["+90 505 590 21 86", "(90) 545 612 05 36"], "GB") == "TR"
    assert column_region(["591 6080"], "GB") == "GB"
