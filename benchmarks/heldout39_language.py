"""Held-out set 39: locales, groups, seeds, regions, languages, date layouts and missing-cell words.

Set 39 has set 38's 238 locales (``heldout38_language``: its lists and public functions, called, not copied) and
eight no set used (``heldout39_new8``: en_FM, en_SH, en_MH, en_AS, en_TK, en_NU, fr_MF, en_VG). Birth dates are the
people's own (drawn by the earlier generators or ``heldout39_new8``); event dates count back from 2026-08-01. Date
layouts are set 39's own (``19980402`` as a number, a two-digit year in the locale's order ``02/04/98``, an
English ordinal ``2nd April 1998``, month first with a comma ``Apr 2, 1998``, year first with slashes and no
padding ``1998/4/2``, a spreadsheet serial's text ``1998-04-02T00:00:00``).
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

import heldout38_language as l38

# isort: split
from heldout39_new8 import NEW8_39

FIRST7 = l38.FIRST7
OTHER = (*l38.OTHER, *l38.NEW8_38)
LOCALES = (*FIRST7, *OTHER, *NEW8_39)
SEEDS = (39001, 39002, 39003, 39004, 39005, 39006)
N_ROWS = 0
CJK = l38.CJK
INDIC = l38.INDIC
_NEW_LANG = {x: "en" for x in NEW8_39} | {"fr_MF": "fr"}
LANG = {**l38.LANG, **_NEW_LANG}
# Courtesy titles per language (a kept title is no trace of a name; they are not counted as "words kept").
_OWN_TITLES = {
    "en": ("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "Rev", "Sir"),
    "de": ("Herr", "Frau", "Dr", "Hr", "Fr"),
    "fr": ("M", "Mme", "Mlle", "Dr", "Me", "Monsieur", "Madame"),
    "es": ("Sr", "Sra", "Srta", "Dr", "Dra", "Don", "Doña", "D", "Dña"),
    "it": ("Sig", "Sig.ra", "Dott", "Dott.ssa", "Signor", "Signora"),
    "nl": ("Dhr", "Mevr", "Mw", "Dr", "meneer", "mevrouw"),
    "pt": ("Sr", "Sra", "Dr", "Dra", "Dona", "D"),
    "pl": ("Pan", "Pani", "Dr", "Panu", "Pana", "Panią"),
    "sv": ("Dr",),
}
TITLES = defaultdict(lambda: _OWN_TITLES["en"], {k: tuple(dict.fromkeys((*v, *_OWN_TITLES["en"]))) for k, v in
                                                   _OWN_TITLES.items()})  # fmt: skip
for _lg, _titles in l38.TITLES.items():
    TITLES[_lg] = tuple(dict.fromkeys((*_titles, *_OWN_TITLES["en"])))
TOOL_MISSING = ("not given", "x", "N.A.", "declined", "ask", "none on file", "(none)", "n.k.", "—", "TBC", "nil",
                "#VALUE!", "see over", "0000")  # fmt: skip
_OWN_MISSING = {
    "en": ("not given", "declined", "none on file", "n.k."),
    "de": ("o. A.", "entfällt", "ohne", "k.A"),
    "fr": ("NC", "non communiqué", "aucun", "néant"),
    "es": ("no consta", "ninguno", "s/d", "sin datos"),
    "it": ("non pervenuto", "nessuno", "n.p.", "n.d."),
    "nl": ("geen", "n.v.t.", "onbekend", "nvt"),
    "pt": ("não informado", "sem", "n/d", "s/ info"),
    "pl": ("brak", "b.d.", "nie podano"),
    "sv": ("saknas", "uppgift saknas", "ej angivet"),
}
TODAY = dt.date(2026, 8, 1)
DATE_LAYOUTS = ("iso", "compact", "yy_local", "ordinal", "mon_comma", "slash_ymd", "iso_t", "local")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip
_MONTH_FIRST = ("en_US", "en_AS", "en_FM", "en_MH", "en_PW", "en_VG", "en_PH")


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for a first-7 locale, two for a new one, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    return SEEDS[:2] if locale in NEW8_39 else SEEDS[:1]


def region(locale: str) -> str:
    """The phone and IBAN country of a locale (set 38's rule; the new 8: the part after ``_``)."""
    return locale.split("_")[1] if locale in NEW8_39 else l38.region(locale)


def lang(locale: str) -> str:
    """The language notes and headers are written in."""
    return LANG[locale]


def missing_words(locale: str) -> tuple[str, ...]:
    """What an export of this locale writes in a cell it has no value for (set 38's words and set 39's own)."""
    own = _OWN_MISSING.get(lang(locale), ())
    base = () if locale in NEW8_39 else l38.missing_words(locale)
    return tuple(dict.fromkeys((*base, *own, *_OWN_MISSING["en"][:2])))


def _ordinal(day: int) -> str:
    return f"{day}{'th' if 10 <= day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(day % 10, 'th')}"


def fmt_date(iso: str, locale: str, layout: str) -> str:
    """An ISO date in one of set 39's layouts (``local``: the locale's usual order with slashes, month first in
    en_US and the US-linked islands)."""
    d = dt.date.fromisoformat(iso[:10])
    month_first = locale in _MONTH_FIRST
    if layout == "compact":
        return d.strftime("%Y%m%d")
    if layout == "yy_local":
        return d.strftime("%m/%d/%y" if month_first else "%d/%m/%y")
    if layout == "ordinal":
        return f"{_ordinal(d.day)} {_MONTHS[d.month - 1]} {d.year}"
    if layout == "mon_comma":
        return f"{_MONTHS[d.month - 1][:3]} {d.day}, {d.year}"
    if layout == "slash_ymd":
        return f"{d.year}/{d.month}/{d.day}"
    if layout == "iso_t":
        return f"{d.isoformat()}T00:00:00"
    if layout == "local":
        if lang(locale) in ("de", "pl", "ru", "cs", "fi", "no", "da", "tr", "uk", "sk", "et", "lv", "lt", "ro"):
            return d.strftime("%d.%m.%Y")
        if lang(locale) in ("nl",):
            return d.strftime("%d-%m-%Y")
        if lang(locale) in ("sv", "hu", "lt", "ja", "zh", "ko"):
            return d.isoformat()
        return d.strftime("%m/%d/%Y" if month_first else "%d/%m/%Y")
    return d.isoformat()


def event(rng: random.Random, locale: str, layout: str = "iso", years: float = 2.0) -> str:
    """A date within ``years`` before ``TODAY`` in ``layout``."""
    day = TODAY - dt.timedelta(days=rng.randint(0, int(years * 365)))
    return fmt_date(day.isoformat(), locale, layout)


def iso_of(value) -> str:
    """A ``datetime.date`` (or ISO text) as ISO text."""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)[:10]
