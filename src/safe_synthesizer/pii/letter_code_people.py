"""A person finding whose cells are letter codes (``N``, ``HO``, ``OO``, ``G``) is no person column.

Why: a model railway club's ``Gauge`` column (``N``, ``HO``, ``OO``, ``G``, ``O``) stood beside the members' names;
the stock-pair pass (:mod:`column_name_stock_pairs`) read its words as the family half of a name pair (``Ho`` and
``O`` are family names in some lists), and the gauges were published as fake surnames (set 46, seen: xh_ZA, shown
and hidden). Sizes (``S``, ``M``, ``XL``), grades (``A``, ``B``, ``AA``), blood groups (``A``, ``O``, ``AB``), shoe
widths, classes and gauges all write a category as one or two capital letters; no list of them is needed, the
shape says it. A family or given name is a word: a cell of one letter is at most an initial, and a column that
mixes single letters with two-letter capital codes is neither initials (always one letter) nor names.

So a person finding (full, given or family name) whose filled cells are ALL one or two Latin-cased letters, at
least one of them a single letter and one a two-letter capital code, is taken back. Scripts without case (Han
family names are one character: ``王``, ``李``) are never read so; a column of middle initials (one letter each)
is left to the passes that found it.

Only the column's first :data:`MAX_ROWS` rows are read: the cost is per column.

Example::

    letter_code_person_columns(df, {"Gauge": det_last_name})  # ["Gauge"]
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.not_known_cells import not_known_keys

__all__ = ["letter_code_person_columns", "letter_codes"]

MAX_ROWS = 2000
MAX_CODE_LETTERS = 2
_PEOPLE = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})


def _cased_letters(value: str) -> bool:
    return value.isalpha() and all(c.upper() != c.lower() for c in value)


def letter_codes(values: list[str]) -> bool:
    """``values`` (distinct filled cells) are letter codes: all one or two cased letters, with at least one single
    letter and one two-letter code in capitals.

    >>> letter_codes(["N", "HO", "OO", "G"])
    True
    >>> letter_codes(["J", "M", "K"])
    False
    >>> letter_codes(["Li", "Wu", "Ng", "Chen"])
    False
    """
    if not values or not all(len(v) <= MAX_CODE_LETTERS and _cased_letters(v) for v in values):
        return False
    single = any(len(v) == 1 for v in values)
    capital_code = any(len(v) == MAX_CODE_LETTERS and v.isupper() for v in values)
    return single and capital_code


def letter_code_person_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The person findings of ``found`` whose cells are letter codes (see the module); the caller sets them to
    ``None``."""
    out = []
    for column, det in found.items():
        if det is None or det.entity not in _PEOPLE or column not in df.columns:
            continue
        text = df[column].iloc[:MAX_ROWS].dropna().astype(str).str.strip()
        values = list(dict.fromkeys(v for v in text.tolist() if v))
        empty = not_known_keys(values, E.NAME)  # ``n/a``, ``-``: no value, neither for nor against
        if letter_codes([v for v in values if v not in empty]):
            out.append(column)
    return out
