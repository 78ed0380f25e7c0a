"""Held-out set 38: locales, groups, seeds, regions, languages, date layouts and missing-cell words.

Set 38 has set 37's 230 locales (``heldout37_language``: its lists and public functions, called, not copied) and
eight no set used (``heldout38_new8``: en_NF, fr_BL, nl_SX, en_KI, en_SB, fr_GF, en_CK, en_PW). Birth dates are the
people's own (drawn by the earlier generators or ``heldout38_new8``); event dates count back from 2026-07-01. Date
layouts are set 38's own (dotted year first ``1998.04.02``, Roman months ``2.IV.1998``, unpadded ``2-4-1998``,
lower-case month ``02 apr 1998``, ISO with a time ``1998-04-02 00:00:00`` as spreadsheets export it).
"""

from __future__ import annotations

import datetime as dt
import random

import heldout37_language as l37

FIRST7 = l37.FIRST7
OTHER = (*l37.OTHER, *l37.NEW8_37)
NEW8_38 = ("en_NF", "fr_BL", "nl_SX", "en_KI", "en_SB", "fr_GF", "en_CK", "en_PW")
LOCALES = (*FIRST7, *OTHER, *NEW8_38)
SEEDS = (38001, 38002, 38003, 38004, 38005, 38006)
N_ROWS = 0
CJK = l37.CJK
INDIC = l37.INDIC
_NEW_LANG = {"en_NF": "en", "fr_BL": "fr", "nl_SX": "nl", "en_KI": "en", "en_SB": "en", "fr_GF": "fr",
             "en_CK": "en", "en_PW": "en"}  # fmt: skip
LANG = {**l37.LANG, **_NEW_LANG}
TITLES = l37.TITLES
TOOL_MISSING = ("N/A", "#N/A", "NULL", "?", "--", "(blank)", "nk", "unk", "none given", "TBA", "see below", "0")
TODAY = dt.date(2026, 7, 1)
_MONTHS_EN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
# The locale's own word for a cell left empty on purpose (set 38's, beside set 37's).
_OWN_MISSING = {"de": ("k. A.", "fehlt"), "fr": ("NR", "néant"), "es": ("s/d", "no consta"), "it": ("n.d.", "ND"),
                "nl": ("onb.", "nvt"), "pt": ("s/ info", "n/d"), "en": ("not known", "nk")}  # fmt: skip
DATE_LAYOUTS = ("iso", "dot_ymd", "roman", "unpadded", "lower_mon", "iso_time", "local")


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for a first-7 locale, two for a new one, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    if locale in NEW8_38:
        return SEEDS[:2]
    return SEEDS[:1]


def region(locale: str) -> str:
    """The phone and IBAN country of a locale (set 37's rule; the new 8: the part after ``_``)."""
    if locale in NEW8_38:
        return locale.split("_")[1]
    return l37.region(locale)


def lang(locale: str) -> str:
    """The language notes and headers are written in."""
    return LANG[locale] if locale in LANG else l37.lang(locale)


def missing_words(locale: str) -> tuple[str, ...]:
    """What an export of this locale writes in a cell it has no value for (set 37's words and set 38's own)."""
    base = () if locale in NEW8_38 else tuple(l37.missing_words(locale))
    return (*base, *_OWN_MISSING.get(lang(locale), ()))


def fmt_date(iso: str, locale: str, layout: str) -> str:
    """An ISO date in one of set 38's layouts (``local``: the locale's usual day-month order with slashes, or
    month first in en_US and the NANP islands)."""
    d = dt.date.fromisoformat(iso)
    if layout == "dot_ymd":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if layout == "roman":
        return f"{d.day}.{_ROMAN[d.month - 1]}.{d.year}"
    if layout == "unpadded":
        return f"{d.day}-{d.month}-{d.year}"
    if layout == "lower_mon":
        return f"{d.day:02d} {_MONTHS_EN[d.month - 1]} {d.year}"
    if layout == "iso_time":
        return f"{iso} 00:00:00"
    if layout == "local":
        if locale in ("en_US", "nl_SX", "en_PW"):
            return f"{d.month}/{d.day}/{d.year}"
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    return iso


def event(rng: random.Random, locale: str, layout: str = "iso", years: float = 2.0) -> str:
    """A date within ``years`` before ``TODAY`` in ``layout``."""
    d = TODAY - dt.timedelta(days=rng.randint(0, int(365 * years)))
    return fmt_date(d.isoformat(), locale, layout)


def iso_of(value) -> str:
    """A ``datetime.date`` (or ISO text) as ISO text."""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
