"""Column type inference: decide each column's role from its values.

Rules, in order, on the non-missing values of a column:
all missing -> empty; one distinct value -> constant; at least 90 % of values numbers in one
number format (``1,484,622``, ``3,14``, ``$5``, ``12%``; no zero-padded codes) and the rest a few
repeated codes (``n/a``, ``<5``; ``inf`` always) -> integer or float with ``number_format`` and
``special_values``; an id-named integer column is an identifier when unique per row or when it
repeats over more than 20 distinct values (rows of one subject), else a categorical code; at least
95 % of values dates in one or several formats and the rest a few codes -> datetime; long
multi-word strings -> text; unique (or >= 99 % unique) short tokens, or id-named tokens over
more than 20 distinct values -> identifier; everything else -> categorical. The group-by column
is an identifier of entities.

Every decision a reader might not expect (special values, a number format, several date formats,
an id that repeats, a near-date column kept as text) adds one sentence to ``TableSchema.notes``
with counts and shares, never raw values. ``data.column_types``, ``datetime_formats``,
``column_decimals`` and ``number_formats`` override what the values say.

Privacy policy: every rule above looks at all values, so this module serves runs without DP only.
Under ``privacy.dp_enabled`` ``data.private_schema.infer_run_schema`` decides each schema fact by
config, by a rule that looks at no value (id names, ``data.dp_default_decimals``, plain numbers,
no special values, never constant or empty) or from a Laplace histogram of value kinds charged
to the run's budget (docs/privacy-schema.md).

Id names are ``data.id_names``; the text / identifier / category decision for strings that are
neither numbers nor dates is ``data.string_kinds``.
"""

from __future__ import annotations

import dataclasses
import re
import warnings
from collections.abc import Mapping

import numpy as np
import pandas as pd

from safe_synthesizer.data import durations
from safe_synthesizer.data.datetimes import (
    DATETIME_FORMATS,
    detect_datetime_format,
    detect_datetime_formats,
    parse_datetimes,
)
from safe_synthesizer.data.id_names import ID_MAX_CODES, is_id_name, reference_notes
from safe_synthesizer.data.numbers import (
    NumberFormat,
    detect_number_format,
    infinity_sign,
    plain_strings,
    to_floats,
)
from safe_synthesizer.data.readers import MISSING_TOKENS
from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.data.schema_notes import check_note, format_note
from safe_synthesizer.data.sentinels import find_sentinels, sentinel_values
from safe_synthesizer.data.string_kinds import SAMPLE_SIZE, other_column
from safe_synthesizer.errors import ConfigError

__all__ = ["DATETIME_FORMATS", "detect_datetime_format", "infer_schema", "is_id_name"]

_ZERO_PADDED = re.compile(r"^[+-]?0\d")
# Dialled numbers ("+4930123456"): a plus sign before seven or more digits is a phone, not a quantity.
_DIALLED = re.compile(r"^\+\d{7,}$")
# A censored measurement ("<5", ">200", ">= 90"): a lab's "below/above the assay's range". It is
# read like a number for the column's type (a code kept next to the numbers, as infinities are):
# probe 5's eGFR, 30 % ">90", was typed categorical and its numbers replaced as PII.
_CENSORED = re.compile(r"^\s*(?:<|>|<=|>=|≤|≥)\s*\d+(?:[.,]\d+)?\s*$")
NUMERIC_MIN_SHARE = 0.9
# Error values of Excel/LibreOffice/Sheets cells: codes next to numbers, never text to model.
SPREADSHEET_ERRORS = frozenset({"#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!",
                                "#CALC!", "#ERROR!"})  # fmt: skip
