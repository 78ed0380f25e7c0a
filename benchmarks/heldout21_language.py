"""Locales, groups, seeds, languages, dates and missing-cell words of held-out set 21.

Groups: the first 7 (six tables each, seeds 21001-21006: the issue's targets are decided on them), the 87 other
locales of set 20 (one table each, seed 21001; set 20's ``LOCALES`` tuple is imported, nothing else of it) and
eight locales no set has used (two tables each, seeds 21001-21002): Catalan (ca_ES, Spain's numbers and ids in
Catalan words), Serbian (sr_RS, Cyrillic), Moldovan Romanian (ro_MD), Singapore English (en_SG: Chinese, Malay
and Indian names), Mongolian (mn_MN, Cyrillic), Uruguayan Spanish (es_UY), Angolan Portuguese (pt_AO) and
South African English (en_ZA). Birth dates count back from 2026-06-01, never from the clock; month names are
written in the locale's language where a layout asks for them.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout20_language import LOCALES as SET20_LOCALES

FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
OTHER87 = tuple(x for x in SET20_LOCALES if x not in FIRST7)
NEW8_21 = ("ca_ES", "sr_RS", "ro_MD", "en_SG", "mn_MN", "es_UY", "pt_AO", "en_ZA")
LOCALES = FIRST7 + OTHER87 + NEW8_21
SEEDS = (21001,)
N_ROWS = 24
REFERENCE = dt.date(2026, 6, 1)
# Notes without spaces between words (scored by substring), as set 20 scored them.
CJK = ("ja_JP", "zh_CN", "zh_TW", "ko_KR", "th_TH")
# Scripts whose words are taken between spaces when scoring streets and template words.
INDIC = ("hi_IN", "bn_BD", "ne_NP", "ta_IN", "si_LK", "gu_IN", "mr_IN", "or_IN")
ENGLISH = ("en_US", "en_GB", "en_AU", "en_IN", "en_CA", "en_IE", "en_NZ", "en_PH", "en_NG", "en_PK", "en_SG", "en_ZA")
_LANG = {"fil_PH": "fil", "nb_NO": "no", "no_NO": "no", "ca_ES": "ca", "ga_IE": "ga", "lb_LU": "lb", "de_LU": "de"}


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for the first 7, two for the new 8, one elsewhere."""
    if locale in FIRST7:
        return tuple(range(21001, 21007))
    if locale in NEW8_21:
        return (21001, 21002)
    return (21001,)


def region(locale: str) -> str:
    """The country of a locale (phone region, IBAN country)."""
    return locale.split("_")[1]


def lang(locale: str) -> str:
    """The language code of a locale (``ca`` for Catalan, ``fil`` for Filipino)."""
    return _LANG.get(locale, locale.split("_")[0])


def birth_date(rng: random.Random, child: bool = False) -> dt.date:
    """A birth date 18-90 years (a child: 2-12 years) before 2026-06-01."""
    lo, hi = (2 * 365, 12 * 365) if child else (18 * 365 + 5, 90 * 365)
    return REFERENCE - dt.timedelta(days=rng.randint(lo, hi))


def event_date(rng: random.Random) -> dt.date:
    """A date of an event (a booking, a visit, a renewal) between 2020 and 2026."""
    return dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 6 * 365 + 100))


MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "no": "januar februar mars april mai juni juli august september oktober november desember",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "en": "January February March April May June July August September October November December",
}
# Layouts of a birth date per locale (strftime; ``%B``/``%b`` take the locale's month words).
DOB_LAYOUTS = {
    "en_US": ("%m/%d/%Y", "%B %d, %Y", "%m-%d-%Y", "%Y-%m-%d %H:%M:%S", "%b %d %Y"),
    "en_GB": ("%d/%m/%Y", "%d %B %Y", "%d-%b-%Y", "%d/%m/%y", "%Y-%m-%d"),
    "de_DE": ("%d.%m.%Y", "%d. %B %Y", "%Y-%m-%d", "%d.%m.%Y %H:%M", "%d.%m.%y"),
    "fr_FR": ("%d/%m/%Y", "%d %B %Y", "%d-%m-%Y", "%d/%m/%Y %H:%M"),
    "es_ES": ("%d/%m/%Y", "%d de %B de %Y", "%d-%m-%Y", "%d/%m/%y"),
    "it_IT": ("%d/%m/%Y", "%d %B %Y", "%d-%m-%Y", "%d.%m.%Y"),
    "nl_NL": ("%d-%m-%Y", "%d %B %Y", "%d/%m/%Y", "%Y%m%d"),
}
OTHER_DOB = ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%d %B %Y")
US_LIKE = ("en_US", "en_PH", "fil_PH")
MISSING = {
    "en": ("", "n/a", "N/A", "-", "unknown", "none", "TBC"),
    "de": ("", "k.A.", "-", "unbekannt", "keine Angabe"),
    "fr": ("", "N/C", "inconnu", "-", "NR"),
    "es": ("", "s/d", "desconocido", "-", "N/D"),
    "it": ("", "n.d.", "sconosciuto", "-", "N/D"),
    "nl": ("", "onbekend", "-", "n.v.t."),
    "ca": ("", "desconegut", "-", "s/d"),
    "pt": ("", "desconhecido", "-", "n/d"),
    "ro": ("", "necunoscut", "-"),
    "sr": ("", "непознато", "-"),
}


def month_words(locale: str) -> list[str]:
    """The twelve month names used for ``locale`` (its language's, English where none is written here)."""
    return MONTHS.get(lang(locale), MONTHS["en"]).split()


def fmt_date(d: dt.date, locale: str, layout: str, hour: int = 0, minute: int = 0) -> str:
    """``d`` written in ``layout`` with the locale's month names (``%b``: the first three letters)."""
    months = month_words(locale)
    out = layout.replace("%B", months[d.month - 1]).replace("%b", months[d.month - 1][:3].title())
    out = out.replace("%H", f"{hour:02d}").replace("%M", f"{minute:02d}").replace("%S", "00")
    return d.strftime(out.replace("%e", str(d.day)))


def dob_layout(locale: str, rng: random.Random) -> str:
    """One birth-date layout for a table of ``locale``."""
    if locale in DOB_LAYOUTS:
        return rng.choice(DOB_LAYOUTS[locale])
    if locale in US_LIKE:
        return rng.choice(("%m/%d/%Y", "%B %d, %Y"))
    if locale in ("ja_JP", "zh_CN", "zh_TW", "ko_KR", "hu_HU", "lt_LT", "mn_MN"):
        return rng.choice(("%Y-%m-%d", "%Y.%m.%d", "%Y/%m/%d"))
    return rng.choice(OTHER_DOB)


def missing_words(locale: str) -> tuple[str, ...]:
    """The placeholders an export of ``locale`` writes for a missing cell (empty always among them)."""
    return MISSING.get(lang(locale), ("", "-", "n/a"))
