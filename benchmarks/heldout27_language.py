"""Held-out set 27: locales, groups, seeds, row counts, date layouts, titles and missing-cell words.

Set 27 has set 26's 142 locales (imported from ``heldout26_language``, not copied) and eight no set used:
sr_ME (Montenegro: Montenegrin names in Latin script, ``Njegoševa 15`` and ``bb`` streets, 5-digit postcodes, JMBG
with its mod-11 check digit, ME IBANs), es_CU (Cuba: two surnames, ``Calle 23 No. 456 e/ L y M`` addresses, the
11-digit carnet de identidad with the birth date in it, postcodes not written, no IBAN), en_MU (Mauritius: Indo-,
Franco-, Sino-Mauritian and Creole names, 7-digit landlines and 8-digit mobiles, 5-digit postcodes, the NID with its
check character, MU IBANs), sv_AX (Åland: Swedish names, village addresses without a street word, ``AX-22100``
postcodes, Finnish HETU and FI IBANs, 018 numbers with 5-digit subscriber parts), en_GI (Gibraltar: Genoese,
Maltese, Spanish and British surnames, one postcode ``GX11 1AA`` for the whole territory, 8-digit numbers, GI
IBANs, no national id with a check digit here), ky_KG (Kyrgyzstan: Kyrgyz names in Cyrillic, ``мкр.`` addresses,
6-digit postcodes, 14-digit PIN without a published check digit, Bishkek 0312 numbers with 6-digit subscriber
parts, no IBAN), fr_LB (Lebanon: French labels, addresses by building and floor without numbers, postcodes not
written, LB IBANs, 6-digit subscriber numbers behind 01/03) and nl_SR (Suriname: Hindustani, Javanese, Creole,
Chinese and Maroon names, Dutch labels, 6-digit landlines and 7-digit mobiles, no postcodes, no IBAN).

Dates count back from 2026-06-01, never from the clock. The new eight write dates as the proxy locale in
``PROXY`` does (set 26's ``fmt_date`` with that locale; Åland as Finland, dotted).
"""

from __future__ import annotations

import datetime as dt
import random

import heldout26_language as set26

FIRST7 = set26.FIRST7
OTHER = tuple(set26.OTHER) + tuple(set26.NEW8_26)
NEW8_27 = ("sr_ME", "es_CU", "en_MU", "sv_AX", "en_GI", "ky_KG", "fr_LB", "nl_SR")
LOCALES = FIRST7 + OTHER + NEW8_27
SEEDS = (27001,)
N_ROWS = 0
REFERENCE = dt.date(2026, 6, 1)
CJK = set26.CJK
INDIC = set26.INDIC

# The set-26 locale whose date layouts and month names a new locale's tables use.
PROXY = {"sr_ME": "sr_RS", "es_CU": "es_ES", "en_MU": "en_GB", "sv_AX": "fi_FI", "en_GI": "en_GB",
         "ky_KG": "ru_RU", "fr_LB": "fr_FR", "nl_SR": "nl_NL"}  # fmt: skip
_NEW_LANG = {"sr_ME": "sr", "es_CU": "es", "en_MU": "en", "sv_AX": "sv", "en_GI": "en", "ky_KG": "ru",
             "fr_LB": "fr", "nl_SR": "nl"}  # fmt: skip
LANG = {**set26.LANG, **_NEW_LANG}
TITLES = dict(set26.TITLES)
MISSING = {
    **set26.MISSING,
    "sr_ME": ("nema", "n/p", "-"),
    "es_CU": ("N/A", "no tiene", "-"),
    "en_MU": ("N/A", "nil", "-"),
    "sv_AX": ("saknas", "uppgift saknas", "-"),
    "en_GI": ("N/A", "none", "-"),
    "ky_KG": ("нет", "н/д", "-"),
    "fr_LB": ("N/D", "néant", "-"),
    "nl_SR": ("n.v.t.", "onbekend", "-"),
}
TOOL_MISSING = set26.TOOL_MISSING


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for the first 7 (they decide the issue), two for the new 8, one elsewhere."""
    if locale in FIRST7:
        return tuple(range(27001, 27007))
    if locale in NEW8_27:
        return (27001, 27002)
    return SEEDS


def proxy(locale: str) -> str:
    """The set-26 locale whose date layouts a table of ``locale`` uses (itself for set 26's)."""
    return PROXY.get(locale, locale)


def region(locale: str) -> str:
    """The country of a locale (phones, IBANs): ``sv_AX`` -> ``AX``."""
    return locale.split("_")[1]


def lang(locale: str) -> str:
    """The language of a locale's labels and local notes."""
    return LANG[locale]


def birth_date(rng: random.Random, child: bool = False) -> dt.date:
    """A birth date counted back from ``REFERENCE``: adults 18-94, children 6-16."""
    lo, hi = (6, 16) if child else (18, 94)
    return REFERENCE - dt.timedelta(days=rng.randint(lo * 365 + 5, hi * 365 + 300))


def event_date(rng: random.Random, years: int = 4) -> dt.date:
    """A visit, consent, joining or purchase date of the last ``years`` years (not personal data)."""
    return REFERENCE - dt.timedelta(days=rng.randint(3, years * 365))


def fmt_date(d: dt.date, locale: str, layout: str) -> str:
    """``d`` as ``layout`` (set 26's layouts, in the proxy locale's order for the new eight)."""
    return set26.fmt_date(d, proxy(locale), layout)


def dob_mix(rng: random.Random, main: str = "", old_register: bool = False) -> tuple[list[str], list[float]]:
    """A column's birth-date layouts and weights (set 26's): a main one on most rows, one or two others."""
    return set26.dob_mix(rng, main, old_register)


def missing_words(locale: str) -> tuple[str, ...]:
    """The words the locale's exports write in an empty cell."""
    return MISSING.get(locale) or set26.missing_words(locale)
