from datetime import date

import pytest

from safe_synthesizer.pii.date_reader import month_language, month_of_word, read_date, read_date_at, shift_any_date


@pytest.mark.parametrize(
    ("value", "expected", "order"),
    [
        ("1951-Nov-13", date(1951, 11, 13), "YMD"),
        ("05 / 10 / 1949", date(1949, 10, 5), "DMY"),
        ("27th of November 2019", date(2019, 11, 27), "DMY"),
        ("Oct 08 1976", date(1976, 10, 8), "MDY"),
        ("1976 10 08", date(1976, 10, 8), "YMD"),
        ("11.Dec.2013", date(2013, 12, 11), "DMY"),
        ("12 de marzo de 1985", date(1985, 3, 12), "DMY"),
        ("15 d'agost de 1980", date(1980, 8, 15), "DMY"),
        ("1er janvier 1990", date(1990, 1, 1), "DMY"),
        ("3 févr. 1975", date(1975, 2, 3), "DMY"),
        ("Sept 3, 1975", date(1975, 9, 3), "MDY"),
        ("2019. november 27.", date(2019, 11, 27), "YMD"),
        ("2.IV.1998", date(1998, 4, 2), "DMY"),
        ("12 марта 1980", date(1980, 3, 12), "DMY"),
        ("April 5th, 1999", date(1999, 4, 5), "MDY"),
        ("12-Mar-85", date(1985, 3, 12), "DMY"),
    ],
)
def test_reads_any_layout(value: str, expected: date, order: str) -> None:
    reading = read_date(value)
    assert reading is not None
    assert (reading.date, reading.order) == (expected, order)


@pytest.mark.parametrize(
    "value",
    ["0612 34 56", "12 34 5678", "2020-01", "2019 13 40", "31 / 02 / 1990", "hello world", "1976 10 08 12",
     "08 / 06-2011", "Smith 12 1990", "12 Mar 1776", "12 34 56 1990"],
)  # fmt: skip
def test_no_date(value: str) -> None:
    assert read_date(value) is None


def test_ambiguous_number_dates_read_day_first_unless_told() -> None:
    assert read_date("06 / 07 / 1944").date == date(1944, 7, 6)
    assert read_date("06 / 07 / 1944", day_first=False).date == date(1944, 6, 7)
    assert read_date("06 / 07 / 1944").ambiguous
    assert read_date("25 / 07 / 1944", day_first=False).date == date(1944, 7, 25)


@pytest.mark.parametrize(
    ("value", "days", "expected"),
    [
        ("1951-Nov-13", 40, "1951-Dec-23"),
        ("27th of November 2019", 5, "2nd of December 2019"),
        ("11.Dec.2013", 40, "20.Jan.2014"),
        ("Sept 3, 1975", 40, "Oct 13, 1975"),
        ("JAN 05 1960", 40, "FEB 14 1960"),
        ("05 / 10 / 1949", 3, "08 / 10 / 1949"),
        ("1971 04 19", 12, "1971 05 01"),
        ("2.IV.1998", 40, "12.V.1998"),
        ("12 de marzo de 1985", 40, "21 de abril de 1985"),
        (" 1992-Aug-19 ", 1, " 1992-Aug-20 "),
    ],
)
def test_shift_keeps_the_layout(value: str, days: int, expected: str) -> None:
    assert shift_any_date(value, days) == expected


def test_month_words_in_the_language_asked() -> None:
    assert shift_any_date("3 mai 2001", 40, language="fr") == "12 juin 2001"
    assert shift_any_date("3 mai 2001", 40, language="de") == "12 juni 2001"
    assert month_language("fr_CA") == "fr"
    assert month_language("nb_NO") == "no"
    assert month_language(None) is None


def test_month_words_cut_short_found_by_their_start() -> None:
    assert month_of_word("Sept")[0] == 9
    assert month_of_word("Févr")[0] == 2
    assert month_of_word("okt")[0] == 10
    assert month_of_word("Mo") is None


def test_read_at_stops_at_the_date() -> None:
    text = "Geburtstag: 11.May.1957. Danke"
    reading = read_date_at(text, 12)
    assert reading is not None
    assert text[12 : reading.end] == "11.May.1957"
    assert read_date_at("call 1971 04 19 22 now", 5) is None
