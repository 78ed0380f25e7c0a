"""Postcode and town columns found as a pair: a code column beside a column of place words.

Why: a town column is told by its values (listed towns, place endings), and no list knows every
country: Luxembourg's ``Wiltz``/``Ettelbruck``, Iceland's ``Mosfellsbær``, Chile's ``Huechuraba``
matched nothing, and their bare-digit postcodes (``351``, ``2101390``, ``L-9815``) are ambiguous
alone, so both columns were left as they were (set 14: 300 Luxembourg town cells in the pipeline's
output). Exports of every country write an address as a postcode column next to a town column;
the table itself is the evidence:

- one column holds codes of one layout (3-8 digits, optionally a country prefix ``L-``, or a short
  alphanumeric code such as Eircode ``D02 X285``) with many distinct values, not years;
- a column right beside it holds capitalised place words (no digits, at most four words) with
  several distinct values and few person names;
- the same code always comes with the same town (a postcode names one place), where codes repeat.

A category beside a code (``ward`` next to ``room``) has few levels or breaks the third rule; a
person column has first names. Only the column sample is read, so the cost stays per column.

Example::

    pair_places(df, ["zip", "town"], {})  # {"zip": ("postcode", ...), "town": ("city", ...)}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_block_postcodes import ADDRESS_PARTS, block_postcode_columns
from safe_synthesizer.pii.column_block_towns import block_town_columns
from safe_synthesizer.pii.column_lookalikes import place_category, value_counts
from safe_synthesizer.pii.column_place_round import people_town_columns
from safe_synthesizer.pii.column_postcode_vetoes import vetoes_postcode
from safe_synthesizer.pii.place_pair_values import (
    COUNTRY_PREFIX,
    MIN_LAYOUT_SHARE,
    code_column,
    code_layout,
    is_code,
    main_layout,
    street_words,
    town_column,
)

# Rows of a repeated code that carry its usual town: a French or Swiss postcode may serve a few
# communes, so not all; a category beside a room number mixes freely.
MIN_SAME_TOWN = 0.75
MAX_ROWS = 5000  # rows read for the code -> town check
NO_PLACE = "code of no place"  # a column whose header vetoes a postcode: decided, it lends no side


@dataclass(frozen=True)
class PairFinding:
    """One column found by the pair rule: entity, confidence and the evidence to show."""

    entity: str
    confidence: float
    evidence: str


def _one_town_per_code(codes: pd.Series, towns: pd.Series) -> float:
    """Share of rows whose repeated code comes with that code's most common town (1.0 if none repeat)."""
    frame = pd.DataFrame({"c": codes.astype(str).str.strip(), "t": towns.astype(str).str.strip()}).dropna()
    frame = frame[frame["c"].duplicated(keep=False)]
    if frame.empty:
        return 1.0
    usual = frame.groupby("c")["t"].agg(lambda s: s.value_counts().iloc[0]).sum()
    return float(usual / len(frame))


MIN_UNIQUE_CODES = 0.9  # codes of rows that are distinct: ids (a postcode column repeats in a large table)
MAX_CATEGORY_LEVELS = 8  # "towns" this few, or a tenth of the rows, beside unique codes: a category
MIN_ROWS_PER_UNLISTED_WORD = 2  # words none of them a listed town, each in this many rows, beside unique codes


