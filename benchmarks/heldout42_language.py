"""Held-out set 42: locales, groups, seeds, regions, languages, titles, date layouts and missing-cell words.

Set 42 has set 41's 262 locales (``heldout41_language``: its lists and public functions, called, not copied) and
eight of countries no earlier set used (``heldout42_new8``: en_SS South Sudan, fr_NE Niger, fr_TG Togo, fr_GN
Guinea, fr_CF the Central African Republic, en_CC the Cocos (Keeling) Islands, en_AC Ascension, en_TA Tristan da
Cunha). Birth dates are the people's own; event dates count back from 2026-11-02. Date layouts new to the sets:
``02-Apr-1998`` (an Oracle/SAP export), ``19980402`` (digits run together), ``April 2, 1998`` (the US long form,
in English tables), ``2/4/98`` (no padding, two-digit year), ``1998/04/02`` (slashes in ISO order) and ``02 APR
1998`` (a passport's capitals), besides set 41's (``heldout41_language.fmt_date``).
"""

from __future__ import annotations

import datetime as dt
import random

import heldout41_language as l41
import heldout42_new8 as new8

NEW8_42 = new8.NEW8_42
FIRST7 = l41.FIRST7
OTHER = (*l41.OTHER, *l41.NEW8_41)
LOCALES = (*FIRST7, *OTHER, *NEW8_42)
SEEDS = (42001, 42002, 42003, 42004, 42005, 42006)
N_ROWS = 0
CJK = l41.CJK
INDIC = l41.INDIC
LANG = {**l41.LANG, **new8.LANG42}
# Languages whose notes have local genres of set 42 (and headers in the table's language).
LOCAL_LANGS = ("de", "fr", "es", "it", "nl", "pt", "da", "cs")
TITLES = l41.TITLES
TODAY = dt.date(2026, 11, 2)
# A cell with no value as set 42's exports write it (besides the locale's words).
TOOL_MISSING = ("unknown", "n.k.", "TBA", "ex-directory", "no longer at address", "refused to give", "xxx",
                "#N/A", "NULL", "(blank)", "see above", "same", "ditto", '"')  # fmt: skip
DATE_LAYOUTS = ("mon_abbr", "compact", "us_long", "slash_yy", "iso_slash", "passport", *l41.DATE_LAYOUTS)
NEW_DATE_LAYOUTS = DATE_LAYOUTS[:6]
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for a first-7 locale, two for a new one, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    return SEEDS[:2] if locale in NEW8_42 else SEEDS[:1]


def region(locale: str) -> str:
    """The phone and IBAN country of a locale (set 41's rule; the new 8: the part after ``_``)."""
    return new8.region(locale) if locale in NEW8_42 else l41.region(locale)


def lang(locale: str) -> str:
    """The language notes and headers are written in."""
    return LANG[locale]


def missing_words(locale: str) -> tuple[str, ...]:
    """What an export of this locale writes in a cell it has no value for (set 41's words and set 42's)."""
    own = l41.missing_words(locale) if locale in l41.LOCALES else ("non communiqué", "-", "néant")
    if lang(locale) == "en" and locale in NEW8_42:
        own = ("nil", "N/A", "-")
    return own


def iso_of(value) -> str:
    """A ``datetime.date`` (or ISO text) as ISO text."""
    return l41.iso_of(value)


def age(p) -> int:
    """A person's age on ``TODAY`` by year."""
    return TODAY.year - dt.date.fromisoformat(iso_of(p.dob)).year


def fmt_date(iso: str, locale: str, layout: str) -> str:
    """An ISO date in one of set 42's layouts, or set 41's (``heldout41_language.fmt_date``)."""
    d = dt.date.fromisoformat(iso)
    if layout == "mon_abbr":
        return f"{d.day:02d}-{_MON[d.month - 1]}-{d.year}"
    if layout == "compact":
        return d.strftime("%Y%m%d")
    if layout == "us_long":
        return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}" if lang(locale) == "en" else d.isoformat()
    if layout == "slash_yy":
        first, second = (d.month, d.day) if locale.endswith("_US") else (d.day, d.month)
        return f"{first}/{second}/{d.year % 100:02d}"
    if layout == "iso_slash":
        return d.strftime("%Y/%m/%d")
    if layout == "passport":
        return f"{d.day:02d} {_MON[d.month - 1].upper()} {d.year}"
    if locale in NEW8_42:
        locale = "fr_FR" if lang(locale) == "fr" else "en_GB"
    return l41.fmt_date(iso, locale, layout)


def event(rng: random.Random, locale: str, layout: str = "iso", years: float = 1.0) -> str:
    """A date within ``years`` before ``TODAY`` in ``layout``."""
    day = TODAY - dt.timedelta(days=rng.randint(1, max(2, int(365 * years))))
    return fmt_date(day.isoformat(), locale, layout)


def future(rng: random.Random, locale: str, layout: str = "iso", days: int = 90) -> str:
    """A date within ``days`` after ``TODAY`` (bookings) in ``layout``."""
    return fmt_date((TODAY + dt.timedelta(days=rng.randint(1, days))).isoformat(), locale, layout)
