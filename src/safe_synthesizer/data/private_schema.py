"""Schema inference under differential privacy (``privacy.dp_enabled``).

Every schema fact a DP run writes into its output is one of three things (docs/privacy-schema.md):

1. **Public by rule** (looks at no value): column names and order; the group-by column and every
   id-named column (``is_id_name``) are identifiers; floats are written with
   ``data.dp_default_decimals`` places; numbers are written plainly; no special values (a value a
   numeric or date column cannot read becomes missing); nothing is ``constant`` or ``empty`` (such
   columns are categorical, and the DP vocabulary decides what survives); the number of privacy
   units is public, as in the DP-SGD accounting.
2. **Given by the user** (``data.column_types``, ``data.datetime_formats``,
   ``data.column_decimals``, ``data.number_formats``): used as given.
3. **Released with a DP mechanism**: for every other column one Laplace histogram of value
   *kinds* over fixed bins (missing, integer, decimal number, a date in each of
   ``DATETIME_FORMATS``, one word, two or three words, four or more words), each privacy unit
   adding weight 1 in total (an entity's rows share it). The type and the date formats are
   post-processing of that histogram. Its epsilon, ``schema_epsilon``, is part of the
   preprocessing share of ``privacy.epsilon``; each histogram is a ``BudgetItem``
   (``TableSchema.privacy_releases``) that the run's budget records before the codec's statistics.

The schema is inferred on the whole input (holdout rows included) before the split: the
histograms are DP with respect to the whole input, so the split does not matter to the guarantee.
Errors about config (a forced type its values cannot hold) stop the run and release nothing.

Example:
    >>> import pandas as pd
    >>> df = pd.DataFrame({"age": [str(20 + i % 50) for i in range(2000)], "user_id": range(2000)})
    >>> s = infer_private_schema(df, privacy=SchemaPrivacy(epsilon=2.0, seed=0))
    >>> [(c.name, c.type.value) for c in s.columns], len(s.privacy_releases)
    ([('age', 'integer'), ('user_id', 'identifier')], 1)
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping

import numpy as np
import pandas as pd

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.config.privacy import PrivacyParameters
from safe_synthesizer.data.datetimes import DATETIME_FORMATS, _parse_one
from safe_synthesizer.data.id_names import is_id_name
from safe_synthesizer.data.inference import (
    _ZERO_PADDED,
    _check_datetime_format,
    _column_type,
    check_config_columns,
    infer_schema,
)
from safe_synthesizer.data.numbers import NumberFormat, plain_strings
from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.data.schema_notes import check_note
from safe_synthesizer.errors import ConfigError
from safe_synthesizer.privacy.entropy import fresh_seed

# Share of privacy.epsilon for the schema's histograms: enough that MARGIN noise scales stay
# within 7 % of the units (epsilon per histogram >= SCHEMA_UNITS_PER_RELEASE / units), between
# these bounds. With an auto preprocessing share the share grows by it; with an explicit one the
# schema takes at most half of it.
SCHEMA_UNITS_PER_RELEASE = 60.0
MIN_SCHEMA_SHARE, MAX_SCHEMA_SHARE = 0.02, 0.15
# Fixed bins of the value-kind histogram.
MISSING, INTEGER, DECIMAL, DATE = 0, 1, 2, 3
WORD, PHRASE, TEXT = (DATE + len(DATETIME_FORMATS) + i for i in range(3))
N_BINS = TEXT + 1
TEXT_MIN_WORDS = 4
# Decisions on noisy shares. Values a numeric or date column cannot read become missing under DP
# (no special values), so a large majority suffices; "float" and "text" add something only when
# the noisy count also clears MARGIN noise scales (an integer column never turns float by noise).
NUMERIC_MIN_SHARE = 0.8
DATETIME_MIN_SHARE = 0.8
FLOAT_MIN_SHARE = 0.05
TEXT_MIN_SHARE = 0.5
# Titles: mostly phrases of several words, a good part of them long.
PHRASES_MIN_SHARE, LONG_PHRASES_MIN_SHARE = 0.75, 0.25
FORMAT_MIN_SHARE = 0.05
MARGIN = 4.0
# A date format is kept when its count clears the noise of every format bin at once (union bound).
FORMAT_MARGIN = MARGIN + math.log(len(DATETIME_FORMATS))
MIN_VALUES_SCALES = 3.0
MECHANISM = "Laplace histogram of value kinds (fixed bins)"


@dataclasses.dataclass(frozen=True)
class SchemaPrivacy:
    """How a DP run infers its schema: the epsilon for its histograms and the decimals rule.

    ``seed`` is for tests and privacy audits only: a known seed voids the guarantee, so runs
    draw a fresh secret one (``privacy.entropy.fresh_seed``).
    """

    epsilon: float
    default_decimals: int = 2
    seed: int | None = None


def schema_epsilon(privacy: PrivacyParameters, n_units: int, n_releases: int) -> float:
    """Epsilon of the schema's DP releases (0 without DP or without a release).

    ``n_units`` (public, as in the DP-SGD accounting) and ``n_releases`` (columns that config and
    rules leave open, a value-independent count) size it: few units need more.

    Example:
        >>> from safe_synthesizer.config.privacy import PrivacyParameters
        >>> schema_epsilon(PrivacyParameters(dp_enabled=True, epsilon=8.0), 30_000, 15)
        0.16
        >>> schema_epsilon(PrivacyParameters(dp_enabled=True, epsilon=6.0), 312, 17)
        0.9
        >>> schema_epsilon(PrivacyParameters(dp_enabled=True, epsilon=8.0, preprocessing_epsilon_share=0.0), 10, 3)
        0.0
    """
    if not privacy.dp_enabled or n_releases <= 0:
        return 0.0
    wanted = SCHEMA_UNITS_PER_RELEASE * n_releases / (max(n_units, 1) * privacy.epsilon)
    fraction = min(MAX_SCHEMA_SHARE, max(MIN_SCHEMA_SHARE, wanted))
    share = privacy.preprocessing_epsilon_share
    if share != "auto":
        fraction = min(fraction, float(share) / 2)
    return round(privacy.epsilon * fraction, 12)


def infer_run_schema(df: pd.DataFrame, params: SafeSynthesizerParameters, *, seed: int | None = None) -> TableSchema:
    """The run's schema: ``infer_schema`` without DP, ``infer_private_schema`` with it.

    Example:
        >>> import pandas as pd
        >>> from safe_synthesizer.config import SafeSynthesizerParameters
        >>> infer_run_schema(pd.DataFrame({"x": ["1.5", "2.25"]}), SafeSynthesizerParameters())["x"].decimals
        2
    """
    d = params.data
    kwargs = {
        "overrides": d.column_types,
        "datetime_formats": d.datetime_formats,
        "column_decimals": d.column_decimals,
        "number_formats": {name: f.as_schema() for name, f in d.number_formats.items()},
        "group_by": d.group_training_examples_by,
        "order_by": d.order_training_examples_by,
    }
    if not params.privacy.dp_enabled:
        return infer_schema(df, **kwargs)
    types = {
        **d.column_types,
        **({d.group_training_examples_by: ColumnType.IDENTIFIER} if d.group_training_examples_by else {}),
    }
    n_releases = sum(_needs_release(name, types, d.datetime_formats) for name in df.columns)
    n_units = int(_unit_weights(df, d.group_training_examples_by).sum().round())
    epsilon = schema_epsilon(params.privacy, n_units, n_releases)
    privacy = SchemaPrivacy(epsilon, d.dp_default_decimals, seed)
    return infer_private_schema(df, privacy=privacy, **kwargs)


def infer_private_schema(
    df: pd.DataFrame,
    *,
    privacy: SchemaPrivacy,
    overrides: Mapping[str, ColumnType | str] | None = None,
    datetime_formats: Mapping[str, str] | None = None,
    column_decimals: Mapping[str, int] | None = None,
    number_formats: Mapping[str, dict[str, str]] | None = None,
    group_by: str | None = None,
    order_by: str | None = None,
) -> TableSchema:
    """A schema whose every fact is public by rule, user-given or DP-released (module docstring).

    ``n_unique`` and ``n_missing`` stay 0: exact counts of the data are not schema facts here.
    """
    overrides = {k: _column_type(v, k) for k, v in (overrides or {}).items()}
    datetime_formats, decimals = dict(datetime_formats or {}), dict(column_decimals or {})
    formats = dict(number_formats or {})
    check_config_columns(df, overrides, datetime_formats, decimals, formats)
    user_set = set(overrides) | set(datetime_formats)
    if group_by is not None and group_by not in overrides:
        overrides[group_by] = ColumnType.IDENTIFIER
    released = [n for n in df.columns if _needs_release(n, overrides, datetime_formats)]
    epsilon_each = privacy.epsilon / len(released) if released else 0.0
    weights = _unit_weights(df, group_by)
    rng = np.random.default_rng(privacy.seed if privacy.seed is not None else fresh_seed())
    notes = [
        "differential privacy: types and date formats come from config, name rules or a noisy count of value "
        f"kinds; float decimals from data.column_decimals or data.dp_default_decimals ({privacy.default_decimals}); "
        "numbers written plainly unless data.number_formats says otherwise; no special values"
    ]
    columns, releases = [], []
    for name in df.columns:
        fmt = NumberFormat.from_dict(formats.get(name))
        histogram = None
        if name in released and epsilon_each > 0:
            exact = np.bincount(value_kinds(df[name], fmt), weights=weights, minlength=N_BINS)
            histogram = exact + rng.laplace(0.0, 1.0 / epsilon_each, N_BINS)
            releases.append(
                {"name": f"schema_value_kinds:{name}", "epsilon": epsilon_each, "delta": 0.0, "mechanism": MECHANISM}
            )
        elif name in released:
            notes.append(
                check_note(
                    f"'{name}': no schema budget (privacy.preprocessing_epsilon_share is 0); categorical by "
                    "rule, set data.column_types to choose"
                )
            )
        column = _private_column(
            df[name],
            name,
            overrides.get(name),
            datetime_formats.get(name),
            histogram,
            epsilon_each,
            fmt,
            weights.sum(),
            overridden=name in user_set,
        )
        if column.type == ColumnType.FLOAT:
            column = dataclasses.replace(column, decimals=decimals.get(name, privacy.default_decimals))
        elif column.type == ColumnType.INTEGER and decimals.get(name, 0) > 0:
            column = dataclasses.replace(column, type=ColumnType.FLOAT, decimals=decimals[name])
        if not fmt.is_plain and column.type.is_numeric:
            column = dataclasses.replace(column, number_format=fmt.to_dict())
        if column.type == ColumnType.IDENTIFIER and name not in overrides and name != group_by:
            notes.append(check_note(f"'{name}': an identifier by its name (set data.column_types.{name} to model it)"))
        columns.append(column)
    return TableSchema(
        columns=columns, n_rows=len(df), group_by=group_by, order_by=order_by, notes=notes, privacy_releases=releases
    )


def _needs_release(name: str, overrides: Mapping[str, ColumnType], datetime_formats: Mapping[str, str]) -> bool:
    """Whether a column's type or format must be learnt from its values (else config/rules decide)."""
    if name in datetime_formats:
        return False
    forced = overrides.get(name)
    if forced is not None:
        return forced == ColumnType.DATETIME
    return not is_id_name(name)


