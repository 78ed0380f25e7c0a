"""Held-out set 44: locales, groups, seeds, regions, languages, titles, date layouts and missing-cell words.

Set 44 has set 43's 278 locales (``heldout43_language``: its lists and public functions, called, not copied) and
eight new ones (``heldout44_new8``: wo_SN Wolof, qu_PE Quechua, gn_PY Guarani, ug_CN Uyghur, bo_CN Tibetan, om_ET
Oromo, ti_ER Tigrinya, fj_FJ Fijian). Birth dates are the people's own; event dates count back from 2026-12-06.
Date layouts new to the sets: ``02-IV-1998`` (a Roman month between dashes), ``Apr 2 '98`` (the month's abbreviation
in the table's language first, the year as two digits after an apostrophe), ``2.4.98`` (day, month, two-digit year,
nothing padded), ``2 avril 1998`` / ``2. April 1998`` / ``2 de abril de 1998`` (the month's name in the table's
language), ``02_04_1998`` (underscores, a file-name-safe export) and ``02/AVR/1998`` (the month's abbreviation in the
table's language in capitals between slashes), besides set 43's (``heldout43_language.fmt_date``).
"""

from __future__ import annotations

import datetime as dt
import random

import heldout43_language as l43
import heldout44_new8 as new8

NEW8_44 = new8.NEW8_44
FIRST7 = l43.FIRST7
OTHER = (*l43.OTHER, *l43.NEW8_43)
LOCALES = (*FIRST7, *OTHER, *NEW8_44)
SEEDS = (44001, 44002, 44003, 44004, 44005, 44006)
N_ROWS = 0
CJK = l43.CJK
INDIC = l43.INDIC
LANG = {**l43.LANG, **new8.LANG44}
# Languages whose notes have local genres of set 44 (headers in the table's language: the first ten, as set 43).
LOCAL_LANGS = ("de", "fr", "es", "it", "nl", "pt", "da", "cs", "nb", "mi")
NOTE_LANGS = (*LOCAL_LANGS, *new8.LANG44.values())
TITLES = l43.TITLES.copy()  # a defaultdict: keeps its default
for _lg, _t in {"wo": ("Sokhna", "Serigne", "Mme", "M."), "qu": ("Sra.", "Sr.", "Don", "Doña"),
                "gn": ("Sra.", "Sr.", "Don", "Doña", "Ña", "Karai"), "ug": ("ئەپەندى", "خانىم"),
                "bo": ("ལགས",), "om": ("Obbo", "Aadde", "Obboo", "Addee"), "ti": ("ኣቶ", "ወይዘሮ"),
                "fj": ("Ratu", "Adi", "Ro", "Mr", "Mrs")}.items():  # fmt: skip
    TITLES.setdefault(_lg, _t)
TODAY = dt.date(2026, 12, 6)
# A cell with no value as set 44's exports write it (besides the locale's words).
TOOL_MISSING = ("no data", "left blank", "NULL", "#N/A", "(none given)", "did not say", "ask at desk", "---",
                "n/v", "not on form", "0000", "declined")  # fmt: skip
DATE_LAYOUTS = ("roman_dash", "apos_mon", "dmyy", "local_long", "underscore", "slash_mon_upper")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
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
}
_ABBR = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec", "de": "Jan Feb Mär Apr Mai Jun Jul Aug Sep Okt Nov Dez",
    "fr": "janv févr mars avr mai juin juil août sept oct nov déc",
    "es": "ene feb mar abr may jun jul ago sep oct nov dic", "it": "gen feb mar apr mag giu lug ago set ott nov dic",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec", "pt": "jan fev mar abr mai jun jul ago set out nov dez",
    "da": "jan feb mar apr maj jun jul aug sep okt nov dec", "nb": "jan feb mar apr mai jun jul aug sep okt nov des",
}  # fmt: skip
# The language a new locale's dates are written in (its table's other language).
_DATE_LANG = {"wo": "fr", "qu": "es", "gn": "es", "mi": "en"}
_MISSING_NEW = {"wo_SN": ("amul", "néant", "-"), "qu_PE": ("mana kanchu", "s/d", "-"), "gn_PY": ("ndaipóri", "s/d", "-"),  # noqa: E501
                "ug_CN": ("يوق", "无", "-"), "bo_CN": ("མེད", "无", "-"), "om_ET": ("hin jiru", "N/A", "-"),
                "ti_ER": ("የለን", "N/A", "-"), "fj_FJ": ("sega", "N/A", "nil")}  # fmt: skip


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for a first-7 locale, two for a new one, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    return SEEDS[:2] if locale in NEW8_44 else SEEDS[:1]


