"""Held-out set 50: locales, groups, seeds, regions, languages, titles, date layouts and missing-cell words.

Set 50 has set 49's 326 locales (``heldout49_language``: its lists and public functions, called, not copied) and
eight new ones (``heldout50_new8``: kn_IN Kannada, ba_RU Bashkir, yue_HK Cantonese, ban_ID Balinese, yua_MX Yucatec
Maya, ki_KE Kikuyu, gv_IM Manx, fur_IT Friulian). Birth dates are the people's own; event dates count back from
2026-12-07. Date layouts new to the sets: ``datetime.date(1998, 4, 2)`` (a Python repr left in an export),
``/Date(891475200000)/`` (the old .NET JSON date: milliseconds since 1970, UTC), ``02APR1998`` (SAS's DATE9),
``4/2/1998 12:00:00 AM`` (a date read as a date-time with a 12-hour clock; the month first only in the US and on Guam), ``1998-04-02+02:00`` (an XML Schema date with its time zone) and ``Thu
Apr 02 1998 00:00:00 GMT+0200`` (JavaScript's ``Date.toString()``), the offset the locale's own at midnight of the
day as set 50 fixes it (``_OFFSET``).
"""

# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)
from __future__ import annotations

import datetime as dt
import random

import heldout49_language as l49
import heldout50_new8 as new8

NEW8_50 = new8.NEW8_50
FIRST7 = l49.FIRST7
OTHER = (*l49.OTHER, *l49.NEW8_49)
LOCALES = (*FIRST7, *OTHER, *NEW8_50)
SEEDS = (50001, 50002, 50003, 50004, 50005, 50006)
N_ROWS = 0
CJK = (*l49.CJK, "yue_HK")
INDIC = (*l49.INDIC, "kn_IN")  # Kannada: words between spaces
LANG = {**l49.LANG, **new8.LANG50}
LOCAL_LANGS = l49.LOCAL_LANGS
NOTE_LANGS = ("de", "fr", "es", "it", "nl", "pt", "da", "cs", *new8.LANG50.values())
TITLES = l49.TITLES.copy()  # a defaultdict: keeps its default
for _lg, _t in {"kn": ("ಶ್ರೀಮತಿ", "ಶ್ರೀ", "Mrs", "Mr"), "ba": ("Хөрмәтле",), "yue": ("太", "生", "小姐", "Mrs", "Mr"),
                "ban": ("Ibu", "Bapak", "Bu", "Pak"), "yua": ("Sra.", "Sr.", "Doña", "Don"), "ki": ("Mrs", "Mr"),
                "gv": ("Mrs", "Mr"), "fur": ("Siore", "Siôr", "Sig.ra", "Sig.")}.items():  # fmt: skip
    TITLES[_lg] = tuple(dict.fromkeys((*TITLES.get(_lg, ()), *_t)))
TODAY = dt.date(2026, 12, 7)
# A cell with no value as set 50's exports write it (besides the locale's words).
TOOL_MISSING = ("undefined", "#NUM!", "#NULL!", "<NA>", "NaT", "(not asked)", "ask office", "not supplied",
                "no data", "pending", "[none]", "~")  # fmt: skip
DATE_LAYOUTS = ("python_date", "dotnet_json", "sas_date", "ampm_datetime", "xsd_tz", "js_tostring")
_MISSING_NEW = {"kn_IN": ("ಲಭ್ಯವಿಲ್ಲ", "N/A", "-"), "ba_RU": ("юҡ", "нет", "-"), "yue_HK": ("冇", "不詳", "N/A"),
                "ban_ID": ("tidak ada", "-", "N/A"), "yua_MX": ("mix ba'al", "s/d", "-"),
                "ki_KE": ("gũtirĩ", "N/A", "none"), "gv_IM": ("cha nel", "n/a", "-"), "fur_IT": ("nuie", "n.d.", "-")}  # fmt: skip
