"""Held-out set 49: locales, groups, seeds, regions, languages, titles, date layouts and missing-cell words.

Set 49 has set 48's 318 locales (``heldout48_language``: its lists and public functions, called, not copied) and
eight new ones (``heldout49_new8``: ur_PK Urdu, ml_IN Malayalam, hy_IR Armenian in Iran, sah_RU Yakut, bm_ML
Bambara, ve_ZA Tshivenda, ch_GU Chamorro, oc_FR Occitan). Birth dates are the people's own; event dates count back
from 2026-12-07. Date layouts new to the sets: ``891475200`` (Unix seconds of the day's midnight, UTC; negative
before 1970), ``02-04-1998 07:45`` (the time of birth after the date), ``2 April (1998)`` (the day and the month's
whole name in the table's language or the new 8's own: ``اپریل``, ``ഏപ്രിൽ``, ``ապրիլ``, ``муус устар``,
``Awirilikalo``, ``Lambamai``, ``Abrit``, ``abril``, then the year in brackets), ``2ⁿᵈ April 1998`` (a
superscript ordinal: ``2ᵉ avril``, ``2º de abril``, ``2º aprile`` where the language writes one; elsewhere the
bracketed year), ``02. 04. 1998`` (dots each followed by a space) and ``02/04/1998 [28 yrs]`` (the age in square
brackets with the table's word for years: ``J.``, ``ans``, ``años``, ``anni``, ``jr``, ``anos``, ``år``, ``let``,
``سال``, ``വയസ്സ്``, ``տարեկան``, ``сыл``, ``san``, ``minwaha``, ``sakkan``); the US and Guam write the month
before the day in the numeric ones.
"""

# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)
from __future__ import annotations

import datetime as dt
import random

import heldout48_language as l48
import heldout49_new8 as new8

NEW8_49 = new8.NEW8_49
FIRST7 = l48.FIRST7
OTHER = (*l48.OTHER, *l48.NEW8_48)
LOCALES = (*FIRST7, *OTHER, *NEW8_49)
SEEDS = (49001, 49002, 49003, 49004, 49005, 49006)
N_ROWS = 0
CJK = l48.CJK
INDIC = (*l48.INDIC, "ml_IN")  # Malayalam: words between spaces
LANG = {**l48.LANG, **new8.LANG49}
# Languages whose headers are in the table's language (set 48's ten).
LOCAL_LANGS = l48.LOCAL_LANGS
# Languages with set 49's local note genres.
NOTE_LANGS = ("de", "fr", "es", "it", "nl", "pt", "da", "cs", *new8.LANG49.values())
TITLES = l48.TITLES.copy()  # a defaultdict: keeps its default
for _lg, _t in {"ur": ("محترمہ", "جناب", "Mrs", "Mr"), "ml": ("ശ്രീമതി", "ശ്രീ", "Mrs", "Mr"),
                "hy": ("տիկին", "պարոն", "Mrs", "Mr"), "sah": ("г-жа", "г-н"), "bm": ("Mme", "M."),
                "ve": ("Vho", "Mrs", "Mr"), "ch": ("Señora", "Señot", "Mrs", "Mr"),
                "oc": ("Dòna", "Sénher", "Mme", "M.")}.items():  # fmt: skip
    TITLES[_lg] = tuple(dict.fromkeys((*TITLES.get(_lg, ()), *_t)))
TODAY = dt.date(2026, 12, 7)
# A cell with no value as set 49's exports write it (besides the locale's words).
TOOL_MISSING = ("#DIV/0!", "#REF!", "null", "(none given)", "not recorded", "TBA", "to follow", "(empty)",
                "declined to say", "see file", "xx", "•••")  # fmt: skip
DATE_LAYOUTS = ("epoch", "with_time", "dm_paren_y", "sup_ordinal", "spaced_dots", "age_bracket")
_OLD_MONTHS = {
    k: v.split() for k, v in l48._MONTHS.items() if k in ("en", "de", "fr", "es", "it", "nl", "pt", "da", "cs", "nb")
}
_MONTHS = {
    **_OLD_MONTHS,
    "ur": ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"],
    "ml": ["ജനുവരി", "ഫെബ്രുവരി", "മാർച്ച്", "ഏപ്രിൽ", "മേയ്", "ജൂൺ", "ജൂലൈ", "ഓഗസ്റ്റ്", "സെപ്റ്റംബർ", "ഒക്ടോബർ", "നവംബർ", "ഡിസംബർ"],
    "hy": ["հունվար", "փետրվար", "մարտ", "ապրիլ", "մայիս", "հունիս", "հուլիս", "օգոստոս", "սեպտեմբեր", "հոկտեմբեր", "նոյեմբեր", "դեկտեմբեր"],
    "sah": ["тохсунньу", "олунньу", "кулун тутар", "муус устар", "ыам ыйа", "бэс ыйа", "от ыйа", "атырдьах ыйа", "балаҕан ыйа", "алтынньы", "сэтинньи", "ахсынньы"],
    "bm": ["Zanwuyekalo", "Feburuyekalo", "Marisikalo", "Awirilikalo", "Mɛkalo", "Zuwɛnkalo", "Zuluyekalo", "Utikalo", "Sɛtanburukalo", "Ɔkutɔburukalo", "Nowanburukalo", "Desanburukalo"],
    "ve": ["Phando", "Luhuhi", "Ṱhafamuhwe", "Lambamai", "Shundunthule", "Fulwi", "Fulwana", "Ṱhangule", "Khubvumedzi", "Tshimedzi", "Ḽara", "Nyendavhusiku"],
    "ch": ["Eneru", "Febreru", "Matsu", "Abrit", "Mayu", "Huñu", "Hulio", "Agostu", "Septembri", "Oktubri", "Nobiembri", "Disiembri"],
    "oc": ["genièr", "febrièr", "març", "abril", "mai", "junh", "julhet", "agost", "setembre", "octòbre", "novembre", "decembre"],
}  # fmt: skip
_YEARS = {"en": "yrs", "de": "J.", "fr": "ans", "es": "años", "it": "anni", "nl": "jr", "pt": "anos", "da": "år",
          "cs": "let", "nb": "år", "ur": "سال", "ml": "വയസ്സ്", "hy": "տարեկան", "sah": "сыл", "bm": "san",
          "ve": "minwaha", "ch": "sakkan", "oc": "ans"}  # fmt: skip
