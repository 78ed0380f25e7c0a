"""Date checks: does a value look like a calendar date, and which date is it?

Example::

    parse_date("04/06/2004")  # datetime.date(2004, 4, 6)
    parse_written_date("September 14, 1948")  # datetime.date(1948, 9, 14)
    compact_date("19310821")  # datetime.date(1931, 8, 21)
"""

from __future__ import annotations

import re
from datetime import date

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


# Month names (and their usual abbreviations) of the languages exports write dates in, lower case.
_MONTH_NAMES = (
    ("january", "jan", "januar", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari", "janeiro"),
    ("february", "feb", "februar", "février", "fevrier", "févr", "fev", "febrero", "febbraio", "februari",
     "fevereiro"),
    ("march", "mar", "märz", "maerz", "mars", "marzo", "maart", "março", "marco", "mrz"),
    ("april", "apr", "avril", "avr", "abril", "abr", "aprile"),
    ("may", "mai", "mayo", "maggio", "mag", "mei", "maio"),
    ("june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho"),
    ("july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"),
    ("august", "aug", "août", "aout", "agosto", "ago", "augustus"),
    ("september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro"),
    ("october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out"),
    ("november", "nov", "novembre", "noviembre", "novembro"),
    ("december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
     "dezembro"),
)  # fmt: skip
_MONTHS = {name: i for i, names in enumerate(_MONTH_NAMES, start=1) for name in names}
# ``14 September 1948``, ``14. März 1948``, ``14 de março de 1948``, ``September 14, 1948``, ``Sep 14th 1948``.
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?([^\W\d_]{3,10})\.?,?\s+(?:de\s+)?(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([^\W\d_]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")


def parse_written_date(value: str) -> date | None:
    """A date written with its month's name (``September 14, 1948``, ``7 November 2004``,
    ``14. März 1948``), else ``None``: birth-date columns mix these with numeric layouts."""
    text = value.strip()
    if m := _DAY_MONTH_YEAR.match(text):
        day, month, year = m.group(1), m.group(2), m.group(3)
    elif m := _MONTH_DAY_YEAR.match(text):
        month, day, year = m.group(1), m.group(2), m.group(3)
    else:
        return None
    number = _MONTHS.get(month.lower())
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
