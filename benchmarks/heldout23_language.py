"""Locales, groups, seeds, languages, dates and missing-cell words of held-out set 23 (written blind, session 37).

Groups: the first 7 (six tables each, seeds 23001-23006: the issue's targets are decided on them), the 103 other
locales of set 22 (one table each, seed 23001; set 22's ``LOCALES`` tuple is imported, nothing else of it) and
eight locales no set has used (two tables each, seeds 23001-23002): Igbo Nigeria (ig_NG), English of Bangladesh
(en_BD, Bengali names in Latin letters), Guatemalan Spanish (es_GT), Paraguayan Spanish (es_PY), Cape Verdean
Portuguese (pt_CV), Omani Arabic (ar_OM, Arabic script), Welsh (cy_GB: Welsh names, labels and notes, UK numbers)
and Ivorian French (fr_CI). Birth dates count back from 2026-06-01, never from the clock; month names are written
in the locale's language where a layout asks for them.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout22_language import LOCALES as SET22_LOCALES

FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
OTHER103 = tuple(x for x in SET22_LOCALES if x not in FIRST7)
NEW8_23 = ("ig_NG", "en_BD", "es_GT", "es_PY", "pt_CV", "ar_OM", "cy_GB", "fr_CI")
LOCALES = FIRST7 + OTHER103 + NEW8_23
SEEDS = (23001,)
N_ROWS = 24
REFERENCE = dt.date(2026, 6, 1)
CJK = ("ja_JP", "zh_CN", "zh_TW", "ko_KR", "th_TH")
INDIC = ("hi_IN", "bn_BD", "ne_NP", "ta_IN", "si_LK", "gu_IN", "mr_IN", "or_IN")
ENGLISH = ("en_US", "en_GB", "en_AU", "en_IN", "en_CA", "en_IE", "en_NZ", "en_PH", "en_NG", "en_PK", "en_SG",
           "en_ZA", "en_JM", "en_BD", "ig_NG", "yo_NG", "ha_NG", "tw_GH",
           "sw_KE", "zu_ZA", "mt_MT", "ga_IE")  # fmt: skip
# The language a locale's labels and local notes are written in (where it is not the locale's first part).
_LANG = {"fil_PH": "fil", "ig_NG": "en", "yo_NG": "en", "ha_NG": "en", "tw_GH": "en", "zu_ZA": "en", "sw_KE": "en",
         "ga_IE": "en", "mt_MT": "en", "en_BD": "en", "no_NO": "no"}  # fmt: skip


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for the first 7, two for the new 8, one elsewhere."""
    if locale in FIRST7:
        return tuple(range(23001, 23007))
    if locale in NEW8_23:
        return (23001, 23002)
    return SEEDS


def region(locale: str) -> str:
    """The country of a locale (``phonenumbers`` region, IBAN country)."""
    return locale.split("_")[1]


def lang(locale: str) -> str:
    """The language a locale's labels and notes are written in."""
    return _LANG.get(locale, locale.split("_")[0])


def birth_date(rng: random.Random, child: bool = False) -> dt.date:
    """A birth date 18-92 years (a child: 4-15) before ``REFERENCE``."""
    lo, hi = (4 * 365, 15 * 365) if child else (18 * 365 + 5, 92 * 365)
    return REFERENCE - dt.timedelta(days=rng.randint(lo, hi))


def event_date(rng: random.Random) -> dt.date:
    """A date of an event (fitting, hire start, repair): within three years before ``REFERENCE``."""
    return REFERENCE - dt.timedelta(days=rng.randint(1, 3 * 365))


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "cy": "Ionawr Chwefror Mawrth Ebrill Mai Mehefin Gorffennaf Awst Medi Hydref Tachwedd Rhagfyr",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
    "lokakuuta marraskuuta joulukuuta",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "hu": "január február március április május június július augusztus szeptember október november december",
}
# Layouts of a birth date per locale family: %B is the month name in the locale's language.
DOB_LAYOUTS = {
    "US": ("%m/%d/%Y", "%m/%d/%y", "%B %d, %Y", "%Y-%m-%d", "%m-%d-%Y %H:%M"),
    "GB": ("%d/%m/%Y", "%d %B %Y", "%d-%b-%Y", "%Y-%m-%d", "%d/%m/%Y %H:%M"),
    "de": ("%d.%m.%Y", "%d.%m.%y", "%d. %B %Y", "%Y-%m-%d", "%d.%m.%Y %H:%M"),
    "fr": ("%d/%m/%Y", "%d %B %Y", "%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y %H:%M"),
    "es": ("%d/%m/%Y", "%d-%m-%Y", "%d de %B de %Y", "%Y-%m-%d", "%d/%m/%Y %H:%M"),
    "it": ("%d/%m/%Y", "%d-%m-%Y", "%d %B %Y", "%Y-%m-%d", "%d/%m/%Y %H:%M"),
    "nl": ("%d-%m-%Y", "%d/%m/%Y", "%d %B %Y", "%Y-%m-%d", "%d-%m-%Y %H:%M"),
    "pt": ("%d/%m/%Y", "%d-%m-%Y", "%d de %B de %Y", "%Y-%m-%d"),
    "cy": ("%d/%m/%Y", "%d %B %Y", "%Y-%m-%d"),
}
OTHER_DOB = ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d %B %Y")
US_LIKE = ("en_US", "en_PH", "fil_PH")
MISSING = {
    "en": ("n/a", "-", "unknown", "not given", "N/K", "TBC"),
    "de": ("k.A.", "-", "unbekannt", "keine Angabe", "n/a"),
    "fr": ("n/a", "-", "inconnu", "non communiqué", "NC"),
    "es": ("n/d", "-", "desconocido", "sin dato", "s/d"),
    "it": ("n.d.", "-", "sconosciuto", "non indicato"),
    "nl": ("n.v.t.", "-", "onbekend", "niet opgegeven"),
    "pt": ("n/d", "-", "desconhecido", "não informado"),
    "cy": ("amherthnasol", "-", "anhysbys"),
    "pl": ("b.d.", "-", "brak"),
    "sv": ("saknas", "-", "okänd"),
}


def month_words(locale: str) -> list[str]:
    """The twelve month names of the locale's language (English where none is written here)."""
    return MONTHS.get(lang(locale), MONTHS["en"]).split()


def fmt_date(d: dt.date, locale: str, layout: str, hour: int = 0, minute: int = 0) -> str:
    """``d`` in ``layout`` with the month name in the locale's language (never ``strftime``'s C locale)."""
    months = month_words(locale)
    layout = layout.replace("%B", months[d.month - 1]).replace("%b", months[d.month - 1][:3])
    return dt.datetime(d.year, d.month, d.day, hour, minute).strftime(layout)


def dob_layouts(locale: str) -> tuple[str, ...]:
    """The birth-date layouts exports of the locale use."""
    if locale in US_LIKE:
        return DOB_LAYOUTS["US"]
    if locale in ENGLISH and locale != "en_US":
        return DOB_LAYOUTS["GB"]
    family = {"at": "de", "ch": "de", "lu": "de", "li": "de"}.get(locale.split("_")[1].lower(), lang(locale))
    return DOB_LAYOUTS.get(lang(locale), DOB_LAYOUTS.get(family, OTHER_DOB))


def dob_layout(locale: str, rng: random.Random) -> str:
    """One birth-date layout of the locale, drawn."""
    return rng.choice(dob_layouts(locale))


def missing_words(locale: str) -> tuple[str, ...]:
    """How the locale's exports write a missing cell (English words where none are written here)."""
    return MISSING.get(lang(locale), MISSING["en"])
