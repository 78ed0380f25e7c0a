"""An address's second line in a column of its own, right after the street column: flats, floors, care-of lines.

Why: address books and shop exports write the street on line 1 and what narrows it down on line 2: the flat or
floor (``Apt 4B``, ``App. 15``, ``Whg. 19``, ``11. OG``, ``2º izq.``, ``Scala B, int. 5``, ``bus 21``, ``ulaz 1,
stan 28``), the building (``Bloco B, apto 5``, ``Résidence Aurora, 23e étage``) or the person the post goes to
(``c/o Jean Lagarde``, ``t.a.v. Noud Mudden``). Thunderbird's ``Home Address 2`` and Square's ``Street Address 2``
hold nothing else, filled for a third of the people, so no street line is among them and the first-line rule
(:mod:`column_address_lines`, most values streets) never read them: with the header hidden or in another language
they were published as written, beside a replaced street (set 27, seen: 21 hidden columns; the pipeline replay of
de_DE kept 72 second lines). With the street they name one home; a care-of line names a person too. The table
is the evidence:

- the column stands right after a column found as street lines or whole addresses (line 1, then line 2);
- nearly every distinct value is a flat, floor, building, care-of or PO box line
  (:func:`~safe_synthesizer.pii.column_address_lines.unit_line_cell` and its neighbours) or a street line;
- the lines open with at least two different words (``Flat``, ``c/o``, ``Bloco``): a hotel's ``Room 12``, ``Room
  14`` or a stadium's ``Gate 4`` number the rooms of one site, not people's homes.

Only the first :data:`MAX_ROWS` rows of a column right after a street column are read: the cost stays per column.

Example::

    second_line_columns(df, ["c012", "c013"], {"c012": "street_address"})
    # {"c013": ColumnDetection("c013", "address", 0.8, ..., "values+table", ...)}
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_address_cells import po_box_cell
from safe_synthesizer.pii.column_address_lines import care_of_cell, street_line_cell, unit_line_cell
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.cues import fold

MAX_ROWS = 5000
MIN_DISTINCT = 3  # a small address book's few flats and care-of lines
MIN_LINE_SHARE = 0.8  # of the distinct values: a house name or a remark among them
MIN_OPENING_WORDS = 2
CONFIDENCE = 0.8
_LINE_ONE = frozenset({E.STREET_ADDRESS, E.ADDRESS})


def _second_line(value: str) -> bool:
    return unit_line_cell(value) or care_of_cell(value) or po_box_cell(value) or street_line_cell(value)


def _opening(value: str) -> str:
    """The line's first word, folded (``c/o`` kept whole: the care-of mark is one word)."""
    return fold(value.split()[0].rstrip(".,:")) if value.split() else ""


def second_line_evidence(series: pd.Series) -> str | None:
    """Why ``series`` holds an address's second lines (given a street column just before it), or ``None``."""
    if pd.api.types.is_numeric_dtype(series.dtype) or pd.api.types.is_bool_dtype(series.dtype):
        return None
    text = series.head(MAX_ROWS).dropna().astype(str).str.strip()
    values = list(dict.fromkeys(v for v in text.tolist() if v))
    if len(values) < MIN_DISTINCT:
        return None
    lines = sum(map(_second_line, values)) / len(values)
    openings = {_opening(v) for v in values if unit_line_cell(v) or care_of_cell(v)}
    if lines < MIN_LINE_SHARE or len(openings) < MIN_OPENING_WORDS:
        return None
    return (
        f"{lines:.0%} of {len(values)} distinct values flat, floor, building or care-of lines opening with "
        f"{len(openings)} different words, right after the street column: the address's second line"
    )


def second_line_columns(
    df: pd.DataFrame, columns: Sequence[str], found: Mapping[str, str]
) -> dict[str, ColumnDetection]:
    """Columns of ``columns`` (table order) not in ``found`` (column -> entity decided) that hold the second line
    of the address whose street lines stand in the column just before them."""
    out: dict[str, ColumnDetection] = {}
    for before, column in pairwise(columns):
        if found.get(before) not in _LINE_ONE or column in found or column not in df.columns:
            continue
        why = second_line_evidence(df[column])
        if why is not None:
            out[column] = ColumnDetection(column, E.ADDRESS, CONFIDENCE, CONFIDENCE, "values+table", 0, None, why)
    return out
