"""Dates written with the month as a roman numeral (``2.IV.1998``, ``02. iv. 1998``, ``1998. IV. 2.``).

Why: Polish, Czech, Hungarian, Romanian, Italian and Baltic records, and forms and registers kept by hand
elsewhere (a donor list, a hostel's register), write the month of a date in roman numerals so that day and
month can never be swapped. No numeric or month-name reader took ``2.IV.1998`` for a date, so a birth-date
column written so (or mixing it with ``1998-04-02 00:00:00``) fell under the share of dates values need, even
under a ``DOB`` header, and was published as written; the replacement then kept the month of every birth date.

Read here: the day, the month in roman numerals I-XII (all capitals or all small letters; ``Iv`` is no month),
the four-digit year, in that order or year first (Hungarian), joined by a dot, a slash, a hyphen or a space,
with or without a space after each dot and a closing dot. :func:`shift_roman_date` moves such a date by some days
and writes it back in the same layout (padding, case, separators), so a roman-month cell gets a roman-month fake.

Example::

    roman_month_date("2.IV.1998")  # datetime.date(1998, 4, 2)
    shift_roman_date("2.IV.1998", 40)  # '12.V.1998'
    shift_roman_date("1998. iv. 02.", -3)  # '1998. iii. 30.'
"""

from __future__ import annotations

import re
from datetime import date, timedelta

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_NUMBER = {roman: i for i, roman in enumerate(ROMAN_MONTHS, start=1)}
_ROMAN = r"(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I|xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)"
# Between the parts: a dot (a space may follow), a slash, a hyphen or a space.
_SEP = r"(?:\.\s?|\s?/\s?|-|\s)"
_DAY_FIRST = re.compile(rf"^(\d{{1,2}})({_SEP})({_ROMAN})({_SEP})(\d{{4}})(\.?)$")
_YEAR_FIRST = re.compile(rf"^(\d{{4}})({_SEP})({_ROMAN})({_SEP})(\d{{1,2}})(\.?)$")
# A roman-month date inside text, unanchored, for a larger date pattern (``text_patterns._DATE``): the day, the
# month and a year of 1800-2099 between dots (a space may follow), slashes or hyphens, or Hungarian year first.
TEXT_DATE = (
    rf"\d{{1,2}}(?:\.[ \t]?|/|-)(?:{_ROMAN})(?:\.[ \t]?|/|-)(?:1[89]\d\d|20\d\d)"
    rf"|(?:1[89]\d\d|20\d\d)\.[ \t]?(?:{_ROMAN})\.[ \t]?\d{{1,2}}\.?"
)
# Alone in running text (``born 2.IV.1998``): not glued to other digits, letters or a further dotted number.
TEXT_PATTERN = re.compile(rf"(?<![\w.])(?:{TEXT_DATE})(?![\w]|\.\d)")


def _parts(value: str) -> tuple[re.Match[str], bool] | None:
    """The match of a roman-month date and whether it is written year first, else None."""
    text = value.strip()
    if m := _DAY_FIRST.match(text):
        return m, False
    if m := _YEAR_FIRST.match(text):
        return m, True
    return None


def _date_of(m: re.Match[str], year_first: bool) -> date | None:
    year, day = (m.group(1), m.group(5)) if year_first else (m.group(5), m.group(1))
    try:
        return date(int(year), _NUMBER[m.group(3).upper()], int(day))
    except ValueError:
        return None


def roman_month_date(value: str) -> date | None:
    """The date of a cell written with a roman-numeral month (``2.IV.1998``, ``1998. IV. 2.``), else None."""
    found = _parts(value)
    return _date_of(*found) if found is not None else None


def is_roman_month_date(value: str) -> bool:
    """Whether ``value`` is a real calendar date written with a roman-numeral month."""
    return roman_month_date(value) is not None


def _roman(month: int, like: str) -> str:
    roman = ROMAN_MONTHS[month - 1]
    return roman.lower() if like.islower() else roman


def _day(day: int, like: str) -> str:
    return f"{day:02d}" if len(like) == 2 and like.startswith("0") else str(day)


def shift_roman_date(value: str, days: int) -> str | None:
    """``value`` (a roman-month date) moved by ``days`` and written in its own layout: the day padded as it was, the
    month in the same case, the same separators; None when ``value`` is no roman-month date (or the shift leaves the
    calendar)."""
    found = _parts(value)
    if found is None or (old := _date_of(*found)) is None:
        return None
    m, year_first = found
    try:
        new = old + timedelta(days=days)
    except OverflowError:
        return None
    lead = value[: len(value) - len(value.lstrip())]
    tail = value[len(value.rstrip()) :]
    month = _roman(new.month, m.group(3))
    if year_first:
        body = f"{new.year:04d}{m.group(2)}{month}{m.group(4)}{_day(new.day, m.group(5))}{m.group(6)}"
    else:
        body = f"{_day(new.day, m.group(1))}{m.group(2)}{month}{m.group(4)}{new.year:04d}{m.group(6)}"
    return f"{lead}{body}{tail}"
