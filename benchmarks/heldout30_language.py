"""Held-out set 30: locales, groups, seeds, row counts, date layouts, titles and missing-cell words.

Set 30 has set 29's 166 locales (``heldout29_language``: its lists and public functions, called, not copied) and
eight no set used, written here from what those countries write:

- ar_IQ (Iraq: four-part Arabic names in Arabic script, Baghdad's ``محلة 915، زقاق 12، دار 7`` (quarter, alley,
  house), 5-digit postcodes nobody writes, the 12-digit unified national card number without a public check digit,
  IQ IBANs, ``077x``/``078x`` mobiles);
- rw_RW (Rwanda: Kinyarwanda surnames beside Christian given names ``Uwimana Claudine``, Kigali's street codes
  ``KG 11 Ave, No 12``, no postcodes, the 16-digit national id ``1 1985 8 0123456 0 12`` without a public check
  digit, no IBAN, ``078``/``073`` mobiles);
- fr_PF (French Polynesia: Tahitian and French names, ``PK 12,5 côté mer, Punaauia`` (a road's kilometre mark and
  the sea or mountain side), ``987xx`` postcodes, no national id written, no IBAN (not in the
  registry), ``87``/``89`` mobiles);
- en_ZM (Zambia: Bemba, Nyanja and Tonga names ``Mwansa Chanda``, ``Plot 1234, Kabulonga Road``, 5-digit postcodes
  seldom written, the NRC ``123456/78/1`` (serial, district, citizen) without a check digit, no IBAN);
- sr_BA (Republika Srpska: Serbian names in Cyrillic or Latin, ``ул. Краља Петра I 12`` / ``Kralja Petra I 12``,
  5-digit postcodes ``78000``, the JMBG with its mod-11 check digit, BA IBANs, ``065``/``066`` mobiles);
- fr_HT (Haiti: Haitian names ``Jean-Baptiste``, ``Pierre-Louis``, ``Rue Capois #45, Port-au-Prince``, ``HT6110``
  postcodes seldom written, the NIF ``001-234-567-8`` without a public check digit, no IBAN, 8-digit numbers);
- de_NA (German-speaking Namibians: German and Afrikaans names, ``Sam-Nujoma-Drive 12`` / ``Robert Mugabe Avenue``,
  ``Erf 1234`` plots, Windhoek's ``10005`` postcodes seldom written, the 11-digit id ``YYMMDD`` + five digits, no
  IBAN, ``081`` mobiles);
- sm_WS (Samoa: Samoan names ``Tuilagi``, ``Faleolo``, ``Malia``, village addresses ``Vaitele-uta, Upolu``, no
  postcodes, no national id with a check digit, no IBAN, 7-digit numbers).

Dates count back from 2026-06-01 (nothing from the clock; set 29's ``birth_date`` and ``event_date``). A new locale
takes the date layouts of a set-29 locale (``proxy``).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import heldout29_language as set29

FIRST7 = set29.FIRST7
OTHER = tuple(x for x in set29.LOCALES if x not in set29.FIRST7)
NEW8_30 = ("ar_IQ", "rw_RW", "fr_PF", "en_ZM", "sr_BA", "fr_HT", "de_NA", "sm_WS")
LOCALES = set29.LOCALES + NEW8_30
SEEDS = (30001,)
N_ROWS = 0
# Notes without spaces between words (scored as substrings) and scripts whose vowel signs break ``re``'s words.
CJK = ("ja_JP", "zh_CN", "zh_TW", "ko_KR", "th_TH")
INDIC = ("hi_IN", "bn_BD", "ne_NP", "ta_IN", "si_LK", "gu_IN", "mr_IN", "or_IN")
_NEW_LANG = {"ar_IQ": "ar", "rw_RW": "rw", "fr_PF": "fr", "en_ZM": "en", "sr_BA": "sr", "fr_HT": "fr",
             "de_NA": "de", "sm_WS": "sm"}  # fmt: skip
LANG = {x: (_NEW_LANG[x] if x in _NEW_LANG else set29.lang(x)) for x in LOCALES}
PROXY = {"ar_IQ": "ar_KW", "rw_RW": "en_UG", "fr_PF": "fr_FR", "en_ZM": "en_GB", "sr_BA": "sr_RS",
         "fr_HT": "fr_FR", "de_NA": "de_DE", "sm_WS": "en_NZ"}  # fmt: skip


class _Titles(dict):
    """Courtesy titles per language (English where none is written here): left out of a template's words."""

    def __missing__(self, key: str) -> tuple[str, ...]:
        return self["en"]


TITLES = _Titles(
    en=("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx"), de=("Herr", "Frau", "Dr."), fr=("M.", "Mme", "Mlle", "Dr"),
    es=("Sr.", "Sra.", "D.", "Dña."), it=("Sig.", "Sig.ra", "Dott."), nl=("dhr.", "mevr.", "de heer"),
    pt=("Sr.", "Sra.", "Dr."), sr=("г.", "гђа", "g.", "gđa"), ar=("السيد", "السيدة"),
)  # fmt: skip
MISSING = {"ar": ("غير متوفر", "-"), "rw": ("ntayo", "n/a"), "fr": ("non renseigné", "N/C", "-"),
           "en": ("n/a", "N/A", "-", "none"), "sr": ("нема", "n/p", "-"), "de": ("k.A.", "unbekannt", "-"),
           "sm": ("leai", "n/a")}  # fmt: skip
TOOL_MISSING = ("(blank)", "NULL", "#N/A", "—")


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for the first 7 (they decide the issue), two for the new 8, one elsewhere."""
    if locale in FIRST7:
        return tuple(range(30001, 30007))
    return (30001, 30002) if locale in NEW8_30 else (30001,)


def proxy(locale: str) -> str:
    """The set-29 locale whose date layouts a table of ``locale`` uses (itself for set 29's)."""
    return PROXY.get(locale, locale)


def region(locale: str) -> str:
    """The country of a locale (phones, IBANs): ``sr_BA`` -> ``BA``."""
    return locale.split("_")[1] if locale in NEW8_30 else set29.region(locale)


def lang(locale: str) -> str:
    """The language of a locale's headers and local notes."""
    return LANG[locale]


def birth_date(rng: random.Random, child: bool = False) -> dt.date:
    """A birth date counted back from 2026-06-01 (set 29's): adults 18-93, children 3-15."""
    return set29.birth_date(rng, child)


def event_date(rng: random.Random, years: int = 3, ahead: int = 0) -> dt.date:
    """A donation, visit, payment, admission or trip date: no personal data (set 29's)."""
    return set29.event_date(rng, years, ahead)


def fmt_date(d: dt.date, locale: str, layout: str) -> str:
    """``d`` as ``layout`` (set 29's layouts, in the proxy locale's order for the new eight)."""
    return set29.fmt_date(d, proxy(locale), layout)


def dob_mix(rng: random.Random, main: str = "") -> tuple[list[str], list[float]]:
    """A column's birth-date layouts and weights (set 29's mix: a main one and one or two others)."""
    return set29.dob_mix(rng, main)


def missing_words(locale: str) -> tuple[str, ...]:
    """The words the locale's exports write in an empty cell."""
    return MISSING[LANG[locale]] if locale in NEW8_30 else set29.missing_words(locale)
