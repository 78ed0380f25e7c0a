"""Numbers read out in words: cardinals, ordinals and years, read and written back in the same style."""

from __future__ import annotations

import pytest

from safe_synthesizer.pii.spoken_numbers import (
    YearStyle,
    number_word,
    read_cardinal_words,
    read_ordinal_words,
    read_year_words,
    write_ordinal,
    write_year,
)


@pytest.mark.parametrize(
    ("words", "year"),
    [
        ("nineteen eighty-seven", 1987),
        ("nineteen eighty seven", 1987),
        ("twenty sixteen", 2016),
        ("twenty twenty-one", 2021),
        ("twenty twenty", 2020),
        ("two thousand and four", 2004),
        ("two thousand seven", 2007),
        ("two thousand", 2000),
        ("nineteen oh five", 1905),
        ("nineteen hundred", 1900),
        ("nineteen hundred and five", 1905),
        ("one thousand nine hundred and eighty-seven", 1987),
        ("eighteen ninety-nine", 1899),
    ],
)
def test_years_read_in_pairs_or_whole(words: str, year: int) -> None:
    found = read_year_words(words.split())
    assert found is not None and found[0] == year


@pytest.mark.parametrize(
    "words",
    ["twenty", "twenty minutes", "nineteen five", "two thousand and", "and four", "nineteen and eighty", "first"],
)
def test_no_year(words: str) -> None:
    assert read_year_words(words.split()) is None


def test_ordinals_and_cardinals() -> None:
    assert read_ordinal_words(["thirty-first"]) == 31
    assert read_ordinal_words(["twenty", "first"]) == 21
    assert read_ordinal_words(["thirtieth"]) == 30
    assert read_ordinal_words(["twelfth"]) == 12
    assert read_ordinal_words(["twenty"]) is None
    assert read_ordinal_words(["first", "first"]) is None
    assert read_cardinal_words(["ninety-eight"]) == 98
    assert read_cardinal_words(["ninety", "eight"]) == 98
    assert read_cardinal_words(["eight", "ninety"]) is None


def test_written_back_in_the_same_style() -> None:
    pairs = read_year_words(["nineteen", "eighty-seven"])[1]
    assert write_year(1961, pairs) == "nineteen sixty-one"
    assert write_year(2004, pairs) == "two thousand four"  # no pair reading people use
    assert write_year(1900, pairs) == "nineteen hundred"
    assert write_year(1905, pairs) == "nineteen oh five"
    whole = read_year_words(["two", "thousand", "and", "four"])[1]
    assert write_year(2016, whole) == "two thousand and sixteen"
    assert write_year(1987, whole) == "nineteen eighty-seven"  # a year before 2000 is said in pairs
    spaced = YearStyle(True, " ", False)
    assert write_year(2021, spaced) == "twenty twenty one"
    assert read_year_words(["twenty", "sixteen"])[1].joint == "-"  # no compound shown: the hyphen
    assert write_ordinal(22) == "twenty-second" and write_ordinal(30) == "thirtieth" and write_ordinal(3) == "third"


def test_number_word() -> None:
    assert number_word("ninety-eight") and number_word("Thousand") and not number_word("minutes")
