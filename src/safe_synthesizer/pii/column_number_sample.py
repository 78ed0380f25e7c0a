"""The sample a number-layout check reads of a column: its filled values, digit ids read as floats taken back.

Why: the checks that judge a column by the number layout of the table's country (national ids of a known layout,
ids of an unseen layout, phone numbers without their trunk prefix) each sampled the column the same way, in three
copies: the filled cells, no booleans, a seeded sample of at most ``sample_size``, and a column pandas read as
floats because some cells were blank (``12345678901.0``) taken back to whole numbers, or left when a value has a
fraction or is too long for a float to hold every digit (over 2**53: the digits are lost). One copy keeps the
three reading a column the same way.

Example::

    number_sample(pd.Series([12345678901.0, None, 98765432109.0]), 500, 0)
    # the Series [12345678901, 98765432109] (int64, the rows' own index)
    number_sample(pd.Series([1.5, 2.0]), 500, 0)  # None: amounts, not ids
"""

from __future__ import annotations

import pandas as pd

__all__ = ["MAX_EXACT_FLOAT", "number_sample"]

# Whole numbers a float64 holds exactly (2**53): ids read as floats are taken back below it only.
MAX_EXACT_FLOAT = 2**53


def number_sample(series: pd.Series, sample_size: int, seed: int) -> pd.Series | None:
    """``series``'s filled values, a seeded sample of ``sample_size`` when there are more, floats that are all whole
    and below :data:`MAX_EXACT_FLOAT` as ``int64``; ``None`` when nothing is filled, the column is boolean or its
    floats are no digit ids. The index is the rows' own (callers read the same rows' other cells).

    >>> number_sample(pd.Series([12345678901.0, None]), 500, 0).tolist()
    [12345678901]
    """
    series = series.dropna()
    if series.empty or pd.api.types.is_bool_dtype(series.dtype):
        return None
    if len(series) > sample_size:
        series = series.sample(sample_size, random_state=seed)
    if pd.api.types.is_float_dtype(series.dtype):
        if not ((series % 1 == 0) & (series.abs() < MAX_EXACT_FLOAT)).all():
            return None
        series = series.astype("int64")
    return series
