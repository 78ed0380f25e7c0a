"""Dates written with a month's name and an apostrophe year (``Feb 7 '18``, ``25 Feb '22``, ``2 Apr '98``).

Why: registers, cards and notes written by hand or typed fast shorten the year to two digits after an apostrophe.
No date reader took ``Feb 7 '18`` for a date, so a birth-date column written so fell under the share of dates its
values need, even under a ``Date of birth`` header, a note's ``born Feb 7 '18`` kept the child's birth date, and
the replacement drew new digits where the layout was not read.

Read here: a day and a month's name (any language :mod:`month_names` knows; a dot after a short name allowed) in
either order, a comma maybe, then ``'``, ``’`` or ``‘`` and two digits. The century is read as
:func:`column_birth_cells.written_date` reads ``12-Mar-85`` (over 30: the 1900s), so a booking ``'27`` stays in
the 2000s. :func:`shift_apostrophe_date` moves a date with an English month name by some days and writes it back in
the same layout (order, padding, case, the apostrophe and the comma as written).

Example::

    apostrophe_date("Feb 7 '18")  # datetime.date(2018, 2, 7)
    apostrophe_date("25 Feb '22")  # datetime.date(2022, 2, 25)
    shift_apostrophe_date("Feb 7 '18", 30)  # "Mar 9 '18"
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from safe_synthesizer.pii.month_names import month_number

_APOS = "'\u2019\u2018"
_DAY_MON = re.compile(rf"^(\d{{1,2}})(\s+)([^\W\d_]{{3,10}})(\.?,?\s+)([{_APOS}])(\d\d)$")
_MON_DAY = re.compile(rf"^([^\W\d_]{{3,10}})(\.?\s+)(\d{{1,2}})(,?\s+)([{_APOS}])(\d\d)$")
# The same inside text: not glued to letters or digits on either side.
TEXT_DATE = (
    rf"\d{{1,2}}[ \t]+[^\W\d_]{{3,10}}\.?,?[ \t]+[{_APOS}]\d\d"
    rf"|[^\W\d_]{{3,10}}\.?[ \t]+\d{{1,2}},?[ \t]+[{_APOS}]\d\d"
)
TEXT_PATTERN = re.compile(rf"(?<![\w])(?:{TEXT_DATE})(?![\w])")
_EN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_FULL = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december")  # fmt: skip


def full_year(two: str) -> int:
    """``85`` -> 1985, ``05`` -> 2005 (as two-digit years are read elsewhere: over 30 the 1900s)."""
    return int(two) + (1900 if int(two) > 30 else 2000)


def _parts(value: str) -> tuple[re.Match[str], bool] | None:
    text = value.strip()
    if m := _DAY_MON.match(text):
        return m, True
    if m := _MON_DAY.match(text):
        return m, False
    return None


def apostrophe_date(value: str) -> date | None:
    """The date of ``Feb 7 '18`` / ``25 Feb '22`` (a month's name, a day, an apostrophe year), else None."""
    found = _parts(value)
    if found is None:
        return None
    m, day_first = found
    day, word = (m.group(1), m.group(3)) if day_first else (m.group(3), m.group(1))
    month = month_number(word)
    if month is None:
        return None
    try:
        return date(full_year(m.group(6)), month, int(day))
    except ValueError:
        return None


def _english(word: str) -> int | None:
    low = word.lower().rstrip(".")
    if low in _EN_FULL:
        return _EN_FULL.index(low) + 1
    return _EN.index(low[:3]) + 1 if low[:3] in _EN and _EN_FULL[_EN.index(low[:3])].startswith(low) else None


def _word(month: int, like: str) -> str:
    name = _EN_FULL[month - 1] if len(like.rstrip(".")) > 3 else _EN[month - 1]
    if like.isupper():
        return name.upper()
    return name.capitalize() if like[:1].isupper() else name


def shift_apostrophe_date(value: str, days: int) -> str | None:
    """``value`` moved by ``days`` in its own layout (``Feb 7 '18`` -> ``Mar 9 '18``); None when it is no such
    date or its month's name is not English (other languages are left to the other shifters)."""
    found = _parts(value)
    if found is None:
        return None
    m, day_first = found
    day, word = (m.group(1), m.group(3)) if day_first else (m.group(3), m.group(1))
    month = _english(word)
    if month is None:
        return None
    try:
        new = date(full_year(m.group(6)), month, int(day)) + timedelta(days=days)
    except (ValueError, OverflowError):
        return None
    day_text = f"{new.day:02d}" if day.startswith("0") else str(new.day)
    year_text = f"{m.group(5)}{new.year % 100:02d}"
    if day_first:
        out = f"{day_text}{m.group(2)}{_word(new.month, word)}{m.group(4)}{year_text}"
    else:
        out = f"{_word(new.month, word)}{m.group(2)}{day_text}{m.group(4)}{year_text}"
    text = value.strip()
    return value.replace(text, out) if text != value else out
