"""Dates inside tagged literals (Ruby's inspect, Elixir's sigil, Clojure's #inst), written back in the same tag."""

from __future__ import annotations

from datetime import date

import pytest

from safe_synthesizer.pii.tagged_dates import read_tagged_date, read_tagged_date_at


@pytest.mark.parametrize(
    ("cell", "found"),
    [
        ("#<Date: 1982-12-05 ((2445309j,0s,0n),+0s,2299161j)>", date(1982, 12, 5)),
        ("#<Date: 1998-04-02>", date(1998, 4, 2)),
        ("~D[1998-04-02]", date(1998, 4, 2)),
        ("<Date 1998-04-02>", date(1998, 4, 2)),
    ],
)
def test_tagged_cells(cell: str, found: date) -> None:
    reading = read_tagged_date(cell)
    assert reading is not None and reading.date == found and reading.end == len(cell)


@pytest.mark.parametrize(
    "cell",
    [
        "#<Date: 1982-12-05 ((2445308j,0s,0n),+0s,2299161j)>",  # the Julian day is another date's
        "(see 1998-04-02)",  # a remark in brackets is no tag
        "[ref 12.03.1999]",
        "Date: 1998-04-02",  # a key and its value
        "#<Date: 1998-04-02",  # the marks do not close
        "#<Order: 12345>",
    ],
)
def test_not_tagged_dates(cell: str) -> None:
    assert read_tagged_date(cell) is None


def test_fake_keeps_the_tag_and_rewrites_the_julian_day() -> None:
    r = read_tagged_date_at("#<Date: 1998-04-02 ((2450906j,0s,0n),+0s,2299161j)>")
    assert r.write(date(1998, 4, 3)) == "#<Date: 1998-04-03 ((2450907j,0s,0n),+0s,2299161j)>"
    assert read_tagged_date_at("~D[1998-04-02]").write(date(1961, 1, 3)) == "~D[1961-01-03]"
