"""Held-out set 45: locales, groups, seeds, regions, languages, titles, date layouts and missing-cell words.

Set 45 has set 44's 286 locales (``heldout44_language``: its lists and public functions, called, not copied) and
eight new ones (``heldout45_new8``: ay_BO Aymara, mg_MG Malagasy, sd_PK Sindhi, ckb_IQ Central Kurdish, ln_CD
Lingala, ny_MW Chichewa, gil_KI Gilbertese, tet_TL Tetum). Birth dates are the people's own; event dates count back
from 2026-12-06. Date layouts new to the sets: ``2/4/1998 (Thu)`` (day, month and year unpadded with the weekday's
abbreviation in the table's language in brackets after), ``1998 April 2`` (the year first, then the month's name in
the table's language, then the day), ``02/04/1998 (28 yrs)`` (the age next to the date, its word in the table's
language), ``02\\04\\1998`` (backslashes), ``98-04-02`` (a two-digit year first, dashes) and ``02 04 1998`` (spaces
only); the US writes the month before the day in the numeric ones.
"""

from __future__ import annotations

import datetime as dt
import random

import heldout44_language as l44
import heldout45_new8 as new8

NEW8_45 = new8.NEW8_45
FIRST7 = l44.FIRST7
OTHER = (*l44.OTHER, *l44.NEW8_44)
LOCALES = (*FIRST7, *OTHER, *NEW8_45)
SEEDS = (45001, 45002, 45003, 45004, 45005, 45006)
N_ROWS = 0
CJK = l44.CJK
INDIC = l44.INDIC
LANG = {**l44.LANG, **new8.LANG45}
# Languages whose headers are in the table's language (set 44's ten).
LOCAL_LANGS = ("de", "fr", "es", "it", "nl", "pt", "da", "cs", "nb", "mi")
# Languages with set 45's local note genres.
NOTE_LANGS = ("de", "fr", "es", "it", "nl", "pt", "da", "cs", *new8.LANG45.values())
TITLES = l44.TITLES.copy()  # a defaultdict: keeps its default
for _lg, _t in {"ay": ("Sra.", "Sr.", "Doña", "Don", "Tata", "Mama"), "mg": ("Ramatoa", "Andriamatoa", "Rtoa", "Atoa"),
                "sd": ("محترمه", "سائين"), "ckb": ("خاتوو", "کاک"), "ln": ("Mama", "Tata", "Mme", "M."),
                "ny": ("Mayi", "Bambo", "Mrs", "Mr"), "gil": ("Nei", "Mr", "Mrs"),
                "tet": ("Sra.", "Sr.", "Mana", "Maun")}.items():  # fmt: skip
    TITLES.setdefault(_lg, _t)
TODAY = dt.date(2026, 12, 6)
# A cell with no value as set 45's exports write it (besides the locale's words).
TOOL_MISSING = ("not known", "n.k.", "TBA", "—", "xx", "<empty>", "(null)", "NIL", "no info", "refused to give",
                "see above", "-/-")  # fmt: skip
DATE_LAYOUTS = ("wd_after", "year_word", "age_next", "backslash", "yy_first", "spaced")
_MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "cs": "leden únor březen duben květen červen červenec srpen září říjen listopad prosinec",
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
}
_WEEKDAYS = {
    "en": "Mon Tue Wed Thu Fri Sat Sun", "de": "Mo Di Mi Do Fr Sa So", "fr": "lun. mar. mer. jeu. ven. sam. dim.",
    "es": "lun mar mié jue vie sáb dom", "it": "lun mar mer gio ven sab dom", "nl": "ma di wo do vr za zo",
    "pt": "seg ter qua qui sex sáb dom", "da": "man tir ons tor fre lør søn", "cs": "po út st čt pá so ne",
    "nb": "man tir ons tor fre lør søn",
}  # fmt: skip
_AGE = {"en": "yrs", "de": "J.", "fr": "ans", "es": "años", "it": "anni", "nl": "jr", "pt": "anos", "da": "år",
        "cs": "let", "nb": "år"}  # fmt: skip
