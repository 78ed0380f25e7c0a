"""Locales, seeds and written forms of held-out set 17: groups, birth-date layouts, column-name styles.

Groups: the first 7 locales (issue 11's targets are reported on them, so four seeds each), set 16's other
55 (two seeds) and eight locales no set has used (hi_IN, bn_BD, hy_AM, ne_NP, en_PK, mk_MK, zu_ZA, ar_EG:
Devanagari, Bengali, Armenian, Cyrillic and Arabic script, South Asia, the Caucasus, the Balkans, southern
Africa and Egypt).
"""

from __future__ import annotations

import random
import re
from datetime import date

FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
OTHER55 = (
    "sv_SE", "pl_PL", "pt_PT", "da_DK", "en_AU", "de_AT", "fr_CH", "en_IN", "en_CA", "fr_CA", "pt_BR", "es_MX",
    "cs_CZ", "fi_FI", "tr_TR", "ja_JP", "zh_CN", "no_NO", "ro_RO", "el_GR", "hu_HU", "sk_SK", "hr_HR", "de_CH",
    "lt_LT", "uk_UA", "ru_RU", "bg_BG", "sl_SI", "en_IE", "nl_BE", "lv_LV", "es_AR", "es_CO", "en_NZ", "fr_BE",
    "et_EE", "es_CL", "en_PH", "it_CH", "de_LU", "is_IS", "ko_KR", "en_NG", "id_ID", "vi_VN", "es_VE", "mt_MT",
    "zh_TW", "he_IL", "th_TH", "az_AZ", "ka_GE", "fr_DZ", "fa_IR",
)  # fmt: skip
NEW8 = ("hi_IN", "bn_BD", "hy_AM", "ne_NP", "en_PK", "mk_MK", "zu_ZA", "ar_EG")
LOCALES = FIRST7 + OTHER55 + NEW8
SEEDS = (17001, 17002, 17003, 17004)
N_ROWS = 24
# Notes without spaces between words (scored as substrings), and scripts whose vowel signs are not word
# characters to ``re`` (a street's words are taken between spaces there).
CJK = ("ja_JP", "zh_CN", "zh_TW", "ko_KR", "th_TH")
INDIC = ("hi_IN", "bn_BD", "ne_NP")
# Birth dates count back from this day (no clock), so the tables are the same on every run.
TODAY = date(2026, 1, 1)


def seeds_for(locale: str) -> tuple[int, ...]:
    """Four seeds for the first 7 (the issue's targets), two elsewhere."""
    return SEEDS if locale in FIRST7 else SEEDS[:2]


def region(locale: str) -> str:
    """The country of a locale (``phonenumbers`` region, IBAN country)."""
    return locale.split("_")[1]


def lang(locale: str) -> str:
    """The language of a locale's notes and column words (Norwegian Bokmål is ``no``)."""
    return locale.split("_")[0]


LANG = {locale: lang(locale) for locale in LOCALES}

