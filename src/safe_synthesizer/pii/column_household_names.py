"""Given-name columns of a household told by the person of the row: a child's, partner's or contact's first name.

Why: forms about people carry the given names of others in the household (``Child's first name``, a partner, an
emergency contact), a dozen of them in a 20-row export, many missing from the lists (``Wanjiru``, ``Ealasaid``), and
none spelled in the row's e-mail address. With the column names hidden nothing marked them. What tells them from a
category of names (the technician on duty, the tutor) is whom they follow: a customer coming back brings the same
child, while the staff on duty change from visit to visit. So in a table whose people are already found (a name or
an e-mail column), a column of given names that keeps one value per person over their repeated rows, and varies from
person to person, names people of those households. When no one comes back, the values must be near one per row
(staff would repeat).

Kept out: towns (a customer's town also follows them), pets named like people (a column where a share of the names
are ones given mostly to animals), titles and other short categories (too few distinct values).

Example::

    household_names(df, ["c004", "c007"], found={"c002": first_name, "c000": email, ...})
    # {"c007": ColumnDetection(..., entity="first_name", method="values+household")}
"""

from __future__ import annotations

from collections import defaultdict

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_contact_cells import is_missing_token
from safe_synthesizer.pii.column_detector import ColumnDetection, detection_of
from safe_synthesizer.pii.column_sample import Score, _pct, sample_values
from safe_synthesizer.pii.gazetteers import MAX_PET_NAMES, PET_NAMES

# The columns that tell the person of a row.
_PERSON = (E.NAME, E.FIRST_NAME, E.LAST_NAME, E.EMAIL)
# Rows compared: the first ones, enough to judge.
MAX_ROWS = 500
# Distinct given names, and as a share of the distinct people (a family brings one or two children).
MIN_DISTINCT = 6
MIN_PER_PERSON = 0.5
# Fewer distinct names per person pass when many people come back and keep theirs: the people of one address book
# are typed in several ways (``Ceitidh (Mum of Ailean)`` beside ``Ceitidh NicDhòmhnaill``), so they count more than
# they are, and siblings' parents share a child. Account owners keep theirs too, but are a handful of staff.
MIN_PER_PERSON_KEPT = 0.2
MIN_DISTINCT_KEPT = 12
# People seen on two or more rows needed to judge whom the column follows, and the share of them with one value.
MIN_RETURNING = 3
MIN_CONSTANT = 0.8
# With fewer returning people, the values must be about one per row.
MIN_UNIQUE = 0.8
MIN_UNIQUE_DISTINCT = 8
# Share of distinct values that are given names (listed, or given names of the table's people: a country's names
# the lists lack, ``Coumba``, ``Serigne``), and most towns or animal names such a column holds.
MIN_LISTED = 0.5
MAX_TOWNS = 0.2
# Share of distinct values that are also given names of the table's people: a household's names are of the
# people's own naming custom (children named after grandparents, names common in the community); pets named like
# people seldom share their names with the owners' given names.
MIN_SHARED_GIVEN = 0.25


def _given_word(cell: str) -> bool:
    """One or two words of letters (``Wanjiru``, ``Anna Maria``, ``Jean-Luc``)."""
    words = cell.split()
    return 1 <= len(words) <= 2 and V.is_name_shaped_any_case(cell) and not any(ch.isdigit() for ch in cell)


def _table_given_names(df: pd.DataFrame, found: dict[str, ColumnDetection | None]) -> frozenset[str]:
    """Given names of the table's people: the cells of its first-name columns, the first words of its full names."""
    words: set[str] = set()
    for column, det in found.items():
        if det is None or det.entity not in (E.FIRST_NAME, E.NAME) or column not in df.columns:
            continue
        cells = df[column].head(MAX_ROWS).dropna().astype(str).str.strip()
        if det.entity == E.NAME:
            cells = cells.str.split().str[0].dropna()
        words.update(c.casefold() for c in cells if c)
    return frozenset(words)


def _keys(head: pd.DataFrame, person: list[str]) -> pd.Series:
    """Per row, who the row is about (the person columns' cells joined), ``""`` when unknown."""
    cells = head[person].astype("string").fillna("").apply(lambda s: s.str.strip().str.casefold())
    return cells.agg("|".join, axis=1).where(cells.ne("").any(axis=1), "")


def _follows_people(cells: pd.Series, keys: pd.Series) -> tuple[bool, str]:
    """(the column's values follow the person of the row and vary between people, why)."""
    values: dict[str, set[str]] = defaultdict(set)
    rows: dict[str, int] = defaultdict(int)
    for cell, key in zip(cells, keys, strict=True):
        if key and isinstance(cell, str) and cell.strip() and not is_missing_token(cell):
            values[key].add(cell.strip().casefold())
            rows[key] += 1
    distinct = set().union(*values.values()) if values else set()
    if len(distinct) < MIN_DISTINCT:
        return False, ""
    returning = [k for k, n in rows.items() if n >= 2]
    constant = sum(1 for k in returning if len(values[k]) == 1) / len(returning) if returning else 0.0
    kept = len(returning) >= MIN_RETURNING and constant >= MIN_CONSTANT
    if len(distinct) < MIN_PER_PERSON * len(values) and not (
        kept and len(distinct) >= max(MIN_DISTINCT_KEPT, MIN_PER_PERSON_KEPT * len(values))
    ):
        return False, ""
    if len(returning) >= MIN_RETURNING:
        return kept, f"one value per person on {_pct(constant)} of returning people"
    n_rows = sum(rows.values())
    unique = len(distinct) >= max(MIN_UNIQUE_DISTINCT, MIN_UNIQUE * n_rows)
    return unique, f"{len(distinct)} distinct in {n_rows} rows"


def household_names(
    df: pd.DataFrame,
    columns: list[str],
    found: dict[str, ColumnDetection | None],
    *,
    sample_size: int = 500,
    seed: int = 0,
) -> dict[str, ColumnDetection]:
    """Given-name columns among the undecided ``columns`` that follow the person of the row (see the module)."""
    person = [c for c, d in found.items() if d is not None and d.entity in _PERSON and c in df.columns]
    if not person or not any(found[c].entity != E.EMAIL for c in person):  # type: ignore[union-attr]
        return {}  # an e-mail alone is no sign the table is about people's households
    todo = [
        c
        for c in columns
        if found.get(c) is None and c in df.columns and not pd.api.types.is_numeric_dtype(df[c].dtype)
    ]
    if not todo:
        return {}
    head = df.head(MAX_ROWS)
    keys = _keys(head, person)
    given = _table_given_names(df, found)
    out: dict[str, ColumnDetection] = {}
    for column in todo:
        sample = sample_values(df[column], sample_size, seed)
        if not sample.values or sample.share(_given_word) < 0.9:
            continue
        listed = sample.share(lambda v: V.first_name_known(v) or v.casefold() in given)
        if listed < MIN_LISTED or sample.share(V.is_listed_city) > MAX_TOWNS:
            continue
        if sample.share(lambda v: v.casefold() in PET_NAMES) > MAX_PET_NAMES:
            continue
        if sample.share(lambda v: v.casefold() in given) < MIN_SHARED_GIVEN:
            continue
        follows, why = _follows_people(head[column], keys)
        if not follows:
            continue
        score = Score(listed, True, f"{_pct(listed)} listed first names or given names of the table's people, {why}")
        out[column] = detection_of(column, (0.85, E.FIRST_NAME, score, "values+household"), sample, "")
    return out