DATETIME_MIN_SHARE = 0.95
# Codes kept next to numbers or dates: few, and each repeated or rare (a one-off in a small
# column is more likely a typo or a free-text remark than a code).
MAX_SPECIAL_VALUES = 10
ONE_OFF_MAX_SHARE = 0.05
# A near miss worth a note: this share of values parsed, but not enough to change the type.
NOTE_MIN_SHARE = 0.5
# Excel date serials of 1955-2119 (a date cell exported unformatted: 45231 is 2023-11-01), in a
# column named like a date.
EXCEL_SERIALS = (20_000, 80_000)
_DATE_NAME = re.compile(r"(date|datum|fecha|data|tarih|datetime|posted|_dt$|^dt_)", re.IGNORECASE)
# Unix epoch times of 2001-2039 in seconds or milliseconds, in a column named like a time.
EPOCHS = ((1e9, 2.2e9), (1e12, 2.2e12))
_EPOCH_NAME = re.compile(r"(epoch|unix|time|ts|stamp|_at$|_ms$|_s$|^t$|received|created|updated)", re.IGNORECASE)
# Percents next to bare fractions: each written so in at least this share of values.
TWO_SCALES_MIN_SHARE = 0.05


def infer_schema(
    df: pd.DataFrame,
    *,
    overrides: Mapping[str, ColumnType | str] | None = None,
    datetime_formats: Mapping[str, str] | None = None,
    column_decimals: Mapping[str, int] | None = None,
    number_formats: Mapping[str, dict[str, str]] | None = None,
    group_by: str | None = None,
    order_by: str | None = None,
) -> TableSchema:
    """Infer a :class:`TableSchema` for ``df``; ``overrides`` force a column's type, the other
    mappings its date format, decimal places (a positive count makes a numeric column float) and
    number format (``NumberFormat.to_dict`` form). DP runs use ``private_schema`` instead.

    Example:
        >>> import pandas as pd
        >>> s = infer_schema(pd.DataFrame({"age": ["31", "45", "27"], "city": ["a", "b", "a"]}))
        >>> [c.type.value for c in s.columns]
        ['integer', 'categorical']
    """
    overrides = dict(overrides or {})
    datetime_formats = dict(datetime_formats or {})
    decimals, formats = dict(column_decimals or {}), dict(number_formats or {})
    check_config_columns(df, overrides, datetime_formats, decimals, formats)
    columns = []
    notes: list[str] = []
    # The missing-value word of each column as the reader found it (``NULL``), kept for the output.
    tokens = df.attrs.get(MISSING_TOKENS, {})
    for name in df.columns:
        forced = overrides.get(name)
        if name == group_by and forced is None:
            forced = ColumnType.IDENTIFIER
        fmt = NumberFormat.from_dict(formats[name]) if name in formats else None
        column, column_notes = _infer_column(
            df[name], name, forced=_column_type(forced, name) if forced else None,
            datetime_format=datetime_formats.get(name), number_format=fmt,
        )
        if name in decimals and column.type.is_numeric and (decimals[name] or column.type == ColumnType.FLOAT):
            column = dataclasses.replace(column, type=ColumnType.FLOAT, decimals=decimals[name])
        if column.overridden and name not in overrides:  # the group-by role, not a user override
            column = dataclasses.replace(column, overridden=False)
        columns.append(column)
        notes.extend(column_notes)
    notes.extend(reference_notes(df, [c.name for c in columns if c.type == ColumnType.IDENTIFIER],
                                 [c.name for c in columns if c.type == ColumnType.CATEGORICAL]))
    schema = TableSchema(columns=columns, n_rows=len(df), group_by=group_by, order_by=order_by, notes=notes)
    return with_missing_tokens(schema, tokens)


def with_missing_tokens(schema: TableSchema, tokens: Mapping[str, str]) -> TableSchema:
    """``schema`` with each column's missing-value word (``NULL``) that ``tokens`` gives it, so the
    output writes missing cells as the input did (outside DP: the word is read from the values)."""
    schema.columns = [dataclasses.replace(c, missing_token=tokens[c.name]) if c.name in tokens else c
                      for c in schema.columns]  # fmt: skip
    return schema


