"""Date checks: does a value look like a calendar date, and which date is it?

Example::

    parse_date("04/06/2004")  # datetime.date(2004, 4, 6)
    parse_written_date("September 14, 1948")  # datetime.date(1948, 9, 14)
    compact_date("19310821")  # datetime.date(1931, 8, 21)
"""

from __future__ import annotations

import re
from datetime import date

from safe_synthesizer.pii.month_names import month_number

_ISO_DATE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}")
_DATE_LIKE = re.compile(
    r"^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})([ T]\d{1,2}:\d{2}(:\d{2})?)?$"
)


# A calendar date with a four-digit year opening a value: "29.07.2025 08" is a timestamp cut at its colon.
_DATE_HEAD = re.compile(r"\(?(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})(?![./-]?\d)")


def starts_with_date(value: str) -> bool:
    """``value`` opens with a real calendar date of a four-digit year (``[10.12.2024 08:14]`` cut to
    ``10.12.2024 08`` reads as a US phone number; no phone is written so)."""
    m = _DATE_HEAD.match(value.strip())
    return m is not None and parse_date(m.group(1)) is not None


def looks_like_date(value: str) -> bool:
    """A calendar date such as ``2004-04-06`` or ``04/06/2004`` (optionally with a time)."""
    return bool(_DATE_LIKE.match(value)) and parse_date(value) is not None


def parse_date(value: str) -> date | None:
    """Parse the common numeric date layouts; ``None`` when it is not a real calendar date."""
    parts = re.split(r"[-/. T]", value.strip())
    if len(parts) < 3 or not all(p.isdigit() for p in parts[:3]):
        return None
    a, b, c = (int(p) for p in parts[:3])
    candidates = [(a, b, c)] if len(parts[0]) == 4 else [(c, a, b), (c, b, a)]
    for year, month, day in candidates:
        if year < 100:
            year += 1900 if year > 30 else 2000
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


# ``14 September 1948``, ``14. März 1948``, ``14 de março de 1948``, ``September 14, 1948``, ``Sep 14th 1948``.
# Catalan joins ``de`` to a month opening with a vowel: ``15 d'agost de 1980``.
_DAY_MONTH_YEAR = re.compile(
    r"^(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+|d['’])?([^\W\d_]{3,10})\.?,?\s+(?:de\s+)?(\d{4})$"
)
_MONTH_DAY_YEAR = re.compile(r"^([^\W\d_]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")


def parse_written_date(value: str) -> date | None:
    """A date written with its month's name in any language :mod:`month_names` knows (``September 14, 1948``,
    ``7 November 2004``, ``14. März 1948``, ``20 de juny de 1997``), else ``None``: birth-date columns mix these
    with numeric layouts."""
    text = value.strip()
    if m := _DAY_MONTH_YEAR.match(text):
        day, month, year = m.group(1), m.group(2), m.group(3)
    elif m := _MONTH_DAY_YEAR.match(text):
        month, day, year = m.group(1), m.group(2), m.group(3)
    else:
        return None
    number = month_number(month)
    if number is None:
        return None
    try:
        return date(int(year), number, int(day))
    except ValueError:
        return None


# ``19310821``: a compact date of a birth year (19xx or 20xx).
_COMPACT = re.compile(r"^(19\d\d|20\d\d)(\d\d)(\d\d)$")


def compact_date(value: str, today: date | None = None) -> date | None:
    """The date of a compact ``YYYYMMDD`` value, when it is a real calendar date not after ``today``."""
    m = _COMPACT.match(value.strip())
    if not m:
        return None
    try:
        d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    return d if d <= (today or date.today()) else None
