"""Held-out set 52: locales, groups, seeds, regions, languages, titles, date layouts and missing-cell words.

Set 52 has set 51's 342 locales (``heldout51_language``: its lists and public functions, called, not copied) and
eight new ones (``heldout52_new8``: zh_MY Chinese in Malaysia, ar_IL Arabic in Israel, yi_US Yiddish in New York,
su_ID Sundanese, hu_RS Hungarian in Serbia, as_IN Assamese, so_KE Somali in Kenya, vi_CZ Vietnamese in the Czech
Republic). Birth dates are the people's own; event dates count back from 2026-12-07. Date layouts new to the sets:
``1998-04-02 00:00:00 +0000 UTC`` (Go's ``time.Time`` printed), ``Thu, 02 Apr 1998 00:00:00 +0000`` (an RFC 2822
mail date), ``Timestamp('1998-04-02 00:00:00')`` (a pandas repr left in an export), ``as.Date("1998-04-02")`` (R),
``19980402000000.0Z`` (an LDAP/X.509 GeneralizedTime, as Active Directory exports write it) and
``TO_DATE('02-APR-1998', 'DD-MON-YYYY')`` (an Oracle literal).
"""

# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)
from __future__ import annotations

import datetime as dt
import random

import heldout51_language as l51
import heldout52_new8 as new8

NEW8_52 = new8.NEW8_52
FIRST7 = l51.FIRST7
OTHER = (*l51.OTHER, *l51.NEW8_51)
LOCALES = (*FIRST7, *OTHER, *NEW8_52)
SEEDS = (52001, 52002, 52003, 52004, 52005, 52006)
N_ROWS = 0
CJK = (*l51.CJK, "zh_MY")
INDIC = (*l51.INDIC, "as_IN")  # Assamese: words between spaces
LANG = {**l51.LANG, **new8.LANG52}
LOCAL_LANGS = l51.LOCAL_LANGS
EU_NOTE_LANGS = ("de", "fr", "es", "it", "nl", "pt", "da", "cs")
NOTE_LANGS = (*EU_NOTE_LANGS, *new8.LANG52.values())
TITLES = l51.TITLES.copy()  # a defaultdict: keeps its default
for _lg, _t in {"zh-MY": ("Madam", "Mr", "女士", "先生"), "ar-IL": ("السيدة", "السيد"), "yi": ("מרת", "ר'"), "su": ("Bu", "Pak"),
                "hu-RS": ("Mrs", "Mr"), "as": ("শ্ৰীমতী", "শ্ৰী"), "so-KE": ("Marwo", "Mudane"), "vi-CZ": ("paní", "pan")}.items():  # fmt: skip
    TITLES[_lg] = tuple(dict.fromkeys((*TITLES.get(_lg, ()), *_t)))
TODAY = dt.date(2026, 12, 7)
# A cell with no value as set 52's exports write it (besides the locale's words).
TOOL_MISSING = ("#NAME?", "NaT", "<NA>", "(null)", "undefined", "#REF!", "TBA", "unknown", "pending", "[blank]",
                "n.v.t.", "—")  # fmt: skip
DATE_LAYOUTS = ("go_time", "rfc2822", "pandas_ts", "r_as_date", "generalized_time", "oracle_to_date")
_MISSING_NEW = {"zh_MY": ("无", "N/A", "-"), "ar_IL": ("لا يوجد", "غير معروف", "-"), "yi_US": ("אומבאקאנט", "n/a", "-"),
                "su_ID": ("euweuh", "teu aya", "-"), "hu_RS": ("nincs", "ismeretlen", "-"), "as_IN": ("নাই", "N/A", "-"),
                "so_KE": ("ma jiro", "lama yaqaan", "N/A"), "vi_CZ": ("không có", "neuvedeno", "-")}  # fmt: skip
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WD = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for a first-7 locale, two for a new one, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    return SEEDS[:2] if locale in NEW8_52 else SEEDS[:1]


def region(locale: str) -> str:
    """The phone and IBAN country of a locale (set 51's rule; the new 8: the part after ``_``)."""
    return new8.region(locale) if locale in NEW8_52 else l51.region(locale)


def lang(locale: str) -> str:
    """The language notes and headers are written in."""
    return LANG[locale]


def missing_words(locale: str) -> tuple[str, ...]:
    """What an export of this locale writes in a cell it has no value for."""
    return _MISSING_NEW[locale] if locale in NEW8_52 else l51.missing_words(locale)


def iso_of(value) -> str:
    """A ``datetime.date`` (or ISO text) as ISO text."""
    return l51.iso_of(value)


def age_on(d: dt.date) -> int:
    """Whole years from ``d`` to ``TODAY``."""
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


def _old(locale: str) -> str:
    """An old locale whose earlier layouts stand in for a new one's."""
    return {"zh_MY": "en_SG", "ar_IL": "he_IL", "yi_US": "en_US", "su_ID": "id_ID", "hu_RS": "sr_RS", "as_IN": "en_IN",
            "so_KE": "sw_KE", "vi_CZ": "cs_CZ"}.get(locale, locale)  # fmt: skip


def fmt_date(iso: str, locale: str, layout: str, lg: str = "en") -> str:
    """An ISO date in one of set 52's layouts (``DATE_LAYOUTS``), or set 51's (``heldout51_language.fmt_date``)."""
    d = dt.date.fromisoformat(iso)
    if layout == "go_time":
        return f"{d.isoformat()} 00:00:00 +0000 UTC"
    if layout == "rfc2822":
        return f"{_WD[d.weekday()]}, {d.day:02d} {_MON[d.month - 1]} {d.year} 00:00:00 +0000"
    if layout == "pandas_ts":
        return f"Timestamp('{d.isoformat()} 00:00:00')"
    if layout == "r_as_date":
        return f'as.Date("{d.isoformat()}")'
    if layout == "generalized_time":
        return f"{d:%Y%m%d}000000.0Z"
    if layout == "oracle_to_date":
        return f"TO_DATE('{d.day:02d}-{_MON[d.month - 1].upper()}-{d.year}', 'DD-MON-YYYY')"
    return l51.fmt_date(iso, _old(locale) if locale in NEW8_52 else locale, layout, lg)


def event(rng: random.Random, locale: str, layout: str = "iso", years: float = 1.0) -> str:
    """A date within ``years`` before ``TODAY`` in ``layout``."""
    day = TODAY - dt.timedelta(days=rng.randint(1, max(2, int(365 * years))))
    return fmt_date(day.isoformat(), locale, layout)


def future(rng: random.Random, locale: str, layout: str = "iso", days: int = 90) -> str:
    """A date within ``days`` after ``TODAY`` in ``layout``."""
    return fmt_date((TODAY + dt.timedelta(days=rng.randint(1, days))).isoformat(), locale, layout)
