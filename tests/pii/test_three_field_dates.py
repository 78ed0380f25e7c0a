from datetime import date

import pytest

from safe_synthesizer.pii.date_reader import read_date_at
from safe_synthesizer.pii.three_field_dates import read_field_date_at, with_residue

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    "text, born",
    [
        ("December 21ˢᵗ, 2015", date(2015, 12, 21)),
        ("3ʳᵈ September 1961", date(1961, 9, 3)),
        ("2ᵉ avril 1998", date(1998, 4, 2)),
        ("17ᵉ octòbre 1989", date(1989, 10, 17)),
        ("19º de Abrit de 1951", date(1951, 4, 19)),
        ("2º de abril de 1998", date(1998, 4, 2)),
        ("31 Dezember (1949)", date(1949, 12, 31)),
        ("Eneru 14 (2011)", date(2011, 1, 14)),
        ("25 кулун тутар (2021)", date(2021, 3, 25)),
        ("13 атырдьах ыйа (2017)", date(2017, 8, 13)),
        ("21/08/1990 [36 сыл]", date(1990, 8, 21)),
        ("02/04/1998 [28 yrs]", date(1998, 4, 2)),
    ],
)
def test_reads_the_whole_cell(text: str, born: date) -> None:
    reading = read_field_date_at(text, today=TODAY)
    assert reading is not None and reading.date == born and reading.end == len(text)


@pytest.mark.parametrize(
    "text, new, written",
    [
        ("December 21ˢᵗ, 2015", date(1993, 11, 22), "November 22ⁿᵈ, 1993"),
        ("9ᵗʰ December 2019", date(1991, 1, 1), "1ˢᵗ January 1991"),
        ("31 Dezember (1949)", date(1991, 1, 1), "1 Januar (1991)"),
        ("21/08/1990 [36 сыл]", date(1991, 1, 1), "01/01/1991 [35 сыл]"),
        ("2ᵉ avril 1998", date(1998, 5, 12), "12ᵉ mai 1998"),
    ],
)
def test_fakes_keep_the_layout_and_recompute_the_age(text: str, new: date, written: str) -> None:
    reading = read_field_date_at(text, today=TODAY)
    assert reading is not None and reading.write(new) == written


def test_time_and_bracket_after_another_readers_date() -> None:
    for text in ("21-05-2013 15:57", "Eneru 14 (2011) 07:45"):
        reading = read_date_at(text)
        assert reading is not None
        extended = with_residue(text, reading, today=TODAY)
        assert extended.end == len(text)
        assert extended.write(date(2001, 2, 3)).endswith(text[len(text) - 5 :])
    reading = read_field_date_at("12 Jan 2020 10:30 am", today=TODAY)
    assert reading is not None and reading.write(date(2001, 2, 3)) == "3 Feb 2001 10:30 am"


@pytest.mark.parametrize(
    "text",
    [
        "1576713600",  # a number, not three fields
        "12 (2015) 3",
        "12-05-2013 99:00x",
        "21/08/1990 [12 сыл]",  # an age that does not agree is no residue of this date
        "Room 12 Margaret 1990",
        "2019-12-01-4",  # a fourth group
        "12 34 5678",
        "+44 20 7946 0958",
        "Order 2021 05 17 22",
        "May 2020 - 14",  # the year between the month and the day
    ],
)
def test_not_a_whole_date(text: str) -> None:
    reading = read_field_date_at(text, today=TODAY)
    assert reading is None or reading.end < len(text)


def test_ages_after_another_readers_date_are_left_to_the_age_readers() -> None:
    text = "21/08/1990 [36 сыл]"
    reading = read_date_at(text)
    assert reading is not None and with_residue(text, reading, today=TODAY).end == reading.end


def test_a_date_starts_a_word() -> None:
    assert read_field_date_at("12 May 2020", 1) is None
    assert read_field_date_at("v1.2.2020", 1) is None


def test_reads_inside_a_note() -> None:
    note = "Manifest: Katie Benson, birth date 3ʳᵈ September 1961, 82 kg, on Lady Summers"
    start = note.index("3ʳᵈ")
    reading = read_field_date_at(note, start, today=TODAY)
    assert reading is not None and note[start : reading.end] == "3ʳᵈ September 1961"