def check_config_columns(df: pd.DataFrame, *mappings: Mapping[str, object]) -> None:
    """Every column named in ``data.column_types``, ``datetime_formats``, ``column_decimals`` and
    ``number_formats`` (in that order) must be in ``df``."""
    keys = ("data.column_types", "data.datetime_formats", "data.column_decimals", "data.number_formats")
    for key, mapping in zip(keys, mappings, strict=False):
        for name in mapping:
            if name not in df.columns:
                raise ConfigError(f"{key}: column '{name}' is not in the data; columns are {list(df.columns)}")


def _column_type(value: ColumnType | str, name: str) -> ColumnType:
    try:
        return ColumnType(value)
    except ValueError:
        allowed = ", ".join(t.value for t in ColumnType)
        raise ConfigError(f"data.column_types.{name}: '{value}' is not a column type; use one of {allowed}") from None


@dataclasses.dataclass
class _Part:
    """The numeric (or date) part of a column and the codes next to it."""

    share: float  # of non-missing values read as numbers/dates (infinity counts as read)
    specials: list[str]  # codes, most common first
    special_share: float
    acceptable: bool  # few enough codes
    fmt: NumberFormat = dataclasses.field(default_factory=NumberFormat)
    plain: list[str | None] = dataclasses.field(default_factory=list)
    formats: list[str] = dataclasses.field(default_factory=list)
    two_scales: bool = False  # "12.5%" next to "0.125": percents and fractions in one column


def _codes(unread: pd.Series, n_values: int, always: pd.Series | None = None) -> tuple[list[str], bool]:
    """Distinct codes, most common first, and whether they are few and repeated (or rare) enough."""
    counts = unread.value_counts()
    ok = len(counts) <= MAX_SPECIAL_VALUES and bool(
        ((counts > 1) | (counts < ONE_OFF_MAX_SHARE * n_values)).all()
    )
    if always is not None and len(always):
        counts = pd.concat([counts, always.value_counts()]).sort_values(ascending=False, kind="stable")
    ordered = sorted(counts.index, key=lambda v: (-int(counts[v]), str(v)))
    return [str(v) for v in ordered], ok


def _numeric_part(values: pd.Series, given: NumberFormat | None = None) -> _Part | None:
    """How ``values`` read as numbers (in the ``given`` format, else the detected one), or None
    when they are not numbers at all."""
    if len(values) == 0 or pd.api.types.is_bool_dtype(values.dtype):
        return None
    if pd.api.types.is_numeric_dtype(values.dtype):
        x = values.to_numpy(dtype=float)
        inf = np.isinf(x)
        specials = sorted({"inf" if v > 0 else "-inf" for v in x[inf]}, reverse=True)
        plain = [None if np.isinf(v) else s for v, s in zip(x, plain_strings(values.tolist()), strict=True)]
        found = find_sentinels(plain)
        if found:
            plain = [None if p is not None and float(p) in found else p for p in plain]
            specials = [*specials, *sorted(found.values())]
        return _Part(1.0, specials, float(inf.mean()), True, plain=plain)
    strings = values.astype(str)
    if (strings.str.match(_ZERO_PADDED) & ~strings.str.match(durations.CLOCK)).any():
        return None  # codes whose zeros matter ("00123"); a clock duration "01:23:45" is a number
    if strings.str.match(_DIALLED).mean() >= 0.5:
        return None  # written "+4930123456": typed a number, it would come back "4930123456"
    fmt, share = (given, 1.0) if given is not None else detect_number_format(strings)
    if share == 0:
        return None
    plain = plain_strings(strings.tolist(), fmt)
    if given is None and (found := find_sentinels(plain)):
        plain = [None if p is not None and float(p) in found else p for p in plain]
    read = np.array([p is not None for p in plain])
    if not read.any():
        return None
    unread = strings[~read]
    infinite = unread.map(infinity_sign).to_numpy() != 0
    specials, ok = _codes(unread[~infinite], len(strings), always=unread[infinite])
    censored = unread.str.match(_CENSORED).to_numpy()
    # A spreadsheet's error cells ('#DIV/0!' where a ratio's denominator is 0) are no text: a ratio
    # column with 12 % of them was typed categorical and its tail model wrote '#ZOR/1!' (probe 6).
    errors = unread.str.strip().isin(SPREADSHEET_ERRORS).to_numpy()
    share = float(read.sum() + (infinite | censored | errors).sum()) / len(strings)
    two_scales = given is None and _percents_and_fractions(strings, plain, fmt)
    return _Part(share, specials, float(1 - read.mean()), ok and not two_scales, fmt=fmt, plain=plain,
                 two_scales=two_scales)  # fmt: skip


