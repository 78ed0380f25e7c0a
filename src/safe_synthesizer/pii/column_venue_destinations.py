"""Town columns that hold the venues people go to: a hospital, a surgery, a clinic, a club, a shop, a square.

Why: a dial-a-ride log's ``Destination`` (``Royal Infirmary``, ``Eye clinic``, ``St John's surgery``, ``Age UK
lunch club``, ``Day centre``, ``Market square``, ``Dr Patel's``) repeats a dozen places over the rows, and the
learned classifier took it for a town column in seven tables of set 38 (seen), shown and hidden. A town column
holds the town a person lives in; its values are towns, not services. When most distinct values name a kind of
venue (a health service, a club, a centre, a shop or a square: :data:`DESTINATION_WORDS`, the venue words of
:mod:`~safe_synthesizer.pii.name_venue_words`, the trades of :mod:`~safe_synthesizer.pii.column_place_businesses`)
or a doctor (``Dr Patel's``), the column is a list of venues, not of anyone's home town.

Towns that carry such a word (``Market Harborough``, ``Hospital`` in Limerick) are a few among many towns in a
real town column: :data:`MIN_SHARE` of the distinct values must be venues.

Example::

    venue_town_columns(df, {"Destination": det_city})  # ["Destination"]
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_place_businesses import opens_or_closes_with_trade
from safe_synthesizer.pii.cues import fold
from safe_synthesizer.pii.name_venue_words import has_venue_word

__all__ = ["DESTINATION_WORDS", "is_venue", "venue_town_columns"]

#: Words of a service or an outing's place (accents folded; en de fr es it nl pt), not in the venue or trade lists.
DESTINATION_WORDS = frozenset(
    {
        "infirmary", "hospital", "outpatients", "outpatient", "clinic", "surgery", "practice", "pharmacy",
        "health", "medical", "hospice", "care", "nursing", "dentist", "dental", "optician", "opticians",
        "supermarket", "market", "square", "shop", "shops", "shopping", "store", "mall", "precinct",
        "station", "airport", "terminal", "church", "chapel", "mosque", "temple", "synagogue", "cemetery",
        "lunch", "cafe", "canteen", "pool", "leisure", "library", "bingo",
        "krankenhaus", "klinikum", "arztpraxis", "bahnhof", "markt", "marktplatz", "friedhof",
        "hopital", "clinique", "cabinet", "pharmacie", "gare", "marche", "eglise", "mairie", "cimetiere",
        "consultorio", "ambulatorio", "mercado", "estacion", "iglesia", "ayuntamiento",
        "ospedale", "mercato", "stazione", "municipio", "poliambulatorio",
        "ziekenhuis", "huisarts", "apotheek", "kerk", "gemeentehuis", "posto", "hospitalar", "igreja",
    }
)  # fmt: skip
#: Destination words that also open towns' names (``Market Harborough``, ``Church Stretton``, ``Station Town``):
#: a venue's only when they close the value (``Market square``, ``St Mary's church``).
CLOSING_ONLY = frozenset(
    {"market", "square", "station", "church", "chapel", "temple", "pool", "care", "health", "markt", "marche",
     "mercado"}
)  # fmt: skip
# A doctor's surgery named by the doctor (``Dr Patel's``, ``Dr. Ng``).
_DOCTOR = re.compile(r"^(?:dr|doctor|dra|dott|docteur)\.?\s", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
MIN_SHARE = 0.5
MIN_DISTINCT = 3
MAX_ROWS = 2000
_TOWN_ENTITIES = frozenset({E.CITY})


def is_venue(value: str) -> bool:
    """``value`` names a venue: a destination, venue or trade word, or a doctor (``Royal Infirmary``,
    ``Age UK lunch club``, ``Dr Patel's``), and no comma or digit: an address that names a landmark (``Jobe Kunda,
    behind the mosque``) or a flat (``Studio 6, ...``) is an address, kept for the street rules."""
    if "," in value or _DIGIT.search(value):
        return False  # a street line or a landmark address (``Bah Kunda, opposite the health centre``)
    words = [w.strip(".,;:()'\"").removesuffix("'s") for w in fold(value).split()]
    if len(words) >= 2 and (({*words[:-1]} - CLOSING_ONLY) | {words[-1]}) & DESTINATION_WORDS:
        return True  # two words or more, one of them a destination's (a town named ``Hospital`` is one word)
    return has_venue_word(value) or opens_or_closes_with_trade(value) or bool(_DOCTOR.match(value.strip()))


def venue_town_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The town columns of ``found`` whose distinct values (first :data:`MAX_ROWS` rows) are at least
    :data:`MIN_SHARE` venues (:func:`is_venue`)."""
    out = []
    for column, det in found.items():
        if det is None or det.entity not in _TOWN_ENTITIES or column not in df.columns:
            continue
        values = {v.strip() for v in df[column].iloc[:MAX_ROWS].to_numpy() if isinstance(v, str) and v.strip()}
        if len(values) >= MIN_DISTINCT and sum(map(is_venue, values)) >= MIN_SHARE * len(values):
            out.append(column)
    return out
