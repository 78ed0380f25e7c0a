"""Run-directory tables read and written chunk by chunk, so the data and PII stages hold one chunk.

``typed_chunks`` reads a dataset CSV of the run in chunks (``data.chunked.iter_chunks``) typed with
the run's schema, as ``pipeline.read_dataset`` types the whole file. ``TableWriter`` appends typed
chunks to a CSV that appears (atomically, header included even with no rows) when closed.

One detail makes the files independent of the chunk size: an integer column with missing values is
float64 in a chunk that has a missing value and int64 in one that has none, so pandas would write
``5.0`` in one chunk and ``5`` in another. ``TableWriter`` writes every integral integer column as
integers (``5``), whatever the chunk; a typed re-read gives the same values either way.

Example:
    >>> with TableWriter(Path("out.csv"), schema) as out:  # doctest: +SKIP
    ...     for chunk in typed_chunks(Path("training.csv"), schema):
    ...         out.write(chunk)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import numpy as np
import pandas as pd

from safe_synthesizer.data.chunked import DEFAULT_CHUNK_ROWS, iter_chunks
from safe_synthesizer.data.schema import ColumnType, TableSchema
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.data.writers import RecordWriter


def typed_chunks(path: Path, schema: TableSchema, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> Iterator[pd.DataFrame]:
    """Chunks of at most ``chunk_rows`` rows of a run's CSV, typed with ``schema`` (none for no rows)."""
    for chunk in iter_chunks(Path(path), chunk_rows):
        yield apply_schema(chunk, schema)


def frame_slices(frame: pd.DataFrame, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> Iterator[pd.DataFrame]:
    """``frame`` in consecutive row slices of at most ``chunk_rows`` rows (views, no copies)."""
    for start in range(0, len(frame), chunk_rows):
        yield frame.iloc[start : start + chunk_rows]


def integers_as_integers(frame: pd.DataFrame, schema: TableSchema) -> pd.DataFrame:
    """``frame`` with float64 integer columns (missing values) as nullable Int64, so ``5`` is written, not ``5.0``."""
    integer = {c.name for c in schema.columns if c.type == ColumnType.INTEGER}
    changes = {}
    for name in frame.columns:
        series = frame[name]
        if name in integer and pd.api.types.is_float_dtype(series.dtype):
            values = series.to_numpy()
            present = values[~np.isnan(values)]
            # Only exact integers: a schema checked on a sample could meet a stray 2.5 (kept as is).
            if np.array_equal(present, np.floor(present)) and (np.abs(present) < 2**63).all():
                changes[name] = series.astype("Int64")
    return frame.assign(**changes) if changes else frame


class TableWriter:
    """Typed chunks appended to a CSV; on close the file appears at ``path`` with a header row."""

    def __init__(self, path: Path, schema: TableSchema) -> None:
        self.schema = schema
        self._writer = RecordWriter(Path(path), "csv")

    @property
    def n_rows(self) -> int:
        return self._writer.n_rows

    def write(self, chunk: pd.DataFrame) -> None:
        self._writer.write(integers_as_integers(chunk.reset_index(drop=True), self.schema))

    def close(self) -> Path:
        if self._writer.n_rows == 0:  # an empty split still has its header (read back as zero rows)
            self._writer.write(pd.DataFrame({c: pd.Series(dtype=object) for c in self.schema.names}))
        return self._writer.close()

    def discard(self) -> None:
        self._writer.discard()

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None
    ) -> None:
        if kind is None:
            self.close()
        else:
            self.discard()