def _private_column(
    series: pd.Series,
    name: str,
    forced: ColumnType | None,
    datetime_format: str | None,
    histogram: np.ndarray | None,
    epsilon: float,
    fmt: NumberFormat,
    n_units: float,
    *,
    overridden: bool,
) -> ColumnSchema:
    base = {"name": name, "overridden": overridden}
    if datetime_format is not None:
        if forced not in (None, ColumnType.DATETIME):
            return ColumnSchema(type=forced, **base)
        _check_datetime_format(_present_strings(series), name, datetime_format)
        return ColumnSchema(type=ColumnType.DATETIME, datetime_format=datetime_format, **base)
    if forced is not None and forced.is_numeric:
        _check_numbers(series, name, forced, fmt)
        return ColumnSchema(type=forced, **base)
    if forced is not None and forced != ColumnType.DATETIME:
        return ColumnSchema(type=forced, **base)
    if histogram is None:
        kind, formats = (ColumnType.IDENTIFIER if forced is None and is_id_name(name) else ColumnType.CATEGORICAL), []
    else:
        kind, formats = decide_type(histogram, n_units, 1.0 / epsilon)
    if forced == ColumnType.DATETIME and kind != ColumnType.DATETIME:
        formats = _date_formats(histogram, 1.0 / epsilon) if histogram is not None else []
        if not formats:
            raise ConfigError(
                f"data.column_types.{name}: 'datetime' needs a format under differential privacy; "
                f"set data.datetime_formats.{name} (e.g. '%Y-%m-%d')"
            )
        kind = ColumnType.DATETIME
    if kind == ColumnType.DATETIME:
        return ColumnSchema(
            type=kind, datetime_format=formats[0], datetime_formats=formats if len(formats) > 1 else None, **base
        )
    return ColumnSchema(type=kind, **base)


