"""The schema of a large table: types from a bounded sample, checked on every row in chunks.

Inferring a schema looks at every value (number formats, decimals, date formats), about 9 CPU s
per million Adult rows. A table over ``SCHEMA_SAMPLE_ROWS`` rows is therefore inferred on a
uniform sample of that many rows, and the sample's decisions are then checked against every
row, chunk by chunk (streaming statistics): a numeric column must read every present value as a
number (an integer as an integer, a float at its decimals), a datetime column must parse every
present value or know it as a special value, a constant column must hold one value and an empty
column none. A column that fails a check is inferred again on all of its rows (one column in
memory at a time), so every schema fact a check covers is the whole table's. Missing and distinct
counts are counted on every row (one copy of each distinct value is held while counting). Which columns were
re-inferred, and the sample size, are stated in the schema's notes (``schema.json``).

Tables of at most ``SCHEMA_SAMPLE_ROWS`` rows, and DP runs (whose schema facts are DP releases
counted per privacy unit, see ``data.private_schema``), take the whole-table inference unchanged.

Example:
    >>> schema = infer_schema_sampled(raw, params)                          # doctest: +SKIP
    >>> schema = infer_schema_from_file(Path("big.csv"), params)            # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.chunked import (
    DEFAULT_CHUNK_ROWS,
    iter_chunks,
    reservoir_sample,
    reservoir_sample_positions,
)
from safe_synthesizer.data.datetimes import parse_datetimes
from safe_synthesizer.data.inference import infer_schema, with_missing_tokens
from safe_synthesizer.data.numbers import NumberFormat, read_plain, to_floats
from safe_synthesizer.data.private_schema import infer_run_schema
from safe_synthesizer.data.readers import MISSING_TOKENS
from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.data.schema_notes import format_note

SCHEMA_SAMPLE_ROWS = 100_000


def infer_schema_sampled(
    raw: pd.DataFrame,
    params: SafeSynthesizerParameters,
    *,
    sample_rows: int = SCHEMA_SAMPLE_ROWS,
    chunk_rows: int = DEFAULT_CHUNK_ROWS,
) -> TableSchema:
    """``infer_run_schema(raw, params)``, from a sample of ``sample_rows`` rows when ``raw`` is larger."""
    if params.privacy.dp_enabled or len(raw) <= sample_rows:
        return infer_run_schema(raw, params)

    def chunks() -> Iterator[pd.DataFrame]:
        for start in range(0, len(raw), chunk_rows):
            yield raw.iloc[start : start + chunk_rows]

    # The same bottom-k sample a file read in chunks gets (its keys do not depend on chunk sizes).
    sample, _ = reservoir_sample(chunks(), sample_rows, _seed(params))
    schema = _checked(infer_run_schema(sample, params), sample_rows, chunks, lambda name: raw[[name]], params)
    # The whole table's missing-value words (``NULL``), as read_table found them.
    return with_missing_tokens(schema, raw.attrs.get(MISSING_TOKENS, {}))


def infer_schema_from_file(
    path: Path,
    params: SafeSynthesizerParameters,
    *,
    sample_rows: int = SCHEMA_SAMPLE_ROWS,
    chunk_rows: int = DEFAULT_CHUNK_ROWS,
) -> TableSchema:
    """The schema of a CSV/Parquet file read in chunks: memory is ``sample_rows`` rows plus a chunk.

    Gives what ``infer_schema_sampled`` gives on the file read whole (the same sample rows are not
    guaranteed: the file is sampled by streaming), and the whole-table schema when the file has
    at most ``sample_rows`` rows.
    """
    return infer_schema_streamed(lambda: iter_chunks(path, chunk_rows), params, sample_rows=sample_rows).schema


@dataclasses.dataclass
class StreamedSchema:
    """A schema inferred by streaming, with the sample it was inferred on (``positions``: its rows)."""

    schema: TableSchema
    sample: pd.DataFrame
    positions: np.ndarray
    n_rows: int


def infer_schema_streamed(
    chunks: Callable[[], Iterator[pd.DataFrame]],
    params: SafeSynthesizerParameters,
    *,
    sample_rows: int = SCHEMA_SAMPLE_ROWS,
) -> StreamedSchema:
    """The schema of the table ``chunks()`` yields (each call streams it afresh from the start).

    The sample is the one ``infer_schema_sampled`` draws from the same rows held in memory (the
    bottom-k keys do not depend on chunk sizes), so the schema is the same as from the whole table.
    """
    if params.privacy.dp_enabled:
        raise ValueError("a DP run infers its schema from the whole table (data.private_schema)")
    sample, n_rows, positions = reservoir_sample_positions(chunks(), sample_rows, _seed(params))
    schema = infer_run_schema(sample, params)
    if n_rows > sample_rows:

        def column(name: str) -> pd.DataFrame:
            return pd.concat([c[[name]] for c in chunks()], ignore_index=True)

        schema = _checked(schema, sample_rows, chunks, column, params)
    return StreamedSchema(schema, sample, positions, n_rows)


def _seed(params: SafeSynthesizerParameters) -> int:
    return int(params.data.random_state) if params.data.random_state is not None else 0


def _checked(
    schema: TableSchema,
    sample_rows: int,
    chunks: Callable[[], Iterator[pd.DataFrame]],
    column: Callable[[str], pd.DataFrame],
    params: SafeSynthesizerParameters,
) -> TableSchema:
    """``schema`` (inferred on a sample) checked on every chunk; failing columns re-inferred whole."""
    failed: set[str] = set()
    seen: dict[str, set[str]] = {c.name: set() for c in schema.columns}
    counts = {c.name: _Counts() for c in schema.columns}
    n_rows = 0
    for chunk in chunks():
        n_rows += len(chunk)
        for col in schema.columns:
            present = _present(chunk[col.name])
            counts[col.name].add(present, len(chunk))
            if col.name not in failed and not _holds(col, present, seen[col.name]):
                failed.add(col.name)
    columns = []
    for col in schema.columns:
        if col.name in failed:
            whole = _infer_one(column(col.name), col.name, params)
            columns.append(whole.columns[0])
            schema.notes.extend(whole.notes)
        else:
            # The sample decided the type; the counts are the whole table's.
            columns.append(dataclasses.replace(col, n_unique=counts[col.name].n_unique,
                                               n_missing=counts[col.name].n_missing))
    text = (f"column types inferred from a uniform sample of {sample_rows:,} of {n_rows:,} rows and checked "
            f"on every row")
    note = format_note(text + (f"; inferred again on all rows: {', '.join(sorted(failed))}" if failed else ""))
    return TableSchema(columns=columns, n_rows=n_rows, group_by=schema.group_by, order_by=schema.order_by,
                       notes=[*schema.notes, note])


def _present(series: pd.Series) -> pa.Array | np.ndarray:
    """A chunk's present values as ``inference`` sees them: stripped non-empty strings (pyarrow,
    vectorised), or the non-missing values of a typed (numeric, datetime) column."""
    values = series.dropna()
    if not (values.dtype == object or pd.api.types.is_string_dtype(values.dtype)):
        return values.to_numpy()
    try:
        arr = pa.array(values.to_numpy(dtype=object), type=pa.string())
    except (pa.ArrowInvalid, pa.ArrowTypeError):  # numbers mixed in: as their text, as inference reads them
        arr = pa.array(values.astype(str).to_numpy(dtype=object), type=pa.string())
    arr = pc.utf8_trim_whitespace(arr)
    return arr.filter(pc.not_equal(arr, ""))


class _Counts:
    """Missing and distinct values of one column over the chunks, as ``inference`` counts them.

    Distinct values are kept (merged every few chunks), so this holds one copy of each.
    """

    def __init__(self) -> None:
        self.n_missing = 0
        self._distinct: list[pa.Array | np.ndarray] = []

    def add(self, present: pa.Array | np.ndarray, n_rows: int) -> None:
        self.n_missing += n_rows - len(present)
        self._distinct.append(pc.unique(present) if isinstance(present, pa.Array) else np.unique(present))
        if len(self._distinct) >= 8:
            self._merge()

    def _merge(self) -> None:
        arrow = [a for a in self._distinct if isinstance(a, pa.Array)]
        other = [a for a in self._distinct if not isinstance(a, pa.Array)]
        merged: list[pa.Array | np.ndarray] = [pc.unique(pa.concat_arrays(arrow))] if arrow else []
        self._distinct = merged + ([np.unique(np.concatenate(other))] if other else [])

    @property
    def n_unique(self) -> int:
        self._merge()
        return sum(len(a) for a in self._distinct)


def _holds(col: ColumnSchema, present: pa.Array | np.ndarray, distinct: set[str]) -> bool:
    """Whether this chunk's present values agree with the sampled decision (``distinct``: values so far)."""
    if col.type in (ColumnType.EMPTY, ColumnType.CONSTANT):
        values = pc.unique(present).to_pylist() if isinstance(present, pa.Array) else np.unique(present).tolist()
        distinct.update(str(v) for v in values[:2])
        return len(distinct) <= (0 if col.type == ColumnType.EMPTY else 1)
    if col.type.is_numeric:
        numbers = _numbers(col, present)
        if numbers is None or np.isnan(numbers).any():
            return False
        finite = numbers[np.isfinite(numbers)]
        if col.type == ColumnType.INTEGER:
            return bool(np.all(np.mod(finite, 1) == 0))
        decimals = col.decimals if col.decimals is not None else 10
        return bool(np.allclose(np.round(finite, decimals), finite, rtol=1e-12, atol=0))
    if col.type == ColumnType.DATETIME and col.datetime_format and isinstance(present, pa.Array):
        strings = pd.Series(present.to_numpy(zero_copy_only=False), dtype=object)
        parsed, _ = parse_datetimes(strings, col.datetime_formats or [col.datetime_format])
        unread = strings.to_numpy()[parsed.isna().to_numpy()]
        return bool(np.isin(unread, list(col.special_values or [])).all())
    return True  # categorical, text and identifier columns take any string


