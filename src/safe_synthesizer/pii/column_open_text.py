"""The text columns a late column reader may still read: undecided, or decided as an entity it may overrule.

Why: the address readers that run after the main passes (map links, serialised cells, place links, separated
components) each walk the same columns the same way: skip a column another reader decided (unless as free text, a
URL, a phone: entities a more specific reading overrules), skip a column that holds no text, read the first rows'
written cells. One walk keeps their notion of an open column the same.

Example::

    for column, series, cells in open_text_columns(df, list(df.columns), found, {"free_text", "url"}, 400):
        ...  # cells: the column's first 400 written text cells, as written
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection

__all__ = ["open_text_columns"]


def open_text_columns(
    df: pd.DataFrame,
    columns: Sequence[str],
    found: Mapping[str, ColumnDetection | None],
    overruled: Collection[str],
    max_rows: int,
) -> Iterator[tuple[str, pd.Series, list[str]]]:
    """(column, series, its first ``max_rows`` written text cells as written) for each of ``columns`` in ``df`` with a
    text dtype that ``found`` leaves undecided or decides as one of the ``overruled`` entities."""
    for column in columns:
        det = found.get(column)
        if column not in df.columns or (det is not None and det.entity not in overruled):
            continue
        series = df[column]
        if not (pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)):
            continue
        yield column, series, [v for v in series.head(max_rows).dropna().tolist() if isinstance(v, str)]
