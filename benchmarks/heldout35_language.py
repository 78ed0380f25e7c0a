"""Held-out set 35: locales, groups, seeds, regions, languages, date layouts and missing-cell words.

Set 35 has set 34's 206 locales (``heldout34_language``: its lists and public functions, called, not copied) and
eight no set used (``heldout35_new8``: ar_MR, en_GM, fr_BF, en_GG, fr_GP, rn_BI, en_BS, zh_MO). Dates count back
from 2026-06-01 (set 34's ``birth_date`` / ``event_date``); a new locale takes the date layouts of a set-34 locale
(``PROXY``).
"""

from __future__ import annotations

import datetime as dt

import heldout34_language as l34

FIRST7 = l34.FIRST7
OTHER = (*l34.OTHER, *l34.NEW8_34)  # set 34's locales beyond the first 7 (its new 8 among them)
NEW8_35 = ("ar_MR", "en_GM", "fr_BF", "en_GG", "fr_GP", "rn_BI", "en_BS", "zh_MO")
LOCALES = (*FIRST7, *OTHER, *NEW8_35)
SEEDS = (35001, 35002, 35003, 35004, 35005, 35006)
N_ROWS = 0
CJK = l34.CJK
INDIC = l34.INDIC
# The set-34 locale whose date layouts (day-month order) a new locale's exports use.
PROXY = {"ar_MR": "fr_FR", "en_GM": "en_GB", "fr_BF": "fr_FR", "en_GG": "en_GB", "fr_GP": "fr_FR",
         "rn_BI": "fr_FR", "en_BS": "en_US", "zh_MO": "pt_PT"}  # fmt: skip
_REGION = {"ar_MR": "MR", "en_GM": "GM", "fr_BF": "BF", "en_GG": "GG", "fr_GP": "GP", "rn_BI": "BI",
           "en_BS": "BS", "zh_MO": "MO"}  # fmt: skip
# Mauritania's, Burkina's, Guadeloupe's and Burundi's forms are French; Macau's Portuguese (with Chinese names).
_LANG_NEW = {"ar_MR": "fr", "en_GM": "en", "fr_BF": "fr", "en_GG": "en", "fr_GP": "fr", "rn_BI": "fr",
             "en_BS": "en", "zh_MO": "pt"}  # fmt: skip
LANG = {**l34.LANG, **_LANG_NEW}
TITLES = l34.TITLES
TOOL_MISSING = l34.TOOL_MISSING
_MISSING_NEW = {"fr": ("néant", "non renseigné", "-"), "en": ("n/k", "none given", "-"), "pt": ("s/d", "-")}


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for the first 7 (they decide the issue), two for the new 8, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    return SEEDS[:2] if locale in NEW8_35 else SEEDS[:1]


def proxy(locale: str) -> str:
    """The set-34 locale whose date layouts a table of ``locale`` uses (itself for set 34's)."""
    return PROXY.get(locale, locale)


def region(locale: str) -> str:
    """The country of a locale (phones, IBANs): ``en_GG`` -> ``GG``."""
    return _REGION.get(locale) or l34.region(locale)


def lang(locale: str) -> str:
    """The language of a locale's headers and local notes."""
    return LANG[locale]


def missing_words(locale: str) -> tuple[str, ...]:
    """The words the locale's exports write in an empty cell."""
    if locale in _LANG_NEW:
        return _MISSING_NEW[_LANG_NEW[locale]]
    return tuple(l34.missing_words(locale))


def fmt_date(d: dt.date, locale: str, layout: str) -> str:
    """``d`` as ``layout`` in the proxy locale's order (set 34's layouts)."""
    return l34.fmt_date(d, proxy(locale), layout)


birth_date = l34.birth_date
event_date = l34.event_date
dob_mix = l34.dob_mix