# How each country writes a date of birth (``strftime``; ``BE``: Thai Buddhist era, ``SH``: Iranian solar).
DATE_LAYOUTS = {
    "en_US": ("%m/%d/%Y", "%b %d, %Y"), "en_GB": ("%d/%m/%Y", "%d %b %Y"), "de_DE": ("%d.%m.%Y",),
    "fr_FR": ("%d/%m/%Y",), "es_ES": ("%d/%m/%Y", "%d-%m-%Y"), "it_IT": ("%d/%m/%Y",), "nl_NL": ("%d-%m-%Y",),
    "sv_SE": ("%Y-%m-%d",), "pl_PL": ("%d.%m.%Y",), "pt_PT": ("%d/%m/%Y",), "da_DK": ("%d-%m-%Y", "%d.%m.%Y"),
    "en_AU": ("%d/%m/%Y",), "de_AT": ("%d.%m.%Y",), "fr_CH": ("%d.%m.%Y",), "en_IN": ("%d-%m-%Y", "%d/%m/%Y"),
    "en_CA": ("%Y-%m-%d",), "fr_CA": ("%Y-%m-%d",), "pt_BR": ("%d/%m/%Y",), "es_MX": ("%d/%m/%Y",),
    "cs_CZ": ("%d. %m. %Y", "%d.%m.%Y"), "fi_FI": ("%d.%m.%Y",), "tr_TR": ("%d.%m.%Y",), "ja_JP": ("%Y/%m/%d",
        "%Y年%m月%d日"),
    "zh_CN": ("%Y-%m-%d", "%Y年%m月%d日"), "no_NO": ("%d.%m.%Y",), "ro_RO": ("%d.%m.%Y",), "el_GR": ("%d/%m/%Y",),
    "hu_HU": ("%Y.%m.%d.", "%Y. %m. %d."), "sk_SK": ("%d.%m.%Y",), "hr_HR": ("%d.%m.%Y.",), "de_CH": ("%d.%m.%Y",),
    "lt_LT": ("%Y-%m-%d",), "uk_UA": ("%d.%m.%Y",), "ru_RU": ("%d.%m.%Y",), "bg_BG": ("%d.%m.%Y",),
        "sl_SI": ("%d. %m. %Y",),
    "en_IE": ("%d/%m/%Y",), "nl_BE": ("%d/%m/%Y",), "lv_LV": ("%d.%m.%Y.",), "es_AR": ("%d/%m/%Y",),
        "es_CO": ("%d/%m/%Y",),
    "en_NZ": ("%d/%m/%Y",), "fr_BE": ("%d/%m/%Y",), "et_EE": ("%d.%m.%Y",), "es_CL": ("%d-%m-%Y",),
        "en_PH": ("%m/%d/%Y",),
    "it_CH": ("%d.%m.%Y",), "de_LU": ("%d.%m.%Y",), "is_IS": ("%d.%m.%Y",), "ko_KR": ("%Y.%m.%d", "%Y-%m-%d"),
    "en_NG": ("%d/%m/%Y",), "id_ID": ("%d-%m-%Y", "%d/%m/%Y"), "vi_VN": ("%d/%m/%Y",), "es_VE": ("%d/%m/%Y",),
    "mt_MT": ("%d/%m/%Y",), "zh_TW": ("%Y/%m/%d",), "he_IL": ("%d.%m.%Y", "%d/%m/%Y"), "th_TH": ("BE",),
    "az_AZ": ("%d.%m.%Y",), "ka_GE": ("%d.%m.%Y",), "fr_DZ": ("%d/%m/%Y",), "fa_IR": ("SH",),
    "hi_IN": ("%d-%m-%Y", "%d/%m/%Y"), "bn_BD": ("%d/%m/%Y", "%d-%m-%Y"), "hy_AM": ("%d.%m.%Y",),
    "ne_NP": ("%Y-%m-%d",), "en_PK": ("%d-%m-%Y", "%d/%m/%Y"), "mk_MK": ("%d.%m.%Y",), "zu_ZA": ("%Y/%m/%d",
        "%Y-%m-%d"),
    "ar_EG": ("%d/%m/%Y",),
}  # fmt: skip


def _jalali(d: date) -> tuple[int, int, int]:
    """The Iranian solar (Jalali) date of a Gregorian date (the arithmetic algorithm of Borkowski)."""
    gy, gm, gd = d.year, d.month, d.day
    g_days = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_days[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    jm = 1 + days // 31 if days < 186 else 7 + (days - 186) // 30
    jd = 1 + (days % 31 if days < 186 else (days - 186) % 30)
    return jy, jm, jd


def write_date(d: date, locale: str, layout: str) -> str:
    """``d`` as ``locale`` writes it in ``layout`` (one of ``DATE_LAYOUTS[locale]``)."""
    if layout == "BE":
        return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"
    if layout == "SH":
        jy, jm, jd = _jalali(d)
        return f"{jy}/{jm:02d}/{jd:02d}"
    return d.strftime(layout)


def birth_date(rng: random.Random, young: bool = False) -> date:
    """A birth date 18-90 years (6-17 for pupils) before ``TODAY``."""
    lo, hi = (6, 17) if young else (18, 90)
    return date.fromordinal(TODAY.toordinal() - rng.randint(lo * 365, hi * 365))


def event_date(rng: random.Random) -> date:
    """A date of an event (a visit, a hearing) in the 3 years before ``TODAY``: not personal data."""
    return date.fromordinal(TODAY.toordinal() - rng.randint(1, 3 * 365))


_SPLIT = re.compile(r"[\s_]+")


def style_column(words: str, style: str, prefix: str = "", suffix: str = "") -> str:
    """A column name from its ``words`` (``"date of birth"``) in ``style``: ``written`` (as is), ``snake``,
    ``camel``, ``caps`` (SNAKE IN CAPITALS), ``title`` (Title Case With Spaces) or ``dotted``, with an
    optional shape ``prefix`` and numbered ``suffix``. Words not in a cased script keep their form."""
    parts = [p for p in _SPLIT.split(((prefix + " ") if prefix else "") + words) if p]
    if suffix:
        parts.append(suffix)
    if style == "camel" and any(p.lower() == p.upper() for p in parts):
        style = "snake"  # words of an uncased script run together would be one word
    if style == "written":
        return " ".join(parts)
    if style == "snake":
        return "_".join(p.lower() for p in parts)
    if style == "camel":
        return parts[0].lower() + "".join(p[:1].upper() + p[1:].lower() for p in parts[1:])
    if style == "caps":
        return "_".join(p.upper() for p in parts)
    if style == "title":
        return " ".join(p[:1].upper() + p[1:] for p in parts)
    if style == "dotted":
        return ".".join(p.lower() for p in parts)
    raise KeyError(style)


STYLES = ("written", "snake", "camel", "caps", "title", "dotted")
