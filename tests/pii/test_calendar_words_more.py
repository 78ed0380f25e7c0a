"""Month words of the languages the C library leaves out (calendar_words_more), read by the date readers."""

from __future__ import annotations

from datetime import date

import pytest

from safe_synthesizer.pii.calendar_words_more import FULL_MONTHS, more_months, with_more_months
from safe_synthesizer.pii.date_reader import read_date


def test_every_language_has_twelve_months_with_generated_cuts() -> None:
    table = more_months()
    assert set(table) == set(FULL_MONTHS)
    assert all(len(joined.split(";")) == 12 for joined in table.values())
    august = table["ty"].split(";")[7].split("/")
    assert {"ʻatete", "atete", "ate"} <= set(august)  # without the glottal stop, cut to three letters
    assert "kek" not in table["haw"] and "kēk" in table["haw"].split(";")[11].split("/")


def test_a_start_most_months_share_is_no_month() -> None:
    assert not any(form == "jas" for slot in more_months()["gn"].split(";") for form in slot.split("/"))


def test_merge_keeps_the_table_and_adds_forms() -> None:
    table = {"kab": "yen/yennayer;fur;meɣ;yeb;may;yun;yul;ɣuc;cte;tub;wam/wambeṛ;duj"}
    merged = with_more_months(table)
    assert table == {"kab": "yen/yennayer;fur;meɣ;yeb;may;yun;yul;ɣuc;cte;tub;wam/wambeṛ;duj"}  # not changed
    november = merged["kab"].split(";")[10].split("/")
    assert {"wam", "wambeṛ", "nunembeṛ", "nun"} <= set(november)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021.ʻAtete.10", date(2021, 8, 10)),  # Tahitian
        ("1957.Tīt.10", date(1957, 12, 10)),
        ("1948, 19 Malaki", date(1948, 3, 19)),  # Hawaiian
        ("2012.ʻOkakopa.01", date(2012, 10, 1)),
        ("1988.Ade.18", date(1988, 11, 18)),  # Ewe
        ("2019, 19 Anyɔnyɔ", date(2019, 9, 19)),
        ("1994.Nun.15", date(1994, 11, 15)),  # Kabyle, CLDR's November
        ("3-ndira-1971", date(1971, 1, 3)),  # Shona
        ("12 ghjugnu 1980", date(1980, 6, 12)),  # Corsican
    ],
)
def test_the_date_reader_reads_them(value: str, expected: date) -> None:
    reading = read_date(value)
    assert reading is not None and reading.date == expected


def test_a_fake_is_written_in_the_same_language() -> None:
    reading = read_date("1948, 19 Malaki")
    assert reading.write(date(1948, 5, 2)) == "1948, 02 Mei"  # the day as wide as the one written
