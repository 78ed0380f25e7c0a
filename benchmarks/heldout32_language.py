"""Held-out set 32: locales, groups, seeds, date layouts, titles and missing-cell words.

Set 32 has set 31's 182 locales (``heldout31_language``: its lists and public functions, called, not copied) and
eight no set used, written here (``heldout32_new8``) from what those places write:

- lo_LA (Laos: ``Souksavanh Phommachanh``, some cells in Lao script, ``Ban Sisavath Tai, Unit 12, House 045`` and the
  district, 5-digit postcodes seldom, ``020`` mobiles, the 12-digit id card number);
- en_JE (Jersey: Jersey-French surnames ``Le Sueur``, ``de Gruchy``, house names, parishes, ``JE2 4UH`` postcodes,
  the social security number ``JY123456A``, GB IBANs, ``01534`` landlines and ``07797`` mobiles);
- ar_YE (Yemen: four-part Arabic names ``محمد عبدالله صالح الأهدل`` or Latin ``Al-Ahdal``, ``شارع حدة، عمارة 14``,
  no postcode, the 11-digit national number, no IBAN, ``77``/``73``/``71`` mobiles);
- en_PG (Papua New Guinea: ``Grace Kila``, ``Section 23, Lot 12, Boroko``, 3-digit postcodes seldom, ``7xxx xxxx``
  mobiles, the 10-digit NID number, no IBAN);
- fr_NC (New Caledonia: Kanak, Caldoche and Wallisian names ``Wamytan``, ``Taofifenua``, ``12 rue Jean Jaurès``,
  ``98800 Nouméa``, six-digit ``75.06.16`` numbers, the French NIR of one born there (``98`` + ``8xx``, key by
  ``stdnum.fr.nir``), no IBAN);
- sn_ZW (Zimbabwe: Shona and Ndebele names ``Tendai Moyo``, ``Stand 4521, Budiriro 5``, no postcodes, the national
  id ``63-123456 F 42`` with its check letter, no IBAN, ``077``/``071`` mobiles);
- en_GY (Guyana: Indo- and Afro-Guyanese names ``Ravi Persaud``, ``Lot 45 Section K, Campbellville``, no postcodes,
  the 9-digit id card number, no IBAN, ``6xx xxxx`` mobiles);
- ps_AF (Afghanistan: Pashto names in Arabic script or Latin ``Zalmai Ahmadzai``, ``کور ۱۲، سړک ۱۵، وزیر اکبر خان``,
  4-digit postcodes seldom, the e-Tazkira number ``1399-0401-12345``, no IBAN, ``07x`` mobiles).

Dates count back from 2026-06-01 (set 31's ``birth_date`` and ``event_date``: nothing from the clock). A new locale
takes the date layouts of a set-31 locale (``PROXY``).
"""

from __future__ import annotations

import datetime as dt
import random

import heldout31_language as l31

FIRST7 = l31.FIRST7
# Set 31's other 167 and its new eight: one table each in set 32.
OTHER = (*l31.OTHER, *l31.NEW8_31)
NEW8_32 = ("lo_LA", "en_JE", "ar_YE", "en_PG", "fr_NC", "sn_ZW", "en_GY", "ps_AF")
LOCALES = (*FIRST7, *OTHER, *NEW8_32)
SEEDS = (32001,)
N_ROWS = 0
CJK = l31.CJK
INDIC = l31.INDIC
PROXY = {"lo_LA": "en_GB", "en_JE": "en_GB", "ar_YE": "ar_IQ", "en_PG": "en_AU", "fr_NC": "fr_FR",
         "sn_ZW": "en_GB", "en_GY": "en_GB", "ps_AF": "ar_IQ"}  # fmt: skip
_REGION = {"lo_LA": "LA", "en_JE": "JE", "ar_YE": "YE", "en_PG": "PG", "fr_NC": "NC", "sn_ZW": "ZW",
           "en_GY": "GY", "ps_AF": "AF"}  # fmt: skip
_LANG_NEW = {"lo_LA": "lo", "en_JE": "en", "ar_YE": "ar", "en_PG": "en", "fr_NC": "fr", "sn_ZW": "en",
             "en_GY": "en", "ps_AF": "ps"}  # fmt: skip
LANG = {**{x: l31.LANG[x] for x in l31.LOCALES}, **_LANG_NEW}
_OWN_TITLES = {"lo": ("ທ່ານ", "ທ້າວ", "ນາງ", "Mr", "Mrs"), "ps": ("ښاغلی", "اغلې", "Mr", "Mrs")}
_MISSING_NEW = {"lo_LA": ("-", "ບໍ່ມີ"), "en_JE": ("N/A", "-", "none given"), "ar_YE": ("لا يوجد", "-"),
                "en_PG": ("nil", "N/A", "-"), "fr_NC": ("néant", "NC", "-"), "sn_ZW": ("N/A", "nil", "-"),
                "en_GY": ("N/A", "nil", "-"), "ps_AF": ("نشته", "-")}  # fmt: skip
TOOL_MISSING = l31.TOOL_MISSING


class _Titles(dict):
    """Courtesy titles by language: set 31's, and Lao and Pashto here."""

    def __missing__(self, key: str) -> tuple[str, ...]:
        return _OWN_TITLES[key] if key in _OWN_TITLES else l31.TITLES[key]


TITLES = _Titles()


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for the first 7 (they decide the issue), two for the new 8, one elsewhere."""
    if locale in FIRST7:
        return tuple(range(32001, 32007))
    return (32001, 32002) if locale in NEW8_32 else (32001,)


def proxy(locale: str) -> str:
    """The set-31 locale whose date layouts a table of ``locale`` uses (itself for set 31's)."""
    return PROXY.get(locale, locale)


def region(locale: str) -> str:
    """The country of a locale (phones, IBANs): ``en_JE`` -> ``JE``."""
    return _REGION[locale] if locale in _REGION else l31.region(locale)


def lang(locale: str) -> str:
    """The language of a locale's headers and local notes."""
    return LANG[locale]


def birth_date(rng: random.Random, child: bool = False) -> dt.date:
    """A birth date counted back from 2026-06-01 (set 31's)."""
    return l31.birth_date(rng, child)


def event_date(rng: random.Random, years: int = 3, ahead: int = 0) -> dt.date:
    """A visit, transaction or booking date: no personal data (set 31's)."""
    return l31.event_date(rng, years, ahead)


def fmt_date(d: dt.date, locale: str, layout: str) -> str:
    """``d`` as ``layout`` in the proxy locale's order (set 31's layouts)."""
    return l31.fmt_date(d, proxy(locale), layout)


def dob_mix(rng: random.Random, main: str = "") -> tuple[list[str], list[float]]:
    """A column's birth-date layouts and weights (set 31's: one, two or three layouts)."""
    return l31.dob_mix(rng, main)


def missing_words(locale: str) -> tuple[str, ...]:
    """The words the locale's exports write in an empty cell."""
    return _MISSING_NEW[locale] if locale in _MISSING_NEW else l31.missing_words(locale)
