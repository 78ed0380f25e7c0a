"""Held-out set 46: locales, groups, seeds, regions, languages, titles, date layouts and missing-cell words.

Set 46 has set 45's 294 locales (``heldout45_language``: its lists and public functions, called, not copied) and
eight new ones (``heldout46_new8``: ff_GN Pular, jv_ID Javanese, tt_RU Tatar, pa_IN Punjabi, xh_ZA isiXhosa, lg_UG
Luganda, ht_HT Haitian Creole, kmr_TR Kurmanji). Birth dates are the people's own; event dates count back from
2026-12-06. Date layouts new to the sets: ``02|04|1998`` (pipes), ``1998/April/2`` (the year first, the month's
whole name in the table's language between slashes, the day unpadded), ``age 28 – 2.4.1998`` (the age before the
date, its word in the table's language, an en dash), ``Thu-02-04-1998`` (the weekday's abbreviation in the table's
language joined by dashes), ``02~04~1998`` (tildes), ``02:04:1998`` (colons) and ``2-April-1998`` (the month's whole
name between dashes, in the table's language, in the new 8 in their own languages where they have month names:
Javanese, Tatar, Punjabi, isiXhosa, Luganda, Haitian Creole, Kurmanji); the US writes the month before the day in
the numeric ones.
"""

from __future__ import annotations

import datetime as dt
import random

import heldout45_language as l45
import heldout46_new8 as new8

NEW8_46 = new8.NEW8_46
FIRST7 = l45.FIRST7
OTHER = (*l45.OTHER, *l45.NEW8_45)
LOCALES = (*FIRST7, *OTHER, *NEW8_46)
SEEDS = (46001, 46002, 46003, 46004, 46005, 46006)
N_ROWS = 0
CJK = l45.CJK
INDIC = (*l45.INDIC, "pa_IN")  # Gurmukhi: words between spaces
LANG = {**l45.LANG, **new8.LANG46}
# Languages whose headers are in the table's language (set 45's ten).
LOCAL_LANGS = l45.LOCAL_LANGS
# Languages with set 46's local note genres.
NOTE_LANGS = ("de", "fr", "es", "it", "nl", "pt", "da", "cs", *new8.LANG46.values())
TITLES = l45.TITLES.copy()  # a defaultdict: keeps its default
for _lg, _t in {"ff": ("Hadja", "Elhadj", "Mme", "M."), "jv": ("Bu", "Pak", "Ibu", "Bapak"),
                "tt": ("Ханым", "Әфәнде", "г-жа", "г-н"), "pa": ("ਸ੍ਰੀਮਤੀ", "ਸਰਦਾਰ", "ਬੀਬੀ"),
                "xh": ("Nkosikazi", "Mnumzana", "Mrs", "Mr"), "lg": ("Nnyabo", "Ssebo", "Mrs", "Mr"),
                "ht": ("Madan", "Msye", "Mme", "M."), "kmr": ("Xanim", "Birêz", "Xatûn")}.items():  # fmt: skip
    TITLES.setdefault(_lg, _t)
TODAY = dt.date(2026, 12, 6)
# A cell with no value as set 46's exports write it (besides the locale's words).
TOOL_MISSING = ("#REF!", "[blank]", "no record", "unanswered", "blank on form", "∅", "n.d.", "not stated",
                "(no entry)", "illegible", "see file", "nothing given")  # fmt: skip
DATE_LAYOUTS = ("pipe", "y_mon_d_slash", "age_before", "wd_dash", "tilde", "colon", "d_mon_y_dash")
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "jv": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "tt": "гыйнвар февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "pa": "ਜਨਵਰੀ ਫ਼ਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ",
    "xh": "Janyuwari Februwari Matshi Epreli Meyi Juni Julayi Agasti Septemba Okthobha Novemba Disemba",
    "lg": "Janwali Febwali Marisi Apuli Maayi Juuni Julaayi Agusito Sebuttemba Okitobba Novemba Desemba",
    "ht": "janvye fevriye mas avril me jen jiyè out septanm oktòb novanm desanm",
    "kmr": "Çile Sibat Adar Nîsan Gulan Hezîran Tîrmeh Tebax Îlon Cotmeh Mijdar Kanûn",
}
_WEEKDAYS = {
    "en": "Mon Tue Wed Thu Fri Sat Sun", "de": "Mo Di Mi Do Fr Sa So", "fr": "lun mar mer jeu ven sam dim",
    "es": "lun mar mié jue vie sáb dom", "it": "lun mar mer gio ven sab dom", "nl": "ma di wo do vr za zo",
    "pt": "seg ter qua qui sex sáb dom", "da": "man tir ons tor fre lør søn", "cs": "po út st čt pá so ne",
    "nb": "man tir ons tor fre lør søn", "jv": "Sen Sel Rab Kam Jum Sab Min", "ht": "len mad mèk jed van sam dim",
}  # fmt: skip
_AGE = {"en": "age", "de": "Alter", "fr": "âge", "es": "edad", "it": "età", "nl": "leeftijd", "pt": "idade",
        "da": "alder", "cs": "věk", "nb": "alder", "jv": "umur", "ht": "laj", "kmr": "temen", "xh": "iminyaka",
        "lg": "emyaka", "tt": "яше", "pa": "ਉਮਰ"}  # fmt: skip
