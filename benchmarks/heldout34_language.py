"""Held-out set 34: locales, groups, seeds, regions, languages, date layouts and missing-cell words.

Set 34 has set 33's 198 locales (``heldout33_language``: its lists and public functions, called, not copied) and
eight no set used (``heldout34_new8``: tk_TM, ar_SY, ss_SZ, en_SL, fr_CD, st_LS, es_GQ, pt_ST). Dates count back
from 2026-06-01 (set 32's ``birth_date`` / ``event_date``); a new locale takes the date layouts of a set-33 locale
(``PROXY``).
"""

from __future__ import annotations

import datetime as dt

import heldout32_language as l32
import heldout33_language as l33
import heldout34_new8 as new8

FIRST7 = l33.FIRST7
OTHER = (*l33.OTHER, *l33.NEW8_33)
NEW8_34 = new8.NEW8_34
LOCALES = (*FIRST7, *OTHER, *NEW8_34)
SEEDS = (34001, 34002, 34003, 34004, 34005, 34006)
N_ROWS = 0
CJK = l33.CJK
INDIC = l33.INDIC
PROXY = {"tk_TM": "ru_RU", "ar_SY": "ar_JO", "ss_SZ": "en_ZA", "en_SL": "en_GB", "fr_CD": "fr_CM",
         "st_LS": "en_ZA", "es_GQ": "es_ES", "pt_ST": "pt_PT"}  # fmt: skip
_LANG_NEW = {"tk_TM": "ru", "ar_SY": "ar", "ss_SZ": "en", "en_SL": "en", "fr_CD": "fr", "st_LS": "en",
             "es_GQ": "es", "pt_ST": "pt"}  # fmt: skip
LANG = {**{x: l33.lang(x) for x in l33.LOCALES}, **_LANG_NEW}
TOOL_MISSING = l33.TOOL_MISSING
_MISSING_NEW = {"tk_TM": ("ýok", "нет"), "ar_SY": ("لا يوجد", "-"), "ss_SZ": ("N/A", "none"),
                "en_SL": ("N/A", "nil"), "fr_CD": ("néant", "RAS"), "st_LS": ("N/A", "ha ho"),
                "es_GQ": ("ninguno", "s/d"), "pt_ST": ("nenhum", "s/i")}  # fmt: skip


class _Titles(dict):
    """Titles by language: set 33's, and those of the new eight's languages it lacks."""

    def __missing__(self, key: str) -> tuple[str, ...]:
        try:
            return l33.TITLES[key]
        except KeyError:
            return ("Mr", "Mrs", "Ms", "Dr")


TITLES = _Titles({"ru": ("г-н", "г-жа", "Mr", "Mrs")})


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for the first 7 (they decide the issue), two for the new 8, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    return SEEDS[:2] if locale in NEW8_34 else SEEDS[:1]


def proxy(locale: str) -> str:
    """The set-33 locale whose date layouts a table of ``locale`` uses (set 33's own proxy for its locales)."""
    return PROXY[locale] if locale in PROXY else l33.proxy(locale)


def region(locale: str) -> str:
    """The country of a locale (phones, IBANs): ``ss_SZ`` -> ``SZ``."""
    return new8.REGION[locale] if locale in new8.REGION else l33.region(locale)


def lang(locale: str) -> str:
    """The language of a locale's headers and local notes."""
    return LANG[locale]


def missing_words(locale: str) -> tuple[str, ...]:
    """The words the locale's exports write in an empty cell."""
    return _MISSING_NEW[locale] if locale in _MISSING_NEW else l33.missing_words(locale)


def fmt_date(d: dt.date, locale: str, layout: str) -> str:
    """``d`` as ``layout`` in the proxy locale's order (set 33's layouts)."""
    return l33.fmt_date(d, proxy(locale) if locale in PROXY else locale, layout)


birth_date = l32.birth_date
event_date = l32.event_date
dob_mix = l32.dob_mix
