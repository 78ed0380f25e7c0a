"""Held-out set 31: locales, groups, seeds, date layouts, titles and missing-cell words.

Set 31 has set 30's 174 locales (``heldout30_language``: its lists and public functions, called, not copied) and
eight no set used, written here (``heldout31_new8``) from what those places write:

- ar_PS (Palestine: Arabic names in Arabic script or Latin, ``رام الله، شارع الإرسال، عمارة 12``, no postcode
  written, the 9-digit id card number with its Luhn check digit, PS IBANs, ``059``/``056`` mobiles);
- dv_MV (Maldives: Dhivehi names without a family name ``Aishath Shifa``, house names ``H. Maavehi, Majeedhee Magu``,
  5-digit ``20xxx`` postcodes, the id card ``A123456``, no IBAN, 7-digit numbers);
- km_KH (Cambodia: family name first ``Sok Dara``, ``#12, St. 294, Sangkat Tonle Bassac, Khan Chamkarmon``, 6-digit
  postcodes seldom, the 9-digit id card number, no IBAN, ``012``/``017`` mobiles);
- en_MW (Malawi: Chewa, Tumbuka and Yao names ``Chikondi Banda``, ``Area 47/3/215, Lilongwe`` and ``P.O. Box``, no
  postcodes, the 8-character national id ``Z7PT3RBN``, no IBAN, ``099``/``088`` mobiles);
- en_IM (Isle of Man: Manx surnames ``Quayle``, ``Kermode``, ``Cregeen``, ``12 Ballaquayle Road, Douglas``, ``IM2
  4NA`` postcodes, the NI number ``MA123456A``, GB IBANs, ``01624`` landlines and ``07624`` mobiles);
- tg_TJ (Tajikistan: Tajik names in Cyrillic ``Раҳмонов Фарҳод``, ``ш. Душанбе, кӯч. Рӯдакӣ 45, хонаи 12``,
  6-digit ``734xxx`` postcodes, the 9-digit taxpayer number, no IBAN, ``+992 9x`` mobiles);
- en_BB (Barbados: Bajan surnames ``Brathwaite``, ``Cumberbatch``, ``Lot 12, Sunset Crest, St. James``, ``BB23027``
  postcodes, the registration number ``YYMMDD-XXXX`` from the birth date, no IBAN, ``+1 246`` numbers);
- my_MM (Myanmar: names without a family name ``Aung Kyaw Moe``, ``Daw Khin Myat Noe``, ``No. 45, Bogyoke Aung San
  Road, Pabedan Township, Yangon``, 5-digit postcodes seldom, the NRC ``12/OuKaMa(N)123456``, no IBAN, ``09`` mobiles).

Dates count back from 2026-06-01 (nothing from the clock; set 29's ``birth_date`` and ``event_date``). A new locale
takes the date layouts of a set-30 locale (``PROXY``).
"""

from __future__ import annotations

import datetime as dt
import random

import heldout29_language as language29
import heldout30_language as language30

FIRST7 = language30.FIRST7
OTHER = language30.OTHER + language30.NEW8_30
NEW8_31 = ("ar_PS", "dv_MV", "km_KH", "en_MW", "en_IM", "tg_TJ", "en_BB", "my_MM")
LOCALES = FIRST7 + OTHER + NEW8_31
SEEDS = (31001,)
N_ROWS = 0
CJK = language30.CJK
INDIC = language30.INDIC
REFERENCE = dt.date(2026, 6, 1)

_NEW_LANG = {"ar_PS": "ar", "dv_MV": "dv", "km_KH": "km", "en_MW": "en", "en_IM": "en", "tg_TJ": "tg",
             "en_BB": "en", "my_MM": "my"}  # fmt: skip
