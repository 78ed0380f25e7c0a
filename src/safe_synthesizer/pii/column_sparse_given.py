"""Sparse given-name columns of a table about people: a middle name, a nickname, filled for a few persons.

Why: a hotel PMS's ``MIDDLE``, a contacts export's ``Nickname`` or ``Additional Name`` holds a given name for one
person in five or ten: seven names in a 40-row table, nine nicknames over 24 rows. That is too few distinct values
for the name checks without a cue (they must tell names from categories), so the column is missed with its header
hidden, and with a header they do not know (``MIDDLE``). What tells it from a category that happens to hold
given names (the staff member on duty, a colour ``Ruby``/``Amber``/``Olive``) is whom the values follow: each
person of the row has their own middle name or nickname, so the distinct values are about as many as the distinct
persons in the filled rows, while a category repeats a few levels over many persons. So in a table whose people are
found (a name or given-name column), a column of single capitalised words, mostly listed given names and few
places or pet names, with at least :data:`MIN_PER_PERSON` distinct values per distinct person of its filled rows,
is a given-name column.

Name stocks no list holds (Lao, Pashto, Shona) and scripts without case (``ບຸນມີ``, ``زرغونه``, ``浩``) are read too:
a word of a caseless script counts as capitalised, and instead of listed given names the values may be words of the
table's own person columns (a spouse's given name comes from the population the clients' names come from: a
category's levels, a colour or a staff member on duty, seldom are most of them). A small population repeats its
given names (twelve spouses of twenty-one Catalan clients), so when nearly all values are such words
:data:`MIN_PER_PERSON_POPULATION` distinct values per person suffice.

Example::

    sparse_given_columns(df, ["c004"], {"c002": "last_name", "c003": "first_name"})
    # {"c004": ColumnDetection("c004", "first_name", 0.85, ..., "values+sparse-given", ...)}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import islice

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.gazetteers import MAX_PET_NAMES, PET_NAMES
from safe_synthesizer.pii.sparse_cells import person_words

_PERSON = (E.NAME, E.FIRST_NAME, E.LAST_NAME)
MAX_ROWS = 500
# Distinct values needed, and their share per distinct person of the filled rows.
MIN_DISTINCT = 5
MIN_PER_PERSON = 0.6
# Shares of the distinct values: listed given names at least, listed towns at most.
MIN_LISTED = 0.6
MAX_TOWNS = 0.2
# Share of the distinct values that must be name-shaped single words (a word of a script with vowel signs, ``ບຸນມີ``,
# may fail the shape check; none may hold a space or a digit).
MIN_NAME_WORDS = 0.9
# Share of the distinct values that are words of the table's person columns (a population's names) that stands in
# for listed given names, and the share above which fewer distinct values per person suffice.
MIN_POPULATION = 0.6
STRONG_POPULATION = 0.8
MIN_PER_PERSON_POPULATION = 0.4
_WORD = re.compile(r"[^\W\d_][^\W\d]*")


def _single_name_word(value: str) -> bool:
    """One word, capitalised or of a script without case (``Keo``, ``ບຸນມີ``, ``زرغونه``, ``里佳``)."""
    word = value.strip()
    first = word[:1]
    return (
        " " not in word
        and first.isalpha()
        and not first.islower()  # a capital, or a letter of a script without case
        and V.is_name_shaped_any_case(word)
    )


def _words(value: str) -> list[str]:
    """The words of a person cell, case folded."""
    return [w.casefold() for w in _WORD.findall(value)]


def sparse_given_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, str | None]
) -> dict[str, ColumnDetection]:
    """Undecided text columns of ``names`` that hold one given name per person of the row, for a few rows.

    ``found`` maps decided columns to their entity; the person of a row is told by its name columns.
    """
    people = [c for c, entity in found.items() if entity in _PERSON and c in df.columns]
    if not any(found[c] in (E.NAME, E.FIRST_NAME) for c in people):
        return {}
    out: dict[str, ColumnDetection] = {}
    population: frozenset[str] | None = None
    for column in names:
        if found.get(column) is not None or column in people or column not in df.columns:
            continue
        series = df[column]
        if not (pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)):
            continue
        cells = series.to_numpy()
        rows = list(islice((i for i, v in enumerate(cells) if isinstance(v, str) and v.strip()), MAX_ROWS))
        distinct = list(dict.fromkeys(cells[i].strip() for i in rows))
        if (
            len(distinct) < MIN_DISTINCT
            or any(" " in v or any(ch.isdigit() for ch in v) for v in distinct)
            or sum(map(_single_name_word, distinct)) < MIN_NAME_WORDS * len(distinct)
        ):
            continue
        persons = {tuple(str(df[c].iat[i]).casefold() for c in people) for i in rows}
        if len(distinct) < MIN_PER_PERSON_POPULATION * len(persons):
            continue
        if population is None:
            population = person_words(df, people, MAX_ROWS, _words)
        among = sum(v.casefold() in population for v in distinct) / len(distinct)
        per_person = MIN_PER_PERSON_POPULATION if among >= STRONG_POPULATION else MIN_PER_PERSON
        if len(distinct) < per_person * len(persons):
            continue
        listed = sum(map(V.first_name_known, distinct)) / len(distinct)
        towns = sum(map(V.is_listed_city, distinct)) / len(distinct)
        pets = sum(v.casefold() in PET_NAMES for v in distinct) / len(distinct)
        if (listed < MIN_LISTED and among < MIN_POPULATION) or towns > MAX_TOWNS or pets > MAX_PET_NAMES:
            continue
        evidence = (
            f"{len(distinct)} distinct single words over {len(persons)} persons, {listed:.0%} listed given names, "
            f"{among:.0%} words of the table's person columns"
        )
        out[column] = ColumnDetection(
            column, E.FIRST_NAME, 0.85, round(listed, 4), "values+sparse-given", len(rows), None, evidence
        )
    return out
