"""Typing a table by its schema: the one place where raw cells become numbers, codes and strings.

:func:`apply_schema` is how every stage reads a split the same way ``data.inference`` (or, under DP,
``data.private_schema``) decided it: the number format, special values and exact big integers.
"""

from __future__ import annotations

from decimal import Decimal

import pandas as pd

from safe_synthesizer.data.fast_typing import typed_numbers
from safe_synthesizer.data.numbers import NumberFormat, infinity_sign, read_plain, to_floats
from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.data.sentinels import sentinel_values

__all__ = ["apply_schema"]

# Integers at or above 2**53 lose digits in float64 (account numbers): read them value by value.
_FLOAT64_EXACT_INT = 2**53


def apply_schema(df: pd.DataFrame, schema: TableSchema) -> pd.DataFrame:
    """Typed copy of ``df``: numbers as int64/float64 (NaN for missing), everything else as
    strings with NaN for missing; datetimes stay strings in their input format.

    Numbers written with a ``number_format`` are read with it (``"1,234"`` -> 1234). A numeric
    column with ``special_values`` becomes object dtype holding Python ints/floats and the special
    strings exactly as written (None for missing). Integers with missing values beyond 2**53
    (account numbers) become nullable Int64: float64 would round them.

    Example:
        >>> raw = pd.DataFrame({"n": ["1,234", "inf", "5,000", None]})
        >>> from safe_synthesizer.data.inference import infer_schema
        >>> apply_schema(raw, infer_schema(raw))["n"].tolist()
        [1234, 'inf', 5000, None]
    """
    out = {}
    for column in schema.columns:
        series = df[column.name]
        if column.type.is_numeric and (column.number_format or column.special_values):
            out[column.name] = _formatted_numbers(series, column)
        elif column.type.is_numeric and (fast := typed_numbers(series, column.type)) is not None:
            out[column.name] = fast  # plain decimal text: pyarrow parses it (data.fast_typing)
        elif column.type.is_numeric:
            numbers = pd.to_numeric(series, errors="coerce")
            exact = None
            if column.type == ColumnType.INTEGER and numbers.notna().all():
                exact = numbers.astype("int64")
            elif column.type == ColumnType.INTEGER and (numbers.abs() >= _FLOAT64_EXACT_INT).any():
                exact = _exact_integers(series, numbers)
            out[column.name] = exact if exact is not None else numbers.astype("float64")
        else:
            strings = series.astype("string").str.strip()
            out[column.name] = strings.where(strings.notna() & (strings != ""), None).astype(object)
    return pd.DataFrame(out, index=df.index)


def _formatted_numbers(series: pd.Series, column: ColumnSchema) -> pd.Series:
    """A numeric column with a number format and/or special values, typed (see ``apply_schema``)."""
    integer = column.type == ColumnType.INTEGER
    plain = read_plain(series.tolist(), NumberFormat.from_dict(column.number_format), integer=integer)
    if not column.special_values:
        numbers = pd.Series(to_floats(plain), index=series.index)
        if integer and numbers.notna().all():
            return pd.Series([int(Decimal(p)) for p in plain], index=series.index, dtype="int64") if (
                numbers.abs() < 2**63).all() else numbers
        if integer and (numbers.abs() >= _FLOAT64_EXACT_INT).any():
            exact = _exact_integers(pd.Series(plain, index=series.index, dtype=object), numbers)
            return exact if exact is not None else numbers
        return numbers.astype("float64")
    specials = set(column.special_values)
    infinities = {infinity_sign(s): s for s in reversed(column.special_values) if infinity_sign(s)}
    sentinels = sentinel_values(column.special_values, NumberFormat.from_dict(column.number_format))
    values: list[object] = []
    for raw, number in zip(series.tolist(), plain, strict=True):
        if number is not None and float(number) in sentinels:
            values.append(sentinels[float(number)])  # "-9999": a code, not a reading
        elif number is not None:
            values.append(int(Decimal(number)) if integer else float(number))
        elif isinstance(raw, str) and raw.strip() in specials:
            values.append(raw.strip())
        else:
            # A float infinity (a DataFrame input) takes the column's own spelling ("inf", "-Infinity").
            values.append(infinities.get(infinity_sign(raw)))
    return pd.Series(values, index=series.index, dtype=object)


def _exact_integers(series: pd.Series, numbers: pd.Series) -> pd.Series | None:
    """``series`` as nullable Int64 parsed value by value (``pd.to_numeric`` goes through float64
    when values are missing), or None when a value does not fit int64."""
    try:
        values = [
            pd.NA if pd.isna(number) else int(Decimal(raw.strip())) if isinstance(raw, str) else int(raw)
            for raw, number in zip(series, numbers, strict=True)
        ]
        return pd.Series(pd.array(values, dtype="Int64"), index=series.index)
    except (ArithmeticError, ValueError, TypeError):  # Decimal's errors and OverflowError included
        return None
