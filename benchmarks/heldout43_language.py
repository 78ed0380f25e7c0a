"""Held-out set 43: locales, groups, seeds, regions, languages, titles, date layouts and missing-cell words.

Set 43 has set 42's 270 locales (``heldout42_language``: its lists and public functions, called, not copied) and
eight new ones (``heldout43_new8``: ar_SD Sudan, en_ER Eritrea, es_EH Western Sahara, en_IO the British Indian Ocean
Territory, ko_KP North Korea, nb_SJ Svalbard, it_VA Vatican City, mi_NZ te reo Māori in New Zealand). Birth dates
are the people's own; event dates count back from 2026-12-01. Date layouts new to the sets: ``2.Apr.1998`` (a dot
after the day and after the month's abbreviation), ``1998-Apr-02`` (year first with the month's abbreviation),
``2nd of April 1998`` (an ordinal with ``of``), ``Apr 02 1998`` (month first, padded day, no comma), ``02 / 04 /
1998`` (slashes with spaces around) and ``1998 04 02`` (ISO order with spaces), besides set 42's
(``heldout42_language.fmt_date``).
"""

from __future__ import annotations

import datetime as dt
import random

import heldout42_language as l42
import heldout43_new8 as new8

NEW8_43 = new8.NEW8_43
FIRST7 = l42.FIRST7
OTHER = (*l42.OTHER, *l42.NEW8_42)
LOCALES = (*FIRST7, *OTHER, *NEW8_43)
SEEDS = (43001, 43002, 43003, 43004, 43005, 43006)
N_ROWS = 0
CJK = (*l42.CJK, "ko_KP")
INDIC = l42.INDIC
LANG = {**l42.LANG, **new8.LANG43}
# Languages whose notes have local genres of set 43 (and headers in the table's language).
LOCAL_LANGS = ("de", "fr", "es", "it", "nl", "pt", "da", "cs", "nb", "mi")
TITLES = l42.TITLES
TODAY = dt.date(2026, 12, 1)
# A cell with no value as set 43's exports write it (besides the locale's words).
TOOL_MISSING = ("not given", "withheld", "[empty]", "<none>", "N.A.", "tbd", "pending", "nobody", "anon",
                "-- select --", "(not set)", "~")  # fmt: skip
DATE_LAYOUTS = ("dot_mon", "iso_mon", "ordinal_of", "mon_pad", "spaced_slash", "spaced_iso")
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip
_OLD_FOR_NEW = {"ar_SD": "en_SS", "en_ER": "en_SS", "es_EH": "es_ES", "en_IO": "en_GB", "ko_KP": "ko_KR",
                "nb_SJ": "no_NO", "it_VA": "it_IT", "mi_NZ": "en_NZ"}  # fmt: skip
_MISSING_NEW = {"ar_SD": ("nil", "N/A", "none"), "en_ER": ("nil", "N/A", "none"), "en_IO": ("nil", "N/A", "none"),
                "es_EH": ("sin datos", "-", "no consta"), "ko_KP": ("없음", "-", "미상"),
                "nb_SJ": ("ikke oppgitt", "-", "ukjent"), "it_VA": ("non disponibile", "-", "n.d."),
                "mi_NZ": ("kāore", "N/A", "-")}  # fmt: skip


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for a first-7 locale, two for a new one, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    return SEEDS[:2] if locale in NEW8_43 else SEEDS[:1]


def region(locale: str) -> str:
    """The phone and IBAN country of a locale (set 42's rule; the new 8: the part after ``_``)."""
    return new8.region(locale) if locale in NEW8_43 else l42.region(locale)


def lang(locale: str) -> str:
    """The language notes and headers are written in."""
    return LANG[locale]


def missing_words(locale: str) -> tuple[str, ...]:
    """What an export of this locale writes in a cell it has no value for."""
    return _MISSING_NEW[locale] if locale in NEW8_43 else l42.missing_words(locale)


def iso_of(value) -> str:
    """A ``datetime.date`` (or ISO text) as ISO text."""
    return l42.iso_of(value)


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def fmt_date(iso: str, locale: str, layout: str) -> str:
    """An ISO date in one of set 43's layouts, or set 42's (``heldout42_language.fmt_date``)."""
    d = dt.date.fromisoformat(iso)
    if layout == "dot_mon":
        return f"{d.day}.{_MON[d.month - 1]}.{d.year}"
    if layout == "iso_mon":
        return f"{d.year}-{_MON[d.month - 1]}-{d.day:02d}"
    if layout == "ordinal_of":
        return f"{_ordinal(d.day)} of {_MONTHS[d.month - 1]} {d.year}" if lang(locale) == "en" else d.isoformat()
    if layout == "mon_pad":
        return f"{_MON[d.month - 1]} {d.day:02d} {d.year}"
    if layout == "spaced_slash":
        first, second = (d.month, d.day) if locale.endswith("_US") else (d.day, d.month)
        return f"{first:02d} / {second:02d} / {d.year}"
    if layout == "spaced_iso":
        return f"{d.year} {d.month:02d} {d.day:02d}"
    return l42.fmt_date(iso, _OLD_FOR_NEW.get(locale, locale), layout)


def event(rng: random.Random, locale: str, layout: str = "iso", years: float = 1.0) -> str:
    """A date within ``years`` before ``TODAY`` in ``layout``."""
    day = TODAY - dt.timedelta(days=rng.randint(1, max(2, int(365 * years))))
    return fmt_date(day.isoformat(), locale, layout)


def future(rng: random.Random, locale: str, layout: str = "iso", days: int = 90) -> str:
    """A date within ``days`` after ``TODAY`` in ``layout``."""
    return fmt_date((TODAY + dt.timedelta(days=rng.randint(1, days))).isoformat(), locale, layout)