_ABBR = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
# The locale's offset from UTC written in the zoned layouts (standard time, hours), by region; others +00:00.
_OFFSET = {"US": -5, "GB": 0, "DE": 1, "FR": 1, "ES": 1, "IT": 1, "NL": 1, "IN": 5.5, "RU": 5, "HK": 8, "ID": 8,
           "MX": -6, "KE": 3, "IM": 0, "JP": 9, "CN": 8, "BR": -3, "AU": 10, "CA": -5, "PK": 5, "IR": 3.5}  # fmt: skip


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for a first-7 locale, two for a new one, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    return SEEDS[:2] if locale in NEW8_50 else SEEDS[:1]


def region(locale: str) -> str:
    """The phone and IBAN country of a locale (set 49's rule; the new 8: the part after ``_``)."""
    return new8.region(locale) if locale in NEW8_50 else l49.region(locale)


def lang(locale: str) -> str:
    """The language notes and headers are written in."""
    return LANG[locale]


def missing_words(locale: str) -> tuple[str, ...]:
    """What an export of this locale writes in a cell it has no value for."""
    return _MISSING_NEW[locale] if locale in NEW8_50 else l49.missing_words(locale)


def iso_of(value) -> str:
    """A ``datetime.date`` (or ISO text) as ISO text."""
    return l49.iso_of(value)


def age_on(d: dt.date) -> int:
    """Whole years from ``d`` to ``TODAY``."""
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


def _offset(locale: str) -> tuple[str, str]:
    hours = _OFFSET.get(region(locale), 0)
    sign = "-" if hours < 0 else "+"
    h, m = int(abs(hours)), round((abs(hours) % 1) * 60)
    return f"{sign}{h:02d}:{m:02d}", f"{sign}{h:02d}{m:02d}"


def _old(locale: str) -> str:
    """An old locale whose earlier layouts stand in for a new one's."""
    return {"kn_IN": "en_IN", "ba_RU": "ru_RU", "yue_HK": "en_HK", "ban_ID": "id_ID", "yua_MX": "es_MX",
            "ki_KE": "sw_KE", "gv_IM": "en_IM", "fur_IT": "it_IT"}.get(locale, locale)  # fmt: skip


def fmt_date(iso: str, locale: str, layout: str) -> str:
    """An ISO date in one of set 50's layouts (``DATE_LAYOUTS``), or set 49's (``heldout49_language.fmt_date``)."""
    d = dt.date.fromisoformat(iso)
    us = locale.endswith(("_US", "_GU"))
    if layout == "python_date":
        return f"datetime.date({d.year}, {d.month}, {d.day})"
    if layout == "dotnet_json":
        local = _OFFSET.get(region(locale), 0)
        ms = int(((d - dt.date(1970, 1, 1)).days * 86400 - local * 3600) * 1000)
        return f"/Date({ms})/"
    if layout == "sas_date":
        return f"{d.day:02d}{_ABBR[d.month - 1]}{d.year}"
    if layout == "ampm_datetime":
        first, second = (d.month, d.day) if us else (d.day, d.month)
        return f"{first}/{second}/{d.year} 12:00:00 AM"
    if layout == "xsd_tz":
        return f"{d.isoformat()}{_offset(locale)[0]}"
    if layout == "js_tostring":
        return (
            f"{_DAYS[d.weekday()]} {_ABBR[d.month - 1].title()} {d.day:02d} {d.year} 00:00:00 GMT{_offset(locale)[1]}"
        )
    return l49.fmt_date(iso, _old(locale), layout)


def event(rng: random.Random, locale: str, layout: str = "iso", years: float = 1.0) -> str:
    """A date within ``years`` before ``TODAY`` in ``layout``."""
    day = TODAY - dt.timedelta(days=rng.randint(1, max(2, int(365 * years))))
    return fmt_date(day.isoformat(), locale, layout)


def future(rng: random.Random, locale: str, layout: str = "iso", days: int = 90) -> str:
    """A date within ``days`` after ``TODAY`` in ``layout``."""
    return fmt_date((TODAY + dt.timedelta(days=rng.randint(1, days))).isoformat(), locale, layout)
