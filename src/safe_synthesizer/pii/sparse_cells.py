"""What the checks for mostly empty columns read: a text column's head, its filled cells, the table's person words.

Why: a column filled on a few rows (a plus-one, a spare-key holder, a guardian, a second given name) has too few
values for the checks of varied columns, so the ``column_sparse_*`` checks read the filled cells against the table's
own people. Each reads the same three things; they live here once: the column's head if it holds text, its filled
cells (a dash, ``n/a`` or ``TBC`` says nothing: each check passes the cells it counts as empty), and the words of
the table's person columns, split as the check needs (whole name cells, or every word).

Example::

    head = text_head(df, "Plus-one", 2000)
    cells = filled_cells(head, frozenset({"", "-", "n/a"})) if head is not None else []
    words = person_words(df, ["Guest"], 2000, lambda v: v.casefold().split())
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

import pandas as pd


def text_head(df: pd.DataFrame, column: str, max_rows: int) -> pd.Series | None:
    """The first ``max_rows`` cells of ``column`` if it holds text (object or string dtype), else None."""
    series = df[column].iloc[:max_rows]
    if pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype):
        return series
    return None


def filled_cells(series: pd.Series, empty: frozenset[str]) -> list[str]:
    """The stripped text cells of ``series`` whose case-folded text is not one of ``empty``."""
    return [v.strip() for v in series.to_numpy() if isinstance(v, str) and v.strip().casefold() not in empty]


def person_words(
    df: pd.DataFrame, people: Sequence[str], max_rows: int, words: Callable[[str], Iterable[str] | None]
) -> frozenset[str]:
    """The words ``words`` reads from the text cells of the ``people`` columns (first ``max_rows`` rows)."""
    return frozenset(
        w for c in people for v in df[c].iloc[:max_rows].to_numpy() if isinstance(v, str) for w in words(v) or ()
    )
