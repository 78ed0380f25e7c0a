"""Dates in layouts the token reader leaves: one separator used twice, month words of any language, a weekday or an
age before the date (:mod:`dressed_dates`)."""

from __future__ import annotations

from datetime import date

import pytest

from safe_synthesizer.pii.dressed_dates import read_dressed_date_at

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "born"),
    [
        ("25:10:1961", date(1961, 10, 25)),
        ("03~04~2003", date(2003, 4, 3)),
        ("09|08|1997", date(1997, 8, 9)),
        ("1981\\05\\30", date(1981, 5, 30)),
        ("1999·12·01", date(1999, 12, 1)),
        ("2014/ਜੂਨ/17", date(2014, 6, 17)),
        ("4-fevriye-1960", date(1960, 2, 4)),
        ("2018/Marisi/8", date(2018, 3, 8)),
        ("1992/февраль/23", date(1992, 2, 23)),
        ("2014/Janyuwari/5", date(2014, 1, 5)),
        ("Thu-06-03-2014", date(2014, 3, 6)),
        ("mad-02-04-2019", date(2019, 4, 2)),
        ("Min-10-04-1955", date(1955, 4, 10)),
        ("Thu 06/03/2014", date(2014, 3, 6)),
        ("Donnerstag, 06·03·2014", date(2014, 3, 6)),
        ("age 89 – 16.8.1937", date(1937, 8, 16)),
        ("umur 53 – 5.2.1973", date(1973, 2, 5)),
        ("17 ਜੂਨ 2014", date(2014, 6, 17)),  # around a month word the separators may differ
        ("ਜੂਨ 17, 2014", date(2014, 6, 17)),
        ("17. Marisi 2018", date(2018, 3, 17)),
    ],
)
def test_cells_in_any_layout_read_as_dates(text: str, born: date) -> None:
    reading = read_dressed_date_at(text, 0, today=TODAY)
    assert reading is not None and reading.date == born and reading.end == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "20:15:30",  # a time
        "08:30",
        "3:1",  # a score
        "1.2.3",  # a version
        "12:30:45:2020",  # a fourth group
        "Sat-06-03-2014",  # a weekday word that is not the date's
        "age 12 – 16.8.1937",  # a number that is no age of the date
        "Room 12 – 16.8.1937",
        "12-blah-2020",
        "1:2:2000x",
        "12 - 03 : 2020",  # a number only date uses one separator twice
    ],
)
def test_times_scores_versions_and_disagreeing_leads_are_no_dates(text: str) -> None:
    assert read_dressed_date_at(text, 0, today=TODAY) is None


def test_write_keeps_separator_month_language_weekday_and_age() -> None:
    new = date(2001, 12, 31)  # a Monday
    assert read_dressed_date_at("25:10:1961", 0).write(new) == "31:12:2001"
    assert read_dressed_date_at("4-fevriye-1960", 0).write(new) == "31-desanm-2001"
    assert read_dressed_date_at("2014/ਜੂਨ/17", 0).write(new) == "2001/ਦਸੰਬਰ/31"
    assert read_dressed_date_at("Thu-06-03-2014", 0).write(new) == "Mon-31-12-2001"
    assert read_dressed_date_at("MER-05-03-1958", 0, language="fr").write(new) == "LUN-31-12-2001"
    assert read_dressed_date_at("age 89 – 16.8.1937", 0, today=TODAY).write(new) == "age 24 – 31.12.2001"


def test_in_a_note_the_date_stops_at_its_end() -> None:
    note = "Galo te invita a su fiesta. Nacimiento: 01:09:2006. Confirmar a m@m.es"
    at = note.index("01:")
    assert read_dressed_date_at(note, at).end == at + len("01:09:2006")
    assert read_dressed_date_at("bday 19:04:2014, parent to sign", 5).date == date(2014, 4, 19)
    assert read_dressed_date_at("on 12:03:2021:5", 3) is None  # a fourth group


def test_year_and_day_in_any_order_around_a_month_word() -> None:
    # The four-digit year and the day tell themselves apart beside a month word, whatever their order and glue.
    for text, expected in (("1948, 24 mars", date(1948, 3, 24)), ("2021, 4 Mai", date(2021, 5, 4)),
                           ("mars 24, 1948", date(1948, 3, 24))):  # fmt: skip
        reading = read_dressed_date_at(text, 0)
        assert reading is not None and reading.date == expected
    assert read_dressed_date_at("1948, 24 mars", 0).write(date(1950, 7, 2)) == "1950, 02 juillet"
    assert read_dressed_date_at("24 2021 1948", 0) is None  # numbers only, two years: no date
