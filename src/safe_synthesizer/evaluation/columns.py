"""Turn data frames into typed column arrays the metrics share.

Every metric reads the same view of a table: numeric columns (integers, floats and datetimes
as seconds) as float arrays with NaN for missing, categorical columns as arrays of ``str`` or
``None``, text columns as lists of ``str`` or ``None``. Identifier, constant and empty columns
carry no distribution to compare and are left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from safe_synthesizer.data.numbers import NumberFormat, numeric_values
from safe_synthesizer.data.schema import ColumnType, TableSchema
from safe_synthesizer.data.sentinels import sentinel_values

NUMERIC_TYPES = (ColumnType.INTEGER, ColumnType.FLOAT, ColumnType.DATETIME)


@dataclass(frozen=True)
class ColumnRoles:
    """Which columns each family of metrics looks at, in table order."""

    numeric: list[str]
    categorical: list[str]
    text: list[str]
    order: list[str]
    datetime_formats: dict[str, str | None] = field(default_factory=dict)
    # Numbers that are codes in the schema (``-9999`` for "no reading"), by column: scored as
    # missing on both sides, not as a value 10,000 below the column's range.
    sentinels: dict[str, list[float]] = field(default_factory=dict)

    @property
    def tabular(self) -> list[str]:
        """Numeric and categorical columns in table order."""
        wanted = set(self.numeric) | set(self.categorical)
        return [c for c in self.order if c in wanted]

    @classmethod
    def from_schema(cls, schema: TableSchema, available: list[str], max_tabular: int) -> ColumnRoles:
        """Roles of the columns present in every table, capping tabular columns at ``max_tabular``."""
        present = set(available)
        numeric: list[str] = []
        categorical: list[str] = []
        text: list[str] = []
        formats: dict[str, str | None] = {}
        sentinels: dict[str, list[float]] = {}
        for column in schema.columns:
            if column.name not in present:
                continue
            if column.type in NUMERIC_TYPES and len(numeric) + len(categorical) < max_tabular:
                numeric.append(column.name)
                if column.type is ColumnType.DATETIME:
                    formats[column.name] = column.datetime_format
                elif column.special_values:
                    fmt = NumberFormat.from_dict(column.number_format)
                    codes = sentinel_values(column.special_values, fmt)
                    if codes:
                        sentinels[column.name] = sorted(codes)
            elif column.type is ColumnType.CATEGORICAL and len(numeric) + len(categorical) < max_tabular:
                categorical.append(column.name)
            elif column.type is ColumnType.TEXT:
                text.append(column.name)
        order = [c.name for c in schema.columns if c.name in present]
        return cls(numeric, categorical, text, order, formats, sentinels)


@dataclass
class Table:
    """One table seen through :class:`ColumnRoles`."""

    n_rows: int
    numeric: dict[str, np.ndarray]
    categorical: dict[str, np.ndarray]
    text: dict[str, list[str | None]]

    def take(self, rows: np.ndarray) -> Table:
        """The rows at positions ``rows`` (a subsample)."""
        return Table(
            n_rows=len(rows),
            numeric={k: v[rows] for k, v in self.numeric.items()},
            categorical={k: v[rows] for k, v in self.categorical.items()},
            text={k: [v[i] for i in rows] for k, v in self.text.items()},
        )


def prepare(df: pd.DataFrame, roles: ColumnRoles) -> Table:
    """Typed arrays of ``df``'s columns according to ``roles`` (values coerced, never dropped)."""
    numeric = {
        name: to_numeric(
            df[name],
            is_datetime=name in roles.datetime_formats,
            datetime_format=roles.datetime_formats.get(name),
            sentinels=roles.sentinels.get(name),
        )
        for name in roles.numeric
    }
    categorical = {name: to_category(df[name]) for name in roles.categorical}
    text = {name: to_text(df[name]) for name in roles.text}
    return Table(len(df), numeric, categorical, text)


def to_numeric(
    values: pd.Series,
    *,
    is_datetime: bool = False,
    datetime_format: str | None = None,
    sentinels: list[float] | None = None,
) -> np.ndarray:
    """Float array (NaN for missing or unparsable); datetimes become seconds since the epoch.

    ``sentinels`` are numbers the schema keeps as codes (``-9999``): NaN like other special values.

    Example:
        >>> to_numeric(pd.Series([3.5, -9999, 4.0]), sentinels=[-9999.0]).tolist()
        [3.5, nan, 4.0]
    """
    if is_datetime:
        if pd.api.types.is_datetime64_any_dtype(values):
            parsed = values
        else:
            # Stamps with different offsets (a log in local times) are only comparable in UTC;
            # without utc=True pandas refuses them ("Mixed timezones detected").
            zoned = "%z" in (datetime_format or "")
            parsed = pd.Series(pd.to_datetime(values, format=datetime_format, errors="coerce", utc=zoned),
                               index=values.index)
            unread = parsed.isna() & values.notna()
            if datetime_format and unread.any():
                # Several formats in one column (or none given): read the rest value by value;
                # special values ("unknown") stay NaT.
                try:
                    rest = pd.to_datetime(values[unread], errors="coerce", format="mixed", utc=True)
                    parsed[unread] = rest.dt.tz_localize(None)
                except (TypeError, ValueError):
                    pass  # unreadable leftovers stay NaT
        parsed = pd.Series(parsed)
        if getattr(parsed.dt, "tz", None) is not None:
            parsed = parsed.dt.tz_convert("UTC").dt.tz_localize(None)
        seconds = (parsed - pd.Timestamp("1970-01-01")).dt.total_seconds()
        return seconds.to_numpy(dtype=float, na_value=np.nan)
    # Special values next to the numbers ("inf", "n/a") count as missing here.
    out = numeric_values(values)
    if sentinels:
        out = np.where(np.isin(out, sentinels), np.nan, out)
    return out


def to_category(values: pd.Series) -> np.ndarray:
    """Object array of strings, ``None`` for missing; integral floats print as integers.

    Normalising the text form means a column read as ``1`` on one side and ``"1"`` or ``1.0`` on
    the other still compares equal.
    """
    out = np.empty(len(values), dtype=object)
    for i, value in enumerate(values.tolist()):
        out[i] = category_text(value)
    return out


def category_text(value: object) -> str | None:
    """The canonical text of one categorical value."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float):
        if np.isnan(value):
            return None
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, np.generic):
        return category_text(value.item())
    return str(value)


def to_text(values: pd.Series) -> list[str | None]:
    """Text cells as strings; missing and blank cells become ``None``."""
    out: list[str | None] = []
    for value in values.tolist():
        text = category_text(value)
        out.append(text if text is not None and text.strip() else None)
    return out


def sample_rows(n: int, cap: int, rng: np.random.Generator) -> np.ndarray:
    """Sorted positions of at most ``cap`` rows out of ``n`` (all rows when ``n <= cap``)."""
    if n <= cap:
        return np.arange(n)
    return np.sort(rng.choice(n, size=cap, replace=False))
