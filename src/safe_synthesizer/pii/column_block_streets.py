"""The first line of the table's address block: streets with no street word, beside the address's other parts.

Why: many countries write a street without a type word any list knows (Greenlandic ``Nuukullak 119``, Macedonian
``Лондонска 6б/1``, Chilean ``Los Higos 6626``, Zulu ``395 Albertina Sisulu Umgwaqo``, Vietnamese ``8/74 Trần
Phú``), and an address's first line mixes them with flats, care-of lines and building numbers (``Apt 9``, ``c/o
Lê Mai``, Greenland's ``B-127``). With the header hidden such a column was published as written, beside a town
and postcode column that were found (set 26, seen: vet and school tables in ten locales; the pipeline replay of
kl_GL kept ``Sarfaarsuit 75``). A column of names with a house number is also a product line (``Dyson V8``), a
list of rooms (``Room 12``) or players with their shirt numbers, so the table is the evidence:

- it stands in the address block: at most :data:`MAX_GAP` columns from a street, town or postcode column already
  found, with nothing but undecided columns between;
- it is written on the same rows as the block's town or postcode (an address's lines go together);
- half its distinct cells are street lines or a name and a house number (either order, a unit after the number
  allowed), nearly all of them address lines of some kind, with several names and many house numbers; not
  written dates, not listed people's names.

Example::

    block_street_columns(df, ["c000", "c001", "c002"], {"c001": "city", "c002": "postcode"})
    # {"c000": RoundFinding("street_address", 0.7, "45% a name and a house number, ... in the address block")}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_address_cells import po_box_cell
from safe_synthesizer.pii.column_address_lines import care_of_cell, street_line_cell, unit_line_cell
from safe_synthesizer.pii.column_place_round import RoundFinding, says_nothing
from safe_synthesizer.pii.column_place_street_round import named_house
from safe_synthesizer.pii.cues import cue_hints
from safe_synthesizer.pii.not_known_cells import not_known_keys
from safe_synthesizer.pii.text_streets import UNITS
from safe_synthesizer.pii.validators.dates import parse_written_date

_ANCHORS = frozenset({E.STREET_ADDRESS, E.ADDRESS, E.CITY, E.POSTCODE})
_ROW_ANCHORS = frozenset({E.CITY, E.POSTCODE})
MAX_GAP = 3  # columns between the line and the nearest found part of the address
MIN_ROWS = 8
MIN_DISTINCT = 6
MIN_STREETS = 0.5  # of the distinct cells: street lines or a name and a house number
MIN_LINES = 0.85  # of the distinct cells: any address line (flats, c/o, PO boxes, building numbers too)
MIN_NAMES = 3  # different street names (one: rooms, lockers, gates)
MIN_NUMBERS = 5
MIN_SAME_ROWS = 0.7  # of the rows with a line or a town/postcode, both
MAX_DATES = 0.2
MAX_PEOPLE = 0.3
MAX_ROWS = 2000
# A unit after the house number (``Santa Rosa 742 Dpto. 119``, ``Luisa Cifuentes 728 Of. 896``, ``Piso 9``).
_UNIT_TAIL = re.compile(
    r"[\s,]+(?:{})\.?\s*#?\w{{1,5}}$".format(
        "|".join(
            sorted({re.escape(u.strip(".#")) for u in UNITS if u.strip(".#")} | {"of", "piso"}, key=len, reverse=True)
        )
    ),
    re.IGNORECASE,
)
# A house number first, with up to three slashed parts and Vietnamese ``Số`` (number) before it, then the street
# (``3/88/437 đường số 1``, ``Số 490 Khóm 36 Lê Duẩn``, ``70/322 कशोर पटेल``); or the house's kind and number, then
# its street or quarter (Bangladesh's ``House No. 2, BorhanPlaza``, ``Holding No. 8, HariramPur``, Uganda's ``Plot 14,
# Kampala Road``).
_NUMBER_FIRST = re.compile(
    r"^(?:s[ốo]\s+)?(?P<n>\d{1,4}[^\W\d_]?(?:/\d{1,4}[^\W\d_]?){0,3})[\s,]+(?P<w>[^\W\d_].*)$", re.IGNORECASE
)
_HOUSE_FIRST = re.compile(
    r"^(?:house|building|holding|plot|bari|bhaban)\s+(?:no\.?\s*|number\s+|#\s*)?(?P<n>\d{1,5}[^\W\d_]?),\s*"
    r"(?P<w>[^\W\d_].*)$",
    re.IGNORECASE,
)
# A building's number alone (Greenland's ``B-127``, ``B-1999``): an address line of towns without street names.
_BUILDING_NUMBER = re.compile(r"^[A-Z]{1,2}-\d{1,4}[a-z]?$")


def _street(value: str) -> tuple[str, str] | None:
    """(street name, house number) of a street-shaped cell, or ``("", "")`` for a street line with a type word;
    None for any other cell."""
    parts = named_house(_UNIT_TAIL.sub("", value))
    if parts is not None:
        return parts
    if (m := _NUMBER_FIRST.match(value) or _HOUSE_FIRST.match(value)) and sum(c.isalpha() for c in m["w"]) >= 3:
        return m["w"], m["n"]
    return ("", "") if street_line_cell(value) else None


def _other_line(value: str) -> bool:
    return unit_line_cell(value) or care_of_cell(value) or po_box_cell(value) or bool(_BUILDING_NUMBER.match(value))


def _filled(series: pd.Series) -> pd.Series:
    return series.notna() & series.astype(str).str.strip().ne("")


def _same_rows(line: pd.Series, anchors: list[pd.Series]) -> float:
    """The best share, over the block's town and postcode columns, of rows with either that have both."""
    best = 0.0
    rows = _filled(line.head(MAX_ROWS))
    for anchor in anchors:
        other = _filled(anchor.head(MAX_ROWS))
        either = int((rows | other).sum())
        best = max(best, float((rows & other).sum() / either) if either else 0.0)
    return best