def region(locale: str) -> str:
    """The phone and IBAN country of a locale (set 43's rule; the new 8: the part after ``_``)."""
    return new8.region(locale) if locale in NEW8_44 else l43.region(locale)


def lang(locale: str) -> str:
    """The language notes and headers are written in."""
    return LANG[locale]


def missing_words(locale: str) -> tuple[str, ...]:
    """What an export of this locale writes in a cell it has no value for."""
    return _MISSING_NEW[locale] if locale in NEW8_44 else l43.missing_words(locale)


def iso_of(value) -> str:
    """A ``datetime.date`` (or ISO text) as ISO text."""
    return l43.iso_of(value)


def _date_lang(locale: str) -> str:
    lg = lang(locale)
    lg = _DATE_LANG.get(lg, lg)
    return lg if lg in _MONTHS else "en"


def fmt_date(iso: str, locale: str, layout: str) -> str:
    """An ISO date in one of set 44's layouts, or set 43's (``heldout43_language.fmt_date``)."""
    d = dt.date.fromisoformat(iso)
    lg = _date_lang(locale)
    if layout == "roman_dash":
        return f"{d.day:02d}-{_ROMAN[d.month - 1]}-{d.year}"
    if layout == "apos_mon":
        abbr = _ABBR.get(lg, _ABBR["en"]).split()[d.month - 1]
        return f"{abbr} {d.day} '{d.year % 100:02d}"
    if layout == "dmyy":
        first, second = (d.month, d.day) if locale.endswith("_US") else (d.day, d.month)
        return f"{first}.{second}.{d.year % 100:02d}"
    if layout == "local_long":
        month = _MONTHS[lg].split()[d.month - 1]
        if lg in ("de", "da", "nb", "cs"):
            return f"{d.day}. {month} {d.year}"
        if lg in ("es", "pt"):
            return f"{d.day} de {month} de {d.year}"
        if lg == "en":
            return f"{month} {d.day}, {d.year}" if locale.endswith("_US") else f"{d.day} {month} {d.year}"
        return f"{d.day} {month} {d.year}"
    if layout == "underscore":
        first, second = (d.month, d.day) if locale.endswith("_US") else (d.day, d.month)
        return f"{first:02d}_{second:02d}_{d.year}"
    if layout == "slash_mon_upper":
        abbr = _ABBR.get(lg, _ABBR["en"]).split()[d.month - 1].upper()
        return f"{d.day:02d}/{abbr}/{d.year}"
    return l43.fmt_date(iso, _old(locale), layout)


def _old(locale: str) -> str:
    """An old locale whose set-43 layouts stand in for a new one's."""
    return {"wo_SN": "fr_SN", "qu_PE": "es_PE", "gn_PY": "es_PY", "ug_CN": "zh_CN", "bo_CN": "zh_CN",
            "om_ET": "am_ET", "ti_ER": "en_ER", "fj_FJ": "en_FJ"}.get(locale, locale)  # fmt: skip


def event(rng: random.Random, locale: str, layout: str = "iso", years: float = 1.0) -> str:
    """A date within ``years`` before ``TODAY`` in ``layout``."""
    day = TODAY - dt.timedelta(days=rng.randint(1, max(2, int(365 * years))))
    return fmt_date(day.isoformat(), locale, layout)


def future(rng: random.Random, locale: str, layout: str = "iso", days: int = 90) -> str:
    """A date within ``days`` after ``TODAY`` in ``layout``."""
    return fmt_date((TODAY + dt.timedelta(days=rng.randint(1, days))).isoformat(), locale, layout)
