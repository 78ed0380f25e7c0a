"""Held-out set 51: locales, groups, seeds, regions, languages, titles, date layouts and missing-cell words.

Set 51 has set 50's 334 locales (``heldout50_language``: its lists and public functions, called, not copied) and
eight new ones (``heldout51_new8``: pa_PK Punjabi in Shahmukhi, ta_SG Tamil, bua_RU Buryat, ceb_PH Cebuano, mni_IN
Meitei, sm_AS Samoan, nso_ZA Sepedi, nds_DE Low German). Birth dates are the people's own; event dates count back
from 2026-12-07. Date layouts new to the sets: ``#<Date: 1998-04-02 ((2450906j,0s,0n),+0s,2299161j)>`` (a Ruby
``Date#inspect`` left in an export), ``new Date(1998, 3, 2)`` (a JavaScript constructor, the month from 0),
``LocalDate.of(1998, 4, 2)`` (Java), ``DATE '1998-04-02'`` (an SQL literal), ``19980402.0`` (a yyyymmdd number
read as a float) and ``second of April nineteen ninety-eight`` (a text-to-speech reading; English tables only,
elsewhere the SQL literal).
"""

# ruff: noqa: E501  (frozen held-out data: long literal lines kept as written)
from __future__ import annotations

import datetime as dt
import random

import heldout50_language as l50
import heldout51_new8 as new8

NEW8_51 = new8.NEW8_51
FIRST7 = l50.FIRST7
OTHER = (*l50.OTHER, *l50.NEW8_50)
LOCALES = (*FIRST7, *OTHER, *NEW8_51)
SEEDS = (51001, 51002, 51003, 51004, 51005, 51006)
N_ROWS = 0
CJK = l50.CJK
INDIC = (*l50.INDIC, "ta_SG")  # Tamil: words between spaces
LANG = {**l50.LANG, **new8.LANG51}
LOCAL_LANGS = l50.LOCAL_LANGS
EU_NOTE_LANGS = ("de", "fr", "es", "it", "nl", "pt", "da", "cs")
NOTE_LANGS = (*EU_NOTE_LANGS, *new8.LANG51.values())
TITLES = l50.TITLES.copy()  # a defaultdict: keeps its default
for _lg, _t in {"pnb": ("محترمہ", "جناب", "Mrs", "Mr"), "ta": ("திருமதி", "திரு", "Mdm", "Mr"), "bua": ("Хүндэтэ",),
                "ceb": ("Ma'am", "Sir", "Mrs", "Mr"), "mni": ("Smt.", "Shri"), "sm": ("Tamāitaʻi", "Susuga", "Mrs", "Mr"),
                "nso": ("Mma", "Rra", "Mrs", "Mr"), "nds": ("Fru", "Herr")}.items():  # fmt: skip
    TITLES[_lg] = tuple(dict.fromkeys((*TITLES.get(_lg, ()), *_t)))
TODAY = dt.date(2026, 12, 7)
# A cell with no value as set 51's exports write it (besides the locale's words).
TOOL_MISSING = ("#N/A N/A", "nil", "Nothing", "None provided", "(empty)", "--select--", "Please choose",
                "[object Object]", "#VALUE!", "not given", "to follow", "xxx")  # fmt: skip
DATE_LAYOUTS = ("ruby_inspect", "js_ctor", "java_localdate", "sql_date", "float_ymd", "tts_words")
_MISSING_NEW = {"pa_PK": ("پتہ نئیں", "N/A", "-"), "ta_SG": ("இல்லை", "NA", "-"), "bua_RU": ("үгы", "нет данных", "-"),
                "ceb_PH": ("wala", "N/A", "none"), "mni_IN": ("leite", "N/A", "-"), "sm_AS": ("leai", "N/A", "-"),
                "nso_ZA": ("ga go na", "N/A", "-"), "nds_DE": ("nix", "k. A.", "-")}  # fmt: skip