def _line_evidence(series: pd.Series) -> str | None:
    """Evidence text when the cells are an address's first lines with streets of any shape, else None."""
    if pd.api.types.is_numeric_dtype(series.dtype):
        return None
    values = series.dropna().astype(str).str.strip().head(MAX_ROWS)
    values = values[values != ""]
    empty = not_known_keys(list(dict.fromkeys(values.tolist())), E.STREET_ADDRESS)
    values = values[~values.isin(empty)]
    distinct = list(dict.fromkeys(values.tolist()))
    if len(values) < MIN_ROWS or len(distinct) < MIN_DISTINCT:
        return None
    streets = [(v, s) for v in distinct if (s := _street(v)) is not None]
    others = sum(1 for v in distinct if _street(v) is None and _other_line(v))
    if len(streets) < MIN_STREETS * len(distinct) or len(streets) + others < MIN_LINES * len(distinct):
        return None
    names = {n.casefold() for _, (n, _) in streets if n} | {v.casefold() for v, (n, _) in streets if not n}
    numbers = {h for _, (_, h) in streets if h} | {v for v, (n, _) in streets if not n}
    if len(names) < MIN_NAMES or len(numbers) < MIN_NUMBERS:
        return None
    if sum(parse_written_date(v) is not None for v in distinct) > MAX_DATES * len(distinct):
        return None  # ``12 March``
    if sum(V.full_name_known(n) for _, (n, _) in streets if n) > MAX_PEOPLE * len(streets):
        return None  # ``Messi 10``: people with a number
    return (
        f"{len(streets) / len(distinct):.0%} street lines or a name and a house number, "
        f"{others / len(distinct):.0%} flat, c/o or building lines, {len(names)} names"
    )


def _in_block(columns: Sequence[str], found: Mapping[str, str], column: str) -> bool:
    """``column`` is at most :data:`MAX_GAP` columns from a found part of the address, with only undecided
    columns between."""
    i = columns.index(column)
    for step in (-1, 1):
        for gap in range(1, MAX_GAP + 1):
            j = i + step * gap
            if not 0 <= j < len(columns):
                break
            entity = found.get(columns[j])
            if entity in _ANCHORS:
                return True
            if entity is not None:
                break  # a name or a phone between: another part of the row
    return False


def block_street_columns(df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, str]) -> dict[str, RoundFinding]:
    """Street columns of the address block among ``columns`` (table order; ``found``: entities decided, never
    re-labelled), under a header that says nothing or names a street or address."""
    columns = list(columns)
    anchors = [df[c] for c in columns if found.get(c) in _ROW_ANCHORS and c in df.columns]
    if not anchors:
        return {}
    out: dict[str, RoundFinding] = {}
    for column in columns:
        if column in found or column not in df.columns or not _in_block(columns, found, column):
            continue
        if not (says_nothing(column) or cue_hints(column) & {E.STREET_ADDRESS, E.ADDRESS}):
            continue
        if _same_rows(df[column], anchors) < MIN_SAME_ROWS or (why := _line_evidence(df[column])) is None:
            continue
        out[column] = RoundFinding(E.STREET_ADDRESS, 0.7, f"{why}, in the address block on the town's rows")
    return out