def _codes_are_ids(codes: pd.Series, towns: pd.Series) -> bool:
    """Unique codes beside a handful of repeated words: an order or staff number beside a status or
    department (``Pending``, ``Sales``), not a postcode beside a town. Towns of people are many, and a
    table large enough to repeat its few towns repeats their postcodes too."""
    codes = codes.astype(str).str.strip()
    rows = len(codes)
    words = towns.astype(str).str.strip().unique()
    if codes.nunique() < MIN_UNIQUE_CODES * rows:
        return False
    listed = sum(map(V.is_listed_city, words))
    # Words that repeat (two rows each or more) and of which not one is a listed town: makers beside serial
    # numbers (``Kawai``, ``Petrof``, ``Broadwood`` beside ``233304``: set 22 fr_FR, seen), not people's towns.
    unlisted_repeats = listed == 0 and len(words) <= rows // MIN_ROWS_PER_UNLISTED_WORD
    if len(words) > max(MAX_CATEGORY_LEVELS, rows // 10) and not unlisted_repeats:
        return False
    # Big cities have many postcodes: a few listed towns beside unique codes are still towns.
    return listed < 0.5 * len(words)


# Unique whole numbers whose span is under this many times their count: a counter (invoice, order,
# member numbers issued one after another), not the postcodes of people living across a country.
MAX_COUNTER_SPAN = 12


def _codes_count_up(codes: pd.Series) -> bool:
    """Distinct bare numbers packed in a narrow range (``29002``, ``29156``, ``29080``...): numbers a firm
    issues in turn. People's postcodes spread over the country's range, or repeat where a table is local."""
    text = codes.astype(str).str.strip()
    if not len(text) or not text.str.fullmatch(r"\d+").all() or text.nunique() < MIN_UNIQUE_CODES * len(text):
        return False
    numbers = text.astype("int64")
    return int(numbers.max() - numbers.min()) < MAX_COUNTER_SPAN * len(numbers)


def _empty(series: pd.Series) -> bool:
    return not series.dropna().astype(str).str.strip().ne("").any()


def _distinct(series: pd.Series, limit: int) -> list[str]:
    values = series.dropna().astype(str).str.strip()
    values = values[values != ""].head(MAX_ROWS)
    return list(dict.fromkeys(values.tolist()))[:limit]


def _neighbours(columns: Sequence[str], found: Mapping[str, str]) -> list[tuple[str, str]]:
    """Pairs of columns side by side, and pairs with one detected state column between them: exports write
    ``town, state, postcode`` (the American order, and provinces or emirates elsewhere). In a table whose street
    lines were found, any two columns not yet decided: a form's or a query's fields put the address's parts in
    any order (``Strjitte``, ``Wenplak``, the names, ``Postkoade``), and the street says an address is written."""
    out = _beside(columns, found)
    return out + [p for p in _block_pairs(columns, found) if p not in out]


def _beside(columns: Sequence[str], found: Mapping[str, str]) -> list[tuple[str, str]]:
    """Pairs of columns side by side, or with one detected state column between them."""
    out = list(pairwise(columns))
    return out + [(a, c) for a, b, c in zip(columns, columns[1:], columns[2:], strict=False) if found.get(b) == E.STATE]


def _block_pairs(columns: Sequence[str], found: Mapping[str, str]) -> list[tuple[str, str]]:
    """Any two columns, not both decided, of a table whose street lines were found (:func:`_neighbours`)."""
    if not any(e in (E.STREET_ADDRESS, E.ADDRESS) for e in found.values()):
        return []
    return [(a, b) for i, a in enumerate(columns) for b in columns[i + 1 :] if a not in found or b not in found]


MIN_BLOCK_TOWNS = 5  # distinct towns of a pair that does not stand side by side


def _pair(
    df: pd.DataFrame,
    code_col: str,
    town_col: str,
    found: Mapping[str, str],
    known: set[str],
    sample_size: int,
    *,
    apart: bool,
) -> tuple[str, list[str]] | None:
    """The evidence that ``code_col`` holds the postcodes of the towns in ``town_col`` (with those towns), or
    None. ``known``: the layouts of the postcode columns found already."""
    if found.get(code_col, E.POSTCODE) != E.POSTCODE or found.get(town_col, E.CITY) != E.CITY:
        return None
    if code_col in found and town_col in found:
        return None
    if pd.api.types.is_numeric_dtype(df[town_col].dtype) or pd.api.types.is_float_dtype(df[code_col].dtype):
        return None
    codes = _distinct(df[code_col], sample_size)
    code_why = code_column(codes)
    if not code_why or (known and code_col not in found and main_layout(codes) not in known):
        return None
    if apart and not _written_layout(codes):
        return None
    town_values = _distinct(df[town_col], sample_size)
    town_why = town_column(town_values)
    if not town_why or (apart and not _people_towns(df[town_col], town_values)):
        return None
    if apart and _rows_written(df[code_col], df[town_col]) < MIN_SAME_ROWS:
        return None
    head = df[[code_col, town_col]].dropna()
    # Blank cells are no rows: a sparse member number's blanks would read as one code repeated.
    head = head[(head[code_col].astype(str).str.strip() != "") & (head[town_col].astype(str).str.strip() != "")]
    head = head.head(MAX_ROWS)
    same = _one_town_per_code(head[code_col], head[town_col])
    if same < MIN_SAME_TOWN or _codes_are_ids(head[code_col], head[town_col]) or _codes_count_up(head[code_col]):
        return None
    return f"{code_why} beside {town_why}; {same:.0%} one town per code", town_values


# The longest bare-digit postcodes a country writes (Chile, Israel, Japan without its hyphen: seven digits). Brazil's
# eight-digit CEP is written ``01310-100`` (a grouped layout).
MAX_BARE_POSTCODE_DIGITS = 7


def _written_layout(codes: Sequence[str]) -> bool:
    """The codes' main layout is one a country writes its postcodes in: bare digits up to seven, grouped digits,
    or a letter code of a known country's layout (:func:`validators.postcode_locales`: ``SW1A 1AA``, ``D02 X285``,
    ``K1A 0B1``, ``1234 AB``).

    Why: a pair found apart (the code column away from the town, other columns between) has only the layout to
    say it is a postcode. Eight random digits (Spektrix ``Ticket No``) and car plates (``TVU 0484``, a DMS's
    ``Registration``) paired with the town column of tables that have no postcode column (set 28, seen: es_BO,
    en_TT); no country's postcode is written so."""
    main = [c.upper() for c in codes if is_code(c.upper())]
    if not main:
        return False
    layout = main_layout(main)
    of_layout = [c for c in main if code_layout(c) == layout]
    if all(c.isdigit() for c in of_layout):
        return len(of_layout[0]) <= MAX_BARE_POSTCODE_DIGITS
    if not any(ch.isalpha() for ch in COUNTRY_PREFIX.sub("", of_layout[0])):
        return True  # grouped digits, or digits after a country's letters (``L-9815``, ``PL-67-532``)
    return sum(bool(V.postcode_locales(c)) for c in of_layout) >= MIN_LAYOUT_SHARE * len(of_layout)


# Of the rows with a code or a town, the share with both: an address's postcode and town are written together.
MIN_SAME_ROWS = 0.5


def _rows_written(codes: pd.Series, towns: pd.Series) -> float:
    """Share of the rows with a code or a town that have both (a pet's insurance number, filled for the insured
    pets, beside a third address line filled for a few addresses: set 26 seen, a vet's ``Nº póliza``)."""
    code, town = (s.head(MAX_ROWS) for s in (codes, towns))
    code, town = (s.notna() & s.astype(str).str.strip().ne("") for s in (code, town))
    either = int((code | town).sum())
    return float((code & town).sum() / either) if either else 0.0


def _address_postcodes(
    columns: Sequence[str], found: Mapping[str, str], side_by_side: set[str], candidates: Mapping[str, set[str]]
) -> set[str]:
    """Of the ``candidates`` (code columns paired with a town only apart -> those towns), those nearest the
    address's parts (its street and town columns found, or the towns it pairs with), one per address still without
    a postcode column (found, or paired side by side).

    Why: an address has one postcode, written among the address's parts (a form's or a query's fields scatter
    them, yet the postcode is one of them). A card's last four digits or a key-safe code are 4-digit codes too,
    and any column of unique codes pairs with unique towns, so a table with a street, a town and a postcode column
    found its three 4-digit columns all "postcodes" (set 25, seen: Stripe's ``Card Last4`` and a key-safe code
    beside ``Address Zip``)."""
    parts = [i for i, c in enumerate(columns) if found.get(c) in ADDRESS_PARTS]
    lines = [i for i, c in enumerate(columns) if found.get(c) in (E.STREET_ADDRESS, E.ADDRESS)]
    towns = [i for i, c in enumerate(columns) if found.get(c) == E.CITY]
    # Street lines side by side (``Address Line1``, ``Address Line2``) are one address's; so are town columns side
    # by side (an ``Address Line 3`` of districts beside ``Town``).
    addresses = max(sum(1 for i in lines if i - 1 not in lines), sum(1 for i in towns if i - 1 not in towns), 1)
    room = addresses - Counter(found.values())[E.POSTCODE] - len(side_by_side - set(found))
    if room <= 0:
        return set()
    index = {c: i for i, c in enumerate(columns)}

    def distance(code: str) -> tuple[int, int, int]:
        towns = [abs(index[code] - index[t]) for t in candidates[code]]
        return min(towns + [abs(index[code] - i) for i in parts]), min(towns), index[code]

    nearest = sorted(candidates, key=distance)  # nearest the address, then nearest its town
    return set(nearest[:room])


_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})


