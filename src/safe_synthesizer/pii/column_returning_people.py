"""A mostly empty column of people who are already in the table: a helper, a neighbour, a room-mate, a partner.

Why: a craft fair's ``Helper``, a coach trip's ``Room share`` / ``Emergency contact``, a tree surgeon's ``Neighbour
who agreed`` or a milk round's ``Leave with`` are filled in a few rows, with plain names (``RENEE TUCKER``,
``Djibo, Seyni``, ``Xiana Vázquez Loureiro``). Too few cells for a column vote, names no list holds, a header of a
role or none: the column was published as written (set 42: 10 such columns shown and hidden). Yet the people of
such a column are the table's own: the stallholder's sister, the passenger's husband, a member of the same family,
so their family names come back in the table's name column.

A column is one of people here when every distinct filled cell (not-known words out) reads as one person of two or
more names (:func:`column_dressed_people.read_dressed_person`, the register grammar behind it) with no town, street
or firm in it, and at least half of them (:data:`MIN_SHARED`) share a name word (no ordinary word, no title, no
particle: :func:`column_dressed_people.name_words`) with a column already found to hold full names or surnames.
Lone words (staff given names ``Poni``, ``Echo``), products (``Victoria plum``) and a desk's few staff repeated over
many rows are no one here.

Example::

    returning_people_columns(df, ["Helper", "Stall"], {"Stallholder": detection_of_names})
    # {"Helper": ColumnDetection("Helper", "name", ..., method="values+returning_people")}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_dressed_people import filled_cells, name_words, read_dressed_person
from safe_synthesizer.pii.column_undecided import undecided_text_columns
from safe_synthesizer.pii.cue_subjects import names_an_animal

__all__ = ["returning_people_columns", "returning_people_score"]

MAX_DISTINCT = 40
MAX_ROWS_PER_PERSON = 4.0
MIN_SHARED = 0.5
# Cells read from a people column to learn its name words.
MAX_ANCHOR_ROWS = 2000
_ANCHORS = frozenset({E.NAME, E.LAST_NAME})


def _person(value: str) -> frozenset[str] | None:
    """The cell's name words when it reads as one person of two or more names, else None."""
    reading = read_dressed_person(value)
    if reading is None or reading.partnership or reading.family or len(reading.key) < 2:
        return None
    if V.has_place_marker(value) or V.is_listed_city(value) or V.has_company_marker(value):
        return None
    return reading.words


def returning_people_score(values: Sequence[str], anchor_words: frozenset[str]) -> tuple[float, str] | None:
    """(share of distinct cells sharing a name with the table's people, evidence) when ``values`` (a column's filled
    cells, junk out) are people of the table (module docstring), else None.

    Example::

        returning_people_score(["RENEE TUCKER", "Ebony Furbert"], frozenset({"tucker", "furbert", "pitcher"}))
        # (1.0, '2 people, 100% sharing a name with the table's people')
    """
    counts = Counter(values)
    distinct = list(counts)
    if any(not v.islower() for v in distinct):  # a lone lower-case word among names is a remark (``same``, ``idem``)
        distinct = [v for v in distinct if not (v.islower() and len(v.split()) == 1)]
    n = len(distinct)
    if not n or n > MAX_DISTINCT or len(values) > MAX_ROWS_PER_PERSON * max(n, 2):
        return None
    words = [_person(v) for v in distinct]
    if any(w is None for w in words):
        return None
    shared = sum(1 for w in words if w and w & anchor_words) / n
    if shared < MIN_SHARED:
        return None
    return shared, f"{n} people, {round(100 * shared)}% sharing a name with the table's people"


def _anchor_words(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> frozenset[str]:
    words: set[str] = set()
    for name, detection in found.items():
        if detection is None or detection.entity not in _ANCHORS or name not in df.columns:
            continue
        cells = df[name].iloc[:MAX_ANCHOR_ROWS].dropna().astype(str).unique()
        for cell in cells:
            words |= name_words(cell)
    return frozenset(words)


def returning_people_columns(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, ColumnDetection | None]
) -> dict[str, ColumnDetection]:
    """Name columns among ``names`` not decided in ``found`` whose few people share names with the table's people
    (a column ``found`` holds as full names or surnames).

    Example::

        returning_people_columns(df, list(df.columns), found)  # {"Helper": ColumnDetection(..., "name", ...)}
    """
    candidates = [(n, s) for n, s in undecided_text_columns(df, names, found) if not names_an_animal(n)]
    if not candidates:
        return {}
    anchor = _anchor_words(df, found)
    if not anchor:
        return {}
    out: dict[str, ColumnDetection] = {}
    for name, series in candidates:
        values = filled_cells(series)
        if (scored := returning_people_score(values, anchor)) is None:
            continue
        share, evidence = scored
        out[name] = ColumnDetection(name, E.NAME, round(share, 4), round(share, 4), "values+returning_people",
                                    len(values), None, evidence)  # fmt: skip
    return out
