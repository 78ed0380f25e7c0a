"""Locales, groups, seeds, languages, dates and missing-cell words of held-out set 20.

Groups: the first 7 (six tables each, seeds 20001-20006: the issue's targets are decided on them), the 79
other locales of set 19 (one table each, seed 20001; set 19's ``LOCALES`` tuple is imported, nothing else of
it) and eight locales no set has used (two tables each, seeds 20001-20002): Emirati Arabic (ar_AE, names in
Latin letters as UAE forms print them), Jordanian Arabic (ar_JO, Arabic script), Bosnian (bs_BA), Odia
(or_IN, a script no set used), Filipino (fil_PH), Peruvian Spanish (es_PE), Malay (ms_MY) and Kazakh (kk_KZ,
Cyrillic with Kazakh letters). Birth dates count back from 2026-06-01, never from the clock; month names are
written in the locale's language where a layout asks for them.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout19_language import LOCALES as SET19_LOCALES  # the locale list only

FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
OTHER79 = tuple(x for x in SET19_LOCALES if x not in FIRST7)
NEW8_20 = ("ar_AE", "ar_JO", "bs_BA", "or_IN", "fil_PH", "es_PE", "ms_MY", "kk_KZ")
LOCALES = FIRST7 + OTHER79 + NEW8_20
SEEDS = (20001,)
N_ROWS = 24
REFERENCE = dt.date(2026, 6, 1)
CJK = ("ja_JP", "zh_CN", "zh_TW", "ko_KR", "th_TH")
# Scripts whose vowel signs ``re`` does not count as word characters (scored between spaces).
INDIC = ("hi_IN", "bn_BD", "ne_NP", "ta_IN", "si_LK", "gu_IN", "mr_IN", "or_IN")
ENGLISH = ("en_US", "en_GB", "en_AU", "en_IN", "en_CA", "en_IE", "en_NZ", "en_PH", "en_NG", "en_PK")


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for the first 7, two for the new 8, one elsewhere."""
    if locale in FIRST7:
        return tuple(range(20001, 20007))
    if locale in NEW8_20:
        return (20001, 20002)
    return SEEDS


def region(locale: str) -> str:
    """The country of a locale (phone region, IBAN country)."""
    return locale.split("_")[1]


def lang(locale: str) -> str:
    """The language code (``fil`` for Filipino, ``bs`` for Bosnian...)."""
    return locale.split("_")[0]


def birth_date(rng: random.Random, child: bool = False) -> dt.date:
    """A birth date 18-88 years (a child: 1-5 years) before 2026-06-01."""
    days = rng.randint(365, 5 * 365) if child else rng.randint(18 * 365, 88 * 365)
    return REFERENCE - dt.timedelta(days=days)


def event_date(rng: random.Random) -> dt.date:
    """A date of an event (a visit, a booking) between 2019 and 2026."""
    return dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 2700))


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
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ms": "Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "bs": "januara februara marta aprila maja juna jula augusta septembra oktobra novembra decembra",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "fil": "Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre",
}  # fmt: skip
# A locale's month words: the language's, Spanish for es_*, English elsewhere.
_MONTH_LANG = {"es": "es", "pt": "pt", "fr": "fr", "de": "de", "it": "it", "nl": "nl", "lb": "de"}

# Birth-date layouts of the first 7 (several per locale, as their exports print them); ``%B`` and ``%b`` are
# the locale's own month words, ``%e`` the day without a leading zero.
DOB_LAYOUTS = {
    "en_US": ("%m/%d/%Y", "%B %e, %Y", "%Y-%m-%d %H:%M:%S", "%m-%d-%y", "%b %e %Y"),
    "en_GB": ("%d/%m/%Y", "%e %B %Y", "%d-%b-%Y", "%d.%m.%y", "%Y-%m-%dT00:00:00"),
    "de_DE": ("%d.%m.%Y", "%e. %B %Y", "%d.%m.%y", "%Y%m%d", "%d.%m.%Y 00:00"),
    "fr_FR": ("%d/%m/%Y", "%e %B %Y", "%d-%m-%Y", "%d/%m/%y", "%Y-%m-%d"),
    "es_ES": ("%d/%m/%Y", "%e de %B de %Y", "%d-%m-%Y", "%d/%m/%y", "%d.%m.%Y"),
    "it_IT": ("%d/%m/%Y", "%e %B %Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d 00:00:00"),
    "nl_NL": ("%d-%m-%Y", "%e %B %Y", "%d/%m/%Y", "%Y%m%d", "%d-%m-%y"),
}  # fmt: skip
OTHER_DOB = ("%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y", "%e %B %Y")
US_LIKE = ("en_US", "en_PH", "fil_PH")

# How an export writes a missing cell, by language (beside empty cells).
MISSING = {
    "en": ("n/a", "-", "unknown", "N/A", "none"), "de": ("k.A.", "-", "unbekannt", "keine"),
    "fr": ("n.c.", "-", "inconnu", "néant"), "es": ("s/d", "-", "desconocido", "ninguno"),
    "it": ("n.d.", "-", "sconosciuto", "nessuno"), "nl": ("onbekend", "-", "n.v.t.", "geen"),
    "pt": ("n/d", "-", "desconhecido"), "sv": ("saknas", "-", "okänd"), "pl": ("brak", "-", "b.d."),
}  # fmt: skip


def month_words(locale: str) -> list[str]:
    """The twelve month names used for ``locale`` (its language's, English where none is written here)."""
    lg = lang(locale)
    key = lg if lg in MONTHS else _MONTH_LANG.get(lg, "en")
    return MONTHS[key].split()


def fmt_date(d: dt.date, locale: str, layout: str, hour: int = 0) -> str:
    """``d`` written in ``layout`` with the locale's month names (``%b``: the first three letters)."""
    months = month_words(locale)
    out = layout.replace("%B", months[d.month - 1]).replace("%b", months[d.month - 1][:3].title())
    out = out.replace("%e", str(d.day))
    moment = dt.datetime(d.year, d.month, d.day, hour)
    return moment.strftime(out)


def dob_layout(locale: str, rng: random.Random) -> str:
    """One birth-date layout for a table of ``locale``."""
    if locale in DOB_LAYOUTS:
        return rng.choice(DOB_LAYOUTS[locale])
    if locale in US_LIKE:
        return rng.choice(("%m/%d/%Y", "%B %e, %Y"))
    if locale in ("ja_JP", "zh_CN", "zh_TW", "ko_KR", "hu_HU", "lt_LT", "sv_SE", "fr_CA", "en_CA", "kk_KZ"):
        return rng.choice(("%Y-%m-%d", "%Y.%m.%d", "%Y%m%d"))
    return rng.choice(OTHER_DOB)


def missing_words(locale: str) -> tuple[str, ...]:
    """The placeholders an export of ``locale`` writes for a missing cell (empty always among them)."""
    return ("", *MISSING.get(lang(locale), ("-", "n/a")))
