"""A second person's full-name column filled on one row or a few: a joint tenant, a co-signer, a second guardian.

Why: an allotment register's ``Joint tenant``, a loan book's ``Co-borrower`` or a school's ``Second guardian`` is
empty for nearly every row and holds a full name where there is one (``Amanda Moore`` on one row of twenty). One
or two values are far too few for any value check, so with its header hidden (or a header no cue knows) the name
stayed in the table. What tells it is where it stands and how each value reads: right beside the table's own
full-name column, every filled cell a listed given name and a listed family name (``Given Family`` or
``FAMILY, Given``) or made of the name column's own words (a stock no list holds), no towns, streets or firms,
most filled rows a different value (a staff member who signed a few rows repeats, a second person does not).

Example::

    sparse_full_name_columns(df, ["c002", "c003"], {"c002": det_of_name, "c003": None})
    # {"c003": ColumnDetection("c003", "name", 0.8, ..., "values+sparse-full-name", ...)}
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_name_recombine import name_cell
from safe_synthesizer.pii.gazetteers import all_street_words
from safe_synthesizer.pii.sparse_cells import filled_cells, person_words, text_head

# Distinct values at most (more are read by the checks for varied columns), filled rows at most (share of rows),
# and distinct values per filled row at least.
MAX_DISTINCT = 6
MAX_FILLED = 0.4
MIN_DISTINCT_PER_FILLED = 0.6
MAX_ROWS = 2000
# Only blank cells are empty here: every written value must read as a full name.
_BLANK = frozenset({""})


def _full_name(value: str, street_words: frozenset[str], people: frozenset[str]) -> bool:
    """A listed full name, or a name whose every word is a word of the table's name column (one population)."""
    words = value.replace(",", " ").split()
    own = (cell := name_cell(value)) is not None and len(cell) >= 2 and all(w in people for w in cell)
    return (
        2 <= len(words) <= 3
        and (own or V.full_name_known(value))
        and not V.has_company_marker(value)
        and not V.is_listed_city(value)
        and not any(w.lower() in street_words for w in words)
    )


def sparse_full_name_columns(
    df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Undecided, nearly empty text columns right beside a found full-name column whose every value is a full name."""
    out: dict[str, ColumnDetection] = {}
    street_words: frozenset[str] | None = None
    for i, column in enumerate(columns):
        if found.get(column) is not None or column not in df.columns:
            continue
        beside = [columns[j] for j in (i - 1, i + 1) if 0 <= j < len(columns)]
        named = [c for c in beside if (d := found.get(c)) is not None and d.entity == E.NAME and c in df.columns]
        if not named:
            continue
        series = text_head(df, column, MAX_ROWS)
        if series is None:
            continue
        filled = filled_cells(series, _BLANK)
        distinct = list(dict.fromkeys(filled))
        if not distinct or len(distinct) > MAX_DISTINCT or len(filled) > MAX_FILLED * len(series):
            continue
        if len(distinct) < MIN_DISTINCT_PER_FILLED * len(filled):
            continue
        if street_words is None:
            street_words = all_street_words()
        people = person_words(df, named, MAX_ROWS, name_cell)
        if not all(_full_name(v, street_words, people) for v in distinct):
            continue
        why = f"{len(filled)} filled cells of {len(series)}, each a listed full name, beside the table's name column"
        out[column] = ColumnDetection(column, E.NAME, 0.8, 1.0, "values+sparse-full-name", len(filled), None, why)
    return out
