"""Language data of held-out set 16: the language of each locale, the locale groups, date layouts (the Thai
Buddhist-era year and the Iranian solar calendar included, as exports there print) and column-name styles.
Titles, column words and form labels are in ``heldout16_words``.
"""

from __future__ import annotations

import datetime as dt
import random

LANG = {
    "en_US": "en",
    "en_GB": "en",
    "de_DE": "de",
    "fr_FR": "fr",
    "es_ES": "es",
    "it_IT": "it",
    "nl_NL": "nl",
    "sv_SE": "sv",
    "pl_PL": "pl",
    "pt_PT": "pt",
    "da_DK": "da",
    "en_AU": "en",
    "de_AT": "de",
    "fr_CH": "fr",
    "en_IN": "en",
    "en_CA": "en",
    "fr_CA": "fr",
    "pt_BR": "pt",
    "es_MX": "es",
    "cs_CZ": "cs",
    "fi_FI": "fi",
    "tr_TR": "tr",
    "ja_JP": "ja",
    "zh_CN": "zh",
    "no_NO": "no",
    "ro_RO": "ro",
    "el_GR": "el",
    "hu_HU": "hu",
    "sk_SK": "sk",
    "hr_HR": "hr",
    "de_CH": "de",
    "lt_LT": "lt",
    "uk_UA": "uk",
    "ru_RU": "ru",
    "bg_BG": "bg",
    "sl_SI": "sl",
    "en_IE": "en",
    "nl_BE": "nl",
    "lv_LV": "lv",
    "es_AR": "es",
    "es_CO": "es",
    "en_NZ": "en",
    "fr_BE": "fr",
    "et_EE": "et",
    "es_CL": "es",
    "en_PH": "en",
    "it_CH": "it",
    "de_LU": "de",
    "is_IS": "is",
    "ko_KR": "ko",
    "en_NG": "en",
    "id_ID": "id",
    "vi_VN": "vi",
    "es_VE": "es",
    "mt_MT": "en",
    "zh_TW": "zh",
    "he_IL": "he",
    "th_TH": "th",
    "az_AZ": "az",
    "ka_GE": "ka",
    "fr_DZ": "fr",
    "fa_IR": "fa",
}

FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
OTHER49 = (
    "sv_SE",
    "pl_PL",
    "pt_PT",
    "da_DK",
    "en_AU",
    "de_AT",
    "fr_CH",
    "en_IN",
    "en_CA",
    "fr_CA",
    "pt_BR",
    "es_MX",
    "cs_CZ",
    "fi_FI",
    "tr_TR",
    "ja_JP",
    "zh_CN",
    "no_NO",
    "ro_RO",
    "el_GR",
    "hu_HU",
    "sk_SK",
    "hr_HR",
    "de_CH",
    "lt_LT",
    "uk_UA",
    "ru_RU",
    "bg_BG",
    "sl_SI",
    "en_IE",
    "nl_BE",
    "lv_LV",
    "es_AR",
    "es_CO",
    "en_NZ",
    "fr_BE",
    "et_EE",
    "es_CL",
    "en_PH",
    "it_CH",
    "de_LU",
    "is_IS",
    "ko_KR",
    "en_NG",
    "id_ID",
    "vi_VN",
    "es_VE",
    "mt_MT",
    "zh_TW",
)
NEW6 = ("he_IL", "th_TH", "az_AZ", "ka_GE", "fr_DZ", "fa_IR")
LOCALES = FIRST7 + OTHER49 + NEW6

# --- dates of birth in the country's layouts ---------------------------------------------------------
_LAYOUTS = {
    "en_US": ("%m/%d/%Y", "%Y-%m-%d"),
    "en_PH": ("%m/%d/%Y", "%B %d, %Y"),
    "en_CA": ("%Y-%m-%d", "%d/%m/%Y"),
    "de": ("%d.%m.%Y",),
    "fr": ("%d/%m/%Y",),
    "es": ("%d/%m/%Y", "%d-%m-%Y"),
    "it": ("%d/%m/%Y",),
    "nl": ("%d-%m-%Y",),
    "pt": ("%d/%m/%Y",),
    "sv": ("%Y-%m-%d",),
    "pl": ("%d.%m.%Y",),
    "da": ("%d.%m.%Y", "%d-%m-%Y"),
    "no": ("%d.%m.%Y",),
    "fi": ("{d}.{m}.%Y",),
    "cs": ("{d}. {m}. %Y", "%d.%m.%Y"),
    "sk": ("{d}. {m}. %Y",),
    "hu": ("%Y.%m.%d.",),
    "ro": ("%d.%m.%Y",),
    "el": ("%d/%m/%Y",),
    "tr": ("%d.%m.%Y",),
    "ru": ("%d.%m.%Y",),
    "uk": ("%d.%m.%Y",),
    "bg": ("%d.%m.%Y г.", "%d.%m.%Y"),
    "hr": ("%d.%m.%Y.",),
    "sl": ("{d}. {m}. %Y",),
    "lt": ("%Y-%m-%d",),
    "lv": ("%d.%m.%Y.",),
    "et": ("%d.%m.%Y",),
    "is": ("%d.%m.%Y",),
    "ja": ("%Y年{m}月{d}日", "%Y/%m/%d"),
    "zh": ("%Y年{m}月{d}日", "%Y-%m-%d"),
    "ko": ("%Y.%m.%d", "%Y-%m-%d"),
    "id": ("%d-%m-%Y", "%d/%m/%Y"),
    "vi": ("%d/%m/%Y",),
    "he": ("%d/%m/%Y", "%d.%m.%Y"),
    "th": ("{be}",),
    "az": ("%d.%m.%Y",),
    "ka": ("%d.%m.%Y",),
    "fa": ("{jalali}",),
    "en": ("%d/%m/%Y",),
}


def gregorian_to_jalali(d: dt.date) -> tuple[int, int, int]:
    """The Iranian solar (Jalali) date of ``d`` (the standard arithmetic conversion)."""
    gy, gm, gd = d.year, d.month, d.day
    g_d_m = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_d_m[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def date_layout(locale: str, rng: random.Random) -> str:
    """One date layout of the locale's country (a table keeps one for its date columns)."""
    layouts = _LAYOUTS.get(locale) or _LAYOUTS[LANG[locale]]
    return rng.choice(layouts)


def format_date(d: dt.date, layout: str) -> str:
    """``d`` in ``layout`` (strftime, with ``{d}``/``{m}`` unpadded, ``{be}`` the Thai Buddhist-era date
    ``dd/mm/yyyy+543``, ``{jalali}`` the Iranian ``yyyy/mm/dd``)."""
    if layout == "{be}":
        return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"
    if layout == "{jalali}":
        y, m, dd = gregorian_to_jalali(d)
        return f"{y}/{m:02d}/{dd:02d}"
    return d.strftime(layout.replace("{d}", str(d.day)).replace("{m}", str(d.month)))


# --- column-name styles ------------------------------------------------------------------------------
def style(words: str, how: str) -> str:
    """A column name in one of the styles exports use: as written, snake_case, camelCase, ALL CAPS,
    Title Case (non-Latin scripts keep their words and only lose or keep their spaces)."""
    parts = words.replace("-", " ").replace("_", " ").split()
    if how == "snake":
        return "_".join(p.lower() for p in parts)
    if how == "camel":
        return parts[0].lower() + "".join(p[:1].upper() + p[1:].lower() for p in parts[1:])
    if how == "caps":
        return "_".join(p.upper() for p in parts) if len(parts) > 1 else words.upper()
    if how == "title":
        return " ".join(p[:1].upper() + p[1:] for p in parts)
    return words