LANG = {**language30.LANG, **_NEW_LANG}
PROXY = {"ar_PS": "ar_IQ", "dv_MV": "en_GB", "km_KH": "en_GB", "en_MW": "en_ZM", "en_IM": "en_GB", "tg_TJ": "ru_RU",
         "en_BB": "en_JM", "my_MM": "en_GB"}  # fmt: skip
_REGION = {"ar_PS": "PS", "dv_MV": "MV", "km_KH": "KH", "en_MW": "MW", "en_IM": "IM", "tg_TJ": "TJ", "en_BB": "BB",
           "my_MM": "MM"}  # fmt: skip


class _Titles(dict):
    """Courtesy titles by language: set 30's, with the new languages' own."""

    def __missing__(self, lg: str) -> tuple[str, ...]:
        return language30.TITLES[lg]


TITLES = _Titles(
    dv=("Mr", "Mrs", "Ms", "Dr"),
    km=("Mr", "Mrs", "Ms", "Dr", "Lok", "Lok Srey"),
    tg=("Ҷаноби", "Хонум", "Dr"),
    my=("U", "Daw", "Ko", "Ma", "Dr"),
)
_MISSING = {
    "ar_PS": ("غير متوفر", "لا يوجد", "-"),
    "dv_MV": ("n/a", "-", "nil"),
    "km_KH": ("n/a", "-", "គ្មាន"),
    "en_MW": ("n/a", "nil", "-"),
    "en_IM": ("n/k", "N/A", "-"),
    "tg_TJ": ("нест", "-", "н/м"),
    "en_BB": ("n/a", "N/A", "none"),
    "my_MM": ("n/a", "-", "မရှိ"),
}
# What exports of every country write in a cell they have nothing (or nothing useful) for.
TOOL_MISSING = ("N/A", "TBC", "?", "see notes", "0", "(none)", "NULL", "#N/A", "--")
DOB_LAYOUTS = ("num", "num_short", "iso", "num_slash_pad", "compact", "long")


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for the first 7 (they decide the issue), two for the new 8, one elsewhere."""
    if locale in FIRST7:
        return tuple(range(31001, 31007))
    if locale in NEW8_31:
        return (31001, 31002)
    return SEEDS


def proxy(locale: str) -> str:
    """The set-30 locale whose date layouts a table of ``locale`` uses (itself for set 30's)."""
    return PROXY.get(locale, locale)


def region(locale: str) -> str:
    """The country of a locale (phones, IBANs): ``en_IM`` -> ``IM``."""
    return _REGION.get(locale) or language30.region(locale)


def lang(locale: str) -> str:
    """The language of a locale's headers and local notes."""
    return LANG[locale]


def birth_date(rng: random.Random, child: bool = False) -> dt.date:
    """A birth date counted back from 2026-06-01 (set 29's): adults 18-93, children 3-15."""
    return language29.birth_date(rng, child)


def baby_date(rng: random.Random) -> dt.date:
    """A newborn's birth date: 1-41 days before the registration appointment window (2025-2026)."""
    return REFERENCE - dt.timedelta(days=rng.randint(5, 400))


def event_date(rng: random.Random, years: int = 3, ahead: int = 0) -> dt.date:
    """A payment, visit, appointment or booking date: no personal data (set 29's)."""
    return language29.event_date(rng, years, ahead)


def fmt_date(d: dt.date, locale: str, layout: str) -> str:
    """``d`` as ``layout`` (set 30's layouts, in the proxy locale's order for the new eight)."""
    return language30.fmt_date(d, proxy(locale), layout)


def dob_mix(rng: random.Random, main: str = "") -> tuple[list[str], list[float]]:
    """A column's birth-date layouts and weights: one (a third of columns), two or three layouts."""
    layouts, weights = language30.dob_mix(rng, main)
    if rng.random() < 0.33:
        return layouts[:1], [1.0]
    return layouts, weights


def missing_words(locale: str) -> tuple[str, ...]:
    """The words the locale's exports write in an empty cell."""
    return _MISSING.get(locale) or language30.missing_words(locale)
