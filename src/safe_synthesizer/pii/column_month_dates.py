"""Dates written with a month's name of more languages, and Thai dates in Buddhist-era years.

Why: birth-date columns of Greek, Bulgarian, Macedonian, Russian, Ukrainian, Polish, Czech, Turkish,
Portuguese and Thai exports write the month's name in that language (``8 Ιουλίου 1967``, ``7 април 1995``,
``12 มกราคม 2521``), and Thai exports count years from the Buddha (2521 = 1978). The written-date reader of
the validators knows the month names of the seven first languages only, so such a column read as free
text and its birth dates were published as written. Here each month name is looked up in the one table of
:mod:`month_names` (lower case, accents dropped: Greek writes ``Μαΐου``/``ΜΑΙΟΥ``), a dot after an abbreviation
allowed, Catalan's ``d'`` before a vowel too (``15 d'agost de 1980``); a year of
2400-2600 is a Buddhist-era year when the cell is Thai or has no other reading (no calendar in use puts
a person's birth there).

Example::

    local_date("8 Ιουλίου 1967")  # date(1967, 7, 8)
    local_date("26/11/2540")  # date(1997, 11, 26)
"""

from __future__ import annotations

import re
from datetime import date

from safe_synthesizer.pii.month_names import month_number

_BUDDHIST_OFFSET = 543
_DAY_MONTH_YEAR = re.compile(
    r"^(\d{1,2})\.?[\s./-]*(?:de\s+|d['’])?([^\W\d_][^\W\d_.]*(?:\.[^\W\d_]+)*\.?)[\s,./-]*(?:de\s+)?(\d{4})\.?$"
)
_NUMERIC = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$")
_THAI = re.compile("[\u0e00-\u0e7f]")


def _year(text: str, thai: bool) -> int | None:
    """A year as the calendar in use writes it: Buddhist-era years (2400-2600) moved to the common era."""
    year = int(text)
    if 2400 <= year <= 2600:
        return year - _BUDDHIST_OFFSET
    return None if thai and year < 1800 else year


def local_date(value: str) -> date | None:
    """The date of ``d <month name> yyyy`` in a language :mod:`month_names` knows, or of ``dd/mm/yyyy`` with a
    Buddhist-era year."""
    text = value.strip()
    thai = bool(_THAI.search(text))
    try:
        if m := _NUMERIC.match(text):
            if not 2400 <= int(m.group(3)) <= 2600:
                return None  # common-era numeric dates: the general readers' job
            year = _year(m.group(3), thai)
            return date(year, int(m.group(2)), int(m.group(1))) if year else None
        if m := _DAY_MONTH_YEAR.match(text):
            month = month_number(m.group(2))
            year = _year(m.group(3), thai)
            return date(year, month, int(m.group(1))) if month and year else None
    except ValueError:
        return None
    return None
