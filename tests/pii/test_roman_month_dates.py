"""Tests of roman-month dates (``2.IV.1998``): reading them and shifting them in their own layout."""

from __future__ import annotations

import re
from datetime import date

import pytest

from safe_synthesizer.pii.roman_month_dates import (
    TEXT_PATTERN,
    is_roman_month_date,
    roman_month_date,
    shift_roman_date,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2.IV.1998", date(1998, 4, 2)),
        ("02.IV.1998", date(1998, 4, 2)),
        ("31.XII.1960", date(1960, 12, 31)),
        ("2. IV. 1998", date(1998, 4, 2)),
        ("2 iv 1998", date(1998, 4, 2)),
        ("2-VIII-1998", date(1998, 8, 2)),
        ("2/IX/1998", date(1998, 9, 2)),
        ("1998. IV. 2.", date(1998, 4, 2)),
        ("1998.XI.02", date(1998, 11, 2)),
        (" 9.I.2003 ", date(2003, 1, 9)),
    ],
)
def test_reads_roman_month_dates(value: str, expected: date) -> None:
    assert roman_month_date(value) == expected
    assert is_roman_month_date(value)


@pytest.mark.parametrize(
    "value",
    ["31.II.1998", "2.IIII.1998", "2.Iv.1998", "2.XIII.1998", "2.IV.98", "IV.2.1998", "2.04.1998", "Henry IV 1998",
     "12 V 2020 x", "2.IV.1998.3", "", "XIV"],
)  # fmt: skip
def test_rejects_other_values(value: str) -> None:
    assert roman_month_date(value) is None


@pytest.mark.parametrize(
    ("value", "days", "expected"),
    [
        ("2.IV.1998", 40, "12.V.1998"),
        ("02.IV.1998", 1, "03.IV.1998"),
        ("31.XII.1960", 1, "1.I.1961"),
        ("2. iv. 1998", -3, "30. iii. 1998"),
        ("1998. IV. 2.", -3, "1998. III. 30."),
        ("2-IV-1998", 0, "2-IV-1998"),
    ],
)
def test_shift_keeps_the_layout(value: str, days: int, expected: str) -> None:
    assert shift_roman_date(value, days) == expected


def test_shift_of_no_roman_date_is_none() -> None:
    assert shift_roman_date("1998-04-02", 3) is None
    assert shift_roman_date("Louis XIV", 3) is None


def test_text_pattern_finds_dates_in_notes_only_as_whole_tokens() -> None:
    text = "Donor born 2.IV.1998, seen 1998. IV. 2. again; section 3.2.IV.1998 and v1.IV.1998 are not dates."
    found = [m.group(0) for m in TEXT_PATTERN.finditer(text)]
    assert found == ["2.IV.1998", "1998. IV. 2."]
    assert re.fullmatch(TEXT_PATTERN, "17.IX.2018")
