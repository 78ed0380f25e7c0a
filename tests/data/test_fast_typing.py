"""The pyarrow fast path types clean numeric columns exactly as the general parser does."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.data.fast_typing import typed_numbers
from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.data.typed_frame import apply_schema


def _general(values: list, column_type: ColumnType) -> pd.Series:
    """The general parser's result (pd.to_numeric), the reference the fast path must match."""
    numbers = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce")
    if column_type == ColumnType.INTEGER and numbers.notna().all():
        return numbers.astype("int64")
    return numbers.astype("float64")


@pytest.mark.parametrize(
    ("values", "column_type"),
    [
        (["1", "22", "-3", "00012", "9007199254740993"], ColumnType.INTEGER),
        (["1", None, "-3", np.nan], ColumnType.INTEGER),
        (["1.5", "-2", "1e5", ".5", "5.", "1.0E-03", None], ColumnType.FLOAT),
        ([repr(float(v)) for v in np.random.default_rng(0).standard_normal(2000) * 1e9], ColumnType.FLOAT),
        ([f"{v:.17g}" for v in np.random.default_rng(1).standard_normal(2000) * 1e-7], ColumnType.FLOAT),
    ],
)
def test_clean_columns_match_the_general_parser(values: list, column_type: ColumnType) -> None:
    fast = typed_numbers(pd.Series(values, dtype=object), column_type)
    assert fast is not None
    expected = _general(values, column_type)
    assert fast.dtype == expected.dtype
    pd.testing.assert_series_equal(fast, expected)


@pytest.mark.parametrize(
    ("values", "column_type"),
    [
        (["0x10", "1"], ColumnType.INTEGER),  # arrow would read 16, pandas NaN
        ([" 4", "5"], ColumnType.INTEGER),
        (["+3", "5"], ColumnType.INTEGER),
        (["3.0", "5"], ColumnType.INTEGER),
        (["99999999999999999999", "1"], ColumnType.INTEGER),  # beyond int64
        (["9007199254740993", None], ColumnType.INTEGER),  # exact integers with missing values
        (["inf", "1.5"], ColumnType.FLOAT),
        (["1,5", "2"], ColumnType.FLOAT),
        ([1, "2"], ColumnType.FLOAT),  # mixed objects
        ([None, None], ColumnType.FLOAT),
    ],
)
def test_messy_columns_fall_back(values: list, column_type: ColumnType) -> None:
    assert typed_numbers(pd.Series(values, dtype=object), column_type) is None


def test_typed_input_is_left_to_the_general_parser() -> None:
    assert typed_numbers(pd.Series([1, 2, 3]), ColumnType.INTEGER) is None


def test_apply_schema_gives_the_same_table_with_and_without_the_fast_path(monkeypatch) -> None:
    rng = np.random.default_rng(3)
    raw = pd.DataFrame({
        "clean_int": [str(v) for v in rng.integers(-1000, 1000, 500)],
        "int_missing": [None if i % 7 == 0 else str(i) for i in range(500)],
        "clean_float": [f"{v:.4f}" for v in rng.standard_normal(500)],
        "messy_int": [f" {i}" if i % 5 == 0 else str(i) for i in range(500)],
        "cat": ["a", "b"] * 250,
    })
    schema = TableSchema([
        ColumnSchema("clean_int", ColumnType.INTEGER), ColumnSchema("int_missing", ColumnType.INTEGER),
        ColumnSchema("clean_float", ColumnType.FLOAT), ColumnSchema("messy_int", ColumnType.INTEGER),
        ColumnSchema("cat", ColumnType.CATEGORICAL)])
    fast = apply_schema(raw, schema)
    import safe_synthesizer.data.typed_frame as typed_frame

    monkeypatch.setattr(typed_frame, "typed_numbers", lambda series, column_type: None)
    slow = apply_schema(raw, schema)
    pd.testing.assert_frame_equal(fast, slow)
    assert str(fast["clean_int"].dtype) == "int64" and str(fast["int_missing"].dtype) == "float64"
