"""A number that changes on every row of a returning person is a record's number (an order's, a booking's), no id.

Why: with the column names hidden, a shop's order numbers (ten random-looking digits, one per order) pass every
value test of an id in a layout no rule knows (:mod:`column_id_unseen_layouts`): one layout, long, distinct,
beside the table's people. What tells them apart is the table itself: a buyer, guest or donor who comes back
keeps their national id over their rows, but each order, booking or gift gets a new number. Set 35's sold-orders
exports (in eight locales) wrote the same buyer on up to nine rows, each with its own order number.

The reading needs people seen more than once (:data:`MIN_RETURNING`), each with as many numbers as rows
(namesakes, two people under one name, carry two ids; a person with a new number on each of three or more rows is
no namesake pair): most of them (:data:`MIN_CHANGING_SHARE`) must change their number on every row. A table where
nobody comes back says nothing here.

Example::

    changes_with_person(df, "c001", [("c003",)])  # True: each returning buyer's rows carry new numbers
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pandas as pd

from safe_synthesizer.pii.column_birth_cells import is_placeholder

# People seen on two rows or more with a value, needed to read anything.
MIN_RETURNING = 2
# Returning people seen on two rows each, needed when nobody is seen on three.
MIN_PAIRS_ALONE = 3
# Share of those people whose every row carries its own number.
MIN_CHANGING_SHARE = 0.8
# A key cell shared by more rows than this is a placeholder or a firm (``Walk-in``, ``-``), no one.
MAX_ROWS_A_PERSON = 25
_DIGITS = re.compile(r"\d")
_SEPARATORS = re.compile(r"[ \-/.]")
_WORDS = re.compile(r"\w+")


def _texts(series: pd.Series) -> pd.Series:
    return series.map(lambda v: "" if pd.isna(v) else str(v).strip()).astype(object)


def _key(text: str) -> str:
    """A name cell read without case, punctuation or word order (``HARVEY, Jérôme`` is ``Jérôme Harvey``)."""
    return " ".join(sorted(_WORDS.findall(text.casefold())))


def changes_with_person(df: pd.DataFrame, column: str, keys: Sequence[Sequence[str]]) -> bool:
    """Whether the people seen on several rows (under one of ``keys``: name or e-mail columns, each read apart)
    carry a new value of ``column`` on each of their rows: at least :data:`MIN_RETURNING` such people, and
    :data:`MIN_CHANGING_SHARE` of the returning ones, under every key that sees people return (a deed register
    names two parties a row: the id is the first one's, and the second party's rows change it)."""
    texts = _texts(df[column])
    has = texts.map(lambda v: bool(_DIGITS.search(v)) and not is_placeholder(v))
    values = texts.str.replace(_SEPARATORS, "", regex=True)
    told = False
    for key in keys:
        raw = [_texts(df[c]) for c in key if c in df.columns]
        if not raw:
            continue
        parts = [r.map(_key) for r in raw]
        who = parts[0]
        for part in parts[1:]:
            who = who + "|" + part
        blank = pd.concat([r.map(is_placeholder) | (p == "") for r, p in zip(raw, parts, strict=True)], axis=1)
        ok = has & ~blank.any(axis=1)
        if not ok.any():
            continue
        rows = who[ok].value_counts()
        kinds = values[ok].groupby(who[ok]).nunique()
        returning = rows[(rows >= 2) & (rows <= MAX_ROWS_A_PERSON)]
        if len(returning) < MIN_RETURNING or (len(returning) < MIN_PAIRS_ALONE and returning.max() < 3):
            continue  # two people on two rows each may be two pairs of namesakes
        if (kinds.reindex(returning.index) == returning).mean() < MIN_CHANGING_SHARE:
            return False  # the row's first party keeps theirs; a second party's rows carry the first one's id
        told = True
    return told