def _leads_the_row(columns: Sequence[str], found: Mapping[str, str], code_col: str) -> bool:
    """``code_col`` stands left of the address's parts with a person's name column between them: the row's own
    number (a client code, an envelope or account number), not the postcode of the address written after the name.

    Why: exports write a record's key first, then the person, then the address (a vet's ``Client Code``, a parish's
    ``Envelope No``, Xero's ``AccountNumber``); set 26 (seen) paired such codes with the town column apart."""
    index = {c: i for i, c in enumerate(columns)}
    parts = [index[c] for c, e in found.items() if e in ADDRESS_PARTS and c in index]
    people = [index[c] for c, e in found.items() if e in _PERSON and c in index]
    if not parts:
        return False
    return any(index[code_col] < i < min(parts) for i in people)


def pair_places(
    df: pd.DataFrame,
    columns: Sequence[str],
    found: Mapping[str, str],
    *,
    sample_size: int = 500,
) -> dict[str, PairFinding]:
    """Postcode and town columns told by each other, among ``columns`` (table order).

    ``found`` maps the columns already detected to their entity: a column detected as something
    else is never re-labelled; a detected postcode or town column lends its side of the pair.
    Numeric columns may be codes (``351``), never towns.
    """
    out: dict[str, PairFinding] = {}
    towns_of: dict[str, list[str]] = {}  # code column -> its town columns, found or paired
    # A header naming a code of no place (``Door PIN``, ``Envelope No``, ``Referencia``) lends no side to a pair.
    found = {**found, **{c: NO_PLACE for c in columns if c not in found and vetoes_postcode(c)}}
    # A table's postcodes share one layout: beside a found postcode column, codes of another layout
    # (eight-digit padlock serials beside Lithuanian ``LT-12345`` codes) are no second postcode column.
    known = {lay for c, e in found.items() if e == E.POSTCODE and c in df.columns
             if (lay := main_layout(_distinct(df[c], sample_size)))}  # fmt: skip
    # An empty column between a town and its postcode (a shop's ``Ship State`` where the country has none) stands
    # where a state would: the two are still side by side.
    spaced = {**found, **{c: E.STATE for c in columns if c not in found and c in df.columns and _empty(df[c])}}
    neighbours = _neighbours(columns, spaced)
    apart = set(_block_pairs(columns, found)) - set(pairwise(columns))
    beside = set(_beside(columns, spaced))
    pairs = []
    for left, right in neighbours:
        for code_col, town_col in ((left, right), (right, left)):
            pair = _pair(df, code_col, town_col, found, known, sample_size, apart=(left, right) in apart)
            if pair is not None:
                pairs.append((code_col, town_col, *pair, (left, right) not in beside))
    side_by_side = {code_col for code_col, *_, far in pairs if not far}
    new_codes: dict[str, set[str]] = {}  # code column paired only apart -> its towns
    for code_col, town_col, *_, far in pairs:
        if far and code_col not in set(found) | side_by_side and not _leads_the_row(columns, found, code_col):
            new_codes.setdefault(code_col, set()).add(town_col)
    kept = _address_postcodes(columns, found, side_by_side, new_codes)
    for code_col, town_col, why, town_values, far in pairs:
        if far and code_col not in set(found) | side_by_side | kept:
            continue
        streets = street_words(town_values)
        if not streets:
            towns_of.setdefault(code_col, []).append(town_col)
        # The first pair's evidence is shown: side by side, then the nearest apart.
        if code_col not in found and code_col not in out:
            side = "street" if streets else "town"
            out[code_col] = PairFinding(E.POSTCODE, 0.8, f"postcode beside {side} column {town_col!r}: {why}")
        if town_col not in found and town_col not in out and not streets:
            out[town_col] = PairFinding(E.CITY, 0.8, f"town beside postcode column {code_col!r}: {why}")
    for code_col, towns in towns_of.items():
        for town_col in _second_towns(df, list(columns), code_col, towns, found):
            if town_col in out and not any(town_col in t for c, t in towns_of.items() if c != code_col):
                del out[town_col]
    # A few listed towns under a placeholder header, beside the people and their street lines (no postcode
    # needed): the people's town column of a small table (:mod:`column_place_round`).
    decided = {**found, **{c: f.entity for c, f in out.items()}}
    for column, f in people_town_columns(df, columns, decided).items():
        out[column] = PairFinding(f.entity, f.confidence, f.evidence)
    # The town column beside the people's street lines: towns no list knows (:mod:`column_block_towns`).
    decided = {**found, **{c: f.entity for c, f in out.items()}}
    for column, f in block_town_columns(df, columns, decided).items():
        out[column] = PairFinding(f.entity, f.confidence, f.evidence)
    # A postcode column anywhere in the table, in a country's written layout, once its streets or towns are known
    # (:mod:`column_block_postcodes`).
    decided = {**found, **{c: f.entity for c, f in out.items()}}
    for column, f in block_postcode_columns(df, columns, decided, sample_size=sample_size).items():
        out[column] = PairFinding(f.entity, f.confidence, f.evidence)
    return out


