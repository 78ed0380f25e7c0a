"""Held-out set 36: locales, groups, seeds, regions, languages, date layouts and missing-cell words.

Set 36 has set 35's 214 locales (``heldout35_language``: its lists and public functions, called, not copied) and
eight no set used (``heldout36_new8``: en_KY, fr_YT, fr_DJ, en_VU, en_SC, en_FK, fr_PM, mh_MH). Birth dates are the
people's own (drawn by the earlier generators or ``heldout36_new8``); event dates count back from 2026-06-01.
"""

from __future__ import annotations

import datetime as dt

import heldout35_language as l35

FIRST7 = l35.FIRST7
OTHER = (*l35.OTHER, *l35.NEW8_35)
NEW8_36 = ("en_KY", "fr_YT", "fr_DJ", "en_VU", "en_SC", "en_FK", "fr_PM", "mh_MH")
LOCALES = (*FIRST7, *OTHER, *NEW8_36)
SEEDS = (36001, 36002, 36003, 36004, 36005, 36006)
N_ROWS = 0
CJK = l35.CJK
INDIC = l35.INDIC
_REGION = {x: x[-2:] for x in NEW8_36}
_LANG_NEW = {x: x[:2] if x[:2] in ("fr", "en") else "en" for x in NEW8_36}
LANG = {**l35.LANG, **_LANG_NEW}
TITLES = l35.TITLES
TOOL_MISSING = l35.TOOL_MISSING
_MISSING_NEW = {"fr": ("néant", "NR", "-"), "en": ("nil", "not given", "-")}
TODAY = dt.date(2026, 6, 1)
# Month-first writers; year-first writers (the rest write the day first).
_MDY = frozenset({"en_US", "mh_MH", "en_PH", "fil_PH", "en_BS"})
_YMD = frozenset({*CJK, "hu_HU", "lt_LT", "mn_MN", "zh_MO", "sv_SE", "fa_IR", "eu_ES"})
_SEP = {"de": ".", "nl": "-", "ru": ".", "pl": ".", "cs": ".", "fi": ".", "da": ".", "nb": ".", "tr": "."}


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for the first 7 (they decide the issue), two for the new 8, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    return SEEDS[:2] if locale in NEW8_36 else SEEDS[:1]


def region(locale: str) -> str:
    """The country of a locale (phones, IBANs): ``en_KY`` -> ``KY``."""
    return _REGION.get(locale) or l35.region(locale)


def lang(locale: str) -> str:
    """The language of a locale's headers and local notes."""
    return LANG.get(locale, "en")


def missing_words(locale: str) -> tuple[str, ...]:
    """The words the locale's exports write in an empty cell."""
    if locale in NEW8_36:
        return _MISSING_NEW[lang(locale)]
    return l35.missing_words(locale)


def fmt_date(iso: str, locale: str, layout: str) -> str:
    """An ISO date written in ``layout``: ``iso``, ``local`` (the locale's order and separator), ``short`` (two-digit
    year), ``dash`` (day-month-year with dashes) or ``text`` (``2 Apr 1998``)."""
    d = dt.date.fromisoformat(str(iso)[:10])
    if layout == "iso":
        return d.isoformat()
    if layout == "text":
        return f"{d.day} {d.strftime('%b')} {d.year}"
    year = d.year % 100 if layout == "short" else d.year
    width = 2 if layout == "short" else 4
    if locale in _YMD:
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    sep = "-" if layout == "dash" else _SEP.get(lang(locale), "/")
    if locale in _MDY:
        return f"{d.month:02d}{sep}{d.day:02d}{sep}{year:0{width}d}"
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{year:0{width}d}"


def event(rng, locale: str, layout: str = "iso", years: float = 2.0) -> str:
    """A booking, entry or visit date up to ``years`` back from 2026-06-01: no personal data."""
    d = TODAY - dt.timedelta(days=rng.randint(0, int(365 * years)))
    return fmt_date(d.isoformat(), locale, layout)
