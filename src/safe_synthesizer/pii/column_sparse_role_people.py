"""A mostly empty column of a second person written any way: a lone given name, a full name, a titled name.

Why: who collected a bike (``Nancy``; ``Lee Cameron``), a wedding guest's plus-one (``Plácido``; ``Mariama
Youssouf``), a chorister's emergency contact (``Shadlog``; ``Shadlog Kun``), a pupil's guardian (``Herr H.-G.
Bruder``), who booked a lesson (``Mme E. Traoré``; ``dhr. G. Rosaria``) or a plot's co-worker (``Russ``; ``sprent
gioura``) fill a few rows of a table about people and leave the rest empty. The checks for sparse columns each want
one form: full names only (:mod:`column_sparse_people`) or five or more single given names
(:mod:`column_sparse_given`), so a column that mixes them, or holds two or three given names, was left as it was
(set 37: 25 such columns under new headers, the same columns hidden).

What tells it: the table's people are found (a name or given-name column), most of the column's cells are empty
(placeholders ``n/a``, ``TBC``, ``xx`` count as empty), and every distinct filled value reads as one person in some
form, each with its own evidence:

* a single word that is a listed given name or a word of the table's own person columns (a stock no list holds,
  Nauruan or Tuvaluan names, comes from the same population), not a pet name (given names that are towns too,
  ``Candela``, count; without a role header at most half the values may be towns);
* a cell in a person layout (:func:`column_people.person_layout`: titled, initials, listed full name...);
* two to four name words, half or more listed names or the table's own name words, with no firm, town, street or
  room word (:func:`column_sparse_people.reads_as_full_name`).

Without a header that names a person by role (:mod:`column_role_headers`) or cues a person, two distinct values are
needed and most rows must stay empty; under such a header one value is enough, and values of a name stock no list
holds count by their shape alone (capitalised words, no common, town, pet or firm word) beside one with evidence,
or when every value is a whole name of two or more words (``Святлана Бондар``).

Example::

    sparse_role_people(df, ["c000", "c009"], {"c000": "name"})
    # {"c009": ColumnDetection("c009", "first_name", 0.8, ..., "values+sparse-role", ...)}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_people import person_layout
from safe_synthesizer.pii.column_role_headers import names_a_person_role
from safe_synthesizer.pii.column_sparse_people import reads_as_full_name
from safe_synthesizer.pii.common_words import common_words
from safe_synthesizer.pii.cues import cue_hints
from safe_synthesizer.pii.gazetteers import PET_NAMES, all_street_words
from safe_synthesizer.pii.sparse_cells import filled_cells, person_words, text_head

_PERSON = (E.NAME, E.FIRST_NAME, E.LAST_NAME)
MAX_ROWS = 2000
# Filled rows at most (share of rows): without a role header, and under one (a guardian for most pupils).
MAX_FILLED = 0.5
MAX_FILLED_WITH_ROLE = 0.7
# More distinct values than this are read by the checks for varied columns.
MAX_DISTINCT = 30
# Distinct values needed without a role header, and the share of them that must read as people.
MIN_DISTINCT = 2
MIN_PEOPLE = 0.9
# A few values filling many rows are a category or the staff member on duty (read by other checks).
MIN_DISTINCT_PER_FILLED = 0.3
# Share of the values read as people that may be listed towns too (a plus-one ``Candela`` beside ``Plácido``).
MAX_TOWNS = 0.5
# Cells that say nothing count as empty (exports write them for an unknown second person).
_EMPTY = frozenset({
    "", "-", "--", "—", "?", "n/a", "na", "n.a.", "nan", "none", "null", "nil", "tbc", "tba", "unknown", "x", "xx",
    "0", "not given", "see notes", "no", "yes", "y", "n", "self", "same",
})  # fmt: skip
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")


def _long_words(value: str) -> list[str]:
    """The words of two or more letters of a person cell, case folded."""
    return [w.casefold() for w in _WORD.findall(value) if len(w) > 1]


def _lone_given(value: str, population: frozenset[str]) -> bool:
    """One capitalised word (or of a script without case), a listed given name or a word of the table's people."""
    if not _WORD.fullmatch(value) or len(value) < 2 or value[:1].islower():
        return False
    folded = value.casefold()
    if folded in PET_NAMES:
        return False
    # ``Candela``, ``Florence``, ``Lamin`` are towns too: a listed given name or the table's own word still counts
    # (the column may not be mostly towns: :data:`MAX_TOWNS`).
    return folded in population or V.first_name_known(value)