def _percents_and_fractions(strings: pd.Series, plain: list[str | None], fmt: NumberFormat) -> bool:
    """True when a percent column also holds bare fractions (``12.5%`` next to ``0.125``, a sheet
    whose cells were typed both ways): read as one number they are two scales, and the output
    wrote ``0.125%`` for a 12.5 % rate."""
    if "%" not in fmt.suffix + fmt.prefix:
        return False
    x = to_floats(plain)
    marked = strings.str.contains("%", regex=False).to_numpy() & np.isfinite(x)
    bare = ~strings.str.contains("%", regex=False).to_numpy() & np.isfinite(x)
    if min(marked.sum(), bare.sum()) < TWO_SCALES_MIN_SHARE * len(x):
        return False
    return bool(np.abs(x[bare]).max() <= 1 < np.abs(x[marked]).max())


def _datetime_part(strings: pd.Series) -> _Part | None:
    """How ``strings`` read as dates (exactly, over the whole column), or None when not at all."""
    formats, share = detect_datetime_formats(strings)
    if not formats or share < NOTE_MIN_SHARE:
        return None
    _, used = parse_datetimes(strings, formats)
    read = used >= 0
    specials, ok = _codes(strings[~read], len(strings))
    # Formats that only read values an earlier one already read are dropped (a sample's artefact).
    counts = np.bincount(used[read], minlength=len(formats))
    kept = [formats[i] for i in np.argsort(-counts, kind="stable") if counts[i] > 0]
    return _Part(float(read.mean()), specials, float(1 - read.mean()), ok, formats=kept)


def _infer_column(
    series: pd.Series, name: str, *, forced: ColumnType | None, datetime_format: str | None,
    number_format: NumberFormat | None = None,
) -> tuple[ColumnSchema, list[str]]:
    values = series.dropna()
    if values.dtype == object or pd.api.types.is_string_dtype(values.dtype):
        values = values.astype(str).str.strip()
        values = values[values != ""]
    n_missing = int(len(series) - len(values))
    n_unique = int(values.nunique())
    base = {"name": name, "n_unique": n_unique, "n_missing": n_missing, "overridden": forced is not None}
    if forced is not None:
        return _forced_column(values, base, forced, datetime_format, number_format), []
    if datetime_format is not None:
        _check_datetime_format(values.astype(str), name, datetime_format)
        return ColumnSchema(type=ColumnType.DATETIME, datetime_format=datetime_format, **base), []
    if len(values) == 0:
        return ColumnSchema(type=ColumnType.EMPTY, **base), []
    if n_unique == 1 and n_missing == 0:
        return ColumnSchema(type=ColumnType.CONSTANT, **base), []
    if n_unique == 1:
        # One value next to blanks is a flag ('H' where a lab value is high): probe 5's 5 % 'H'
        # came out in every row as a constant. As a category, its missing state is modelled too.
        return ColumnSchema(type=ColumnType.CATEGORICAL, **base), []
    notes: list[str] = []
    numeric = _numeric_part(values, number_format)
    if numeric is not None and numeric.share >= NUMERIC_MIN_SHARE and numeric.acceptable:
        column = _numeric_column(values, numeric, base, notes)
        if column is not None:
            return column, notes
    strings = values.astype(str)
    dates = _datetime_part(strings)
    if dates is not None and dates.share >= DATETIME_MIN_SHARE and dates.acceptable:
        return _datetime_column(dates, base, notes), notes
    column = other_column(strings, base, notes)
    if numeric is not None and numeric.two_scales:
        notes.append(check_note(
            f"'{name}': holds percents ('12.5%') and bare fractions ('0.125') in one column, two scales; kept as "
            f"{column.type.value} (values as written): write every rate one way to have it modelled as a number"
        ))
    elif numeric is not None and numeric.share >= NOTE_MIN_SHARE:
        notes.append(check_note(
            f"'{name}': {numeric.share:.0%} of values are numbers but {len(numeric.specials)} distinct other "
            f"values remain; kept as {column.type.value}"
        ))
    elif dates is not None:
        notes.append(
            check_note(f"'{name}': {1 - dates.share:.0%} of values unparsable as dates, kept as {column.type.value}")
        )
    return column, notes


