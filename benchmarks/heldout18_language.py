"""Locales, groups, seeds, languages, date-of-birth layouts and column-name styles of held-out set 18.

Groups: the first 7 (four tables each: the issue's targets are reported on them), the other 63 locales of
set 17 (one table each) and eight locales no set has used (two tables each): Tamil (India), Uzbek, Albanian,
Yoruba (Nigeria), Irish, Sinhala, Amharic and Swahili (Kenya), which widen the scripts (Tamil, Sinhala,
Ethiopic) and regions (Central Asia, the Balkans, West and East Africa).
"""

from __future__ import annotations

import random
import re
from datetime import date

FIRST7 = ("en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL")
OTHER63 = (
    "sv_SE", "pl_PL", "pt_PT", "da_DK", "en_AU", "de_AT", "fr_CH", "en_IN", "en_CA", "fr_CA", "pt_BR", "es_MX",
    "cs_CZ", "fi_FI", "tr_TR", "ja_JP", "zh_CN", "no_NO", "ro_RO", "el_GR", "hu_HU", "sk_SK", "hr_HR", "de_CH",
    "lt_LT", "uk_UA", "ru_RU", "bg_BG", "sl_SI", "en_IE", "nl_BE", "lv_LV", "es_AR", "es_CO", "en_NZ", "fr_BE",
    "et_EE", "es_CL", "en_PH", "it_CH", "de_LU", "is_IS", "ko_KR", "en_NG", "id_ID", "vi_VN", "es_VE", "mt_MT",
    "zh_TW", "he_IL", "th_TH", "az_AZ", "ka_GE", "fr_DZ", "fa_IR", "hi_IN", "bn_BD", "hy_AM", "ne_NP", "en_PK",
    "mk_MK", "zu_ZA", "ar_EG",
)  # fmt: skip
NEW8 = ("ta_IN", "uz_UZ", "sq_AL", "yo_NG", "ga_IE", "si_LK", "am_ET", "sw_KE")
LOCALES = FIRST7 + OTHER63 + NEW8
SEEDS = (18001, 18002, 18003, 18004)
N_ROWS = 24
# Scored by substring, as sets 16-17: scripts without spaces between words, and Korean, whose particles attach
# to the word before them (``홍민수입니다``: a kept name has no word boundary after it).
CJK = ("ja_JP", "zh_CN", "zh_TW", "ko_KR", "th_TH")
# Scripts whose vowel signs ``re`` does not count as word characters: words are taken between spaces.
INDIC = ("hi_IN", "bn_BD", "ne_NP", "ta_IN", "si_LK")


def seeds_for(locale: str) -> tuple[int, ...]:
    """Four tables for the first 7, two for the new 8, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    return SEEDS[:2] if locale in NEW8 else SEEDS[:1]


def region(locale: str) -> str:
    """The country of a locale (phone region, IBAN country)."""
    return locale.split("_")[1]


# The language of a locale's column names, titles and local notes.
LANG = {x: x.split("_")[0] for x in LOCALES}
LANG.update(
    {
        "en_IN": "en",
        "hi_IN": "hi",
        "fr_DZ": "fr",
        "mt_MT": "mt",
        "en_PH": "en",
        "en_NG": "en",
        "en_PK": "en",
    }
)
LANG.update(
    {
        "zh_TW": "zh",
        "nl_BE": "nl",
        "de_LU": "de",
        "it_CH": "it",
        "no_NO": "no",
        "yo_NG": "yo",
    }
)

# Date-of-birth layouts by locale (strftime without the zero-padding quirks: built by hand below).
_DMY_DOT = {"de_DE", "de_AT", "de_CH", "de_LU", "pl_PL", "cs_CZ", "sk_SK", "fi_FI", "no_NO", "ro_RO", "hr_HR",
            "ru_RU", "uk_UA", "bg_BG", "sl_SI", "lv_LV", "et_EE", "is_IS", "tr_TR", "az_AZ", "ka_GE", "mk_MK",
            "hy_AM", "uz_UZ", "sq_AL", "da_DK"}  # fmt: skip
_DMY_SLASH = {"en_GB", "fr_FR", "es_ES", "it_IT", "pt_PT", "en_AU", "fr_CH", "it_CH", "en_IN", "pt_BR", "es_MX",
              "el_GR", "en_IE", "ga_IE", "fr_BE", "es_AR", "es_CO", "en_NZ", "es_CL", "en_NG", "yo_NG", "id_ID",
              "vi_VN", "es_VE", "mt_MT", "he_IL", "fr_DZ", "ar_EG", "ta_IN", "hi_IN", "bn_BD", "ne_NP",
              "en_PK", "zu_ZA", "si_LK", "am_ET", "sw_KE", "en_PH"}  # fmt: skip
_DMY_DASH = {"nl_NL", "nl_BE"}
_YMD = {
    "sv_SE",
    "ja_JP",
    "zh_CN",
    "zh_TW",
    "ko_KR",
    "lt_LT",
    "hu_HU",
    "fa_IR",
    "fr_CA",
    "en_CA",
}


def dob_text(locale: str, d: date) -> str:
    """A date of birth in the locale's everyday layout (Thai Buddhist era in th_TH)."""
    if locale == "en_US":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if locale == "th_TH":
        return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"
    if locale in _DMY_DOT:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if locale in _DMY_DASH:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if locale in _YMD:
        sep = "." if locale == "hu_HU" else "/" if locale == "ja_JP" else "-"
        return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}" + ("." if locale == "hu_HU" else "")
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def birth_date(rng: random.Random) -> date:
    """A birth date between 1941 and 2007 (counted back from 2026-01-01: no clock)."""
    return date.fromordinal(date(2026, 1, 1).toordinal() - rng.randint(18 * 365 + 5, 85 * 365))


def event_date(rng: random.Random) -> date:
    """An event date of 2024-2025 (appointments, sessions): written in the birth-date layout as a look-alike."""
    return date.fromordinal(date(2024, 1, 1).toordinal() + rng.randint(0, 730))


_SPLIT = re.compile(r"[\s_\-./]+")


def style(label: str, kind: str, prefix: str = "", number: int = 0) -> str:
    """A column header in one of the styles exports use: as written, snake, camel, CAPS, Title, dotted,
    with the shape's ``prefix`` and/or a numbered suffix (non-Latin labels keep their letters)."""
    words = [w for w in _SPLIT.split(f"{prefix} {label}".strip()) if w]
    if kind == "snake":
        out = "_".join(w.lower() for w in words)
    elif kind == "camel":
        out = words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    elif kind == "caps":
        out = "_".join(w.upper() for w in words)
    elif kind == "title":
        out = " ".join(w[:1].upper() + w[1:] for w in words)
    elif kind == "dotted":
        out = ".".join(w.lower() for w in words)
    else:
        out = " ".join(words)
    if number:
        out += (
            f"_{number}" if kind in ("snake", "caps") else f" {number}" if kind in ("title", "plain") else str(number)
        )
    return out


STYLES = ("plain", "snake", "camel", "caps", "title", "dotted")