def reads_as_person(value: str, population: frozenset[str], street_words: frozenset[str]) -> bool:
    """``value`` reads as one person's name in some form, with listed or the table's own evidence."""
    if " " not in value.strip():
        return _lone_given(value.strip(), population)
    if V.has_company_marker(value) or V.is_listed_city(value):
        return False
    layout = person_layout(value, street_words)
    if layout is not None and layout[1]:
        return True
    return reads_as_full_name(value, population, street_words)


def _name_shaped(value: str) -> bool:
    """One to four capitalised words of letters (any script with case, or a caseless one): a name's shape only."""
    words = value.split()
    return (
        1 <= len(words) <= 4
        and all(_WORD.fullmatch(w) and not w[:1].islower() for w in words)
        and not any(w.casefold() in common_words() or w.casefold() in PET_NAMES for w in words)
        and not V.is_listed_city(value)
        and not V.has_company_marker(value)
    )


def _own_words(values: Sequence[str]) -> frozenset[str]:
    """The words of the column's own cells of two or more words: a lone ``Filoimea`` beside ``Filoimea Lotoala``
    is the same person written two ways."""
    return frozenset(w.casefold() for v in values if " " in v.strip() for w in _WORD.findall(v) if len(w) > 1)


def sparse_role_people(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, str | None]
) -> dict[str, ColumnDetection]:
    """Undecided, mostly empty text columns of ``names`` whose every value reads as a person in some form.

    ``found`` maps decided columns to their entity; the table must have a name or given-name column.
    """
    people = [c for c, entity in found.items() if entity in _PERSON and c in df.columns]
    if not any(found[c] in (E.NAME, E.FIRST_NAME) for c in people):
        return {}
    out: dict[str, ColumnDetection] = {}
    population: frozenset[str] | None = None
    street_words: frozenset[str] | None = None
    for column in names:
        if found.get(column) is not None or column in people or column not in df.columns:
            continue
        series = text_head(df, column, MAX_ROWS)
        if series is None:
            continue
        filled = filled_cells(series, _EMPTY)
        distinct = list(dict.fromkeys(filled))
        if not distinct or len(distinct) > MAX_DISTINCT:
            continue
        role = names_a_person_role(str(column)) or bool(cue_hints(str(column)) & set(_PERSON))
        if len(filled) > (MAX_FILLED_WITH_ROLE if role else MAX_FILLED) * len(series):
            continue
        if not role and (len(distinct) < MIN_DISTINCT or len(distinct) < MIN_DISTINCT_PER_FILLED * len(filled)):
            continue
        if population is None:
            population, street_words = person_words(df, people, MAX_ROWS, _long_words), all_street_words()
        assert street_words is not None
        own = _own_words(distinct)  # for lone words only: a multi-word cell is no evidence for itself
        named = [
            v
            for v in distinct
            if reads_as_person(v, population, street_words) or (" " not in v and v.casefold() in own)
        ]
        if role and len(named) < MIN_PEOPLE * len(distinct):
            # Under a role header, names of a stock no list holds (``Shadlog``, ``Святлана Бондар``) count by their
            # shape, beside a value with evidence or when every value is a whole name of two or more words.
            shaped = [v for v in distinct if v not in named and _name_shaped(v)]
            if named or all(" " in v for v in shaped):
                named += shaped
        if len(named) < MIN_PEOPLE * len(distinct):
            continue
        if not role and sum(map(V.is_listed_city, named)) > MAX_TOWNS * len(named):
            continue
        lone = sum(" " not in v for v in named)
        entity = E.FIRST_NAME if lone == len(named) else E.NAME
        why = (
            f"{len(filled)} filled cells of {len(series)}, {len(named)} of {len(distinct)} distinct values people "
            f"({lone} lone given names){', under a role header' if role else ''}, in a table of people"
        )
        out[column] = ColumnDetection(column, entity, 0.8, len(named) / len(distinct), "values+sparse-role",
                                      len(filled), None, why)  # fmt: skip
    return out
