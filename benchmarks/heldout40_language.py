"""Held-out set 40: locales, groups, seeds, regions, languages, titles, date layouts and missing-cell words.

Set 40 has set 39's 246 locales (``heldout39_language``: its lists and public functions, called, not copied) and
eight no set used (``heldout40_new8``: en_GU, en_MP, en_KN, en_VI, fr_MQ, en_LC, nl_BQ, en_GD). Birth dates are the
people's own; event dates count back from 2026-09-01. Date layouts are set 40's own: ``02-Apr-1998`` (a
spreadsheet's ``dd-mmm-yyyy``), ``02 APR 1998`` (a form's capitals), ``1998.04.02`` (year first with dots),
``2/4/1998`` (the locale's order without padding), ``02041998`` (day, month and year run together) and ``2 Apr
'98`` (an apostrophe year), besides ISO and the locale's usual order.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

import heldout39_language as l39

NEW8_40 = ("en_GU", "en_MP", "en_KN", "en_VI", "fr_MQ", "en_LC", "nl_BQ", "en_GD")
FIRST7 = l39.FIRST7
OTHER = (*l39.OTHER, *l39.NEW8_39)
LOCALES = (*FIRST7, *OTHER, *NEW8_40)
SEEDS = (40001, 40002, 40003, 40004, 40005, 40006)
N_ROWS = 0
CJK = l39.CJK
INDIC = l39.INDIC
LANG = {**l39.LANG, **{x: x.split("_")[0] for x in NEW8_40}}
# The languages whose tables get headers and local notes of their own (de fr es it nl pt, and da cs).
LOCAL_LANGS = ("de", "fr", "es", "it", "nl", "pt", "da", "cs")

_OWN_TITLES = {
    "en": ("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "Rev", "Sir", "Mstr", "Prof"),
    "de": ("Herr", "Frau", "Dr", "Hr", "Fr", "Prof"),
    "fr": ("M", "Mme", "Mlle", "Dr", "Me", "Monsieur", "Madame", "Pr"),
    "es": ("Sr", "Sra", "Srta", "D", "Dña", "Don", "Doña", "Dr", "Dra"),
    "it": ("Sig", "Sig.ra", "Signor", "Signora", "Dott", "Dott.ssa", "Prof"),
    "nl": ("Dhr", "Mevr", "Mw", "Dr", "meneer", "mevrouw", "mr", "ir"),
    "pt": ("Sr", "Sra", "Dr", "Dra", "D", "Dona", "Senhor", "Senhora"),
    "da": ("Hr", "Fru", "Frk", "Dr", "hr", "fru"),
    "cs": ("pan", "paní", "slečna", "Ing", "Mgr", "MUDr", "Bc", "PhDr"),
    "pl": ("Pan", "Pani", "dr", "inż", "mgr"),
    "sv": ("Herr", "Fru", "Dr", "hr"),
    "ru": ("г-н", "г-жа"),
}
TITLES = defaultdict(
    lambda: _OWN_TITLES["en"],
    {k: tuple(dict.fromkeys((*v, *_OWN_TITLES["en"]))) for k, v in _OWN_TITLES.items()},
)
for _lg, _titles in l39.TITLES.items():  # set 39's titles stay titles (a kept ``Mw`` is no trace)
    TITLES[_lg] = tuple(dict.fromkeys((*TITLES[_lg], *_titles)))

# What set 40's exports write in a cell they have nothing for, or junk an export leaves (none is personal data).
TOOL_MISSING = ("N/K", "unk.", "??", "ex-directory", "TBA", "not supplied", "#N/A", "(blank)", "NULL", "withheld",
                "no tel", "-/-", "xxx", "see card", "on file", "n.v.t.", "s.o.", "s/d", "ikke oplyst", "neuvedeno",
                "nicht vorhanden", "non communiqué", "sin datos", "non fornito", "onbekend", "não consta")  # fmt: skip
_NEW_MISSING = {
    "en_GU": ("N/A", "none", "unk"), "en_MP": ("N/A", "none", "unk"), "en_KN": ("n/a", "nil", "none"),
    "en_VI": ("N/A", "none", "unk"), "fr_MQ": ("néant", "NC", "inconnu", "-"), "en_LC": ("n/a", "nil", "none"),
    "nl_BQ": ("onbekend", "n.v.t.", "geen", "-"), "en_GD": ("n/a", "nil", "none"),
}  # fmt: skip
TODAY = dt.date(2026, 9, 1)
DATE_LAYOUTS = ("iso", "local", "dmon", "upper_mon", "dotted_ymd", "unpadded", "run_dmy", "apos")
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_FIRST = ("en_US", "en_GU", "en_MP", "en_VI", "en_AS", "en_FM", "en_MH", "en_PW", "en_PH")


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for a first-7 locale, two for a new one, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    return SEEDS[:2] if locale in NEW8_40 else SEEDS[:1]


def region(locale: str) -> str:
    """The phone and IBAN country of a locale (set 39's rule; the new 8: the part after ``_``)."""
    return locale.split("_")[1] if locale in NEW8_40 else l39.region(locale)


def lang(locale: str) -> str:
    """The language notes and headers are written in."""
    return LANG[locale]


def missing_words(locale: str) -> tuple[str, ...]:
    """What an export of this locale writes in a cell it has no value for (set 39's words and set 40's own)."""
    own = _NEW_MISSING.get(locale, ())
    return own + (() if locale in NEW8_40 else l39.missing_words(locale))


def iso_of(value) -> str:
    """A ``datetime.date`` (or ISO text) as ISO text."""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def age(p) -> int:
    """A person's age on ``TODAY`` by year (their ``dob`` a date or ISO text)."""
    return TODAY.year - dt.date.fromisoformat(iso_of(p.dob)[:10]).year


def fmt_date(iso: str, locale: str, layout: str) -> str:
    """An ISO date in one of set 40's layouts (``local``/``unpadded``: the locale's order, month first in en_US and
    the US islands; ``local`` otherwise as set 39 writes it)."""
    d = dt.date.fromisoformat(iso_of(iso))
    mon = _MON[d.month - 1]
    month_first = locale in _MONTH_FIRST
    if layout == "iso":
        return d.isoformat()
    if layout == "dmon":
        return f"{d.day:02d}-{mon}-{d.year}"
    if layout == "upper_mon":
        return f"{d.day:02d} {mon.upper()} {d.year}"
    if layout == "dotted_ymd":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if layout == "unpadded":
        return f"{d.month}/{d.day}/{d.year}" if month_first else f"{d.day}/{d.month}/{d.year}"
    if layout == "run_dmy":
        return f"{d.month:02d}{d.day:02d}{d.year}" if month_first else f"{d.day:02d}{d.month:02d}{d.year}"
    if layout == "apos":
        return f"{mon} {d.day} '{d.year % 100:02d}" if month_first else f"{d.day} {mon} '{d.year % 100:02d}"
    if locale in NEW8_40:
        return f"{d.month:02d}/{d.day:02d}/{d.year}" if month_first else f"{d.day:02d}/{d.month:02d}/{d.year}"
    return l39.fmt_date(d.isoformat(), locale, "local")


def event(rng: random.Random, locale: str, layout: str = "iso", years: float = 1.0) -> str:
    """A date within ``years`` before ``TODAY`` in ``layout``."""
    d = TODAY - dt.timedelta(days=rng.randint(0, int(365 * years)))
    return fmt_date(d.isoformat(), locale, layout)


def future(rng: random.Random, locale: str, layout: str = "iso", days: int = 90) -> str:
    """A date within ``days`` after ``TODAY`` (bookings, due-back dates) in ``layout``."""
    return fmt_date((TODAY + dt.timedelta(days=rng.randint(1, days))).isoformat(), locale, layout)
