"""Dates written day, month and year run together (``18102015`` day first, ``01282019`` month first).

Why: a spreadsheet or a form whose date field drops its separators writes ``DDMMYYYY`` (most of the world) or
``MMDDYYYY`` (the United States and its islands). Only the year-first compact ``19310821`` was read as a date, so
a birth-date column written so (or mixing it with ``19-Aug-2020``) fell under the share of dates its values need,
even under a ``Date of birth`` header, and was published as written; the replacement then drew eight new digits
that are no date at all.

Read here: eight digits, a day and a month in either order, then a year of 1800-2099 not after today. No such
value reads year first too: its fifth and sixth digits (``19``, ``20``) are no month, so :func:`compact_date`'s
``19310821`` and these never meet. When both orders give a real date (``05072014``) the caller's ``day_first``
decides (the fakes pass the locale's); without it a cell is read day first unless only month first reads.
Random eight-digit codes read as such a date once in a few hundred, so a column of order numbers never reaches the
share of dates a birth-date column needs. :func:`shift_run_date` moves a date by some days and writes it back in the
order it was read in, eight digits, so a ``01282019`` cell gets a month-first fake.

Example::

    run_together_date("18102015")  # datetime.date(2015, 10, 18)
    run_together_date("01282019")  # datetime.date(2019, 1, 28)
    shift_run_date("01282019", 10)  # '02072019'
"""

from __future__ import annotations

import re
from datetime import date, timedelta

_RUN = re.compile(r"^(\d\d)(\d\d)(1[89]\d\d|20\d\d)$")


def _real(year: int, month: int, day: int, today: date | None) -> date | None:
    try:
        d = date(year, month, day)
    except ValueError:
        return None
    return d if d <= (today or date.today()) else None


def run_readings(value: str, today: date | None = None) -> tuple[date | None, date | None]:
    """(the date read day first, the date read month first) of an eight-digit cell; None where it is none."""
    m = _RUN.match(value.strip())
    if m is None:
        return None, None
    a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return _real(year, b, a, today), _real(year, a, b, today)


def run_together_date(value: str, day_first: bool | None = None, today: date | None = None) -> date | None:
    """The date of a ``DDMMYYYY`` or ``MMDDYYYY`` cell (``day_first`` decides when both read; None: day first
    unless only month first reads), else None."""
    by_day, by_month = run_readings(value, today)
    if by_day is not None and by_month is not None:
        return by_month if day_first is False else by_day
    return by_day or by_month


def shift_run_date(value: str, days: int, day_first: bool | None = None) -> str | None:
    """``value`` (a run-together date) moved by ``days``, written back eight digits in the order it was read in;
    None if it is no such date. Not bound to today: a shifted date may pass it, as any shifted date may."""
    text = value.strip()
    by_day, by_month = run_readings(text, today=date.max)
    if by_day is not None and by_month is not None:
        first = day_first is not False
    elif by_day is not None or by_month is not None:
        first = by_day is not None
    else:
        return None
    d = by_day if first else by_month
    try:
        new = d + timedelta(days=days)  # type: ignore[operator]
    except OverflowError:
        return None
    head = f"{new.day:02d}{new.month:02d}" if first else f"{new.month:02d}{new.day:02d}"
    out = f"{head}{new.year:04d}"
    return value.replace(text, out) if text != value else out
