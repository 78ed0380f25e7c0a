"""Column type inference: decide each column's role from its values.

Rules, in order, on the non-missing values of a column:
all missing -> empty; one distinct value -> constant; all numeric (no zero-padded codes) ->
integer or float (an id-named integer column: identifier when unique per row, else categorical); all parse with one
date format -> datetime; long multi-word strings -> text; unique short tokens -> identifier;
everything else -> categorical. The group-by column is an identifier of entities.
"""

from __future__ import annotations

import dataclasses
import re
import warnings
from collections.abc import Mapping
from decimal import Decimal

import numpy as np
import pandas as pd

from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.errors import ConfigError

SAMPLE_SIZE = 2000
_ID_NAME = re.compile(r"(^|[_\s-])(id|key|uuid|guid)$|[a-z]ID$|^id[_\s-]|^ID$", re.IGNORECASE)
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
_ZERO_PADDED = re.compile(r"^[+-]?0\d")
DATETIME_FORMATS = [
    "%Y-%m-%d",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%SZ",
    "%Y-%m-%dT%H:%M:%S.%f",
    "%Y-%m-%d %H:%M:%S.%f",
    "%Y/%m/%d",
    "%m/%d/%Y",
    "%d/%m/%Y",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %H:%M:%S",
    "%d.%m.%Y",
    "%d-%m-%Y",
    "%b %d, %Y",
    "%d %b %Y",
    "%Y-%m",
]
TEXT_MIN_MEAN_WORDS = 4.0
# Short phrases (review titles) are text when most of them are distinct.
PHRASE_MIN_MEAN_WORDS = 2.5
PHRASE_MIN_UNIQUE_SHARE = 0.3
# From here on, float64 no longer holds every integer exactly (2**53 + 1 rounds to 2**53).
_FLOAT64_EXACT_INT = 2**53


def infer_schema(
    df: pd.DataFrame,
    *,
    overrides: Mapping[str, ColumnType | str] | None = None,
    datetime_formats: Mapping[str, str] | None = None,
    group_by: str | None = None,
    order_by: str | None = None,
) -> TableSchema:
    """Infer a :class:`TableSchema` for ``df``; ``overrides`` force a column's type.

    Example:
        >>> import pandas as pd
        >>> s = infer_schema(pd.DataFrame({"age": ["31", "45", "27"], "city": ["a", "b", "a"]}))
        >>> [c.type.value for c in s.columns]
        ['integer', 'categorical']
    """
    overrides = dict(overrides or {})
    datetime_formats = dict(datetime_formats or {})
    for key, mapping in (("data.column_types", overrides), ("data.datetime_formats", datetime_formats)):
        for name in mapping:
            if name not in df.columns:
                raise ConfigError(f"{key}: column '{name}' is not in the data; columns are {list(df.columns)}")
    columns = []
    for name in df.columns:
        forced = overrides.get(name)
        if name == group_by and forced is None:
            forced = ColumnType.IDENTIFIER
        column = _infer_column(df[name], name, forced=_column_type(forced, name) if forced else None,
                               datetime_format=datetime_formats.get(name))
        if column.overridden and name not in overrides:  # the group-by role, not a user override
            column = dataclasses.replace(column, overridden=False)
        columns.append(column)
    return TableSchema(columns=columns, n_rows=len(df), group_by=group_by, order_by=order_by)


def _column_type(value: ColumnType | str, name: str) -> ColumnType:
    try:
        return ColumnType(value)
    except ValueError:
        allowed = ", ".join(t.value for t in ColumnType)
        raise ConfigError(f"data.column_types.{name}: '{value}' is not a column type; use one of {allowed}") from None


def _infer_column(
    series: pd.Series, name: str, *, forced: ColumnType | None, datetime_format: str | None
) -> ColumnSchema:
    values = series.dropna()
    if values.dtype == object or pd.api.types.is_string_dtype(values.dtype):
        values = values.astype(str).str.strip()
        values = values[values != ""]
    n_missing = int(len(series) - len(values))
    n_unique = int(values.nunique())
    base = {"name": name, "n_unique": n_unique, "n_missing": n_missing, "overridden": forced is not None}
    if forced is not None:
        return _forced_column(values, base, forced, datetime_format)
    if datetime_format is not None:
        _check_datetime_format(values.astype(str), name, datetime_format)
        return ColumnSchema(type=ColumnType.DATETIME, datetime_format=datetime_format, **base)
    if len(values) == 0:
        return ColumnSchema(type=ColumnType.EMPTY, **base)
    if n_unique == 1:
        return ColumnSchema(type=ColumnType.CONSTANT, **base)
    numeric = _as_numeric(values)
    if numeric is not None:
        is_integer = bool(np.all(np.mod(numeric, 1) == 0))
        if is_integer and _ID_NAME.search(name):
            # Unique per row: a record id. Repeated: a code of something (product, site).
            kind = ColumnType.IDENTIFIER if n_unique == len(values) else ColumnType.CATEGORICAL
            return ColumnSchema(type=kind, **base)
        if is_integer:
            return ColumnSchema(type=ColumnType.INTEGER, **base)
        return ColumnSchema(type=ColumnType.FLOAT, decimals=_decimals(values), **base)
    strings = values.astype(str)
    fmt = detect_datetime_format(strings)
    if fmt is not None:
        return ColumnSchema(type=ColumnType.DATETIME, datetime_format=fmt, **base)
    sample = strings.sample(min(len(strings), SAMPLE_SIZE), random_state=0)
    mean_words = float(sample.str.split().str.len().mean())
    if mean_words >= TEXT_MIN_MEAN_WORDS or (
        mean_words >= PHRASE_MIN_MEAN_WORDS and n_unique > PHRASE_MIN_UNIQUE_SHARE * len(values)
    ):
        return ColumnSchema(type=ColumnType.TEXT, **base)
    if n_unique == len(values) and len(values) >= 20 and mean_words <= 1.0:
        return ColumnSchema(type=ColumnType.IDENTIFIER, **base)
    return ColumnSchema(type=ColumnType.CATEGORICAL, **base)


