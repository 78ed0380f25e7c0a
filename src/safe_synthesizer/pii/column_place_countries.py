"""Country columns: a nationality, a citizenship or a country of residence is no part of anyone's address.

Why: a guest register (hotels in most countries must record each guest's nationality) writes it as ISO 3166
alpha-2 codes (``DE``, ``NL``, ``FR``, ``GB``). Several of those are also abbreviations of regions we list
(Delaware ``DE``, Newfoundland ``NL``, Luxembourg's or Italy's provinces), and the home country repeats over
most rows, so the column passed as a ``state`` column (set 28, seen: 19 guest registers, names shown and
hidden), and the ``Cittadinanza`` column of San Marino and Tunisian registers as a town column. A country
names millions of people: it is no personal data, and replacing it destroys the table's analysis.

Two rules, either enough:

- the header names a nationality, a citizenship or a country (:data:`COUNTRY_WORDS`, in the languages of the
  exports we read);
- every distinct value is an ISO 3166 alpha-2 code, and at least :data:`MIN_NON_REGION_CODES` of them are
  codes of no region we list (``GB``, ``IT``, ``PL``, ``BE``): a column of a country's states writes only its
  own states' abbreviations, all of them listed (the US ``TX``, ``NY``; Canada's ``ON``, ``QC``; Italy's
  ``MI``, ``RM``), while a nationality column mixes the home country with foreign ones.

Example::

    country_column_reason(["DE", "FR", "GB", "IT", "DE"], "c005", "state")
    # 'ISO 3166 country codes (2 of no listed region): a country, not a place of residence'
    country_column_reason(["TX", "NY", "CA", "FL", "OH"], "c005", "state")  # None
"""

from __future__ import annotations

from collections.abc import Iterable

import phonenumbers

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.cues import tokens
from safe_synthesizer.pii.validators.places import is_listed_region

#: Header words of a nationality, a citizenship or a country (accents folded, as :func:`cues.tokens` gives them):
#: en de fr es it nl pt pl, Nordic, Baltic, Balkan and Turkish exports.
COUNTRY_WORDS = frozenset(
    {
        "country", "nationality", "citizenship", "nation",
        "staatsangehorigkeit", "nationalitat", "staatsburgerschaft", "herkunftsland",
        "nationalite", "citoyennete", "pays",
        "nacionalidad", "ciudadania", "pais",
        "nazionalita", "cittadinanza", "paese", "nazione",
        "nationaliteit", "burgerschap", "land",
        "nacionalidade", "cidadania",
        "obywatelstwo", "narodowosc", "kraj",
        "medborgarskap", "nationalitet", "statsborgerskab", "statsborgerskap", "kansalaisuus", "maa",
        "pilietybe", "pilsoniba", "kodakondsus", "drzavljanstvo", "uyruk", "ulke",
    }
)  # fmt: skip
# Codes of no listed region among a column's codes that make it a column of countries.
MIN_NON_REGION_CODES = 2
# ISO 3166 alpha-2 codes: every country and territory has a phone region under its ISO code (``001`` is no code).
_ISO_CODES = frozenset(r for r in phonenumbers.SUPPORTED_REGIONS if len(r) == 2 and r.isalpha())
_ADDRESS_AREAS = frozenset({E.CITY, E.STATE})


def names_a_country(column_name: str) -> bool:
    """The header names a nationality, a citizenship or a country (``Staatsangehörigkeit``, ``Country``)."""
    return bool(tokens(column_name) & COUNTRY_WORDS)


def country_codes(values: Iterable[str]) -> str | None:
    """Why the distinct ``values`` are ISO 3166 country codes, not a country's region abbreviations, or ``None``."""
    codes = {str(v).strip() for v in values} - {""}
    if not codes or not all(c in _ISO_CODES for c in codes):
        return None
    foreign = sum(not is_listed_region(c) for c in codes)
    if foreign < MIN_NON_REGION_CODES:
        return None
    return f"ISO 3166 country codes ({foreign} of no listed region): a country, not a place of residence"


def country_column_reason(values: Iterable[str], column_name: str, entity: str) -> str | None:
    """Why a column found as a town or a state holds countries (header or values), or ``None``.

    ``values``: the column's distinct values (stripped strings). Only towns and states are checked: a country is
    never taken for a street line or a postcode.
    """
    if entity not in _ADDRESS_AREAS:
        return None
    if names_a_country(column_name):
        return "the header names a nationality or a country: no place of residence"
    return country_codes(values)
