"""Phone cells with a slash after the area code (``0694/20 01 46``): read as phones only in a column that says
phones by itself; dates, case, tax and month/year numbers with slashes are left as they are."""

from __future__ import annotations

import numpy as np
import pytest

from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_phone_slashed import unslash_cell, unslashed_phone_sample
from safe_synthesizer.pii.column_sample import ValueSample


def _sample(values: list[str]) -> ValueSample:
    return ValueSample(values, np.ones(len(values)), len(values))


@pytest.mark.parametrize(
    ("cell", "read"),
    [
        ("0694/20 01 46", "0694 20 01 46"),
        ("07405/265446", "07405 265446"),
        ("015638/185049", "015638 185049"),
        ("310/720 2660", "310 720 2660"),
        ("+682 74 464 or 29/138", "+682 74 464 or 29 138"),
        ("79/539 / +682 23 520", "79 539 / +682 23 520"),
        ("12/05/2020", "12/05/2020"),
        ("181/815/08155", "181/815/08155"),
        ("AB/123", "AB/123"),
        ("v1.2/3", "v1.2/3"),
        ("0694 20 01 46", "0694 20 01 46"),
    ],
)
def test_unslash_cell(cell: str, read: str) -> None:
    assert unslash_cell(cell) == read


def test_mixed_layouts_of_one_number_are_read_as_phones() -> None:
    # One contact's mobile written three ways by hand (set 38's emergency and second-parent columns).
    sample = _sample(["07405 265446", "07405/265446", "+44 (0)7405 265446"])
    assert sample.share(V.is_phone_any) < 0.7
    read = unslashed_phone_sample(sample)
    assert read is not None
    assert read.values == ["07405 265446", "+44 (0)7405 265446"]
    assert read.counts.tolist() == [2.0, 1.0]
    assert read.n_distinct == 2
    assert read.share(V.is_phone_any) == 1.0


def test_trunk_numbers_alone_are_read_as_phones() -> None:
    # A German office list writing every landline the old DIN way: each opens with the trunk 0.
    sample = _sample(["0694/20 01 46", "030/1234567", "089/45 67 89 0", "0221/123 45 67"])
    read = unslashed_phone_sample(sample)
    assert read is not None and read.values[0] == "0694 20 01 46"


@pytest.mark.parametrize(
    "values",
    [
        ["2023/12345", "2023/12346", "2024/00017", "2022/99812"],  # case numbers
        ["93815/08152", "21815/08150", "24815/08151", "13381/50815"],  # Steuernummern
        ["05/2024", "11/2023", "01/2025", "12/2022"],  # month and year
        ["0612/2023", "0413/2024", "0999/2021", "0815/2022"],  # a 0-led code and a year: too few digits
        ["12/05/2020", "01/02/1999", "0694 20 01 46"],  # dates: no area slash at all
        ["1/2", "3/4", "apple", "pear"],  # fractions beside words
    ],
)
def test_slashed_codes_are_left_alone(values: list[str]) -> None:
    assert unslashed_phone_sample(_sample(values)) is None


def test_slashed_numbers_beside_non_phones_are_left_alone() -> None:
    # Most plain cells are no phones: the slashed ones are not read as phones on their own.
    sample = _sample(["123/4567890", "ref 77", "INV-2231", "OK", "0694 20 01 46"])
    assert unslashed_phone_sample(sample) is None
