"""The town and postcode columns of a small table's address block, with too few levels for the other rules.

Why: a town or postcode column is told by its values when enough of them are listed or distinct (20 distinct values
without a header cue, 4 levels beside a street column of homes, 8 codes beside one). A small export of people who
come back (a locksmith's regulars, a gas engineer's landlords, a donations page's repeat donors) or one whose
address is mostly left empty (a raffle's "Address (optional)") writes two to six towns or codes, of places no list
holds (``An Gearasdan``, ``Ebeye``, ``MH 96960``, ``KY1-1364``, Faroese ``900``), and with the header hidden such
columns were published as written beside a replaced street (set 36, seen: 17 hidden town and postcode columns in
14 locales). The table is the evidence, as for :mod:`column_block_towns`, with a small table's measures:

- the column stands right after a found column of street lines, or after the block's found town, postcode or
  second line (street, town, postcode; street, postcode, town), and the table has found people's columns;
- it holds no category: its levels are few rows each (at most :data:`MAX_ROWS_PER_LEVEL` on average), or each
  street writes one level only and the streets are homes (few rows each);
- every distinct value is a town (capitalised place words without digits, at most four words besides particles, or
  words of one non-Latin script) of which few are listed people's full names, none shares a word with the table's
  name columns and none is a product line; or every one is a postcode (one layout, three digits or more, no
  decimal point: ``PH33 5DH``, ``KY1-1364``, ``MH 96960``) that fits the table's country;
- the header says nothing (``c008``) or names a town, postcode or address.

Example::

    few_level_block_columns(df, names, found)  # {"c004": ColumnDetection(..., "city", ...), "c005": ... "postcode"}
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_lookalikes import lookalike_reason
from safe_synthesizer.pii.column_place_round import ADDRESSES, says_nothing
from safe_synthesizer.pii.column_postcode_countries import fits_table_country
from safe_synthesizer.pii.country_towns import is_country_town
from safe_synthesizer.pii.cues import cue_hints
from safe_synthesizer.pii.not_known_cells import not_known_keys
from safe_synthesizer.pii.place_pair_values import code_layout, is_code, is_town_word, one_line_of_products
from safe_synthesizer.pii.place_pair_vetoes import not_a_town_column
from safe_synthesizer.pii.text_cued_names import english_vocabulary

MAX_ROWS = 2000
# Filled rows per distinct value: a home town or postcode column repeats a level over a person's few visits; a
# category (a branch's town, a result, a make) over many rows.
MAX_ROWS_PER_LEVEL = 3.0
# Filled rows per distinct street when the levels are told by the street instead (a few towns of a small country,
# each street always in one).
MAX_ROWS_PER_STREET = 3.0
MIN_STREETS = 3
# An optional address block: filled on at most this share of the rows, the town or postcode on the same rows.
MAX_OPTIONAL_FILL = 0.8
MIN_SAME_ROWS = 0.9
MIN_LEVELS = 2
MAX_TOWN_WORDS = 4
MAX_FULL_NAMES = 0.3  # of the distinct towns, listed people's full names
MIN_LAYOUT_SHARE = 0.8  # of the distinct codes, in their most common layout
MIN_CODE_DIGITS = 3
MIN_LETTERED_DIGITS = 2  # ``HS3 7AB``
CONFIDENCE = 0.7
PEOPLE = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME, E.EMAIL, E.PHONE_NUMBER})
BLOCK = ADDRESSES | {E.CITY, E.POSTCODE}
# Steps right of the street column the block may run (street, line 2, town, postcode).
MAX_STEPS = 3

_STATE_CODE = re.compile(r"^[A-Z]{2} \d{5}(?:-\d{4})?$")  # a US territory's state and ZIP (``MH 96960``)
_OUTWARD_INWARD = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$")  # British codes (``HS3 7AB``)
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_WORD = re.compile(r"[^\W\d_]+")


def _filled(series: pd.Series) -> pd.Series:
    head = series.head(MAX_ROWS)
    return head.notna() & head.astype(str).str.strip().ne("")


def _cells(series: pd.Series, entity: str) -> pd.Series:
    """The filled cells of ``series`` (stripped), cells that hold no value (``n/a``, ``TBC``) left out."""
    values = series.head(MAX_ROWS)[_filled(series)].astype(str).str.strip()
    empty = not_known_keys(list(dict.fromkeys(values.tolist())), entity)
    return values[~values.isin(empty)]


def is_block_town(value: str) -> bool:
    """A town as an address block writes it: capitalised place words (``An t-Òban``, ``Laura, Majuro``) or words
    of one non-Latin script (``चक्रधरपुर``)."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) > 2 or not all(parts):
        return False
    return all(is_town_word(p) or _script_words(p) for p in parts)


