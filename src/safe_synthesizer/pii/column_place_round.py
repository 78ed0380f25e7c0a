"""The people's town column of a small table: a handful of listed towns, told by the table's people and addresses.

Why: a town column is told by its values when it has six or more distinct listed towns. A table of two dozen
clients from a country's five big cities (``KAUNAS``, ``VILNIUS``, ``ŠIAULIAI``...) has fewer, and a few towns
repeated over the rows is also how a branch column looks, so with a header that says nothing (``c003``,
``Unnamed: 4``, ``F7``) the column was left as it was (set 22, seen: 25 hidden town columns of 47 locales). The
table itself says whose towns they are: when it already holds people (names, e-mails, phones) and their home
addresses (street lines nearly one per row), and no town column yet, a column of three or more listed towns is
where those people live. A branch or depot is one town for the whole table, and a header that names a thing
(``branch``, ``venue``) or anything at all keeps its own reading: only placeholder headers are judged here.

Example::

    people_town_columns(df, list(df.columns), {"c000": "name", "c002": "street_address"})
    # {"c001": PairFinding("city", 0.7, "5 listed towns ... beside people and their street lines")}
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from safe_synthesizer.pii import cues
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.cues import tokens
from safe_synthesizer.pii.not_known_cells import not_known_keys

# Placeholder words of exported attribute lists (``attr_3``) beside the ones every header check knows.
_ATTRIBUTE_WORDS = frozenset({"attr", "attribute"})
PEOPLE = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME, E.EMAIL, E.PHONE_NUMBER})
ADDRESSES = frozenset({E.STREET_ADDRESS, E.ADDRESS})
# Home addresses are nearly one per row (a household shares one); a branch's street repeats.
MIN_ADDRESS_DISTINCT = 0.8
MIN_TOWN_LEVELS = 3  # one or two repeated towns are a branch or depot
MAX_TOWN_LEVELS = 20
MIN_LISTED_LEVELS = 0.75  # of the distinct non-placeholder values
MIN_LISTED_ROWS = 0.85  # of the rows with a value
MIN_STRICT_LEVELS = 0.5  # of the levels in a town list proper (not only in :data:`NAME_TOWNS`)
MAX_ROWS = 2000
# Big cities the town lists leave out because they are people's names too (``London``, ``Houston``,
# ``Bilbao``): counted here only, in a round of towns beside people's street lines, where a column of
# surnames would not be three quarters towns.
_NAME_TOWNS = (
    "London, Paris, Birmingham, Houston, Phoenix, Austin, Atlanta, Charlotte, Orlando, Richmond, Lyon, Nancy, "
    "Metz, Tours, Orléans, Nice, Bilbao, Murcia, Palma, Oviedo, Santander, León, Bradford, York, Preston, "
    "Bolton, Hull, Münster, Salvador, Santos, Natal, Sydney, Adelaide, Darwin, Cairns, Hamilton, Kingston, "
    "Asunción, Girona, Vasa, Thiès, Muscat, Lima, Rivera, Heredia, Maldonado, Berat, Vlora, Reading"
)
NAME_TOWNS = frozenset(t.strip().casefold() for t in _NAME_TOWNS.split(","))


@dataclass(frozen=True)
class RoundFinding:
    """A people's town column found by the table: entity, confidence and the evidence to show."""

    entity: str
    confidence: float
    evidence: str


def says_nothing(column_name: str) -> bool:
    """The header is a placeholder (``c003``, ``F7``, ``Unnamed: 4``, ``col_2``): it says nothing either way."""
    return bool(tokens(column_name)) and cues.says_nothing(column_name, also=_ATTRIBUTE_WORDS)


def _values(series: pd.Series) -> pd.Series:
    values = series.dropna().astype(str).str.strip().head(MAX_ROWS)
    return values[values != ""]


def _holds_home_addresses(df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, str]) -> str | None:
    """The found street-line column whose values are nearly one per row, or ``None``; a street column the street
    pass will find later (a name and a house number under a placeholder header) counts too."""
    # Imported here: column_place_street_round builds on this module.
    from safe_synthesizer.pii.column_place_street_round import people_street_columns

    for column, entity in found.items():
        if entity in ADDRESSES and column in df.columns:
            values = _values(df[column])
            if len(values) and values.nunique() >= MIN_ADDRESS_DISTINCT * len(values):
                return column
    return next(iter(people_street_columns(df, columns, found)), None)


def _town_round(series: pd.Series) -> str | None:
    """Evidence text when the column is a few listed towns (placeholders such as ``unknown`` left out)."""
    if pd.api.types.is_numeric_dtype(series.dtype):
        return None
    values = _values(series)
    if values.empty:
        return None
    counts = values.value_counts()
    empty = not_known_keys([str(k) for k in counts.index], E.CITY)
    counts = counts[[k not in empty for k in counts.index]]
    if not MIN_TOWN_LEVELS <= len(counts) <= MAX_TOWN_LEVELS:
        return None
    strict = [V.is_listed_city(str(k)) for k in counts.index]
    listed = [s or str(k).casefold() in NAME_TOWNS for s, k in zip(strict, counts.index, strict=True)]
    levels = sum(listed) / len(listed)
    rows = float(counts[listed].sum()) / float(counts.sum())
    if levels < MIN_LISTED_LEVELS or rows < MIN_LISTED_ROWS or sum(strict) < MIN_STRICT_LEVELS * len(strict):
        return None
    return f"{len(counts)} levels, {levels:.0%} listed towns ({rows:.0%} of rows)"


def people_town_columns(df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, str]) -> dict[str, RoundFinding]:
    """Town columns with a placeholder header in a table of people with home addresses and no town column yet.

    ``found`` maps the columns already detected to their entity; those are never re-labelled.
    """
    if any(e == E.CITY for e in found.values()) or not any(e in PEOPLE for e in found.values()):
        return {}
    address = _holds_home_addresses(df, columns, found)
    if address is None:
        return {}
    out: dict[str, RoundFinding] = {}
    for column in columns:
        if column in found or column not in df.columns or not says_nothing(column):
            continue
        if (why := _town_round(df[column])) is not None:
            evidence = f"{why}, in a table of people whose street lines ({address!r}) are one per row"
            out[column] = RoundFinding(E.CITY, 0.7, evidence)
    return out