# The language a new locale's dates are written in (its tables' language of record).
_DATE_LANG = {"ay": "es", "mg": "fr", "ln": "fr", "tet": "pt", "mi": "en"}
_MISSING_NEW = {"ay_BO": ("janiw utjkiti", "s/d", "-"), "mg_MG": ("tsy misy", "néant", "-"),
                "sd_PK": ("ڪونهي", "N/A", "-"), "ckb_IQ": ("نییە", "N/A", "-"), "ln_CD": ("ezali te", "néant", "-"),
                "ny_MW": ("palibe", "N/A", "nil"), "gil_KI": ("akea", "N/A", "nil"),
                "tet_TL": ("laiha", "s/d", "-")}  # fmt: skip


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for a first-7 locale, two for a new one, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    return SEEDS[:2] if locale in NEW8_45 else SEEDS[:1]


def region(locale: str) -> str:
    """The phone and IBAN country of a locale (set 44's rule; the new 8: the part after ``_``)."""
    return new8.region(locale) if locale in NEW8_45 else l44.region(locale)


def lang(locale: str) -> str:
    """The language notes and headers are written in."""
    return LANG[locale]


def missing_words(locale: str) -> tuple[str, ...]:
    """What an export of this locale writes in a cell it has no value for."""
    return _MISSING_NEW[locale] if locale in NEW8_45 else l44.missing_words(locale)


def iso_of(value) -> str:
    """A ``datetime.date`` (or ISO text) as ISO text."""
    return l44.iso_of(value)


def date_lang(locale: str) -> str:
    """The language a locale's month and weekday names are written in."""
    lg = lang(locale)
    lg = _DATE_LANG.get(lg, lg)
    return lg if lg in _MONTHS else "en"


def age_on(d: dt.date) -> int:
    """Whole years from ``d`` to ``TODAY``."""
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


def fmt_date(iso: str, locale: str, layout: str) -> str:
    """An ISO date in one of set 45's layouts, or set 44's (``heldout44_language.fmt_date``)."""
    d = dt.date.fromisoformat(iso)
    lg = date_lang(locale)
    us = locale.endswith("_US")
    first, second = (d.month, d.day) if us else (d.day, d.month)
    if layout == "wd_after":
        return f"{first}/{second}/{d.year} ({_WEEKDAYS[lg].split()[d.weekday()]})"
    if layout == "year_word":
        return f"{d.year} {_MONTHS[lg].split()[d.month - 1]} {d.day}"
    if layout == "age_next":
        return f"{first:02d}/{second:02d}/{d.year} ({age_on(d)} {_AGE[lg]})"
    if layout == "backslash":
        return f"{first:02d}\\{second:02d}\\{d.year}"
    if layout == "yy_first":
        return f"{d.year % 100:02d}-{d.month:02d}-{d.day:02d}"
    if layout == "spaced":
        return f"{first:02d} {second:02d} {d.year}"
    return l44.fmt_date(iso, _old(locale), layout)


def _old(locale: str) -> str:
    """An old locale whose earlier layouts stand in for a new one's."""
    return {"ay_BO": "es_BO", "mg_MG": "fr_MG", "sd_PK": "en_PK", "ckb_IQ": "ar_IQ", "ln_CD": "fr_CD",
            "ny_MW": "en_MW", "gil_KI": "en_KI", "tet_TL": "pt_TL"}.get(locale, locale)  # fmt: skip


def event(rng: random.Random, locale: str, layout: str = "iso", years: float = 1.0) -> str:
    """A date within ``years`` before ``TODAY`` in ``layout``."""
    day = TODAY - dt.timedelta(days=rng.randint(1, max(2, int(365 * years))))
    return fmt_date(day.isoformat(), locale, layout)


def future(rng: random.Random, locale: str, layout: str = "iso", days: int = 90) -> str:
    """A date within ``days`` after ``TODAY`` in ``layout``."""
    return fmt_date((TODAY + dt.timedelta(days=rng.randint(1, days))).isoformat(), locale, layout)
