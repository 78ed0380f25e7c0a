"""Held-out set 54: locales, groups, seeds, regions, languages, titles, date layouts and missing-cell words.

Set 54 has set 53's 358 locales (``heldout53_language``: its lists and public functions, called, not copied) and
eight new ones (``heldout54_new8``: ml_AE Malayalam in the United Arab Emirates, ko_JP Korean in Japan, am_US
Amharic in the United States, zh_ID Chinese in Indonesia, vi_AU Vietnamese in Australia, bn_IN Bengali in India,
tr_DE Turkish in Germany, ar_MA Arabic in Morocco). Birth dates are the people's own; event dates count back from
2026-12-08. Date layouts new to the sets: ``02apr1998`` (Stata's ``%td``), ``1998-04-01T23:00:00.000Z`` (a birth
date stored as local midnight and exported in UTC, the day before), ``1998-04-02 00:00:00 +0000`` (an ``NSDate``'s
description), ``#inst "1998-04-02T00:00:00.000-00:00"`` (Clojure's EDN), ``{{1998,4,2},{0,0,0}}`` (an Erlang
datetime), ``Thu Apr  2 00:00:00 1998`` (C's ``asctime``, Perl's ``localtime``) and the place's own calendar
(``平成10年4月2日`` in Japan, ``民國87年4月2日`` in Taiwan, ``2/4/2541`` in Thailand, else ISO).
"""

# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)
from __future__ import annotations

import datetime as dt
import random

import heldout53_language as l53
import heldout54_new8 as new8

NEW8_54 = new8.NEW8_54
NEW8_53 = l53.NEW8_53
FIRST7 = l53.FIRST7
OTHER = (*l53.OTHER, *l53.NEW8_53)
LOCALES = (*FIRST7, *OTHER, *NEW8_54)
SEEDS = (54001, 54002, 54003, 54004, 54005, 54006)
N_ROWS = 0
CJK = (*l53.CJK, "ko_JP", "zh_ID")
INDIC = (*l53.INDIC, "ml_AE", "bn_IN")  # Malayalam, Bengali: words between spaces
LANG = {**l53.LANG, **new8.LANG54}
LOCAL_LANGS = l53.LOCAL_LANGS
EU_NOTE_LANGS = ("de", "fr", "es", "it", "nl", "pt", "da", "cs")
NOTE_LANGS = (*EU_NOTE_LANGS, *new8.LANG54.values())
TITLES = l53.TITLES.copy()  # a defaultdict: keeps its default
for _lg, _t in {"ml-AE": ("ശ്രീമതി", "ശ്രീ", "Mrs", "Mr"), "ko-JP": ("様", "さん", "씨", "Ms", "Mr"), "am-US": ("ወ/ሮ", "አቶ", "W/ro", "Ato"),
                "zh-ID": ("女士", "先生", "Ibu", "Bapak"), "vi-AU": ("Bà", "Ông", "Mrs", "Mr"), "bn-IN": ("শ্রীমতী", "শ্রী", "Smt.", "Sri"),
                "tr-DE": ("Hanım", "Bey", "Frau", "Herr"), "ar-MA": ("السيدة", "السيد", "Mme", "M.")}.items():  # fmt: skip
    TITLES[_lg] = tuple(dict.fromkeys((*TITLES.get(_lg, ()), *_t)))
TODAY = dt.date(2026, 12, 8)
# A cell with no value as set 54's exports write it (besides the locale's words).
TOOL_MISSING = ("#N/A N/A", "#NAME?", "Nothing", "nil:NilClass", "(leer)", "[null]", "<NA>", "N/D", "ohne Angabe", "xx", "TBA",
                "Not provided")  # fmt: skip
DATE_LAYOUTS = ("stata_td", "utc_shift", "nsdate", "edn_inst", "erlang_dt", "asctime", "own_calendar")
_MISSING_NEW = {"ml_AE": ("ഇല്ല", "N/A", "-"), "ko_JP": ("なし", "없음", "-"), "am_US": ("የለም", "N/A", "-"),
                "zh_ID": ("无", "tidak ada", "-"), "vi_AU": ("không có", "N/A", "-"), "bn_IN": ("নেই", "N/A", "-"),
                "tr_DE": ("yok", "k. A.", "-"), "ar_MA": ("لا يوجد", "néant", "-")}  # fmt: skip
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_WD = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ERAS = ((dt.date(2019, 5, 1), "令和"), (dt.date(1989, 1, 8), "平成"), (dt.date(1926, 12, 25), "昭和"))


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for a first-7 locale, two for a new one, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    return SEEDS[:2] if locale in NEW8_54 else SEEDS[:1]