def _numbers(col: ColumnSchema, present: pa.Array | np.ndarray) -> np.ndarray | None:
    """Present values as float64 (special values left out); NaN where a value is not a number."""
    if not isinstance(present, pa.Array):
        return pd.to_numeric(pd.Series(present), errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
    if col.number_format or col.special_values:
        fmt = NumberFormat.from_dict(col.number_format) if col.number_format else None
        strings = present.to_pylist()
        numbers = to_floats(read_plain(strings, fmt))
        special = np.isin(np.asarray(strings, dtype=object), list(col.special_values or []))
        return numbers[~special]
    try:  # pyarrow reads a chunk of number strings ~10x faster than pandas
        return pc.cast(present, pa.float64()).to_numpy(zero_copy_only=False)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        strings = pd.Series(present.to_numpy(zero_copy_only=False), dtype=object)
        return pd.to_numeric(strings, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)


def _infer_one(frame: pd.DataFrame, name: str, params: SafeSynthesizerParameters) -> TableSchema:
    """``infer_run_schema`` of one column, with the config that names it."""
    d = params.data
    return infer_schema(
        frame,
        overrides={k: v for k, v in d.column_types.items() if k == name},
        datetime_formats={k: v for k, v in d.datetime_formats.items() if k == name},
        column_decimals={k: v for k, v in d.column_decimals.items() if k == name},
        number_formats={k: f.as_schema() for k, f in d.number_formats.items() if k == name},
        group_by=d.group_training_examples_by if d.group_training_examples_by == name else None,
        order_by=d.order_training_examples_by if d.order_training_examples_by == name else None,
    )
