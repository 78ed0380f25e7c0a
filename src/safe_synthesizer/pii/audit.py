"""Audit helpers: did any original PII value survive a replacement?

Used by tests (unit and pipeline) to check ``transformed_training.csv``: for every structured
column the report says was replaced, count the original values that still appear in that column.
Closed domains (``state``: about 60 values) are skipped because any realistic fake is some real
state; so are ``keep`` columns, which by definition still hold the originals.
"""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.report import PiiReport

CLOSED_DOMAIN_ENTITIES = frozenset({E.STATE})


def _normalised(series: pd.Series) -> set[str]:
    values = series.dropna()
    if pd.api.types.is_float_dtype(values.dtype) and len(values) and bool((values % 1 == 0).all()):
        values = values.astype("int64")
    return set(values.astype(str).str.strip())


def surviving_values(original: pd.DataFrame, transformed: pd.DataFrame, report: PiiReport) -> dict[str, int]:
    """Column -> number of distinct original values still present in the transformed column.

    Example::

        result = replace_pii(df, schema, params)
        assert not any(surviving_values(df, result.data, result.report).values())
    """
    out = {}
    for entry in report:
        if entry.entity in (E.FREE_TEXT, *CLOSED_DOMAIN_ENTITIES) or entry.strategy == "keep":
            continue
        if entry.column not in original.columns or entry.column not in transformed.columns:
            continue
        out[entry.column] = len(_normalised(original[entry.column]) & _normalised(transformed[entry.column]))
    return out
