"""Held-out set 29: locales, groups, seeds, row counts, date layouts, titles and missing-cell words.

Set 29 has set 28's 158 locales (imported from ``heldout28_language``, not copied) and eight no set used:

- hu_RO (Hungarians of Transylvania: Hungarian names, Romanian ``Str.`` addresses with Hungarian town names beside
  the Romanian ones, 6-digit postcodes, the CNP with its check digit (``stdnum.ro.cnp``), RO IBANs);
- ar_KW (Kuwait: Arabic names in Arabic script, ``قطعة 4، شارع 12، منزل 7`` (block, street, house), postcodes not
  written, the 12-digit civil id with its weighted mod-11 check digit, KW IBANs);
- en_BW (Botswana: Setswana names, ``Plot 1234, Extension 9`` addresses and ``P.O. Box``, no postcodes, the 9-digit
  Omang without a check digit (5th digit 1 man, 2 woman), no IBAN);
- fr_MG (Madagascar: long Malagasy surnames ``Randrianarisoa``, Antananarivo's ``Lot IVG 204 Antanimena``, 3-digit
  postcodes (101), the 12-digit CIN without a check digit, no IBAN written);
- rm_CH (Romansh Graubünden: Romansh names and headers, ``Via Principala 12``, 4-digit ``7xxx`` postcodes, the AHV
  number ``756.xxxx.xxxx.xx`` (``stdnum.ch.ssn``), CH IBANs);
- pt_TL (Timor-Leste: Portuguese and Tetum names, ``Rua de Balide``, ``Aldeia``/``Suco`` addresses, no postcodes, no
  national id with a check digit, TL IBANs seldom);
- en_BZ (Belize: Creole, Mestizo, Garifuna and Mennonite names, ``#12 Albert Street`` and ``Mile 8 George Price
  Highway``, no postcodes, no national id with a check digit here, no IBAN);
- so_SO (Somalia: three-part Somali names (given, father, grandfather), ``Degmada Hodan, Waaxda 4`` (district,
  section) addresses, no postcodes written, no national id with a check digit, SO IBANs seldom).

Dates count back from 2026-06-01 (nothing from the clock). A new locale takes the date layouts of a set-28 locale
(``proxy``); Romansh and Somali month names are written here.
"""

from __future__ import annotations

import datetime as dt
import random

import heldout28_language as set28

FIRST7 = set28.FIRST7
OTHER = tuple(x for x in set28.LOCALES if x not in set28.FIRST7)
NEW8_29 = ("hu_RO", "ar_KW", "en_BW", "fr_MG", "rm_CH", "pt_TL", "en_BZ", "so_SO")
LOCALES = set28.LOCALES + NEW8_29
SEEDS = (29001,)
N_ROWS = 0
REFERENCE = set28.REFERENCE
CJK = set28.CJK
INDIC = set28.INDIC

_NEW_LANG = {"hu_RO": "hu", "ar_KW": "ar", "en_BW": "en", "fr_MG": "fr", "rm_CH": "rm", "pt_TL": "pt",
             "en_BZ": "en", "so_SO": "so"}  # fmt: skip
LANG = {**set28.LANG, **_NEW_LANG}
TITLES = {**set28.TITLES, "rm": ("Sgr.", "Sra.", "Dr."), "so": ("Mudane", "Marwo", "Dr.")}
# The set-28 locale whose date layouts each new locale's exports use.
PROXY = {"hu_RO": "hu_HU", "ar_KW": "ar_AE", "en_BW": "en_ZA", "fr_MG": "fr_FR", "rm_CH": "de_CH", "pt_TL": "pt_PT",
         "en_BZ": "en_GB", "so_SO": "en_GB"}  # fmt: skip
MISSING = {**set28.MISSING, "hu_RO": ("nincs", "n.a.", "-"), "ar_KW": ("لا يوجد", "-"), "en_BW": ("N/A", "none"),
           "fr_MG": ("néant", "N/A"), "rm_CH": ("nagin", "-"), "pt_TL": ("sem dados", "-"),
           "en_BZ": ("N/A", "-"), "so_SO": ("ma jiro", "-")}  # fmt: skip
TOOL_MISSING = set28.TOOL_MISSING

