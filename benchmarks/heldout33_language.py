"""Held-out set 33: locales, groups, seeds, regions, languages and missing-cell words.

Set 33 has set 32's 190 locales (``heldout32_language``: its lists and public functions, called, not copied) and
eight no set used (``heldout33_new8``: ar_QA, dz_BT, en_BM, pap_AW, en_LR, to_TO, ar_LY, fr_BJ). Dates count back
from 2026-06-01 (set 32's ``birth_date`` / ``event_date``); a new locale takes the date layouts of a set-32 locale
(``PROXY``).
"""

from __future__ import annotations

import heldout32_language as l32
import heldout33_new8 as new8

FIRST7 = l32.FIRST7
OTHER = (*l32.OTHER, *l32.NEW8_32)
NEW8_33 = new8.NEW8_33
LOCALES = (*FIRST7, *OTHER, *NEW8_33)
SEEDS = (33001, 33002, 33003, 33004, 33005, 33006)
N_ROWS = 0
CJK = l32.CJK
INDIC = l32.INDIC
TITLES = l32.TITLES
PROXY = {"ar_QA": "ar_AE", "dz_BT": "en_IN", "en_BM": "en_US", "pap_AW": "nl_CW", "en_LR": "en_US",
         "to_TO": "en_NZ", "ar_LY": "ar_EG", "fr_BJ": "fr_SN"}  # fmt: skip
LANG = {**{x: l32.lang(x) for x in l32.LOCALES}, **{x: l32.lang(PROXY[x]) for x in NEW8_33}}
_MISSING_NEW = {"ar_QA": ("غير متوفر", "N/A"), "dz_BT": ("NA", "nil"), "en_BM": ("n/a", "none"),
                "pap_AW": ("onbekend", "no tin"), "en_LR": ("N/A", "none"), "to_TO": ("n/a", "'ikai"),
                "ar_LY": ("لا يوجد", "-"), "fr_BJ": ("néant", "NR")}  # fmt: skip
TOOL_MISSING = l32.TOOL_MISSING


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for the first 7 (they decide the issue), two for the new 8, one elsewhere."""
    return SEEDS if locale in FIRST7 else SEEDS[:2] if locale in NEW8_33 else SEEDS[:1]


def proxy(locale: str) -> str:
    """The set-32 locale whose date layouts a table of ``locale`` uses (itself for set 32's)."""
    return PROXY.get(locale, locale)


def region(locale: str) -> str:
    """The country of a locale (phones, IBANs): ``pap_AW`` -> ``AW``."""
    return new8.REGION.get(locale) or l32.region(locale)


def lang(locale: str) -> str:
    """The language of a locale's headers and local notes."""
    return LANG[locale]


def missing_words(locale: str) -> tuple[str, ...]:
    """The words the locale's exports write in an empty cell."""
    return _MISSING_NEW.get(locale) or l32.missing_words(locale)


birth_date = l32.birth_date
event_date = l32.event_date
dob_mix = l32.dob_mix


def fmt_date(d, locale: str, layout: str) -> str:
    """``d`` as ``layout`` in the proxy locale's order (set 32's layouts)."""
    return l32.fmt_date(d, proxy(locale), layout)
