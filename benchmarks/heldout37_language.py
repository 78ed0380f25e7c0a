"""Held-out set 37: locales, groups, seeds, regions, languages, date layouts and missing-cell words.

Set 37 has set 36's 222 locales (``heldout36_language``: its lists and public functions, called, not copied) and
eight no set used (``heldout37_new8``: en_TC, fr_WF, en_NR, fr_KM, en_AI, en_MS, en_TV, pt_GW). Birth dates are the
people's own (drawn by the earlier generators or ``heldout37_new8``); event dates count back from 2026-06-01. Date
layouts are set 37's own (compact ``19980402``, slashes with a two-digit year, the month written out in English).
"""

from __future__ import annotations

import datetime as dt
import random

import heldout36_language as l36

FIRST7 = l36.FIRST7
OTHER = (*l36.OTHER, *l36.NEW8_36)
NEW8_37 = ("en_TC", "fr_WF", "en_NR", "fr_KM", "en_AI", "en_MS", "en_TV", "pt_GW")
LOCALES = (*FIRST7, *OTHER, *NEW8_37)
SEEDS = (37001, 37002, 37003, 37004, 37005, 37006)
N_ROWS = 0
CJK = l36.CJK
INDIC = l36.INDIC
_LANG_NEW = {"en_TC": "en", "fr_WF": "fr", "en_NR": "en", "fr_KM": "fr", "en_AI": "en", "en_MS": "en",
             "en_TV": "en", "pt_GW": "pt"}  # fmt: skip
LANG = {**l36.LANG, **_LANG_NEW}
TITLES = l36.TITLES
TOOL_MISSING = (*l36.TOOL_MISSING, "nil", "N.A.", "not given", "xx")
_MISSING_NEW = {"en": ("nil", "not given", "-"), "fr": ("néant", "NC", "-"), "pt": ("s/ info", "nd", "-")}
TODAY = dt.date(2026, 6, 1)
_MDY = frozenset({"en_US", "en_PH", "fil_PH", "en_BS", "mh_MH"})
_YMD = frozenset({*CJK, "hu_HU", "lt_LT", "mn_MN", "zh_MO", "sv_SE", "fa_IR", "eu_ES"})
_SEP = {"de": ".", "nl": "-", "ru": ".", "pl": ".", "cs": ".", "fi": ".", "da": ".", "tr": ".", "uk": ".", "sk": "."}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for the first 7 (they decide the issue), two for the new 8, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    return SEEDS[:2] if locale in NEW8_37 else SEEDS[:1]


def region(locale: str) -> str:
    """The country of a locale (phones, IBANs): ``en_TC`` -> ``TC``."""
    return l36.region(locale) if locale in l36.LOCALES else locale.split("_")[1]


def lang(locale: str) -> str:
    """The language of a locale's headers and local notes."""
    return LANG.get(locale, "en")


def missing_words(locale: str) -> tuple[str, ...]:
    """The words the locale's exports write in an empty cell."""
    if locale in NEW8_37:
        return _MISSING_NEW[_LANG_NEW[locale]]
    return l36.missing_words(locale)


def fmt_date(iso: str, locale: str, layout: str) -> str:
    """An ISO date written in ``layout``: ``iso``, ``local`` (the locale's order and separator), ``short``
    (two-digit year with slashes), ``compact`` (``19980402``), ``text`` (``02-Apr-1998``) or ``month``
    (``April 2, 1998``)."""
    d = dt.date.fromisoformat(str(iso)[:10])
    if layout == "iso":
        return d.isoformat()
    if layout == "compact":
        return d.strftime("%Y%m%d")
    if layout == "text":
        return f"{d.day:02d}-{_MONTHS[d.month - 1]}-{d.year}"
    if layout == "month":
        return f"{d.strftime('%B')} {d.day}, {d.year}"
    sep = _SEP.get(lang(locale), "/")
    if layout == "short":
        y = f"{d.year % 100:02d}"
        return f"{d.month}/{d.day}/{y}" if locale in _MDY else f"{d.day:02d}/{d.month:02d}/{y}"
    if locale in _YMD:
        return f"{d.year}{sep if sep != '/' else '-'}{d.month:02d}{sep if sep != '/' else '-'}{d.day:02d}"
    if locale in _MDY:
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def event(rng: random.Random, locale: str, layout: str = "iso", years: float = 2.0) -> str:
    """A booking, lesson or visit date up to ``years`` back from 2026-06-01: no personal data."""
    d = TODAY - dt.timedelta(days=rng.randint(0, int(365 * years)))
    return fmt_date(d.isoformat(), locale, layout)


def iso_of(value) -> str:
    """A person's birth date (a ``date`` or an ISO string, as the generators give it) as ISO text."""
    return value.isoformat() if isinstance(value, dt.date) else str(value)[:10]