def _forced_column(
    values: pd.Series, base: dict, forced: ColumnType, datetime_format: str | None
) -> ColumnSchema:
    name = base["name"]
    if forced.is_numeric and len(values) and _as_numeric(values) is None:
        raise ConfigError(
            f"data.column_types.{name}: '{forced.value}' but the column has non-numeric values; "
            "use categorical or text"
        )
    if forced == ColumnType.DATETIME:
        if datetime_format is not None:
            _check_datetime_format(values.astype(str), name, datetime_format)
        fmt = datetime_format or detect_datetime_format(values.astype(str))
        if fmt is None:
            raise ConfigError(
                f"data.column_types.{name}: 'datetime' but no date format fits its values; "
                f"set data.datetime_formats.{name} (e.g. '%Y-%m-%d')"
            )
        return ColumnSchema(type=forced, datetime_format=fmt, **base)
    decimals = _decimals(values) if forced == ColumnType.FLOAT else None
    return ColumnSchema(type=forced, decimals=decimals, **base)


def _as_numeric(values: pd.Series) -> np.ndarray | None:
    """Values as floats, or None when any value is not a plain number or is zero-padded."""
    if pd.api.types.is_bool_dtype(values.dtype):
        return None
    if pd.api.types.is_numeric_dtype(values.dtype):
        return values.to_numpy(dtype=float)
    strings = values.astype(str)
    if not strings.str.match(_NUMBER).all():
        return None
    if strings.str.match(_ZERO_PADDED).any():
        return None
    return pd.to_numeric(strings).to_numpy(dtype=float)


def _decimals(values: pd.Series) -> int:
    """Decimal places as written in the input (at most 10)."""
    strings = values.astype(str)
    if pd.api.types.is_float_dtype(values.dtype):
        # str() of the numpy scalar is the shortest text of its own precision: float32 0.1 is
        # '0.1', while widening it to a Python float first gives '0.10000000149011612'.
        strings = pd.Series([str(v) for v in values.to_numpy()[:SAMPLE_SIZE * 5]])
    parts = strings.str.extract(r"^[+-]?\d*(?:\.(\d*))?(?:[eE]([+-]?\d+))?$")
    fractional = parts[0].fillna("")
    if pd.api.types.is_float_dtype(values.dtype):
        fractional = fractional.str.rstrip("0")
    exponent = pd.to_numeric(parts[1], errors="coerce").fillna(0)
    # 2.5e-2 has one written decimal but means 0.025: three places.
    places = (fractional.str.len() - exponent).clip(lower=0)
    return int(min(10, places.max())) if len(places) else 0


def _check_datetime_format(strings: pd.Series, name: str, fmt: str) -> None:
    """A user-given format must parse every value; the error counts failures, never shows values."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        parsed = pd.to_datetime(strings, format=fmt, errors="coerce")
    failures = int(parsed.isna().sum())
    if failures:
        raise ConfigError(
            f"data.datetime_formats.{name}: '{fmt}' does not parse {failures} of {len(strings)} values; "
            "fix the strftime pattern (e.g. '%Y-%m-%d') or remove it to infer one"
        )


def detect_datetime_format(strings: pd.Series) -> str | None:
    """The first format of ``DATETIME_FORMATS`` that parses every sampled value, else None."""
    sample = strings.drop_duplicates()
    sample = sample.sample(min(len(sample), 500), random_state=0) if len(sample) > 500 else sample
    if sample.empty or not sample.str.contains(r"\d").all():
        return None
    for fmt in DATETIME_FORMATS:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = pd.to_datetime(sample, format=fmt, errors="coerce")
        if parsed.notna().all():
            return fmt
    return None


def apply_schema(df: pd.DataFrame, schema: TableSchema) -> pd.DataFrame:
    """Typed copy of ``df``: numbers as int64/float64 (NaN for missing), everything else as
    strings with NaN for missing; datetimes stay strings in their input format.

    Integers with missing values beyond 2**53 (account numbers) become nullable Int64: float64
    would round them."""
    out = {}
    for column in schema.columns:
        series = df[column.name]
        if column.type.is_numeric:
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