_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORD = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth", "nine": "ninth",
        "twelve": "twelfth"}  # fmt: skip
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for a first-7 locale, two for a new one, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    return SEEDS[:2] if locale in NEW8_51 else SEEDS[:1]


def region(locale: str) -> str:
    """The phone and IBAN country of a locale (set 50's rule; the new 8: the part after ``_``)."""
    return new8.region(locale) if locale in NEW8_51 else l50.region(locale)


def lang(locale: str) -> str:
    """The language notes and headers are written in."""
    return LANG[locale]


def missing_words(locale: str) -> tuple[str, ...]:
    """What an export of this locale writes in a cell it has no value for."""
    return _MISSING_NEW[locale] if locale in NEW8_51 else l50.missing_words(locale)


def iso_of(value) -> str:
    """A ``datetime.date`` (or ISO text) as ISO text."""
    return l50.iso_of(value)


def age_on(d: dt.date) -> int:
    """Whole years from ``d`` to ``TODAY``."""
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


def _words(n: int) -> str:
    if n < 20:
        return _ONES[n]
    t, o = divmod(n, 10)
    return _TENS[t] + (f"-{_ONES[o]}" if o else "")


def _ordinal(n: int) -> str:
    w = _words(n)
    head, _, last = w.rpartition("-")
    if last in _ORD:
        last = _ORD[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return f"{head}-{last}" if head else last


def _year_words(y: int) -> str:
    hi, lo = divmod(y, 100)
    if y >= 2000 and lo < 10:
        return f"two thousand{' and ' + _ONES[lo] if lo else ''}"
    return f"{_words(hi)} {_words(lo) if lo >= 10 else 'oh ' + _ONES[lo] if lo else 'hundred'}"


def _old(locale: str) -> str:
    """An old locale whose earlier layouts stand in for a new one's."""
    return {"pa_PK": "en_PK", "ta_SG": "en_SG", "bua_RU": "ru_RU", "ceb_PH": "en_PH", "mni_IN": "en_IN",
            "sm_AS": "en_AS", "nso_ZA": "en_ZA", "nds_DE": "de_DE"}.get(locale, locale)  # fmt: skip


def fmt_date(iso: str, locale: str, layout: str, lg: str = "en") -> str:
    """An ISO date in one of set 51's layouts (``DATE_LAYOUTS``), or set 50's (``heldout50_language.fmt_date``)."""
    d = dt.date.fromisoformat(iso)
    if layout == "ruby_inspect":
        jd = d.toordinal() + 1721425
        return f"#<Date: {d.isoformat()} (({jd}j,0s,0n),+0s,2299161j)>"
    if layout == "js_ctor":
        return f"new Date({d.year}, {d.month - 1}, {d.day})"
    if layout == "java_localdate":
        return f"LocalDate.of({d.year}, {d.month}, {d.day})"
    if layout == "sql_date":
        return f"DATE '{d.isoformat()}'"
    if layout == "float_ymd":
        return f"{d:%Y%m%d}.0"
    if layout == "tts_words":
        if lg != "en":
            return f"DATE '{d.isoformat()}'"
        return f"{_ordinal(d.day)} of {_MONTHS[d.month - 1]} {_year_words(d.year)}"
    return l50.fmt_date(iso, _old(locale), layout)


def event(rng: random.Random, locale: str, layout: str = "iso", years: float = 1.0) -> str:
    """A date within ``years`` before ``TODAY`` in ``layout``."""
    day = TODAY - dt.timedelta(days=rng.randint(1, max(2, int(365 * years))))
    return fmt_date(day.isoformat(), locale, layout)


def future(rng: random.Random, locale: str, layout: str = "iso", days: int = 90) -> str:
    """A date within ``days`` after ``TODAY`` in ``layout``."""
    return fmt_date((TODAY + dt.timedelta(days=rng.randint(1, days))).isoformat(), locale, layout)