def _numeric_column(values: pd.Series, part: _Part, base: dict, notes: list[str]) -> ColumnSchema | None:
    name, n = base["name"], len(values)
    numbers = to_floats(part.plain)
    finite = numbers[np.isfinite(numbers)]
    if finite.size == 0:
        return None  # only infinities: not a numeric column
    is_integer = bool(np.all(np.mod(finite, 1) == 0))
    number_format = None if part.fmt.is_plain else part.fmt.to_dict()
    if is_integer and is_id_name(name):
        distinct = len(np.unique(finite))
        if distinct == finite.size:
            return ColumnSchema(type=ColumnType.IDENTIFIER, number_format=number_format, **base)
        if distinct <= ID_MAX_CODES:
            notes.append(
                check_note(f"'{name}': id-named integers with only {distinct} distinct values; a categorical code")
            )
            return ColumnSchema(type=ColumnType.CATEGORICAL, **base)
        notes.append(check_note(
            f"'{name}': id-named integers repeat ({distinct} distinct over {n} rows); "
            "kept as an identifier with its rows per id"
        ))
        return ColumnSchema(type=ColumnType.IDENTIFIER, number_format=number_format, **base)
    if number_format is not None:
        notes.append(format_note(f"'{name}': numbers written with {part.fmt.describe()}; written back the same way"))
    if part.specials:
        notes.append(format_note(
            f"'{name}': {len(part.specials)} distinct non-numeric value(s) ({part.special_share:.1%} of values) "
            "kept as special values next to the numbers"
        ))
        if sentinel_values(part.specials, part.fmt):
            notes.append(check_note(
                f"'{name}': an all-nines number far outside the other values repeats (a 'no reading' sentinel); "
                "kept as a code, not as a number of the distribution"
            ))
    specials = part.specials or None
    # "1,718.0": every value shows the same decimals, so the writer meant a float even when each
    # fraction is zero. Only formatted columns are strings in both a CSV and a DataFrame (a
    # float DataFrame has no written decimals), so plain columns keep the integer rule.
    written = part.fmt.fixed_decimals and not part.fmt.is_plain
    if is_integer and written:
        decimals = _decimals(pd.Series([p for p in part.plain if p is not None], dtype=object))
        return ColumnSchema(
            type=ColumnType.FLOAT, decimals=decimals, number_format=number_format, special_values=specials, **base
        )
    if is_integer and _DATE_NAME.search(name) and EXCEL_SERIALS[0] <= finite.min() and finite.max() <= EXCEL_SERIALS[1]:
        notes.append(check_note(
            f"'{name}': a date-named column of whole numbers in the range of Excel's date serials (days since "
            "1899-12-30): modelled and written as integers, not dates; format the column as dates before export"
        ))
    if is_integer and _EPOCH_NAME.search(name) and any(lo <= finite.min() and finite.max() <= hi for lo, hi in EPOCHS):
        notes.append(check_note(
            f"'{name}': whole numbers in the range of Unix epoch times (2001-2039, in seconds or milliseconds): "
            "modelled as integers, each row's value apart from the table's date columns, so a row's epoch "
            "and its dates may disagree; drop the epoch column if a date column holds the same time"
        ))
    if is_integer:
        return ColumnSchema(type=ColumnType.INTEGER, number_format=number_format, special_values=specials, **base)
    if pd.api.types.is_float_dtype(values.dtype):
        decimals = _decimals(values[np.isfinite(values.to_numpy(dtype=float))])
    else:
        decimals = _decimals(pd.Series([p for p in part.plain if p is not None], dtype=object))
        if number_format is None and _zeros_written(part.plain):
            number_format = dataclasses.replace(part.fmt, fixed_decimals=True).to_dict()
            if any(p is not None and "." not in p for p in part.plain):
                # Whole values written bare ('85663' next to '255.80'): codec.group_decimals may
                # find the category that writes them so.
                number_format["bare_whole"] = "true"
            notes.append(format_note(f"'{name}': every fraction written with {decimals} decimals, "
                                     "trailing zeros included; written back so"))  # fmt: skip
    return ColumnSchema(
        type=ColumnType.FLOAT, decimals=decimals, number_format=number_format, special_values=specials, **base
    )


