"""The columns a value pass of the table detector reads: undecided, present, of text.

Why one place: a dozen column passes (:mod:`column_kin_contacts`, :mod:`column_pnr_names`,
:mod:`column_contact_layouts`, :mod:`column_people_cells`, :mod:`column_relation_people`,
:mod:`column_name_recombine`, :mod:`column_written_people`...) opened with the same six lines: skip a column an
earlier pass decided (``found`` maps it to anything but ``None``) or the frame lacks, skip one whose dtype holds no
text (numbers, dates, booleans: no cell of them is a person written out), then read the rest. Each pass then reads
its own cells (the distinct stripped values, a head, junk out) as its rule needs.

Example::

    for column, series in undecided_text_columns(df, ["Member", "Price"], found={"Price": None}):
        ...  # "Member" (object dtype), not "Price" (float64)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import pandas as pd

__all__ = ["is_text_series", "undecided_text_columns"]


def is_text_series(series: pd.Series) -> bool:
    """The column's dtype may hold text: ``object`` or a pandas string dtype."""
    return pd.api.types.is_object_dtype(series.dtype) or pd.api.types.is_string_dtype(series.dtype)


def undecided_text_columns(
    df: pd.DataFrame, names: Iterable[str], found: Mapping[str, object]
) -> Iterator[tuple[str, pd.Series]]:
    """``(column, series)`` of the columns of ``names`` in ``df`` that ``found`` has not decided (no entry, or
    ``None``) and whose dtype may hold text, in ``names`` order."""
    for column in names:
        if found.get(column) is not None or column not in df.columns:
            continue
        series = df[column]
        if is_text_series(series):
            yield column, series
