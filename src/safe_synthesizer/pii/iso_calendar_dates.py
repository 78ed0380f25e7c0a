"""ISO 8601 week dates and ordinal dates (``2017-W29-2``, ``2017W292``, ``2012-335``), read and written back so.

Why: every date reader of the package reads a date as three fields, a year, a month and a day, in any order and
with any separator. ISO 8601 has two more notations of the same calendar day that hold no month at all: the week
date (the ISO year, the week of that year, the day of the week, Monday 1) and the ordinal date (the year and the day
of the year). Registers, schedulers and database exports write them (``date +%G-W%V-%u``, ``%Y-%j``, Oracle's
``IYYY-"W"IW-D``), so a birth date written ``1935-127`` or ``2017-W29-2`` was published as written, and a column of
event days written ``2027-164`` was taken for postcodes (four digits, a dash, three digits: Portugal's layout).

The notations are read by the standard's grammar, not from examples: the year (four digits, :data:`MIN_YEAR` to
:data:`MAX_YEAR`), then either ``W`` (either case), the week and the weekday, joined by one separator used alike
twice or by none (the basic form), or a dash and the day of the year. A reading is accepted only when it is a real
day: the week at most the year's own count (52 or 53), the weekday 1-7, the day of the year at most 365 (366 in a
leap year). Nothing may be glued on either side (``X-2001-001``, ``2001-001-23``: ids), and a basic ordinal date
(``2012335``: seven digits) is read only when the caller asks (``compact``), as seven digits are as often a number.

:func:`read_iso_date_at` is :mod:`date_reader`'s last fallback, so every reader built on it (the birth-date readers
of columns and notes, the age after a date, the shifter of fakes) reads these notations too; the reading's ``write``
keeps the notation, its separators and the case of ``W``: a shifted week date is a valid week date, a shifted
ordinal date a valid ordinal date.

Example::

    read_iso_date_at("born 1935-127.", 5).date  # datetime.date(1935, 5, 7)
    read_iso_date_at("2017-W29-2", 0).write(date(2017, 7, 20))  # '2017-W29-4'
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from safe_synthesizer.pii.date_reader import MAX_YEAR, MIN_YEAR, DateReading

# Separators a week date's parts may be joined by (the standard's hyphen; exports also write these): one, used alike.
_WEEK_SEPARATORS = "-\u2010\u2011\u2012\u2013/._ "
# The ordinal date's separator: the standard's hyphen and the dashes word processors turn it into.
_ORDINAL_SEPARATORS = "-\u2010\u2011\u2012\u2013"
_WEEK = re.compile(
    rf"(?P<year>\d{{4}})(?P<sep>[{_WEEK_SEPARATORS}]?)(?P<w>[Ww])(?P<week>\d{{2}})(?P=sep)(?P<day>[1-7])"
)
_ORDINAL = re.compile(rf"(?P<year>\d{{4}})(?P<sep>[{_ORDINAL_SEPARATORS}])(?P<day>\d{{3}})")
_COMPACT_ORDINAL = re.compile(r"(?P<year>\d{4})(?P<sep>)(?P<day>\d{3})")
# What may not stand right before a date (it would be a piece of a longer code: ``X-2001-001``, ``12/2012-335``).
_GLUED_BEFORE = frozenset("-/\u2010\u2011\u2012\u2013_")


def iso_weeks(year: int) -> int:
    """How many ISO weeks ``year`` has (52 or 53: 53 when its 28 December falls in week 53).

    Example::

        iso_weeks(2020)  # 53
    """
    return date(year, 12, 28).isocalendar()[1]


@dataclass(frozen=True)
class IsoReading(DateReading):
    """A :class:`date_reader.DateReading` of an ISO week or ordinal date: ``notation`` (``week`` or ``ordinal``),
    ``sep`` (the separator as written, ``""`` in the basic form) and ``letter`` (``W`` or ``w``)."""

    notation: str = "ordinal"
    sep: str = "-"
    letter: str = "W"

    def write(self, new: date) -> str:
        """``new`` in this reading's notation (the ISO year of its week for a week date).

        Example::

            read_iso_date_at("2012-335", 0).write(date(1960, 1, 5))  # '1960-005'
        """
        if self.notation == "week":
            year, week, weekday = new.isocalendar()
            return f"{year:04d}{self.sep}{self.letter}{week:02d}{self.sep}{weekday}"
        return f"{new.year:04d}{self.sep}{new.timetuple().tm_yday:03d}"


def _free_before(text: str, start: int) -> bool:
    if start == 0:
        return True
    before = text[start - 1]
    if before.isalnum() or before in _GLUED_BEFORE:
        return False
    return not (before in ".," and start >= 2 and text[start - 2].isdigit())  # ``12.2012-335``: a longer number


def _free_after(text: str, end: int, sep: str) -> bool:
    """Nothing glued after the date: no letter or digit, no further group in the same layout (``2001-001-23``)."""
    if end >= len(text):
        return True
    after = text[end]
    if after.isalnum() or after == "_":
        return False
    if after in _ORDINAL_SEPARATORS + "/" or (sep and after == sep):
        return not (end + 1 < len(text) and text[end + 1].isalnum())
    return True


def _week_date(year: int, week: int, weekday: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR or not 1 <= week <= iso_weeks(year):
        return None
    return date.fromisocalendar(year, week, weekday)


def _ordinal_date(year: int, day: int) -> date | None:
    if not MIN_YEAR <= year <= MAX_YEAR or not 1 <= day <= (366 if calendar.isleap(year) else 365):
        return None
    return date(year, 1, 1) + timedelta(days=day - 1)


def read_iso_date_at(text: str, start: int = 0, compact: bool = False) -> IsoReading | None:
    """The ISO week or ordinal date written at ``text[start:]``, or None; the reading's ``end`` is where it stops.
    ``compact``: read a basic ordinal date too (``2012335``: seven digits).

    Example::

        read_iso_date_at("geboren am 1966-W15-4, bringt", 11).date  # datetime.date(1966, 4, 14)
    """
    if start >= len(text) or not text[start].isdigit() or not _free_before(text, start):
        return None
    m = _WEEK.match(text, start)
    if m is not None:
        found = _week_date(int(m.group("year")), int(m.group("week")), int(m.group("day")))
        notation, letter = "week", m.group("w")
    else:
        m = _ORDINAL.match(text, start) or (_COMPACT_ORDINAL.match(text, start) if compact else None)
        if m is None:
            return None
        found = _ordinal_date(int(m.group("year")), int(m.group("day")))
        notation, letter = "ordinal", "W"
    if found is None or not _free_after(text, m.end(), m.group("sep")):
        return None
    sep = m.group("sep")
    pieces = (("Y", 4), sep, ("I", notation))
    order = "YWD" if notation == "week" else "YD"
    return IsoReading(found, pieces, order, False, m.end(), notation=notation, sep=sep, letter=letter)


def read_iso_date(value: str, compact: bool = False) -> IsoReading | None:
    """The ISO week or ordinal date a whole cell holds (spaces and a closing dot around it allowed), else None.

    Example::

        read_iso_date(" 2017-W29-2 ").notation  # 'week'
    """
    text = value.strip()
    reading = read_iso_date_at(text, 0, compact)
    if reading is None or text[reading.end :].strip(". ") != "":
        return None
    return reading
