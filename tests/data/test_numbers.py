"""Number formats: detection, parsing and writing back, on small hand-written columns."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.data.numbers import (
    NumberFormat,
    detect_number_format,
    format_numbers,
    infinity_sign,
    numeric_values,
    parse_numbers,
    read_plain,
)


@pytest.mark.parametrize(
    ("values", "expected", "numbers"),
    [
        (["1,484,622", "2,001", "17"], {"thousands": ","}, [1484622, 2001, 17]),
        (["1,234"], {"thousands": ","}, [1234]),  # alone: a thousands comma, not 1.234
        (["3,14", "2,5"], {"decimal": ","}, [3.14, 2.5]),
        (["1.234,5", "1.234.567", "12"], {"thousands": ".", "decimal": ","}, [1234.5, 1234567, 12]),
        (["1 234 567", "89"], {"thousands": " "}, [1234567, 89]),
        (["1\u202f234,5", "7,25"], {"thousands": "\u202f", "decimal": ","}, [1234.5, 7.25]),
        (["1'234.5", "12.25"], {"thousands": "'"}, [1234.5, 12.25]),
        (["$1,200", "$35", "-$4"], {"thousands": ",", "prefix": "$"}, [1200, 35, -4]),
        (["USD 1,200", "USD 7"], {"thousands": ",", "prefix": "USD "}, [1200, 7]),
        (["12 €", "1.300,50 €"], {"thousands": ".", "decimal": ",", "suffix": " €"}, [12, 1300.5]),
        (["12.5%", "3%", "-0.25%"], {"suffix": "%"}, [12.5, 3, -0.25]),
        (["(1,000)", "2,500"], {"thousands": ",", "negative": "parentheses"}, [-1000, 2500]),
    ],
)
def test_detect_and_parse(values: list[str], expected: dict, numbers: list[float]) -> None:
    fmt, share = detect_number_format(pd.Series(values))
    wanted = {"thousands": "", "decimal": ".", "prefix": "", "suffix": "", **expected}
    assert (fmt.to_dict(), share) == (wanted, 1.0)
    assert parse_numbers(values, fmt).tolist() == numbers


def test_plain_columns_have_a_plain_format() -> None:
    for values in (["1.5", "2.25"], ["-3", "+4", "1e3"], ["1.234", "5.678"]):
        fmt, share = detect_number_format(pd.Series(values))
        assert fmt.is_plain and share == 1.0


def test_zero_padded_codes_never_parse() -> None:
    _, share = detect_number_format(pd.Series(["00123", "007"]))
    assert share == 0.0
    assert np.isnan(parse_numbers(["00123", "0,123"], NumberFormat(thousands=","))).all()


def test_share_counts_codes_that_do_not_parse() -> None:
    fmt, share = detect_number_format(pd.Series(["1,000", "2,000", "n/a", "<5"]))
    assert fmt.thousands == "," and share == 0.5


def test_money_with_fixed_decimals_roundtrips() -> None:
    values = ["$1,200.50", "$3.00", "($12.10)"]
    fmt, _ = detect_number_format(pd.Series(values))
    assert fmt.fixed_decimals and fmt.parentheses
    assert format_numbers(parse_numbers(values, fmt), fmt, 2, False) == values


@pytest.mark.parametrize(
    ("values", "fmt", "decimals", "is_integer", "expected"),
    [
        ([1484622, -2001], NumberFormat(thousands=","), 0, True, ["1,484,622", "-2,001"]),
        ([0.5, 12.0], NumberFormat(suffix="%"), 1, False, ["0.5%", "12%"]),
        ([1234.5], NumberFormat(thousands=".", decimal=","), 1, False, ["1.234,5"]),
        ([2**60 + 1], NumberFormat(thousands=","), 0, True, ["1,152,921,504,606,846,977"]),
        ([-0.0001, None, np.nan], NumberFormat(prefix="$"), 2, False, ["$0", None, None]),
        ([-5.0], NumberFormat(prefix="$", parentheses=True), 0, True, ["($5)"]),
    ],
)
def test_format_numbers(values: list, fmt: NumberFormat, decimals: int, is_integer: bool, expected: list) -> None:
    assert format_numbers(values, fmt, decimals, is_integer) == expected


def test_format_then_parse_is_the_identity() -> None:
    rng = np.random.default_rng(0)
    numbers = np.round(rng.normal(0, 1e6, 200), 2)
    formats = (NumberFormat(thousands=","), NumberFormat(thousands=".", decimal=","), NumberFormat(" ", ",", "", " €"))
    for fmt in formats:
        written = format_numbers(numbers, fmt, 2, False)
        assert np.allclose(parse_numbers(written, fmt), numbers, rtol=0, atol=1e-9)


def test_plainly_written_split_still_parses() -> None:
    # training.csv holds plain numbers where the input had 1.234,5: the plain reading wins.
    german = NumberFormat(thousands=".", decimal=",")
    assert read_plain(["1234.5", "2.25", "7"], german) == ["1234.5", "2.25", "7"]
    # Only "1.234" reads both ways: an integer column takes the integer reading.
    assert parse_numbers(["1.234", "5.678"], german, integer=True).tolist() == [1234, 5678]
    assert parse_numbers(["1.234", "5.678"], german).tolist() == [1.234, 5.678]


def test_infinity_and_numeric_values() -> None:
    assert [infinity_sign(v) for v in ("inf", "-Infinity", "+inf", "info", float("-inf"), 3)] == [1, -1, 1, 0, -1, 0]
    mixed = pd.Series([3, 2.5, "inf", "n/a", None, "1.5"], dtype=object)
    assert numeric_values(mixed)[:2].tolist() == [3.0, 2.5]
    assert np.isnan(numeric_values(mixed)[2:5]).all() and numeric_values(mixed)[5] == 1.5
    assert np.isnan(numeric_values(pd.Series([1.0, np.inf]))[1])


def test_dict_roundtrip() -> None:
    fmt = NumberFormat(",", ".", "$", "", parentheses=True, fixed_decimals=True)
    assert NumberFormat.from_dict(fmt.to_dict()) == fmt
    assert NumberFormat.from_dict(None).is_plain


def test_scientific_notation_is_written_back_as_such() -> None:
    # A sensor log writes byte counts as 6.847e+09: plain integers came back with made-up low digits.
    fmt, share = detect_number_format(pd.Series(["6.847e+09", "2.549e+09", "3.2e+09", "2.474e+09"]))
    assert share == 1.0 and (fmt.exponent, fmt.mantissa_decimals, fmt.fixed_decimals) == ("e", 3, False)
    assert format_numbers([2758000050, 3200000000, -1.5e-7], fmt, 0, False) == ["2.758e+09", "3.2e+09", "-1.5e-07"]
    fixed, _ = detect_number_format(pd.Series(["1.136E-07", "5.767E-08", "1.500E-07"]))
    assert (fixed.exponent, fixed.fixed_decimals) == ("E", True)
    assert format_numbers([7.54e-08], fixed, 10, False) == ["7.540E-08"]
    assert NumberFormat.from_dict(fixed.to_dict()) == fixed


def test_a_few_exponents_among_plain_numbers_stay_plain() -> None:
    fmt, _ = detect_number_format(pd.Series(["1.5", "2", "0.25", "3e5"]))
    assert fmt.is_plain


@pytest.mark.parametrize(
    ("values", "expected", "numbers"),
    [
        # Probe 3: each of these columns was typed identifier or categorical.
        (["₹1,23,456.78", "₹993.80", "-₹51,969.34"],
         {"thousands": ",", "prefix": "₹", "grouping": "lakh", "fixed_decimals": "true"},
         [123456.78, 993.8, -51969.34]),
        (["2,990円", "12,340円", "980円"], {"thousands": ",", "suffix": "円"}, [2990, 12340, 980]),
        (["３６．７", "３７．２", "３６．５"], {"digits": "full_width", "fixed_decimals": "true"}, [36.7, 37.2, 36.5]),
        (["14,77 kg", "1,8 kg", "2,35 kg"], {"decimal": ",", "suffix": " kg"}, [14.77, 1.8, 2.35]),
        (["120 mmHg", "95 mmHg"], {"suffix": " mmHg"}, [120, 95]),
        # Probe 4: signs of several characters were no currency ("R$" categorical, 1,952 labels copied).
        (["R$ 1.234,56", "R$ 19,90", "-R$ 5,00"],
         {"thousands": ".", "decimal": ",", "prefix": "R$ ", "fixed_decimals": "true"}, [1234.56, 19.9, -5.0]),
        (["8 450,00 zł", "120,00 zł"], {"thousands": " ", "decimal": ",", "suffix": " zł", "fixed_decimals": "true"},
         [8450.0, 120.0]),
        (["US$1,200.00", "US$35.50"], {"thousands": ",", "prefix": "US$", "fixed_decimals": "true"}, [1200.0, 35.5]),
    ],
)  # fmt: skip
def test_detect_and_parse_world_formats(values: list[str], expected: dict, numbers: list[float]) -> None:
    fmt, share = detect_number_format(pd.Series(values))
    wanted = {"thousands": "", "decimal": ".", "prefix": "", "suffix": "", **expected}
    assert (fmt.to_dict(), share) == (wanted, 1.0)
    assert NumberFormat.from_dict(fmt.to_dict()) == fmt
    assert parse_numbers(values, fmt).tolist() == pytest.approx(numbers)
    decimals = max((len(v.split("．" if fmt.full_width else fmt.decimal)[1].split()[0]) for v in values
                    if ("．" if fmt.full_width else fmt.decimal) in v), default=0)  # fmt: skip
    assert format_numbers(numbers, fmt, decimals, decimals == 0) == values


def test_lakh_grouping_only_when_the_values_show_it() -> None:
    fmt, _ = detect_number_format(pd.Series(["₹12,345.00", "₹993.80"]))
    assert not fmt.lakh  # below a lakh both groupings read alike: western grouping wins
    lakh = NumberFormat(",", ".", "₹", lakh=True, fixed_decimals=True)
    assert format_numbers([993.8, 1234.5, 12345678.9, -5], lakh, 2, False) == [
        "₹993.80", "₹1,234.50", "₹1,23,45,678.90", "-₹5.00"]
    assert np.isnan(parse_numbers(["1,234,567"], lakh)).all()  # not lakh: unread rather than misread


def test_full_width_negative_and_integers() -> None:
    fmt, _ = detect_number_format(pd.Series(["２９", "９１", "－４"]))
    assert fmt.full_width
    assert format_numbers([29, -4], fmt, 0, True) == ["２９", "－４"]


def test_ambiguous_letters_are_no_units() -> None:
    # "1990s" are decades and "12A" seats: written back as "1987s"/"7A" they would be junk.
    for values in (["1990s", "1980s", "1970s"], ["12A", "3A", "7A"]):
        assert detect_number_format(pd.Series(values))[1] == 0.0
