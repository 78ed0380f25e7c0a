"""Held-out set 25: locales, groups, seeds, row counts, birth-date layouts and missing-cell words.

Set 25 has set 24's 126 locales (imported from ``heldout24_language``, not copied) and eight no set used:
de_BE (German-speaking East Belgium), it_SM (San Marino), fr_MC (Monaco), es_BO (Bolivia: Quechua and Aymara
surnames), es_PA (Panama: cédula ``8-745-1234``), sw_TZ (Tanzania, Swahili labels and names), fo_FO (Faroe
Islands, Faroese) and se_NO (Northern Sami in Norway). Dates count back from 2026-06-01, never from the clock.

Birth dates are written in more than one layout within a column (a CRM filled by hand and by imports): each
column draws a main layout and one or two others for some rows.
"""

from __future__ import annotations

import datetime as dt
import random

import heldout24_language as set24

FIRST7 = set24.FIRST7
OTHER = tuple(set24.OTHER) + tuple(set24.NEW8_24)  # set 24's other 111 and new 8: one table each here
NEW8_25 = ("de_BE", "it_SM", "fr_MC", "es_BO", "es_PA", "sw_TZ", "fo_FO", "se_NO")
LOCALES = FIRST7 + OTHER + NEW8_25
SEEDS = (25001,)
N_ROWS = 0
REFERENCE = dt.date(2026, 6, 1)
CJK = set24.CJK
INDIC = set24.INDIC
_NEW_LANG = {"de_BE": "de", "it_SM": "it", "fr_MC": "fr", "es_BO": "es", "es_PA": "es", "sw_TZ": "sw",
             "fo_FO": "fo", "se_NO": "se"}  # fmt: skip


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for the first 7 (they decide the issue), two for the new 8, one elsewhere."""
    if locale in FIRST7:
        return tuple(range(25001, 25007))
    if locale in NEW8_25:
        return (25001, 25002)
    return (25001,)


def region(locale: str) -> str:
    """The country of a locale (phones, IBANs): ``se_NO`` -> ``NO``."""
    return locale.split("_")[1]


def lang(locale: str) -> str:
    """The language of a locale's labels and local notes (set 24's for its locales)."""
    return _NEW_LANG.get(locale) or set24.lang(locale)


def birth_date(rng: random.Random, child: bool = False) -> dt.date:
    """A birth date counted back from ``REFERENCE``: adults 18-90, children 6-14 (a holiday camp's age)."""
    years = rng.uniform(6.2, 14.8) if child else rng.uniform(18.5, 90)
    return REFERENCE - dt.timedelta(days=int(years * 365.25))


def event_date(rng: random.Random) -> dt.date:
    """A booking, joining or survey date of the last four years (not personal data)."""
    return REFERENCE - dt.timedelta(days=rng.randint(20, 4 * 365))


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
    "fo": "januar februar mars apríl mai juni juli august september oktober november desember",
    "se": "ođđajagemánnu guovvamánnu njukčamánnu cuoŋománnu miessemánnu geassemánnu suoidnemánnu "
    "borgemánnu čakčamánnu golggotmánnu skábmamánnu juovlamánnu",
}
# Numeric orders: the US writes month first, East Asia and Scandinavia/Lithuania/Hungary year first.
_MDY = {"en_US", "en_PH", "fil_PH", "en_JM"}
_YMD = {"ja_JP", "zh_CN", "zh_TW", "ko_KR", "hu_HU", "lt_LT", "sv_SE", "sv_FI", "mn_MN", "en_CA", "fr_CA"}
_DOT = {"de_DE", "de_AT", "de_CH", "de_BE", "de_LU", "de_LI", "fo_FO", "se_NO", "no_NO", "nb_NO", "da_DK",
        "fi_FI", "cs_CZ", "sk_SK", "pl_PL", "ru_RU", "uk_UA", "tr_TR", "et_EE", "lv_LV", "hr_HR", "sl_SI",
        "sr_RS", "bs_BA", "ro_RO", "ro_MD", "bg_BG", "mk_MK", "kk_KZ", "az_AZ", "is_IS", "fr_CH", "it_CH"}  # fmt: skip
# What a hand-typed or imported row writes beside the column's main layout.
LAYOUTS = ("num", "num_short", "iso", "long", "num_slash_pad", "compact")


def month_words(locale: str) -> list[str]:
    """The month names of the locale's language (English where none is written here)."""
    return MONTHS.get(lang(locale), MONTHS["en"]).split()


def fmt_date(d: dt.date, locale: str, layout: str) -> str:
    """``d`` as ``layout`` in the locale's usual order: ``num`` (padded, the country's separator),
    ``num_short`` (unpadded, two-digit year), ``iso``, ``long`` (month name in the locale's language),
    ``num_slash_pad`` (padded with slashes), ``compact`` (``YYYYMMDD``)."""
    sep = "." if locale in _DOT else "-" if locale in ("nl_NL", "fy_NL", "nl_BE") else "/"
    if layout == "iso":
        return d.isoformat()
    if layout == "compact":
        return d.strftime("%Y%m%d")
    if layout == "long":
        if lang(locale) in ("ja", "zh"):
            return f"{d.year}年{d.month}月{d.day}日"
        if lang(locale) == "ko":
            return f"{d.year}년 {d.month}월 {d.day}일"
        m = month_words(locale)[d.month - 1]
        if locale in _MDY:
            return f"{m} {d.day}, {d.year}"
        if lang(locale) in ("es", "pt", "ca"):
            return f"{d.day} de {m} de {d.year}"
        if lang(locale) in ("de", "fo"):
            return f"{d.day}. {m} {d.year}"
        return f"{d.day} {m} {d.year}"
    pad = layout != "num_short"
    day = f"{d.day:02d}" if pad else str(d.day)
    month = f"{d.month:02d}" if pad else str(d.month)
    year = str(d.year) if pad else f"{d.year % 100:02d}"
    if layout == "num_slash_pad":
        sep = "/"
    if locale in _YMD:
        return f"{year}{sep if sep != '.' else '-'}{month}{sep if sep != '.' else '-'}{day}"
    if locale in _MDY:
        return f"{month}{sep}{day}{sep}{year}"
    return f"{day}{sep}{month}{sep}{year}"


def dob_mix(locale: str, rng: random.Random, main: str = "") -> tuple[list[str], list[float]]:
    """A column's layouts and their weights: a main one on most rows, one or two others on the rest."""
    main = main or rng.choice(("num", "num", "iso", "long", "num_short"))
    others = [x for x in LAYOUTS if x != main]
    rng.shuffle(others)
    chosen = [main, *others[: rng.choice((1, 1, 2))]]
    weights = [0.75] + [0.25 / (len(chosen) - 1)] * (len(chosen) - 1)
    return chosen, weights


MISSING = {
    **set24.MISSING,
    "de_BE": ("k.A.", "unbekannt", "-"),
    "it_SM": ("n.d.", "non disponibile", "-"),
    "fr_MC": ("n.c.", "non communiqué", "-"),
    "es_BO": ("s/d", "sin dato", "-"),
    "es_PA": ("N/A", "no aplica", "-"),
    "sw_TZ": ("hakuna", "haijulikani", "-"),
    "fo_FO": ("ókent", "-"),
    "se_NO": ("ii dieđus", "-"),
}
TOOL_MISSING = (*set24.TOOL_MISSING, "0/0/00", "0.0.00", "#N/A", "None", "null")


def missing_words(locale: str) -> tuple[str, ...]:
    """The words the locale's exports write in an empty cell."""
    return tuple(MISSING.get(locale) or set24.missing_words(locale))