# The language a locale's dates are written in where it has no month names of its own here.
_DATE_LANG = {"mi": "en"}
_MISSING_NEW = {"ur_PK": ("دستیاب نہیں", "N/A", "-"), "ml_IN": ("ലഭ്യമല്ല", "N/A", "-"), "hy_IR": ("չկա", "N/A", "-"),
                "sah_RU": ("суох", "нет", "-"), "bm_ML": ("foyi", "néant", "-"), "ve_ZA": ("a huna", "N/A", "none"),
                "ch_GU": ("taya", "N/A", "none"), "oc_FR": ("pas res", "néant", "-")}  # fmt: skip
_MONTH_FIRST = ("ch_GU",)


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for a first-7 locale, two for a new one, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    return SEEDS[:2] if locale in NEW8_49 else SEEDS[:1]


def region(locale: str) -> str:
    """The phone and IBAN country of a locale (set 48's rule; the new 8: the part after ``_``)."""
    return new8.region(locale) if locale in NEW8_49 else l48.region(locale)


def lang(locale: str) -> str:
    """The language notes and headers are written in."""
    return LANG[locale]


def missing_words(locale: str) -> tuple[str, ...]:
    """What an export of this locale writes in a cell it has no value for."""
    return _MISSING_NEW[locale] if locale in NEW8_49 else l48.missing_words(locale)


def iso_of(value) -> str:
    """A ``datetime.date`` (or ISO text) as ISO text."""
    return l48.iso_of(value)


def date_lang(locale: str) -> str:
    """The language a locale's month names are written in."""
    lg = lang(locale)
    lg = _DATE_LANG.get(lg, lg)
    return lg if lg in _MONTHS else "en"


def age_on(d: dt.date) -> int:
    """Whole years from ``d`` to ``TODAY``."""
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


def _ordinal(day: int, lg: str) -> str | None:
    if lg == "en":
        suf = "ᵗʰ" if 10 < day % 100 < 14 else {1: "ˢᵗ", 2: "ⁿᵈ", 3: "ʳᵈ"}.get(day % 10, "ᵗʰ")
        return f"{day}{suf}"
    if lg in ("fr", "oc"):
        return "1ᵉʳ" if day == 1 else f"{day}ᵉ"
    if lg in ("es", "pt", "it", "ch"):
        return f"{day}º"
    return None


def fmt_date(iso: str, locale: str, layout: str) -> str:
    """An ISO date in one of set 49's layouts (``DATE_LAYOUTS``), or set 48's (``heldout48_language.fmt_date``)."""
    d = dt.date.fromisoformat(iso)
    lg = date_lang(locale)
    us = locale.endswith("_US") or locale in _MONTH_FIRST
    first, second = (d.month, d.day) if us else (d.day, d.month)
    month = _MONTHS[lg][d.month - 1]
    if layout == "epoch":
        return str((d - dt.date(1970, 1, 1)).days * 86400)
    if layout == "with_time":
        o = d.toordinal()
        return f"{first:02d}-{second:02d}-{d.year} {o * 7 % 24:02d}:{o * 13 % 60:02d}"
    if layout == "sup_ordinal":
        o = _ordinal(d.day, lg)
        if o:
            if lg in ("es", "pt", "ch"):
                return f"{o} de {month} de {d.year}"
            return f"{month} {o}, {d.year}" if us else f"{o} {month} {d.year}"
        layout = "dm_paren_y"
    if layout == "dm_paren_y":
        return f"{month} {d.day} ({d.year})" if us else f"{d.day} {month} ({d.year})"
    if layout == "spaced_dots":
        return f"{first:02d}. {second:02d}. {d.year}"
    if layout == "age_bracket":
        return f"{first:02d}/{second:02d}/{d.year} [{age_on(d)} {_YEARS.get(lg, 'yrs')}]"
    return l48.fmt_date(iso, _old(locale), layout)


def _old(locale: str) -> str:
    """An old locale whose earlier layouts stand in for a new one's."""
    return {"ur_PK": "en_PK", "ml_IN": "en_IN", "hy_IR": "fa_IR", "sah_RU": "ru_RU", "bm_ML": "fr_ML",
            "ve_ZA": "en_ZA", "ch_GU": "en_GU", "oc_FR": "fr_FR"}.get(locale, locale)  # fmt: skip


def event(rng: random.Random, locale: str, layout: str = "iso", years: float = 1.0) -> str:
    """A date within ``years`` before ``TODAY`` in ``layout``."""
    day = TODAY - dt.timedelta(days=rng.randint(1, max(2, int(365 * years))))
    return fmt_date(day.isoformat(), locale, layout)


def future(rng: random.Random, locale: str, layout: str = "iso", days: int = 90) -> str:
    """A date within ``days`` after ``TODAY`` in ``layout``."""
    return fmt_date((TODAY + dt.timedelta(days=rng.randint(1, days))).isoformat(), locale, layout)
