"""Columns that repeat the row's own person: a bank account's holder, the name a client goes by, an addressee.

Why: an accounts export's ``BankAccountName`` is the contact's own name in most rows; a studio's ``Preferred Name``
is the client's first name (``Boris`` beside ``First Name = Boris``); a ``Display Name`` or ``Salutation Name``
rewrites ``First Name`` and ``Last Name``; a mailing list's ``Addressee`` writes the given name's initial
(``K. Olsen``, ``เ. นาควงษ์``). These columns are sparse (filled for two clients of fifty), so
their values alone are too few to tell a name column from a category. But a cell built only of the words of the same
row's name columns names that row's person: no product, place or category is written in the words of each row's
own name. Case, hyphens and word order are free (``TRAUDL BLOCH-PEUKERT`` beside ``Traudl Bloch-Peukert``). Address
books add a note in brackets after the name to tell two people apart (``Anna (Mum of Jonas)``, ``Raúl (papá de
Iván)``): the note says whose relative the person is, so the name is what stands before it.

Example::

    same_row_names(df, ["c000", "c018"], {"c000": "name"})
    # {"c018": ColumnDetection("c018", "name", 0.9, 1.0, "values+row", ...)}
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import islice

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_undecided import undecided_text_columns
from safe_synthesizer.utils.scripts import (
    BENGALI,
    DEVANAGARI,
    GUJARATI,
    KANNADA,
    MALAYALAM,
    ORIYA,
    SINHALA,
    TAMIL,
    TELUGU,
    THAI,
)

_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})
# Rows read per column: the first filled ones are enough to tell, and the pass stays cheap on big tables.
MAX_ROWS = 500
# Filled rows needed (one cell may copy a name by chance), and the share of them built of the row's name words.
MIN_FILLED = 2
MIN_SAME_ROW = 0.9
# A word's letters, with the vowel signs and viramas Indic and Thai words carry (no ``\w``: ``थापा``, ``นาควงษ์``).
_MARKED = f"{DEVANAGARI}{BENGALI}{GUJARATI}{ORIYA}{TAMIL}{TELUGU}{KANNADA}{MALAYALAM}{SINHALA}{THAI}\u200c\u200d"
_WORD = re.compile(rf"(?:[^\W\d_]|[{_MARKED}])+(?:['’][^\W\d_]+)?")
# A closing note in brackets after a name: ``Anna (Mum of Jonas)``, ``Ким [работа]``.
_NOTE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")


def _named(value: str) -> str:
    """The cell without a closing bracketed note, when a name stands before it."""
    bare = _NOTE.sub("", value)
    return bare if bare.strip() else value


def _words(value: object) -> frozenset[str]:
    return frozenset(w.casefold() for w in _WORD.findall(str(value))) if isinstance(value, str) else frozenset()


def _built_of(own: frozenset[str], row: frozenset[str]) -> bool:
    """Every word of the cell is one of the row's name words, or an initial of one (``เ. นาควงษ์``, ``K. Olsen``
    for the row's ``เพ็ญศรี``/``Karen``: a mailing list's addressee is the given name's initial and the surname)."""
    if own <= row:
        return True
    rest = own - row
    return len(rest) < len(own) and all(len(w) == 1 and any(r.startswith(w) for r in row) for w in rest)


# An initial's dot (``श. थापा``) and the zero-width joiners Indic spellings carry (``श्रेष्\u200dठ``) are no part of
# a name's shape.
_SHAPE_NOISE = str.maketrans({".": " ", "\u200c": None, "\u200d": None})


def _shape_text(value: str) -> str:
    return value.translate(_SHAPE_NOISE)


def same_row_names(
    df: pd.DataFrame, names: Sequence[str], found: Mapping[str, str | None]
) -> dict[str, ColumnDetection]:
    """Undecided text columns of ``names`` whose cells are built of the same row's person words.

    ``found`` maps decided columns to their entity. A column of single words that each repeat the row's first name
    is a first-name column, any other a name column.
    """
    people = [c for c, entity in found.items() if entity in _PERSON and c in df.columns]
    if not people:
        return {}
    out: dict[str, ColumnDetection] = {}
    for column, series in undecided_text_columns(df, names, found):
        if column in people:
            continue
        cells = series.to_numpy()
        filled = list(islice((i for i, v in enumerate(cells) if isinstance(v, str) and v.strip()), MAX_ROWS))
        if len(filled) < MIN_FILLED:
            continue
        same = single = 0
        for i in filled:
            named = _named(cells[i])
            own = _words(named)
            if not own or not V.is_name_shaped_any_case(_shape_text(named)):
                continue
            row = {c: _words(df[c].iat[i]) for c in people}
            if _built_of(own, frozenset().union(*row.values())):
                same += 1
                # One word that is the row's first name: the name the person goes by.
                single += any(found[c] == E.FIRST_NAME and row[c] == own for c in people)
        share = same / len(filled)
        if share < MIN_SAME_ROW:
            continue
        entity = E.FIRST_NAME if single == same else E.NAME
        evidence = f"{share:.0%} of {len(filled)} filled cells written in the words of the row's own name columns"
        out[column] = ColumnDetection(column, entity, 0.9, round(share, 4), "values+row", len(filled), None, evidence)
    return out
