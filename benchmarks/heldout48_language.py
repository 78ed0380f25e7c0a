"""Held-out set 48: locales, groups, seeds, regions, languages, titles, date layouts and missing-cell words.

Set 48 has set 47's 310 locales (``heldout47_language``: its lists and public functions, called, not copied) and
eight new ones (``heldout48_new8``: fa_AF Dari, iu_CA Inuktitut, ce_RU Chechen, ta_LK Tamil in Sri Lanka, so_DJ
Somali in Djibouti, crs_SC Seychellois Creole, hsb_DE Upper Sorbian, tpi_PG Tok Pisin). Birth dates are the
people's own; event dates count back from 2026-12-07. Date layouts new to the sets: ``02+04+1998`` (plus signs),
``02;04;1998`` (semicolons), ``1998 April 02`` (the year first, the month's whole name in the table's language or in
the new 8's own: ``اپریل``, ``ᐄᐳᓗ``, ``апрель``, ``ஏப்ரல்``, ``Abriil``, ``Avril``, ``apryl``, ``Epril``, then the day),
``02.04.1998; age 28`` (the age after a semicolon, its word in the table's language: ``Alter``, ``âge``, ``edad``,
``krismas``), ``1998-W14-4`` (the ISO week date) and ``1998-092`` (the ISO ordinal date: the day of the year); the
US writes the month before the day in the numeric ones.
"""

from __future__ import annotations

import datetime as dt
import random

import heldout47_language as l47
import heldout48_new8 as new8

NEW8_48 = new8.NEW8_48
FIRST7 = l47.FIRST7
OTHER = (*l47.OTHER, *l47.NEW8_47)
LOCALES = (*FIRST7, *OTHER, *NEW8_48)
SEEDS = (48001, 48002, 48003, 48004, 48005, 48006)
N_ROWS = 0
CJK = l47.CJK
INDIC = (*l47.INDIC, "ta_LK")  # Tamil: words between spaces
LANG = {**l47.LANG, **new8.LANG48}
# Languages whose headers are in the table's language (set 47's ten).
LOCAL_LANGS = l47.LOCAL_LANGS
# Languages with set 48's local note genres.
NOTE_LANGS = ("de", "fr", "es", "it", "nl", "pt", "da", "cs", *new8.LANG48.values())
TITLES = l47.TITLES.copy()  # a defaultdict: keeps its default
for _lg, _t in {"fa": ("خانم", "آقای", "Mrs", "Mr"), "iu": ("Mrs", "Mr", "Ms"), "ce": ("г-жа", "г-н"),
                "ta": ("திருமதி", "திரு", "Mrs", "Mr"), "so": ("Marwo", "Mudane", "Mme", "M."),
                "crs": ("Madanm", "Msye", "Mrs", "Mr"), "hsb": ("knjeni", "knjez", "Frau", "Herr"),
                "tpi": ("Misis", "Mista", "Mrs", "Mr")}.items():  # fmt: skip
    TITLES[_lg] = tuple(dict.fromkeys((*TITLES.get(_lg, ()), *_t)))
TODAY = dt.date(2026, 12, 7)
# A cell with no value as set 48's exports write it (besides the locale's words).
TOOL_MISSING = ("#VALUE!", "NaN", "(unknown)", "not applicable", "none on record", "nil return", "— ? —", "left empty",
                "no details", "not provided", "⁇", "[missing]")  # fmt: skip
DATE_LAYOUTS = ("plus_sep", "semicolon_sep", "y_month_d", "age_semicolon", "iso_week", "iso_ordinal")
_MONTHS = {
    **{k: v for k, v in l47._MONTHS.items() if k in ("en", "de", "fr", "es", "it", "nl", "pt", "da", "cs", "nb")},
    "fa": "جنوری فبروری مارچ اپریل می جون جولای اگست سپتمبر اکتوبر نومبر دسمبر",
    "iu": "ᔮᓐᓄᐊᓕ ᕖᕝᕗᐊᕆ ᒫᔾᔨ ᐄᐳᓗ ᒪᐃ ᔫᓂ ᔪᓚᐃ ᐊᐅᒡᒍᓯ ᓯᑎᐱᕆ ᐅᑐᐱᕆ ᓄᕕᐱᕆ ᑎᓯᐱᕆ",
    "ce": "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь",
    "ta": "ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",
    "so": "Janaayo Febraayo Maarso Abriil May Juun Luulyo Ogost Sebtembar Oktoobar Nofembar Desembar",
    "crs": "Zanvye Fevriye Mars Avril Me Zen Zilyet Out Septanm Oktob Novanm Desanm",
    "hsb": "januar februar měrc apryl meja junij julij awgust september oktober nowember december",
    "tpi": "Janueri Februeri Mas Epril Me Jun Julai Ogas Septemba Oktoba Novemba Desemba",
}  # fmt: skip
_AGE = {"en": "age", "de": "Alter", "fr": "âge", "es": "edad", "it": "età", "nl": "leeftijd", "pt": "idade",
        "da": "alder", "cs": "věk", "nb": "alder", "fa": "سن", "iu": "ᐅᑭᐅᖏᑦ", "ce": "шо", "ta": "வயது",
        "so": "da'da", "crs": "laz", "hsb": "staroba", "tpi": "krismas"}  # fmt: skip
