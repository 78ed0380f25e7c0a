"""The town column of the address block: place words right beside the people's street (or postcode) column.

Why: a town column is told by its values when enough of them are listed towns, and no list knows every country's
towns (Åland's ``Kumlinge``, San Marino's ``Faetano``, Greenland's ``Qeqertarsuaq``, Breton ``Gwengamp``, Gaelic
``Inbhir Nis``). Moodle, Square and Thunderbird write ``address`` then ``city``: with the header hidden such a column
of 8-17 unlisted towns was published as written beside a replaced street (set 27, seen: 15 hidden town columns).
Exports write an address's parts together, street then town (or street, postcode, town), so the table is the
evidence:

- the column stands right beside a found column of people's street lines (nearly one per row), or one further,
  past a found postcode column or a column of second lines (``Straße, PLZ, Ort``; ``Address, Address 2, City``);
- it is written on the same rows as the street;
- nearly every distinct value is capitalised place words (no digits, at most four words besides particles), of
  several levels, few of them people's names (:func:`~safe_synthesizer.pii.place_pair_values.reads_as_person`);
- the header says nothing (``c011``) or names a town or address.

Example::

    block_town_columns(df, ["c010", "c011"], {"c010": "street_address", "c002": "email"})
    # {"c011": RoundFinding("city", 0.7, "12 levels, 100% capitalised place words, ... beside the street 'c010'")}
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.caseless_places import caseless_place_word
from safe_synthesizer.pii.column_place_round import ADDRESSES, RoundFinding, says_nothing
from safe_synthesizer.pii.country_towns import is_country_town
from safe_synthesizer.pii.cues import cue_hints
from safe_synthesizer.pii.not_known_cells import not_known_keys

MAX_ROWS = 2000
# A country or a branch's one or two towns are no one's home town column; a small country's people live in four
# (Laos's Vientiane, Luang Prabang, Savannakhet, Pakse beside home streets of villages and units: set 32, seen).
MIN_LEVELS = 4
# Three levels do in a small table when every one is a listed town (an 11-row key register of Kigali, Huye and
# Rubavu homes); over more rows a home town column names more towns than a region's or a branch's three.
MIN_LISTED_LEVELS = 3
MAX_SMALL_ROWS = 20
MIN_TOWN_SHAPE = 0.9
MAX_PEOPLE = 0.2
MIN_SAME_ROWS = 0.8  # of the rows with a street or a town, both
# Distinct street lines per filled row: people's homes, not a branch's address (a shop's orders repeat their
# regular customers' addresses: 167 distinct in 282 WooCommerce orders).
MIN_HOME_STREETS = 0.5
MAX_SPARSE_FILL = 0.5  # a column between the street and the town filled on at most this share of the street's rows
# Streets written without house numbers (a neighbourhood, a road: ``Barrio Ela Nguema``, ``Hala Tupou``) repeat over
# the people who live there; the street-and-town pairs still vary: several streets per town, many pairs over the rows.
# A chain's branches have one street per town (as many pairs as towns).
MIN_PAIRS = 0.5  # distinct street-and-town pairs per row with both (of at most PAIR_ROWS rows: a big table's homes
PAIR_ROWS = 60  # share a few dozen neighbourhoods)
MIN_STREETS_PER_TOWN = 1.5  # distinct pairs per distinct town


def _filled(series: pd.Series) -> pd.Series:
    head = series.head(MAX_ROWS)
    return head.notna() & head.astype(str).str.strip().ne("")


def _same_rows(a: pd.Series, b: pd.Series) -> float:
    fa, fb = _filled(a), _filled(b)
    either = int((fa | fb).sum())
    return float((fa & fb).sum() / either) if either else 0.0


def _home_streets(series: pd.Series) -> bool:
    values = series.head(MAX_ROWS)[_filled(series)].astype(str).str.strip()
    return len(values) > 0 and values.nunique() >= MIN_HOME_STREETS * len(values)


def _neighbourhood_homes(street: pd.Series, town: pd.Series) -> bool:
    """The street column repeats (streets without numbers), yet its pairs with the town vary as homes do: many
    distinct pairs over the rows, several per town (see :data:`MIN_PAIRS`)."""
    both = _filled(street) & _filled(town)
    rows = int(both.sum())
    if not rows:
        return False
    pairs = pd.DataFrame({"s": street.head(MAX_ROWS)[both].astype(str).str.strip().str.casefold(),
                          "t": town.head(MAX_ROWS)[both].astype(str).str.strip().str.casefold()})  # fmt: skip
    distinct = len(pairs.drop_duplicates())
    towns = pairs["t"].nunique()
    many = distinct >= MIN_PAIRS * min(rows, PAIR_ROWS)
    return many and distinct >= MIN_STREETS_PER_TOWN * towns and towns >= MIN_LEVELS


def _second_line(df: pd.DataFrame, column: str, street: str) -> bool:
    """The column holds the address's second lines: read so, or filled on few of the street's rows (a flat, a
    unit, a c/o line: ``address_2`` is empty for most addresses)."""
    if int(_filled(df[column]).sum()) <= MAX_SPARSE_FILL * int(_filled(df[street]).sum()):
        return True
    # Imported here: column_address_second_lines imports the detector, which imports the place modules.
    from safe_synthesizer.pii.column_address_second_lines import second_line_evidence

    return second_line_evidence(df[column]) is not None


def town_block_evidence(series: pd.Series) -> str | None:
    """Why ``series`` reads as a column of towns (given the address block beside it), or ``None``."""
    # Imported here: place_pairs builds on this module.
    from safe_synthesizer.pii.place_pair_values import is_town_word, reads_as_person

    if pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
        return None
    values = series.head(MAX_ROWS)[_filled(series)].astype(str).str.strip()
    distinct = list(dict.fromkeys(values.tolist()))
    empty = not_known_keys(distinct, E.CITY)
    distinct = [v for v in distinct if v not in empty]
    few = len(values) <= MAX_SMALL_ROWS and all(map(V.is_listed_city, distinct))
    if len(distinct) < (MIN_LISTED_LEVELS if few else MIN_LEVELS):
        return None
    shaped = sum(is_town_word(v) or caseless_place_word(v) for v in distinct) / len(distinct)
    # A listed town of a country Faker lacks is a town here even when it is also a surname (``Livingstone``).
    people = sum(reads_as_person(v) and not is_country_town(v) for v in distinct) / len(distinct)
    if shaped < MIN_TOWN_SHAPE or people > MAX_PEOPLE:
        return None
    return f"{len(distinct)} levels, {shaped:.0%} capitalised place words, {people:.0%} person-like"


def block_town_columns(df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, str]) -> dict[str, RoundFinding]:
    """Town columns among ``columns`` (table order; ``found``: entities decided, never re-labelled) beside the
    found street column of people's homes, or beside the postcode column beside it, when no town column is found."""
    columns = [c for c in columns if c in df.columns]
    if any(e == E.CITY for e in found.values()):
        return {}
    out: dict[str, RoundFinding] = {}
    for i, street in enumerate(columns):
        if found.get(street) not in ADDRESSES:
            continue
        homes = _home_streets(df[street])
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(columns)]
        # Street, postcode, town, or street, line 2, town: the town one further, past the postcode or second line.
        near += [
            j + (j - i)
            for j in near
            if 0 <= j + (j - i) < len(columns)
            and (found.get(columns[j]) == E.POSTCODE or _second_line(df, columns[j], street))
        ]
        for j in near:
            column = columns[j]
            if column in found or column in out:
                continue
            if not (says_nothing(column) or cue_hints(column) & {E.CITY, E.ADDRESS}):
                continue
            if not (homes or _neighbourhood_homes(df[street], df[column])):
                continue
            if _same_rows(df[street], df[column]) < MIN_SAME_ROWS or (why := town_block_evidence(df[column])) is None:
                continue
            out[column] = RoundFinding(E.CITY, 0.7, f"{why}, beside the street lines of {street!r} on their rows")
    return out