# The language a new locale's dates are written in where it has no month names of its own here.
_DATE_LANG = {"ff": "fr", "mi": "en"}
_MISSING_NEW = {"ff_GN": ("alaa", "néant", "-"), "jv_ID": ("ora ana", "kosong", "-"), "tt_RU": ("юк", "нет", "-"),
                "pa_IN": ("ਨਹੀਂ", "N/A", "-"), "xh_ZA": ("akukho", "N/A", "nil"), "lg_UG": ("tewali", "N/A", "nil"),
                "ht_HT": ("pa genyen", "néant", "-"), "kmr_TR": ("tune", "yok", "-")}  # fmt: skip


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for a first-7 locale, two for a new one, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    return SEEDS[:2] if locale in NEW8_46 else SEEDS[:1]


def region(locale: str) -> str:
    """The phone and IBAN country of a locale (set 45's rule; the new 8: the part after ``_``)."""
    return new8.region(locale) if locale in NEW8_46 else l45.region(locale)


def lang(locale: str) -> str:
    """The language notes and headers are written in."""
    return LANG[locale]


def missing_words(locale: str) -> tuple[str, ...]:
    """What an export of this locale writes in a cell it has no value for."""
    return _MISSING_NEW[locale] if locale in NEW8_46 else l45.missing_words(locale)


def iso_of(value) -> str:
    """A ``datetime.date`` (or ISO text) as ISO text."""
    return l45.iso_of(value)


def date_lang(locale: str) -> str:
    """The language a locale's month names are written in."""
    lg = lang(locale)
    lg = _DATE_LANG.get(lg, lg)
    return lg if lg in _MONTHS else "en"


def age_on(d: dt.date) -> int:
    """Whole years from ``d`` to ``TODAY``."""
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


def fmt_date(iso: str, locale: str, layout: str) -> str:
    """An ISO date in one of set 46's layouts, or set 45's (``heldout45_language.fmt_date``)."""
    d = dt.date.fromisoformat(iso)
    lg = date_lang(locale)
    us = locale.endswith("_US")
    first, second = (d.month, d.day) if us else (d.day, d.month)
    month = _MONTHS[lg].split()[d.month - 1]
    if layout == "pipe":
        return f"{first:02d}|{second:02d}|{d.year}"
    if layout == "y_mon_d_slash":
        return f"{d.year}/{month}/{d.day}"
    if layout == "age_before":
        return f"{_AGE.get(lg, 'age')} {age_on(d)} – {first}.{second}.{d.year}"
    if layout == "wd_dash":
        wd = _WEEKDAYS.get(lg, _WEEKDAYS["en"]).split()[d.weekday()]
        return f"{wd}-{first:02d}-{second:02d}-{d.year}"
    if layout == "tilde":
        return f"{first:02d}~{second:02d}~{d.year}"
    if layout == "colon":
        return f"{first:02d}:{second:02d}:{d.year}"
    if layout == "d_mon_y_dash":
        return f"{d.day}-{month}-{d.year}"
    return l45.fmt_date(iso, _old(locale), layout)


def _old(locale: str) -> str:
    """An old locale whose earlier layouts stand in for a new one's."""
    return {"ff_GN": "fr_GN", "jv_ID": "id_ID", "tt_RU": "ru_RU", "pa_IN": "hi_IN", "xh_ZA": "zu_ZA",
            "lg_UG": "en_UG", "ht_HT": "fr_HT", "kmr_TR": "tr_TR"}.get(locale, locale)  # fmt: skip


def event(rng: random.Random, locale: str, layout: str = "iso", years: float = 1.0) -> str:
    """A date within ``years`` before ``TODAY`` in ``layout``."""
    day = TODAY - dt.timedelta(days=rng.randint(1, max(2, int(365 * years))))
    return fmt_date(day.isoformat(), locale, layout)


def future(rng: random.Random, locale: str, layout: str = "iso", days: int = 90) -> str:
    """A date within ``days`` after ``TODAY`` in ``layout``."""
    return fmt_date((TODAY + dt.timedelta(days=rng.randint(1, days))).isoformat(), locale, layout)