# The language a locale's dates are written in where it has no month names of its own here.
_DATE_LANG = {"mi": "en"}
_MISSING_NEW = {"fa_AF": ("ندارد", "N/A", "-"), "iu_CA": ("ᐱᑕᖃᙱᑦᑐᖅ", "N/A", "none"), "ce_RU": ("яц", "нет", "-"),
                "ta_LK": ("இல்லை", "N/A", "-"), "so_DJ": ("ma jiro", "néant", "-"), "crs_SC": ("napa", "N/A", "nil"),
                "hsb_DE": ("žane", "k. A.", "-"), "tpi_PG": ("i no gat", "N/A", "nil")}  # fmt: skip


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for a first-7 locale, two for a new one, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    return SEEDS[:2] if locale in NEW8_48 else SEEDS[:1]


def region(locale: str) -> str:
    """The phone and IBAN country of a locale (set 47's rule; the new 8: the part after ``_``)."""
    return new8.region(locale) if locale in NEW8_48 else l47.region(locale)


def lang(locale: str) -> str:
    """The language notes and headers are written in."""
    return LANG[locale]


def missing_words(locale: str) -> tuple[str, ...]:
    """What an export of this locale writes in a cell it has no value for."""
    return _MISSING_NEW[locale] if locale in NEW8_48 else l47.missing_words(locale)


def iso_of(value) -> str:
    """A ``datetime.date`` (or ISO text) as ISO text."""
    return l47.iso_of(value)


def date_lang(locale: str) -> str:
    """The language a locale's month names are written in."""
    lg = lang(locale)
    lg = _DATE_LANG.get(lg, lg)
    return lg if lg in _MONTHS else "en"


def age_on(d: dt.date) -> int:
    """Whole years from ``d`` to ``TODAY``."""
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


def fmt_date(iso: str, locale: str, layout: str) -> str:
    """An ISO date in one of set 48's layouts, or set 47's (``heldout47_language.fmt_date``)."""
    d = dt.date.fromisoformat(iso)
    lg = date_lang(locale)
    us = locale.endswith("_US")
    first, second = (d.month, d.day) if us else (d.day, d.month)
    month = _MONTHS[lg].split()[d.month - 1]
    if layout == "plus_sep":
        return f"{first:02d}+{second:02d}+{d.year}"
    if layout == "semicolon_sep":
        return f"{first:02d};{second:02d};{d.year}"
    if layout == "y_month_d":
        return f"{d.year} {month} {d.day:02d}"
    if layout == "age_semicolon":
        sep = "/" if us else "."
        return f"{first:02d}{sep}{second:02d}{sep}{d.year}; {_AGE.get(lg, 'age')} {age_on(d)}"
    if layout == "iso_week":
        y, w, wd = d.isocalendar()
        return f"{y}-W{w:02d}-{wd}"
    if layout == "iso_ordinal":
        return f"{d.year}-{d.timetuple().tm_yday:03d}"
    return l47.fmt_date(iso, _old(locale), layout)


def _old(locale: str) -> str:
    """An old locale whose earlier layouts stand in for a new one's."""
    return {"fa_AF": "ps_AF", "iu_CA": "en_CA", "ce_RU": "ru_RU", "ta_LK": "si_LK", "so_DJ": "fr_DJ",
            "crs_SC": "en_SC", "hsb_DE": "de_DE", "tpi_PG": "en_PG"}.get(locale, locale)  # fmt: skip


def event(rng: random.Random, locale: str, layout: str = "iso", years: float = 1.0) -> str:
    """A date within ``years`` before ``TODAY`` in ``layout``."""
    day = TODAY - dt.timedelta(days=rng.randint(1, max(2, int(365 * years))))
    return fmt_date(day.isoformat(), locale, layout)


def future(rng: random.Random, locale: str, layout: str = "iso", days: int = 90) -> str:
    """A date within ``days`` after ``TODAY`` in ``layout``."""
    return fmt_date((TODAY + dt.timedelta(days=rng.randint(1, days))).isoformat(), locale, layout)