def _script_words(value: str) -> bool:
    """One to four words of letters (with their vowel signs) of a script without case (``चक्रधरपुर``)."""
    words = value.replace("-", " ").split()
    return 0 < len(words) <= MAX_TOWN_WORDS and all(
        unicodedata.category(ch)[0] in "LM" and not ch.isascii() and ch.lower() == ch.upper() for w in words for ch in w
    )


def is_block_postcode(value: str) -> bool:
    """A postcode of any country's layout with at least three digits (``PH33 5DH``, ``KY1-1364``, ``MH 96960``)."""
    digits = sum(ch.isdigit() for ch in value)
    if digits < (MIN_CODE_DIGITS if value.isdigit() else MIN_LETTERED_DIGITS) or "." in value or "," in value:
        return False
    return (
        is_code(value)
        or bool(_STATE_CODE.match(value) or _OUTWARD_INWARD.match(value))
        or V.is_postcode(value, cued=True)
    )


def _name_words(df: pd.DataFrame, found: Mapping[str, str]) -> set[str]:
    """The words (case-folded) of the table's found name columns."""
    words: set[str] = set()
    for column, entity in found.items():
        if entity in (E.NAME, E.FIRST_NAME, E.LAST_NAME) and column in df.columns:
            for value in df[column].dropna().astype(str).head(MAX_ROWS).unique():
                words.update(w.casefold() for w in _WORD.findall(value) if len(w) > 1)
    return words


def _no_category(values: pd.Series, column: pd.Series, street: pd.Series) -> bool:
    """The levels are a few rows each, or the column is filled on the rows of a street column that is mostly left
    empty (an optional address: its parts written together), or each street (a home: few rows each) writes one
    level only."""
    if len(values) <= MAX_ROWS_PER_LEVEL * values.nunique():
        return True
    with_street, with_value = _filled(street), _filled(column)
    either = int((with_street | with_value).sum())
    same = float((with_street & with_value).sum() / either) if either else 0.0
    if same >= MIN_SAME_ROWS and with_street.mean() <= MAX_OPTIONAL_FILL:
        return True
    streets = street.head(MAX_ROWS).astype(str).str.strip().reindex(values.index)
    pairs = pd.DataFrame({"s": streets.str.casefold(), "v": values.str.casefold()})
    pairs = pairs[pairs["s"].ne("") & pairs["s"].ne("nan")]
    n_streets = pairs["s"].nunique()
    if n_streets < MIN_STREETS or len(pairs) > MAX_ROWS_PER_STREET * n_streets:
        return False
    return len(pairs.drop_duplicates()) == n_streets  # one level per street


def _common_phrase(value: str) -> bool:
    """``value`` is English words only (``Dark Green``) and no listed town (``Goose Green`` is one)."""
    words = _WORD.findall(value)
    return bool(words) and all(w.casefold() in english_vocabulary() for w in words) and not is_country_town(value)


