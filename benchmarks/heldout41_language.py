"""Held-out set 41: locales, groups, seeds, regions, languages, titles, date layouts and missing-cell words.

Set 41 has set 40's 254 locales (``heldout40_language``: its lists and public functions, called, not copied) and
eight no set used (``heldout41_new8``: en_DM, en_AG, en_VC, en_CX, fr_TD, fr_GA, fr_CG, fr_ML; no earlier set had a
locale of these countries). Birth dates are the people's own; event dates count back from 2026-10-01. Date layouts
are set 41's own: ``2 April 1998`` / ``2. April 1998`` / ``2 avril 1998`` / ``2 de abril de 1998`` (the month
spelled in the table's language), ``1998-04-02 00:00:00`` (a datetime as pandas writes it), ``Thu 02/04/1998``
(a weekday before), ``35887`` (an Excel serial day), ``02.04.98`` (dots and a two-digit year) and ``2.IV.1998`` (a
Roman month), besides ISO and the locale's usual order.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

import heldout40_language as l40
import heldout41_new8 as new8

NEW8_41 = new8.NEW8_41
FIRST7 = l40.FIRST7
OTHER = (*l40.OTHER, *l40.NEW8_40)
LOCALES = (*FIRST7, *OTHER, *NEW8_41)
SEEDS = (41001, 41002, 41003, 41004, 41005, 41006)
N_ROWS = 0
CJK = l40.CJK
INDIC = l40.INDIC
LANG = {**l40.LANG, **new8.LANG41}
# Notes of their own are written in these languages (set 40 had da and cs; set 41 has sv and pl).
LOCAL_LANGS = ("de", "fr", "es", "it", "nl", "pt", "sv", "pl")
_OWN_TITLES = {
    "en": ("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx", "Rev", "Sir", "Master", "Prof", "Cllr", "Revd"),
    "de": ("Herr", "Frau", "Dr", "Hr", "Fr", "Prof"),
    "fr": ("M", "Mme", "Mlle", "Dr", "Me", "Monsieur", "Madame", "Pr"),
    "es": ("Sr", "Sra", "Srta", "D", "Dña", "Don", "Doña", "Dr", "Dra"),
    "it": ("Sig", "Sig.ra", "Signor", "Signora", "Dott", "Dott.ssa", "Prof", "Sigg"),
    "nl": ("Dhr", "Mevr", "Mw", "Dr", "meneer", "mevrouw", "mr", "ir", "ing"),
    "pt": ("Sr", "Sra", "Dr", "Dra", "D", "Dona", "Senhor", "Senhora"),
    "sv": ("Herr", "Fru", "Dr", "hr"),
    "pl": ("Pan", "Pani", "dr", "inż", "mgr", "p."),
    "da": ("Hr", "Fru", "Frk", "Dr"),
    "cs": ("pan", "paní", "slečna", "Ing", "Mgr", "MUDr", "Bc"),
}
TITLES = defaultdict(
    lambda: _OWN_TITLES["en"], {k: tuple(dict.fromkeys((*v, *_OWN_TITLES["en"]))) for k, v in _OWN_TITLES.items()}
)
# Junk an export writes in a person's cell, across locales (set 41's own words).
TOOL_MISSING = ("not known", "left blank", "none listed", "n.g.", "to follow", "wrong number", "number unobtainable",
                "not on file", "ask at desk", "see form", "---", "N.A", "*", "unlisted", "gone away", "no answer",
                "tbc by email", "(none given)", "x x x", "·")  # fmt: skip
_LANG_MISSING = {
    "en": ("n/k", "none", "not given"), "de": ("nicht bekannt", "folgt", "keine"), "fr": ("à compléter", "inconnu",
    "néant"), "es": ("pendiente", "no facilitado", "s/d"), "it": ("da completare", "n.d.", "nessuno"),
    "nl": ("volgt", "geen", "n.b."), "pt": ("a preencher", "desconhecido", "s/ info"), "sv": ("saknas", "okänt",
    "ej känt"), "pl": ("brak", "brak danych", "nieznany"),
}  # fmt: skip
TODAY = dt.date(2026, 10, 1)
DATE_LAYOUTS = ("iso", "local", "long_local", "iso_time", "weekday", "serial", "dot_yy", "roman")
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"),
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"),
    "pl": ("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"),
}  # fmt: skip
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_MONTH_FIRST = ("en_US", "en_GU", "en_MP", "en_VI", "en_AS", "en_FM", "en_MH", "en_PW", "en_PH")


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for a first-7 locale, two for a new one, one elsewhere."""
    if locale in FIRST7:
        return SEEDS
    return SEEDS[:2] if locale in NEW8_41 else SEEDS[:1]


def region(locale: str) -> str:
    """The phone and IBAN country of a locale (set 40's rule; the new 8: the part after ``_``)."""
    return new8.region(locale) if locale in NEW8_41 else l40.region(locale)


def lang(locale: str) -> str:
    """The language notes and headers are written in."""
    return LANG.get(locale, "en")


def missing_words(locale: str) -> tuple[str, ...]:
    """What an export of this locale writes in a cell it has no value for (set 41's words)."""
    return (*_LANG_MISSING.get(lang(locale), _LANG_MISSING["en"]), "-")


def iso_of(value) -> str:
    """A ``datetime.date`` (or ISO text) as ISO text."""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def age(p) -> int:
    """A person's age on ``TODAY`` by year."""
    return TODAY.year - dt.date.fromisoformat(iso_of(p.dob)).year


def fmt_date(iso: str, locale: str, layout: str) -> str:
    """An ISO date in one of set 41's layouts (``local``: the locale's usual order, as set 40 writes it)."""
    d = dt.date.fromisoformat(iso)
    lg = lang(locale)
    if layout == "iso":
        return iso
    if layout == "local":
        return l40.fmt_date(iso, locale, "local") if locale not in NEW8_41 else d.strftime("%d/%m/%Y")
    if layout == "long_local":
        month = _MONTHS.get(lg, _MONTHS["en"])[d.month - 1]
        if lg == "de":
            return f"{d.day}. {month} {d.year}"
        if lg in ("es", "pt"):
            return f"{d.day} de {month} de {d.year}"
        if locale in _MONTH_FIRST:
            return f"{month} {d.day}, {d.year}"
        return f"{d.day} {month} {d.year}"
    if layout == "iso_time":
        return f"{iso} 00:00:00"
    if layout == "weekday":
        body = d.strftime("%m/%d/%Y") if locale in _MONTH_FIRST else d.strftime("%d/%m/%Y")
        return f"{_DAYS[d.weekday()]} {body}"
    if layout == "serial":
        return str((d - dt.date(1899, 12, 30)).days)
    if layout == "dot_yy":
        return d.strftime("%d.%m.%y")
    return f"{d.day}.{_ROMAN[d.month - 1]}.{d.year}"


def event(rng: random.Random, locale: str, layout: str = "iso", years: float = 1.0) -> str:
    """A date within ``years`` before ``TODAY`` in ``layout``."""
    d = TODAY - dt.timedelta(days=rng.randint(0, int(365 * years)))
    return fmt_date(d.isoformat(), locale, layout)


def future(rng: random.Random, locale: str, layout: str = "iso", days: int = 90) -> str:
    """A date within ``days`` after ``TODAY`` (bookings) in ``layout``."""
    d = TODAY + dt.timedelta(days=rng.randint(1, days))
    return fmt_date(d.isoformat(), locale, layout)