def region(locale: str) -> str:
    """The phone and IBAN country of a locale (set 53's rule; the new 8: the part after ``_``)."""
    return new8.region(locale) if locale in NEW8_54 else l53.region(locale)


def lang(locale: str) -> str:
    """The language notes and headers are written in."""
    return LANG[locale]


def missing_words(locale: str) -> tuple[str, ...]:
    """What an export of this locale writes in a cell it has no value for."""
    return _MISSING_NEW[locale] if locale in NEW8_54 else l53.missing_words(locale)


def iso_of(value) -> str:
    """A ``datetime.date`` (or ISO text) as ISO text."""
    return l53.iso_of(value)


def age_on(d: dt.date) -> int:
    """Whole years from ``d`` to ``TODAY``."""
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


def _old(locale: str) -> str:
    """An old locale whose earlier layouts stand in for a new one's."""
    return {"ml_AE": "en_IN", "ko_JP": "ja_JP", "am_US": "en_US", "zh_ID": "id_ID", "vi_AU": "en_AU", "bn_IN": "en_IN",
            "tr_DE": "de_DE", "ar_MA": "fr_MA"}.get(locale, locale)  # fmt: skip


def own_calendar(d: dt.date, locale: str) -> str:
    """The date in the place's own calendar where it has one (Japan's era, Taiwan's Minguo, Thailand's Buddhist
    year), else ISO."""
    if locale in ("ja_JP", "ko_JP", "ja_BR"):
        for start, era in _ERAS:
            if d >= start:
                y = d.year - start.year + 1
                return f"{era}{'元' if y == 1 else y}年{d.month}月{d.day}日"
    if locale == "zh_TW":
        return f"民國{d.year - 1911}年{d.month}月{d.day}日"
    if locale == "th_TH":
        return f"{d.day}/{d.month}/{d.year + 543}"
    return d.isoformat()


def fmt_date(iso: str, locale: str, layout: str, lg: str = "en") -> str:
    """An ISO date in one of set 54's layouts (``DATE_LAYOUTS``), or set 53's (``heldout53_language.fmt_date``)."""
    d = dt.date.fromisoformat(iso)
    if layout == "stata_td":
        return f"{d.day:02d}{_MON[d.month - 1].lower()}{d.year}"
    if layout == "utc_shift":
        return f"{(d - dt.timedelta(days=1)).isoformat()}T{random.Random(iso).choice(('23', '22'))}:00:00.000Z"
    if layout == "nsdate":
        return f"{d.isoformat()} 00:00:00 +0000"
    if layout == "edn_inst":
        return f'#inst "{d.isoformat()}T00:00:00.000-00:00"'
    if layout == "erlang_dt":
        return f"{{{{{d.year},{d.month},{d.day}}},{{0,0,0}}}}"
    if layout == "asctime":
        return f"{_WD[d.weekday()]} {_MON[d.month - 1]} {d.day:2d} 00:00:00 {d.year}"
    if layout == "own_calendar":
        return own_calendar(d, locale)
    old = _old(locale) if locale in NEW8_54 else locale
    if old not in l53.LOCALES:
        old = "en_GB"
    return l53.fmt_date(iso, old, layout, lg)


def event(rng: random.Random, locale: str, layout: str = "iso", years: float = 1.0) -> str:
    """A date within ``years`` before ``TODAY`` in ``layout``."""
    day = TODAY - dt.timedelta(days=rng.randint(1, max(2, int(365 * years))))
    return fmt_date(day.isoformat(), locale, layout)


def future(rng: random.Random, locale: str, layout: str = "iso", days: int = 90) -> str:
    """A date within ``days`` after ``TODAY`` in ``layout``."""
    return fmt_date((TODAY + dt.timedelta(days=rng.randint(1, days))).isoformat(), locale, layout)
