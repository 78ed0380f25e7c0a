"""Dates inside a markup element, after a formula sign or after a key's label (:mod:`wrapped_cell_dates`)."""

from __future__ import annotations

from datetime import date

import pytest

from safe_synthesizer.pii.wrapped_cell_dates import attribute_order, read_wrapped_date


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ('<say-as interpret-as="date" format="dmy">03-01-2018</say-as>', date(2018, 1, 3)),
        ('<say-as interpret-as="date" format="mdy">03-01-2018</say-as>', date(2018, 3, 1)),
        ("<dob>1948-02-20</dob>", date(1948, 2, 20)),
        ("<xs:date>1948-02-20</xs:date>", date(1948, 2, 20)),
        ('<dob>{"$date": "1953-04-15T00:00:00Z"}</dob>', date(1953, 4, 15)),
        ('<time datetime="1980-05-02">2 May 1980</time>', date(1980, 5, 2)),
        ("=DATE(2015,11,17)", date(2015, 11, 17)),
        ("=DATE(1940, 12, 27)", date(1940, 12, 27)),
        ("BDAY:19480220", date(1948, 2, 20)),
        ("BDAY;VALUE=date:1948-02-20", date(1948, 2, 20)),
        ('dob="1948-02-20"', date(1948, 2, 20)),
        ("DOB = 20.02.1948", date(1948, 2, 20)),
    ],
)
def test_reads_the_date_inside(cell: str, expected: date) -> None:
    reading = read_wrapped_date(cell)
    assert reading is not None and reading.date == expected


@pytest.mark.parametrize(
    ("cell", "new", "written"),
    [
        ('<say-as interpret-as="date" format="dmy">03-01-2018</say-as>', date(2019, 12, 31),
         '<say-as interpret-as="date" format="dmy">31-12-2019</say-as>'),
        ("BDAY:19480220", date(1950, 1, 2), "BDAY:19500102"),
        ("=DATE(2015,11,17)", date(2016, 2, 3), "=DATE(2016,2,3)"),
        ('<time datetime="1980-05-02">2 May 1980</time>', date(1981, 5, 9),
         '<time datetime="1981-05-09">9 May 1981</time>'),
        ('dob="1948-02-20"', date(1949, 3, 4), 'dob="1949-03-04"'),
    ],
)  # fmt: skip
def test_writes_the_fake_back_into_the_container(cell: str, new: date, written: str) -> None:
    reading = read_wrapped_date(cell)
    assert reading is not None and reading.write(new) == written


@pytest.mark.parametrize(
    "cell",
    [
        "Tel:0612345678",  # a label before a number that is no date
        "REF:12345678",
        "order 20190413",  # no label sign: a word and a number
        "<b>hello 2019</b>",  # an element of words
        '<say-as interpret-as="date" format="mdy">30-03-2021</say-as>',  # written against its own order
        '<time datetime="1980-05-03">2 May 1980</time>',  # two dates in one element
        "<a>1948-02-20</b>",  # no element: the tags do not match
        "=A1+DATE(2015,1,1)",  # a formula that computes, not a date
        "BDAY:19481320",  # no month 13
        "1948-02-20",  # no container: the date readers' own cell
        "",
    ],
)
def test_refuses_what_is_not_one_wrapped_date(cell: str) -> None:
    assert read_wrapped_date(cell) is None


def test_attribute_order_reads_letters_and_format_strings() -> None:
    assert attribute_order("dmy") == "DMY"
    assert attribute_order("YMD") == "YMD"
    assert attribute_order("dd/MM/yyyy") == "DMY"
    assert attribute_order("date") is None
    assert attribute_order("ddm") is None