def _datetime_column(part: _Part, base: dict, notes: list[str]) -> ColumnSchema:
    name = base["name"]
    if len(part.formats) > 1:
        notes.append(format_note(
            f"'{name}': dates written in {len(part.formats)} formats ({', '.join(part.formats)}); "
            "each value is written back in its own format"
        ))
    if part.specials:
        notes.append(format_note(
            f"'{name}': {len(part.specials)} distinct non-date value(s) ({part.special_share:.1%} of values) "
            "kept as special values next to the dates"
        ))
    return ColumnSchema(
        type=ColumnType.DATETIME,
        datetime_format=part.formats[0],
        datetime_formats=part.formats if len(part.formats) > 1 else None,
        special_values=part.specials or None,
        **base,
    )


def _forced_column(
    values: pd.Series, base: dict, forced: ColumnType, datetime_format: str | None,
    number_format: NumberFormat | None = None,
) -> ColumnSchema:
    name = base["name"]
    if forced.is_numeric and len(values):
        part = _numeric_part(values, number_format)
        if part is None or part.share < NUMERIC_MIN_SHARE or not part.acceptable:
            raise ConfigError(
                f"data.column_types.{name}: '{forced.value}' but the column has non-numeric values; "
                "use categorical or text"
            )
        decimals = None
        if forced == ColumnType.FLOAT:
            decimals = _decimals(pd.Series([p for p in part.plain if p is not None], dtype=object))
        return ColumnSchema(
            type=forced, decimals=decimals, number_format=None if part.fmt.is_plain else part.fmt.to_dict(),
            special_values=part.specials or None, **base,
        )
    if forced == ColumnType.DATETIME:
        if datetime_format is not None:
            _check_datetime_format(values.astype(str), name, datetime_format)
            return ColumnSchema(type=forced, datetime_format=datetime_format, **base)
        part = _datetime_part(values.astype(str)) if len(values) else None
        if part is None or part.share < DATETIME_MIN_SHARE or not part.acceptable:
            raise ConfigError(
                f"data.column_types.{name}: 'datetime' but no date format fits its values; "
                f"set data.datetime_formats.{name} (e.g. '%Y-%m-%d')"
            )
        return _datetime_column(part, base, [])
    decimals = _decimals(values) if forced == ColumnType.FLOAT else None
    return ColumnSchema(type=forced, decimals=decimals, **base)


def _zeros_written(plain: list[str | None]) -> bool:
    """True when every value written with a fraction shows the same 2+ decimals and some end in a
    zero (``255.80``): the writer fixed the places, and a float read back drops that zero (probe 5).
    Whole values written without a fraction (a yen amount next to cents) do not count against it;
    one decimal is how floats are written anyway, so it needs no format."""
    places, zero = set(), False
    for text in plain:
        if text is None or "." not in text or "e" in text or "E" in text:
            continue
        fraction = text.split(".", 1)[1]
        places.add(len(fraction))
        zero = zero or fraction.endswith("0")
        if len(places) > 1:
            return False
    return zero and len(places) == 1 and min(places) >= 2


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