def decide_type(histogram: np.ndarray, n_units: float, scale: float) -> tuple[ColumnType, list[str]]:
    """Type and date formats from a noisy value-kind histogram (post-processing only).

    ``n_units`` is the public number of privacy units (the histogram's exact total), so the
    non-missing total is ``n_units`` minus one noisy bin rather than a sum of many.

    Example:
        >>> h = np.zeros(N_BINS); h[INTEGER] = 990.0; h[DECIMAL] = 10.0
        >>> decide_type(h, 1000, scale=5.0)
        (<ColumnType.INTEGER: 'integer'>, [])
    """
    present = n_units - histogram[MISSING]
    if present < MIN_VALUES_SCALES * scale:
        return ColumnType.CATEGORICAL, []
    numbers = histogram[INTEGER] + histogram[DECIMAL]
    if numbers >= NUMERIC_MIN_SHARE * present:
        is_float = histogram[DECIMAL] >= FLOAT_MIN_SHARE * numbers + MARGIN * scale
        return (ColumnType.FLOAT if is_float else ColumnType.INTEGER), []
    # Dates as the rest of the present values (one noisy bin per other kind, not 29 date bins),
    # and the formats that clear the noise must hold them too.
    others = histogram[[INTEGER, DECIMAL, WORD, PHRASE, TEXT]].sum()
    formats = _date_formats(histogram, scale)
    held = sum(histogram[DATE + DATETIME_FORMATS.index(f)] for f in formats)
    if formats and min(present - others, held) >= DATETIME_MIN_SHARE * present:
        return ColumnType.DATETIME, formats
    text, phrases = histogram[TEXT], histogram[TEXT] + histogram[PHRASE]
    if text >= TEXT_MIN_SHARE * present + MARGIN * scale or (
        text >= LONG_PHRASES_MIN_SHARE * present + MARGIN * scale and phrases >= PHRASES_MIN_SHARE * present
    ):
        return ColumnType.TEXT, []
    return ColumnType.CATEGORICAL, []


