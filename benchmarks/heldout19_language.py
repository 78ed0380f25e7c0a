"""Locales, groups, seeds, languages, birth-date layouts and column-name styles of held-out set 19.

Groups: the first 7 (four tables each, seeds 19001-19004: the issue's targets are reported on them), the 71
other locales of set 18 (its other 63 and its new 8; one table each, seed 19001) and eight locales no set has
used (two tables each, seeds 19001-19002): Saudi Arabic, Gujarati, Marathi, Hausa (Nigeria), Twi (Ghana),
Luxembourgish, Cypriot Greek and Liechtenstein German, which add the Gujarati script, the Gulf, Ghana, Cyprus
and Liechtenstein. Set 18's locale tuples are imported (its groups), nothing else of it.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout18_language import FIRST7, NEW8, OTHER63

OTHER71 = OTHER63 + NEW8
NEW8_19 = ("ar_SA", "gu_IN", "mr_IN", "ha_NG", "tw_GH", "lb_LU", "el_CY", "de_LI")
LOCALES = FIRST7 + OTHER71 + NEW8_19
SEEDS = (19001,)
N_ROWS = 24
# Notes scored as text without spaces between words (as sets 16-18: ja, zh, ko, th).
CJK = ("ja_JP", "zh_CN", "zh_TW", "ko_KR", "th_TH")
# Scripts whose vowel signs ``re`` does not count as word characters: words taken between spaces.
INDIC = ("hi_IN", "bn_BD", "ne_NP", "ta_IN", "si_LK", "gu_IN", "mr_IN")
ENGLISH = ("en_US", "en_GB", "en_AU", "en_IN", "en_CA", "en_IE", "en_NZ", "en_PH", "en_NG", "en_PK")
# Date of birth written as the country writes it (strftime), a second layout for variety.
DOB_LAYOUTS = {
    "en_US": ("%m/%d/%Y", "%B %d, %Y"), "en_CA": ("%Y-%m-%d", "%d/%m/%Y"), "en_PH": ("%m/%d/%Y", "%B %d, %Y"),
    "ja_JP": ("%Y/%m/%d", "%Y年%m月%d日"), "zh_CN": ("%Y-%m-%d", "%Y年%m月%d日"), "zh_TW": ("%Y/%m/%d", "%Y-%m-%d"),
    "ko_KR": ("%Y.%m.%d", "%Y-%m-%d"), "hu_HU": ("%Y.%m.%d.", "%Y-%m-%d"), "lt_LT": ("%Y-%m-%d", "%Y.%m.%d"),
    "sv_SE": ("%Y-%m-%d", "%d/%m/%Y"), "fr_CA": ("%Y-%m-%d", "%d/%m/%Y"), "fa_IR": ("%Y/%m/%d", "%Y-%m-%d"),
    "de_DE": ("%d.%m.%Y", "%d.%m.%y"), "de_AT": ("%d.%m.%Y", "%d.%m.%y"), "de_CH": ("%d.%m.%Y", "%d.%m.%y"),
    "de_LI": ("%d.%m.%Y", "%d.%m.%y"), "de_LU": ("%d.%m.%Y", "%d/%m/%Y"), "lb_LU": ("%d.%m.%Y", "%d/%m/%Y"),
    "pl_PL": ("%d.%m.%Y", "%Y-%m-%d"), "cs_CZ": ("%d.%m.%Y", "%d. %m. %Y"), "sk_SK": ("%d.%m.%Y", "%d. %m. %Y"),
    "fi_FI": ("%d.%m.%Y", "%-d.%-m.%Y"), "no_NO": ("%d.%m.%Y", "%d.%m.%y"), "da_DK": ("%d-%m-%Y", "%d.%m.%Y"),
    "ru_RU": ("%d.%m.%Y", "%d.%m.%Y г."), "uk_UA": ("%d.%m.%Y", "%d.%m.%Y р."), "bg_BG": ("%d.%m.%Y", "%d.%m.%Y г."),
    "nl_NL": ("%d-%m-%Y", "%d/%m/%Y"), "nl_BE": ("%d/%m/%Y", "%d-%m-%Y"), "hr_HR": ("%d.%m.%Y.", "%d. %m. %Y."),
    "et_EE": ("%d.%m.%Y", "%d.%m.%y"), "lv_LV": ("%d.%m.%Y.", "%Y-%m-%d"), "tr_TR": ("%d.%m.%Y", "%d/%m/%Y"),
    "is_IS": ("%d.%m.%Y", "%d/%m/%Y"), "sl_SI": ("%d. %m. %Y", "%d.%m.%Y"), "mk_MK": ("%d.%m.%Y", "%d.%m.%Y г."),
    "az_AZ": ("%d.%m.%Y", "%d/%m/%Y"), "ka_GE": ("%d.%m.%Y", "%d/%m/%Y"), "hy_AM": ("%d.%m.%Y", "%d/%m/%Y"),
    "uz_UZ": ("%d.%m.%Y", "%d/%m/%Y"), "sq_AL": ("%d.%m.%Y", "%d/%m/%Y"), "ro_RO": ("%d.%m.%Y", "%d/%m/%Y"),
}  # fmt: skip
DEFAULT_DOB = ("%d/%m/%Y", "%d-%m-%Y")
# Column-name styles: how an export decorates a base label.
STYLES = ("snake", "camel", "upper", "title", "dotted", "prefixed", "suffixed", "spaced")


def seeds_for(locale: str) -> tuple[int, ...]:
    """Four tables for the first 7, two for the new 8, one elsewhere."""
    if locale in FIRST7:
        return (19001, 19002, 19003, 19004)
    if locale in NEW8_19:
        return (19001, 19002)
    return (19001,)


def region(locale: str) -> str:
    """The country of a locale (phone region, IBAN country)."""
    return locale.split("_")[1]


def lang(locale: str) -> str:
    """The language code of a locale (``no`` for Norwegian, ``tw`` Twi, ``lb`` Luxembourgish)."""
    return locale.split("_")[0]


def birth_date(rng: random.Random) -> dt.date:
    """A birth date between 1936 and 2007, counted back from 2026-01-01 (never the clock)."""
    return dt.date(2026, 1, 1) - dt.timedelta(days=rng.randint(18 * 366, 90 * 365))


def event_date(rng: random.Random) -> dt.date:
    """A date of an event (booking, session, permit start): 2019-2025."""
    return dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 7 * 365))


def fmt_date(d: dt.date, locale: str, second: bool = False) -> str:
    """``d`` in the locale's birth-date layout (Thai dates in the Buddhist era)."""
    layouts = DOB_LAYOUTS.get(locale, DEFAULT_DOB)
    text = d.strftime(layouts[1 if second else 0])
    if locale == "th_TH":
        text = text.replace(str(d.year), str(d.year + 543))
    return text


def style(words: str, how: str, prefix: str = "") -> str:
    """A column header from a base label (``date of birth``) in a style; the prefix where the style has one."""
    parts = [p for p in re.split(r"[\s_]+", words.strip()) if p]
    if how == "snake":
        return "_".join(p.lower() for p in parts)
    if how == "camel":
        return parts[0].lower() + "".join(p[:1].upper() + p[1:] for p in parts[1:])
    if how == "upper":
        return "_".join(p.upper() for p in parts)
    if how == "title":
        return " ".join(p[:1].upper() + p[1:] for p in parts)
    if how == "dotted":
        return ".".join(p.lower() for p in parts)
    if how == "prefixed":
        return (prefix + "_" if prefix else "") + "_".join(p.lower() for p in parts)
    if how == "suffixed":
        return "_".join(p.lower() for p in parts) + "_" + (prefix or "val")
    return " ".join(parts)