def town_evidence(values: pd.Series, name_words: set[str]) -> str | None:
    """Why the filled cells ``values`` read as the block's towns, or ``None``."""
    distinct = list(dict.fromkeys(values.tolist()))
    if len(distinct) < MIN_LEVELS or not all(map(is_block_town, distinct)):
        return None
    if one_line_of_products(distinct) or not_a_town_column(distinct):
        return None
    if all(_common_phrase(v) for v in distinct):
        return None  # colours, kinds of home (``Dark Green``, ``Semi Detached``): the same for a home's every visit
    people = sum(V.full_name_known(v) and not is_country_town(v) for v in distinct)
    if people > MAX_FULL_NAMES * len(distinct):
        return None
    own = sum(all(w.casefold() in name_words for w in _WORD.findall(v)) for v in distinct)
    if own > MAX_FULL_NAMES * len(distinct):
        return None  # a contact person's column beside the street: the table's own people
    return f"{len(distinct)} levels, all place words, {people} listed full names"


def _layout(code: str) -> str:
    """A bare code's exact layout (``99999``); a lettered code's runs (``PH33 5DH`` and ``HS3 7AB``: ``A9 9A``)."""
    if code.isdigit():
        return code_layout(code)
    return re.sub(r"[A-Z]+", "A", re.sub(r"\d+", "9", code.upper()))


def postcode_evidence(values: pd.Series, column: pd.Series, found: Mapping) -> str | None:
    """Why the filled cells ``values`` read as the block's postcodes, or ``None``."""
    distinct = list(dict.fromkeys(values.tolist()))
    if len(distinct) < MIN_LEVELS or not all(map(is_block_postcode, distinct)):
        return None
    if all(_YEAR.match(v) for v in distinct):
        return None  # expiry or due years (``2025``, ``2028``) beside the street, no codes
    layouts = pd.Series([_layout(v) for v in distinct]).value_counts()
    if layouts.iloc[0] < MIN_LAYOUT_SHARE * len(distinct):
        return None
    if not fits_table_country(column, found):  # bare digits of a length the table's country never writes
        return None
    return f"{len(distinct)} codes, {layouts.index[0]!r} layout"


def few_level_block_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Town and postcode columns (see the module) among ``names`` (table order) that ``found`` left undecided."""
    decided = {c: d.entity for c, d in found.items() if d is not None}
    if not any(e in PEOPLE for e in decided.values()):
        return {}
    columns = [c for c in names if c in df.columns]
    name_words: set[str] | None = None
    out: dict[str, ColumnDetection] = {}
    for i, street in enumerate(columns):
        if decided.get(street) not in ADDRESSES:
            continue
        for column in columns[i + 1 : i + 1 + MAX_STEPS]:
            entity = decided.get(column) or (out[column].entity if column in out else None)
            if entity is not None:
                if entity in BLOCK:
                    continue  # the block goes on past its found parts
                break
            hints = cue_hints(column)
            if not (says_nothing(column) or hints & {E.CITY, E.POSTCODE, E.ADDRESS}):
                break
            series = df[column]
            if pd.api.types.is_float_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
                break
            finding = None
            taken = set(decided.values()) | {d.entity for d in out.values()}
            if E.POSTCODE not in taken:
                values = _cells(series, E.POSTCODE)
                if (
                    len(values)
                    and _no_category(values, series, df[street])
                    and (why := postcode_evidence(values, series, found)) is not None
                ):
                    finding = (E.POSTCODE, why)
            if finding is None and E.CITY not in taken:
                values = _cells(series, E.CITY)
                if name_words is None:
                    name_words = _name_words(df, decided)
                if (
                    len(values)
                    and _no_category(values, series, df[street])
                    and (why := town_evidence(values, name_words)) is not None
                ):
                    finding = (E.CITY, why)
            if finding is None or lookalike_reason(series, column, finding[0]) is not None:
                break
            entity, why = finding
            why = f"{why}, in the address block of the street column {street!r}"
            out[column] = ColumnDetection(
                column, entity, CONFIDENCE, CONFIDENCE, "values+block-few", len(values), None, why
            )
    return out
