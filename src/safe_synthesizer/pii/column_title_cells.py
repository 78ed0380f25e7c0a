"""Columns of forms of address only (``Salutation``, ``Anrede``, ``Civilité``, ``Titolo``, ``Aanhef``): no person.

Why: a CRM or patient export writes the title in its own column (``Mr``, ``Mrs``, ``Dr.``, ``Herr``, ``Frau``,
``M.``, ``Mme``, ``Sig.ra``, ``Dhr.``, ``Mr & Mrs``). The row's greeting column (``Mrs Erica Rodriguez``) holds the
same word, so a pass that looks for cells written in the words of the row's own name finds the title column to
be "the row's person", and a column of two levels reads as a name column. A title says a gender or a degree, not
who someone is: a column whose filled cells are titles and nothing else is no name column, with its header
shown or hidden. One real name among the titles (``Mr``, ``Mrs``, ``Jo``) leaves the column a title column; a
column of names after titles (``Mrs Brown``) is not title-only.

Example::

    title_only_column(pd.Series(["Herr", "Frau", None, "Frau", "Dr."]))  # True
    title_only_column(pd.Series(["Mrs Brown", "Mr Lee"]))  # False
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from itertools import islice

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.gazetteers import TITLES
from safe_synthesizer.pii.titles import QUALIFIERS, TITLES_BY_LANGUAGE

# Every form of address in any language, without its dot, in lower case (``sig.ra`` and ``sig`` both).
_FORMS = (
    TITLES
    | {t.casefold().rstrip(".") for forms in TITLES_BY_LANGUAGE.values() for t in forms}
    | {q.rstrip(".") for q in QUALIFIERS}
    | {"mstr", "master", "mrs.", "mses", "messrs", "herrn", "frau", "sig.ra", "sig.na", "sra", "srs", "sres"}
)
# Joiners of two titles in one cell (``Mr & Mrs``, ``Herr und Frau``, ``M. et Mme``, ``Dhr./Mevr.``).
_JOINERS = frozenset({"&", "+", "/", "and", "und", "et", "y", "e", "en", "och", "og", "i", "a"})
_TOKEN = re.compile(r"[^\s&+/,;]+|[&+/]")
# Rows read: the first filled ones tell.
MAX_ROWS = 500
# Share of filled cells that must be titles only, and the fewest filled cells to judge by.
MIN_TITLE_SHARE = 0.9
MIN_FILLED = 3


def is_title_only(value: object) -> bool:
    """The cell holds forms of address and joiners only (``Mr & Mrs``, ``Sig.ra``, ``Dr. med.``), at least one."""
    if not isinstance(value, str):
        return False
    tokens = _TOKEN.findall(value.strip())
    if not tokens or len(tokens) > 5:
        return False
    forms = 0
    for token in tokens:
        word = token.casefold().strip(".()")
        if word in _JOINERS or token in "&+/":
            continue
        if word not in _FORMS and token.casefold() not in _FORMS:
            return False
        forms += 1
    return forms > 0


def title_only_column(series: pd.Series) -> bool:
    """Nearly all (:data:`MIN_TITLE_SHARE`) of the column's first filled cells are forms of address only."""
    filled = list(islice((v for v in series.to_numpy() if isinstance(v, str) and v.strip()), MAX_ROWS))
    if len(filled) < MIN_FILLED:
        return False
    titles = sum(map(is_title_only, filled))
    return titles >= MIN_TITLE_SHARE * len(filled)


_PERSON = frozenset({E.NAME, E.FIRST_NAME, E.LAST_NAME})


def title_columns(df: pd.DataFrame, found: Mapping[str, ColumnDetection | None]) -> list[str]:
    """The columns ``found`` as a name, given name or surname whose cells are forms of address only."""
    return [
        name
        for name, d in found.items()
        if d is not None and d.entity in _PERSON and name in df.columns and title_only_column(df[name])
    ]
