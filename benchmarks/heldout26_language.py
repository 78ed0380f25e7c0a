"""Held-out set 26: locales, groups, seeds, row counts, date layouts and missing-cell words.

Set 26 has set 25's 134 locales (imported from ``heldout25_language``, not copied) and eight no set used: de_IT
(South Tyrol: German names and labels, Italian codice fiscale, phones and IBANs, 39xxx postcodes), es_PR (Puerto
Rico: Spanish names with two surnames, US ZIP codes 006xx-009xx, SSNs, ``Urb.``/``HC`` addresses, +1 787/939),
en_HK (Hong Kong: ``CHAN Tai Man`` names with English given names, HKID with its check character, flat/floor/block
addresses, no postcodes), kl_GL (Greenland: Greenlandic names and streets, Danish labels as its offices use, CPR,
39xx postcodes, GL IBANs), sq_XK (Kosovo: Albanian names and labels, ``Rruga`` streets, XK IBANs, five-digit
postcodes, a ten-digit personal number without a published check digit), fr_MA (Morocco: Moroccan names in French
spelling, French labels, CIN ``BE123456`` without a check digit, no IBAN in use), en_UG (Uganda: Ganda, Acholi,
Nkole names, ``Plot 14, Kampala Road``, NIN ``CM...``, no postcodes, no IBAN) and es_HN (Honduras: DNI
``0801-1985-12345`` whose middle part is the birth year, ``Col.``/``Bloque``/``Casa`` addresses, no postcodes in use,
no IBAN).

Dates count back from 2026-06-01, never from the clock. A hand-kept birth-date column mixes layouts, and old
registers write only the year or ``00.00.1975`` when the day was never known.
"""

from __future__ import annotations

import datetime as dt
import random

import heldout25_language as set25
import heldout25_shapes as shapes25

FIRST7 = set25.FIRST7
OTHER = tuple(set25.OTHER) + tuple(set25.NEW8_25)  # set 25's other 119 and new 8: one table each here
NEW8_26 = ("de_IT", "es_PR", "en_HK", "kl_GL", "sq_XK", "fr_MA", "en_UG", "es_HN")
LOCALES = FIRST7 + OTHER + NEW8_26
SEEDS = (26001,)
N_ROWS = 0
REFERENCE = dt.date(2026, 6, 1)
CJK = set25.CJK
INDIC = set25.INDIC

# Where a new locale's dates, missing-cell words and month names follow another locale's (South Tyrol writes
# German dates, Greenland's offices Danish ones, Puerto Rico's US-system forms month first).
PROXY = {"de_IT": "de_DE", "es_PR": "en_US", "en_HK": "en_GB", "kl_GL": "da_DK", "sq_XK": "sq_AL",
         "fr_MA": "fr_FR", "en_UG": "en_GB", "es_HN": "es_ES"}  # fmt: skip
# The language of a new locale's column labels and local notes (Greenland: Danish, as its offices print forms).
_NEW_LANG = {"de_IT": "de", "es_PR": "es", "en_HK": "en", "kl_GL": "da", "sq_XK": "sq", "fr_MA": "fr",
             "en_UG": "en", "es_HN": "es"}  # fmt: skip
LANG = {**shapes25.LANG, **_NEW_LANG}
TITLES = dict(shapes25.TITLES)
MISSING = {**set25.MISSING, "es_PR": ("N/A", "no aplica", "-"), "es_HN": ("N/D", "no tiene", "-"),
           "fr_MA": ("néant", "N/A", "-"), "kl_GL": ("ukendt", "-"), "de_IT": ("k.A.", "-", "unbekannt")}  # fmt: skip
TOOL_MISSING = set25.TOOL_MISSING


def seeds_for(locale: str) -> tuple[int, ...]:
    """Six tables for the first 7 (they decide the issue), two for the new 8, one elsewhere."""
    if locale in FIRST7:
        return tuple(range(26001, 26007))
    if locale in NEW8_26:
        return (26001, 26002)
    return (26001,)


def proxy(locale: str) -> str:
    """The locale whose date layouts and month names a table of ``locale`` uses (itself for set 25's)."""
    return PROXY.get(locale, locale)


def region(locale: str) -> str:
    """The country of a locale (phones, IBANs): ``kl_GL`` -> ``GL``."""
    return locale.split("_")[1]


def lang(locale: str) -> str:
    """The language of a locale's labels and notes."""
    return LANG[locale]


def birth_date(rng: random.Random, child: bool = False) -> dt.date:
    """A birth date counted back from ``REFERENCE``: adults 18-92, pupils 5-17."""
    years = rng.uniform(5, 17.9) if child else rng.uniform(18, 92)
    return REFERENCE - dt.timedelta(days=int(years * 365.25) + rng.randint(0, 300))


def event_date(rng: random.Random, years: int = 5) -> dt.date:
    """A joining, visit or response date of the last ``years`` years (not personal data)."""
    return REFERENCE - dt.timedelta(days=rng.randint(3, years * 365))


LAYOUTS = set25.LAYOUTS


def fmt_date(d: dt.date, locale: str, layout: str) -> str:
    """``d`` as ``layout``: set 25's layouts (``num``, ``num_short``, ``iso``, ``long``, ``num_slash_pad``,
    ``compact``) in the proxy locale's order, and two of old registers: ``year`` (``1953``) and ``zeros``
    (``00.00.1953`` where dates are dotted, ``00/00/1953`` elsewhere: day and month never known)."""
    if layout == "year":
        return str(d.year)
    if layout == "zeros":
        sample = set25.fmt_date(dt.date(2001, 2, 3), proxy(locale), "num")
        sep = "." if "." in sample else "-" if "-" in sample else "/"
        return f"00{sep}00{sep}{d.year}" if not sample.startswith("2001") else f"{d.year}{sep}00{sep}00"
    return set25.fmt_date(d, proxy(locale), layout)


def dob_mix(rng: random.Random, main: str = "", old_register: bool = False) -> tuple[list[str], list[float]]:
    """A column's date layouts and weights: a main one on most rows, one or two others; an old register adds
    year-only and zero-day dates on a few rows."""
    main = main or rng.choice(("num", "num", "iso", "num_short", "long"))
    others = rng.sample([x for x in LAYOUTS if x != main], rng.choice((1, 2)))
    layouts = [main, *others]
    weights = [0.7] + [0.3 / len(others)] * len(others)
    if old_register:
        layouts += ["year", "zeros"]
        weights = [w * 0.85 for w in weights] + [0.08, 0.07]
    return layouts, weights


def missing_words(locale: str) -> tuple[str, ...]:
    """The words the locale's exports write in an empty cell."""
    return tuple(MISSING.get(locale) or set25.missing_words(proxy(locale)))
