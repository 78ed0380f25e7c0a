"""A nearly empty column of full names anywhere in a table about people: who surrendered an animal, who holds a
spare key, who handed a parcel over.

Why: a shelter's ``Surrendered By``, a key register's ``Spare Key With`` or a depot's ``Handed over by`` holds a
person's full name on a few rows and nothing on the rest: one to eight names over a table of twenty or forty rows,
sometimes the same person twice. That is far too few distinct values for the name checks without a cue (they must
tell people from categories), and unlike a joint tenant (:mod:`column_sparse_full_names`) the column need not stand
beside the table's name column. What tells it is the table and each value: the table's people are found (a name,
given-name or family-name column; or its contacts, an e-mail or phone column: then the names must be listed ones),
most of the column's cells are empty, every filled cell reads as one person's name (two to four capitalised words,
no firm, town, street or room word) and each is made of name words: listed given or family names, or words of the
table's own person columns (a stock no list holds, Sesotho or Kinyarwanda names, comes from the same population as
the clients'). A room or a dojo named after a person (``Salle Debussy``, ``Hildegard Room``, ``Dojo Mokhothu``)
carries a word of its kind and is filled on every row.

Example::

    sparse_people_columns(df, ["c001", "c005", "c009"], {"c001": det_of_name, "c005": None, "c009": None})
    # {"c009": ColumnDetection("c009", "name", 0.8, ..., "values+sparse-people", ...)}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_name_recombine import name_cell
from safe_synthesizer.pii.gazetteers import all_street_words
from safe_synthesizer.pii.name_venue_words import has_venue_word
from safe_synthesizer.pii.sparse_cells import filled_cells, person_words, text_head

_PERSON = (E.NAME, E.FIRST_NAME, E.LAST_NAME)
_CONTACTS = (E.EMAIL, E.PHONE_NUMBER)
MAX_ROWS = 2000
# Filled rows at most (share of rows); a column repeating its few values needs to be emptier still (a signer on
# many rows is a staff column, left to other checks).
MAX_FILLED = 0.7
MAX_FILLED_REPEATED = 0.4
MIN_DISTINCT_PER_FILLED = 0.6
# More distinct values than this are read by the checks for varied columns.
MAX_DISTINCT = 20
# Share of a value's words that must be name words, and of the distinct values that must be names.
MIN_NAME_WORDS = 0.5
MIN_NAMES = 0.8
# Cells that say nothing (``n/a``, ``-``, ``TBC``) count as empty.
# ``Name (relation) phone``: the name, an optional word or two in brackets, an optional phone number.
_CONTACT = re.compile(r"^([^\W\d_][^()\d+]*?)\s*(?:\([^()\d]{1,30}\))?\s*(?:[+(]?\d[\d\s\-/.()]{5,})?$")
_EMPTY = frozenset({"", "-", "--", "—", "?", "n/a", "na", "nan", "none", "null", "tbc", "tba", "unknown", "x", "0"})


def _name_word(word: str, population: frozenset[str]) -> bool:
    return word in population or V.first_name_known(word) or V.last_name_known(word)


def _person_part(value: str) -> str:
    """The name of a cell written ``Name (relation) phone`` (``Anna Weber (Tochter) 0176 1234567``), else the cell."""
    match = _CONTACT.match(value)
    return match.group(1).strip() if match else value


def reads_as_full_name(value: str, population: frozenset[str], street_words: frozenset[str]) -> bool:
    """Two to four name words, half or more of them listed names or the table's own name words, no firm, town,
    street or room word (a relation in brackets and a phone number after the name are read past)."""
    value = _person_part(value)
    cell = name_cell(value)
    if cell is None or len(cell) < 1 or any(ch.isdigit() for ch in value):
        return False
    words = value.replace(",", " ").split()
    if (
        V.has_company_marker(value)
        or V.is_listed_city(value)
        or has_venue_word(value)
        or any(w.casefold() in street_words for w in words)
    ):
        return False
    return sum(_name_word(w, population) for w in cell) >= MIN_NAME_WORDS * len(cell)


def sparse_people_columns(
    df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Undecided, mostly empty text columns of full names in a table whose person columns are found."""
    people = [c for c in columns if (d := found.get(c)) is not None and d.entity in _PERSON and c in df.columns]
    # A table of contacts whose people only the learned classifier names later (a museum's donors: four names over
    # a dozen rows) is about people too: its e-mail or phone column says so; the names must then be listed ones.
    contacts = any((d := found.get(c)) is not None and d.entity in _CONTACTS for c in columns)
    if not people and not contacts:
        return {}
    out: dict[str, ColumnDetection] = {}
    population: frozenset[str] | None = None
    street_words: frozenset[str] | None = None
    for column in columns:
        if found.get(column) is not None or column not in df.columns:
            continue
        series = text_head(df, column, MAX_ROWS)
        if series is None:
            continue
        filled = filled_cells(series, _EMPTY)
        distinct = list(dict.fromkeys(filled))
        if not distinct or len(distinct) > MAX_DISTINCT or len(filled) > MAX_FILLED * len(series):
            continue
        if len(distinct) < MIN_DISTINCT_PER_FILLED * len(filled) and len(filled) > MAX_FILLED_REPEATED * len(series):
            continue
        if population is None:
            population, street_words = person_words(df, people, MAX_ROWS, name_cell), all_street_words()
        assert street_words is not None
        named = sum(reads_as_full_name(v, population, street_words) for v in distinct)
        if named < MIN_NAMES * len(distinct):
            continue
        why = (
            f"{len(filled)} filled cells of {len(series)}, {named} of {len(distinct)} distinct values full names of "
            "listed or the table's own name words, in a table of people"
        )
        out[column] = ColumnDetection(column, E.NAME, 0.8, named / len(distinct), "values+sparse-people", len(filled),
                                      None, why)  # fmt: skip
    return out