_MONTHS = {
    "rm": ("schaner", "favrer", "mars", "avrigl", "matg", "zercladur", "fanadur", "avust", "settember", "october",
           "november", "december"),
    "so": ("Janaayo", "Febraayo", "Maarso", "Abriil", "Maajo", "Juun", "Luuliyo", "Ogost", "Sebtember", "Oktoobar",
           "Nofembar", "Desembar"),
    "hu": ("január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
           "október", "november", "december"),
}  # fmt: skip
_WEEKDAYS = {
    "rm": ("glindesdi", "mardi", "mesemna", "gievgia", "venderdi", "sonda", "dumengia"),
    "so": ("Isniin", "Talaado", "Arbaco", "Khamiis", "Jimco", "Sabti", "Axad"),
    "hu": ("hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap"),
}
_ORACLE_MONTHS = ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC")


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for the first 7 (they decide the issue), two for the new 8, one elsewhere."""
    if locale in FIRST7:
        return tuple(range(29001, 29007))
    return (29001, 29002) if locale in NEW8_29 else (29001,)


def proxy(locale: str) -> str:
    """The set-28 locale whose date layouts a table of ``locale`` uses (itself for set 28's)."""
    return PROXY.get(locale, locale)


def region(locale: str) -> str:
    """The country of a locale (phones, IBANs): ``hu_RO`` -> ``RO``."""
    return locale.split("_")[1]


def lang(locale: str) -> str:
    """The language of a locale's headers and local notes."""
    return LANG[locale]


def birth_date(rng: random.Random, child: bool = False) -> dt.date:
    """A birth date counted back from ``REFERENCE``: adults 18-93, children 3-15."""
    return set28.birth_date(rng, child)


def event_date(rng: random.Random, years: int = 3, ahead: int = 0) -> dt.date:
    """A visit, gift, stay, sailing or dispensing date: no personal data."""
    return set28.event_date(rng, years, ahead)


def named_date(d: dt.date, lg: str) -> str:
    """``d`` with month (and weekday) names in ``lg``: set 28's where it has them, Romansh, Somali and Hungarian
    here (``5. mars 1956``, ``5 Maarso 1956``, ``1956. március 5.``)."""
    if lg == "hu":
        return f"{d.year}. {_MONTHS['hu'][d.month - 1]} {d.day}., {_WEEKDAYS['hu'][d.weekday()]}"
    if lg == "rm":
        return f"{_WEEKDAYS['rm'][d.weekday()]}, ils {d.day} da {_MONTHS['rm'][d.month - 1]} {d.year}"
    if lg == "so":
        return f"{d.day} {_MONTHS['so'][d.month - 1]} {d.year}"
    if set28.has_named(lg):
        return set28.named_date(d, lg)
    return f"{d.day} {dt.date(2000, d.month, 1).strftime('%B')} {d.year}"


def oracle_date(d: dt.date, four: bool = False) -> str:
    """Oracle's default date as a PMS report prints it: ``05-MAR-56`` (``05-MAR-1956`` with ``four``)."""
    year = f"{d.year}" if four else f"{d.year % 100:02d}"
    return f"{d.day:02d}-{_ORACLE_MONTHS[d.month - 1]}-{year}"


def apis_date(d: dt.date) -> str:
    """A travel document's date as passenger manifests (APIS) write it: ``05MAR1956``."""
    return f"{d.day:02d}{_ORACLE_MONTHS[d.month - 1]}{d.year}"


def fmt_date(d: dt.date, locale: str, layout: str) -> str:
    """``d`` as ``layout``: set 28's layouts (in the proxy locale's), ``named`` in the language, ``sap``
    (``19560305``), ``oracle``, ``apis`` and Google's ``--03-05`` (no year) as ``noyear``."""
    if layout == "named":
        return named_date(d, LANG[locale])
    if layout == "sap":
        return d.strftime("%Y%m%d")
    if layout == "oracle":
        return oracle_date(d)
    if layout == "apis":
        return apis_date(d)
    if layout == "noyear":
        return f"--{d.month:02d}-{d.day:02d}"
    return set28.fmt_date(d, proxy(locale), layout)


def dob_mix(rng: random.Random, main: str = "") -> tuple[list[str], list[float]]:
    """A column's birth-date layouts and weights: a main one on most rows, one or two others (set 28's mix)."""
    return set28.dob_mix(rng, main)


def missing_words(locale: str) -> tuple[str, ...]:
    """The words the locale's exports write in an empty cell."""
    return MISSING.get(locale) or set28.missing_words(locale)
