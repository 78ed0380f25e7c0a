"""A spreadsheet formula over string literals is read as the text it evaluates to, and a fake goes back into it."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.cell_formula_literals import evaluate_text_formula, formula_layer


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ('=CONCATENATE("Gail"," ","Harvey")', "Gail Harvey"),
        ('=concatenate("ingela"," ","nordlund")', "ingela nordlund"),
        ('=CONCATENATE("Ana";" ";"Berg")', "Ana Berg"),
        ('=TRIM("Վազգեն Հակոբյան ")', "Վազգեն Հակոբյան"),
        ('=trim("何志明 ")', "何志明"),
        ('="Ana"&" "&"Berg"', "Ana Berg"),
        ('=PROPER("ana berg")', "Ana Berg"),
        ('=UPPER(TRIM(" ana  berg "))', "ANA BERG"),
        ('=TEXTJOIN(" ",TRUE,"Ana","","Berg")', "Ana Berg"),
        ('=_xlfn.CONCAT("Ana"," ","Berg")', "Ana Berg"),
        ('=UPPER("o""neil")', 'O"NEIL'),
    ],
)
def test_text_functions_of_literals_are_evaluated(cell: str, value: str) -> None:
    assert evaluate_text_formula(cell) == value


@pytest.mark.parametrize(
    "cell",
    [
        "=A1&B1",
        '=A1&" "&B1',
        '=LEFT("Ana",2)',
        "=SUM(1,2)",
        '=VLOOKUP("Ana",A:B,2)',
        "Ana Berg",
        '=CONCATENATE("Ana"',
        "",
    ],
)
def test_references_unknown_functions_and_plain_cells_are_not_evaluated(cell: str) -> None:
    assert evaluate_text_formula(cell) is None
    assert formula_layer(cell) is None


def test_the_fake_is_spread_over_the_literals_that_held_letters() -> None:
    text, dress, kind = formula_layer('=CONCATENATE("Moisés"," ","Vilaplana Lumbreras")')
    assert (text, kind) == ("Moisés Vilaplana Lumbreras", "formula")
    assert dress("Lena Ruiz Soto") == '=CONCATENATE("Lena"," ","Ruiz Soto")'
    assert evaluate_text_formula(dress("Lena Ruiz Soto")) == "Lena Ruiz Soto"


def test_the_literal_keeps_its_spaces_and_case() -> None:
    assert formula_layer('=TRIM("Ana Berg ")')[1]("Lena Fischer") == '=TRIM("Lena Fischer ")'
    assert formula_layer('=PROPER("ana berg")')[1]("Lena Fischer") == '=PROPER("lena fischer")'
    assert formula_layer('="Ana"&" "&"Berg"')[1]("Lena Fischer") == '="Lena"&" "&"Fischer"'


def test_a_quote_in_the_fake_is_doubled() -> None:
    dressed = formula_layer('=TRIM("Ana Berg")')[1]('Lena "Lu" Fischer')
    assert evaluate_text_formula(dressed) == 'Lena "Lu" Fischer'