def _date_formats(histogram: np.ndarray, scale: float) -> list[str]:
    """Date formats whose noisy count clears the noise and a share of the dates, most common first."""
    dates = histogram[DATE : DATE + len(DATETIME_FORMATS)]
    kept = dates >= FORMAT_MARGIN * scale
    total = float(dates[kept].sum())
    order = np.argsort(-dates, kind="stable")
    return [DATETIME_FORMATS[i] for i in order if kept[i] and dates[i] >= FORMAT_MIN_SHARE * total]


def value_kinds(series: pd.Series, fmt: NumberFormat | None = None) -> np.ndarray:
    """The histogram bin of every value (a rule per value; the bins are fixed).

    Example:
        >>> value_kinds(pd.Series(["7", "2.5", None, "2020-01-31", "ok", "a b", "one two three four"])).tolist()
        [1, 2, 0, 3, 32, 33, 34]
    """
    out = np.full(len(series), MISSING, dtype=np.int64)
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        x = pd.to_numeric(series, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
        finite = np.isfinite(x)
        out[finite] = np.where(np.mod(x[finite], 1) == 0, INTEGER, DECIMAL)
        out[np.isinf(x)] = WORD  # an infinity is no number a DP numeric column keeps
        return out
    strings = _stripped(series)
    present = strings.notna().to_numpy()
    distinct = pd.unique(strings[present])
    kinds = dict.fromkeys(distinct, WORD)
    rest = []
    for text, plain in zip(distinct, plain_strings(list(distinct), fmt), strict=True):
        if plain is not None and not _ZERO_PADDED.match(text):
            kinds[text] = INTEGER if float(plain) % 1 == 0 else DECIMAL
        else:
            rest.append(text)
    candidates = pd.Series([t for t in rest if any(c.isdigit() for c in t)], dtype=object)
    for i, date_format in enumerate(DATETIME_FORMATS):
        if candidates.empty:
            break
        parsed = _parse_one(candidates, date_format).notna().to_numpy()
        for text in candidates[parsed]:
            kinds[text] = DATE + i
        candidates = candidates[~parsed].reset_index(drop=True)
    for text in rest:
        if kinds[text] == WORD:
            words = len(text.split())
            kinds[text] = TEXT if words >= TEXT_MIN_WORDS else PHRASE if words > 1 else WORD
    out[present] = [kinds[t] for t in strings[present]]
    return out


def _stripped(series: pd.Series) -> pd.Series:
    strings = series.astype(object).where(series.notna(), None)
    strings = pd.Series(
        [s.strip() if isinstance(s, str) else None if s is None else str(s) for s in strings],
        index=series.index,
        dtype=object,
    )
    return strings.where(strings.notna() & (strings != ""), None)


def _present_strings(series: pd.Series) -> pd.Series:
    strings = _stripped(series)
    return strings[strings.notna()]


def _unit_weights(df: pd.DataFrame, group_by: str | None) -> np.ndarray:
    """Weight of every row: 1, or 1/(rows of its entity) so each privacy unit adds 1 in total.

    Rows with a missing group value are units of their own, as in ``privacy.privacy_units``.
    """
    if group_by is None or group_by not in df.columns:
        return np.ones(len(df))
    codes, uniques = pd.factorize(df[group_by], use_na_sentinel=True)
    codes = codes.astype(np.int64)
    missing = codes < 0
    codes[missing] = len(uniques) + np.arange(int(missing.sum()))
    return 1.0 / np.bincount(codes)[codes] if len(codes) else np.ones(0)


def _check_numbers(series: pd.Series, name: str, forced: ColumnType, fmt: NumberFormat) -> None:
    """A forced numeric column must read as numbers in its configured (or plain) format.

    The error stops the run before anything is released; it counts, never shows values.
    """
    values = series[series.notna()]
    if pd.api.types.is_numeric_dtype(values.dtype) and not pd.api.types.is_bool_dtype(values.dtype):
        return
    strings = _present_strings(values)
    read = sum(p is not None for p in plain_strings(strings.tolist(), fmt))
    if len(strings) and read < NUMERIC_MIN_SHARE * len(strings):
        raise ConfigError(
            f"data.column_types.{name}: '{forced.value}' but under differential privacy only {read} of "
            f"{len(strings)} values read as numbers written {fmt.describe()}; set data.number_formats.{name} "
            "or use categorical"
        )