def _people_towns(series: pd.Series, town_values: Sequence[str]) -> bool:
    """Towns of a pair found apart need more: :data:`MIN_BLOCK_TOWNS` of them, not repeated as a category (a
    clinic's or depot's few towns over every row: ``place_category``)."""
    return len(town_values) >= MIN_BLOCK_TOWNS and place_category(value_counts(series)) is None


def _second_towns(
    df: pd.DataFrame, columns: list[str], code_col: str, towns: list[str], found: Mapping[str, str]
) -> list[str]:
    """The place-word columns beside one postcode column that are not its town: a postcode names one place, so
    of a street column on one side (``Verkkokatu``, ``Vajnorská``) and a town column on the other, the town is
    the one already found as such, else the one with more listed towns. Streets without numbers are place
    words too, and were taken for a second town (sets 21 fi_FI, sk_SK)."""
    sides = list(dict.fromkeys(t for t in towns if t != code_col))
    # A found town one column further (``town, street, postcode``) is the postcode's town too.
    sides += [t for t in _near(columns, code_col) if found.get(t) == E.CITY and t not in sides]
    if len(sides) < 2:
        return []
    known = [t for t in sides if found.get(t) == E.CITY]
    if known:
        return [t for t in sides if t not in known]
    listed = {t: _listed_share(df[t]) for t in sides}
    best = max(sides, key=lambda t: listed[t])
    return [t for t in sides if t != best and listed[t] < listed[best]]


def _near(columns: list[str], column: str) -> list[str]:
    """The columns up to two places left or right of ``column``."""
    i = columns.index(column)
    return [columns[j] for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(columns)]


def _listed_share(series: pd.Series) -> float:
    values = _distinct(series, 200)
    return sum(map(V.is_listed_city, values)) / len(values) if values else 0.0
