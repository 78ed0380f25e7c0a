"""Large input files inspected and split by streaming: memory set by chunk and sample sizes, not rows.

A CSV/TSV or Parquet file over ``OUT_OF_CORE_BYTES`` is never read whole (outside DP, whose schema
facts are DP releases counted on the whole table, see ``data.private_schema``). ``FileTable``
streams it in chunks of ``chunk_rows`` rows, cells as ``readers.read_table`` reads them, and
``inspect_file`` does what ``pipeline.inspect_data`` does on a table in memory, pass by pass:

1. one pass counts the rows (checking every row's field count and encoding) and keeps the first
   and last row;
2. the schema comes from a uniform sample of ``SCHEMA_SAMPLE_ROWS`` rows checked on every row
   (``data.sampled_schema``: the same sample, so the same schema, as from the table in memory);
3. a spreadsheet's unit and total rows are searched from the first/last row, the sample and, only
   when the last row is larger than every sampled value, one more pass for the column sums;
4. preflight runs on the sample with the whole table's row count, and the group column's distinct
   values are counted chunk by chunk.

The holdout rows follow from the row count (or the group column, read alone), so
``pipeline.process_data`` writes the splits from ``FileTable.typed_chunks``. Peak memory is the
sample plus one chunk (plus the group column when grouped), whatever the file's length.

Example:
    >>> table = FileTable.open(Path("big.csv"))                    # doctest: +SKIP
    >>> for chunk in table.typed_chunks(schema): ...               # doctest: +SKIP
"""

from __future__ import annotations

import csv
import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.chunked import DEFAULT_CHUNK_ROWS, clean_batch, csv_batches, iter_chunks, missing_words
from safe_synthesizer.data.inference import with_missing_tokens
from safe_synthesizer.data.numbers import NumberFormat, parse_numbers
from safe_synthesizer.data.preflight import (
    SHEET_MAX_ROWS,
    TOTAL_TOLERANCE,
    UNIT_ROW_MIN_COLUMNS,
    UNIT_ROW_MIN_SHARE,
    Finding,
    SheetRows,
    _listed,
    _total_label,
)
from safe_synthesizer.data.readers import (
    _DELIMITED,
    _check_duplicate_names,
    _decode_sample,
    _first_short_row,
    _guess_delimiter,
    short_row_error,
)
from safe_synthesizer.data.sampled_schema import SCHEMA_SAMPLE_ROWS, StreamedSchema, infer_schema_streamed
from safe_synthesizer.data.schema import ColumnType, TableSchema
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.errors import UserInputError

# A file larger than this is streamed; a smaller one is read whole as before (a 1,000,000-row
# Adult CSV is about 100 MB, its typed table in memory about 1.5 GB).
OUT_OF_CORE_BYTES = 64 << 20
_PARQUET = (".parquet", ".pq")


def streams(source: object, params: SafeSynthesizerParameters, *, min_bytes: int | None = None) -> bool:
    """Whether ``source`` is inspected by streaming: a plain CSV/TSV or Parquet file over ``min_bytes``,
    outside DP. DataFrames, JSON and gzip files are read whole."""
    if isinstance(source, pd.DataFrame) or params.privacy.dp_enabled or not isinstance(source, str | Path):
        return False
    path = Path(source)
    if not path.is_file() or path.stat().st_size <= (OUT_OF_CORE_BYTES if min_bytes is None else min_bytes):
        return False
    suffix = path.suffix.lower()
    if suffix in _PARQUET:
        return _plain_parquet(path)
    return suffix in _DELIMITED


def _plain_parquet(path: Path) -> bool:
    """A Parquet file without a stored pandas index (``read_table`` would move a named index to the front)."""
    try:
        meta = pq.ParquetFile(path).schema_arrow.pandas_metadata or {}
    except Exception:  # a bad file: read_table gives the one-line error
        return False
    return all(isinstance(i, dict) for i in meta.get("index_columns", []))


@dataclass(frozen=True)
class FileTable:
    """A table file read chunk by chunk; ``skip`` are file row positions that are no records."""

    path: Path
    columns: tuple[str, ...]
    n_file_rows: int
    delimiter: str = ","
    skip: tuple[int, ...] = ()
    chunk_rows: int = DEFAULT_CHUNK_ROWS
    first: pd.DataFrame | None = dataclasses.field(default=None, repr=False, compare=False)
    last: pd.DataFrame | None = dataclasses.field(default=None, repr=False, compare=False)

    @property
    def n_rows(self) -> int:
        """Records: the file's data rows without the skipped ones."""
        return self.n_file_rows - len(self.skip)

    @classmethod
    def open(cls, path: Path, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> FileTable:
        """Check the header, count the rows (every row's fields checked) and keep the first and last row."""
        path = Path(path)
        if path.suffix.lower() in _PARQUET:
            delimiter = ","
            try:
                source = pq.ParquetFile(path)
            except Exception as exc:  # pyarrow raises many types for a bad file
                raise UserInputError(
                    f"{path}: not a readable Parquet file ({type(exc).__name__}); check the file") from exc
            names = [str(n) for n in source.schema_arrow.names]
            n_rows = source.metadata.num_rows
            first = next(source.iter_batches(batch_size=1)).to_pandas() if n_rows else None
            last = None
            if n_rows:
                group = source.read_row_group(source.num_row_groups - 1)
                last = group.slice(group.num_rows - 1).to_pandas()
        else:
            delimiter = _guess_delimiter(path, _decode_sample(path))
            n_rows, first, last = 0, None, None
            try:
                names, batches = csv_batches(path, delimiter)
                for batch in batches:
                    if batch.num_rows and first is None:
                        first = clean_batch(batch.slice(0, 1), names)
                    if batch.num_rows:
                        last_batch = batch
                    n_rows += batch.num_rows
            except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
                raise _read_error(path, delimiter, exc) from None
            if n_rows:
                last = clean_batch(last_batch.slice(last_batch.num_rows - 1), names)
        _check_duplicate_names([n.strip() for n in names], str(path))
        for position, name in enumerate(names, start=1):
            if name.strip() == "":
                raise UserInputError(f"{path}: column {position} has no name; give every column a header")
        if n_rows == 0:
            raise UserInputError(f"{path}: has a header but no data rows; provide at least 200 rows")
        return cls(path, tuple(n.strip() for n in names), n_rows, delimiter, (), chunk_rows,
                   _reset(first), _reset(last))

    def without(self, rows: list[int]) -> FileTable:
        """This table with record positions ``rows`` (of ``chunks()``' rows) left out too."""
        kept = np.delete(np.arange(self.n_file_rows), list(self.skip))
        return dataclasses.replace(self, skip=tuple(sorted({*self.skip, *(int(kept[r]) for r in rows)})))

    def chunks(self) -> Iterator[pd.DataFrame]:
        """The records, raw cells (as ``read_table`` gives them), in chunks of at most ``chunk_rows``."""
        seen = 0
        try:
            for chunk in iter_chunks(self.path, self.chunk_rows, self.delimiter):
                start, seen = seen, seen + len(chunk)
                drop = [p - start for p in self.skip if start <= p < seen]
                if drop:
                    chunk = chunk.drop(index=drop).reset_index(drop=True)
                if len(chunk):
                    chunk.columns = list(self.columns)
                    yield chunk
        except (pa.ArrowInvalid, UnicodeDecodeError) as exc:
            raise _read_error(self.path, self.delimiter, exc) from None

    def typed_chunks(self, schema: TableSchema) -> Iterator[pd.DataFrame]:
        """``chunks()`` typed with ``schema`` (``apply_schema``, one chunk at a time)."""
        for chunk in self.chunks():
            yield apply_schema(chunk, schema)

    def typed_column(self, name: str, schema: TableSchema) -> pd.Series:
        """One column, every record, typed as ``apply_schema`` types the whole table (the holdout's
        group keys: their text decides the split, so an integer column with a missing value anywhere
        is float64 here too, as pd.concat of the chunks makes it)."""
        one = TableSchema(columns=[schema[name]])
        return pd.concat([apply_schema(c[[name]], one)[name] for c in self.chunks()], ignore_index=True)

    def n_distinct(self, name: str) -> int:
        """Distinct present values of a column (``Series.nunique``), counted chunk by chunk."""
        distinct: pa.Array | None = None
        for chunk in self.chunks():
            values = pa.array(chunk[name].dropna().astype(str).to_numpy(dtype=object), type=pa.string())
            both = values if distinct is None else pa.concat_arrays([distinct, values])
            distinct = pc.unique(both)
        return 0 if distinct is None else len(distinct)


def _reset(frame: pd.DataFrame | None) -> pd.DataFrame | None:
    return None if frame is None else frame.reset_index(drop=True)


def _short_row(path: Path, delimiter: str) -> tuple[int, int, int] | None:
    """``read_table``'s field-count scan, run on the file only once pyarrow has refused a row."""
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        try:
            return _first_short_row(handle, delimiter)
        except csv.Error:  # e.g. a cell over the csv module's field limit
            return None


def _read_error(path: Path, delimiter: str, exc: Exception) -> UserInputError:
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if isinstance(exc, UnicodeDecodeError) or "UTF8" in detail or "utf8" in detail.lower():
        return UserInputError(f"{path}: not valid UTF-8 ({detail}); re-save the file as UTF-8 "
                              "(e.g. 'iconv -f cp1252 -t utf-8')")
    name = {"\t": "tab"}.get(delimiter, delimiter)
    if re.search(r"Expected \d+ columns, got \d+", detail):
        # pyarrow's message has no row number and ends with the row's cells, which are not logged
        short = _short_row(path, delimiter)
        if short:
            return short_row_error(path, *short, delimiter)
    detail = detail.split(": ")[0]
    return UserInputError(f"{path}: cannot be read as '{name}'-delimited text ({detail}); "
                          f"check the delimiter (read as '{name}') or quoting")


@dataclass
class FileInspection:
    """What streaming found: the table (sheet rows left out), its schema and sample, sheet findings."""

    table: FileTable
    streamed: StreamedSchema
    sheet: SheetRows
    sample_rows: int = SCHEMA_SAMPLE_ROWS

    @property
    def schema(self) -> TableSchema:
        return self.streamed.schema

    @property
    def sample(self) -> pd.DataFrame:
        return self.streamed.sample

    def notes(self) -> dict:
        """What was computed from a sample, for the run manifest."""
        return {"streamed": True, "chunk_rows": self.table.chunk_rows,
                "schema_sample_rows": min(self.sample_rows, self.table.n_rows),
                "preflight_sample_rows": len(self.sample),
                "sheet_rows_left_out": len(self.table.skip)}


def inspect_file(path: Path, params: SafeSynthesizerParameters, *, chunk_rows: int = DEFAULT_CHUNK_ROWS,
                 sample_rows: int = SCHEMA_SAMPLE_ROWS) -> FileInspection:
    """Schema and sheet rows of a large file by streaming (see the module docstring)."""
    table = FileTable.open(Path(path), chunk_rows)
    streamed = infer_schema_streamed(table.chunks, params, sample_rows=sample_rows)
    sheet = sheet_rows_streamed(table, streamed)
    if sheet.rows:
        table = table.without(sheet.rows)
        streamed = infer_schema_streamed(table.chunks, params, sample_rows=sample_rows)
    if not params.privacy.dp_enabled:
        # The missing-value words read_table finds on the file read whole (``NULL``), for the output.
        with_missing_tokens(streamed.schema, missing_words(table.path, table.delimiter))
    return FileInspection(table, streamed, sheet, sample_rows)


def sheet_rows_streamed(table: FileTable, streamed: StreamedSchema) -> SheetRows:
    """``preflight.sheet_rows`` of the whole file, without holding it: the same rows and findings, except
    header rows under the header (``data.header_rows``), searched only in files read whole."""
    found = SheetRows()
    n = table.n_rows
    schema = streamed.schema
    if n < 3 or n > SHEET_MAX_ROWS or table.first is None or table.last is None:
        return found
    typed = [c for c in schema.columns if c.type in (ColumnType.INTEGER, ColumnType.FLOAT, ColumnType.DATETIME)]
    if not typed:
        return found
    first, last = table.first.iloc[0], table.last
    candidates = [c.name for c in typed if isinstance(first[c.name], str)
                  and first[c.name].strip() in set(c.special_values or [])]
    worded: list[str] = []
    if len(candidates) >= UNIT_ROW_MIN_COLUMNS:  # fewer could not make a unit row: no pass needed
        counts = dict.fromkeys(candidates, 0)
        for chunk in table.chunks():
            for name in candidates:
                counts[name] += int((chunk[name].astype(str).str.strip() == first[name].strip()).sum())
        worded = [name for name in candidates if counts[name] == 1]
    filled = sum(1 for c in typed if pd.notna(first[c.name]) and str(first[c.name]).strip() != "")
    if len(worded) >= UNIT_ROW_MIN_COLUMNS and len(worded) >= UNIT_ROW_MIN_SHARE * max(filled, 1):
        found.rows.append(0)
        found.findings.append(Finding("warning", (  # the words of preflight.sheet_rows
            "the first data row (right under the header) holds words, not values, in "
            f"{len(worded)} number/date columns ({_listed(worded)}): a unit row, left out of training; "
            "delete it from the file to silence this")))
    totals = _total_columns(table, streamed, [c for c in typed if c.type != ColumnType.DATETIME],
                            skip_first=bool(found.rows))
    labelled = _total_label(last, schema)
    if len(totals) >= 2 or (totals and labelled):
        found.rows.append(n - 1)
        found.findings.append(Finding("warning", (
            f"the last data row (row {n}) holds the sums of the rows above in {len(totals)} column(s) "
            f"({_listed(totals)}){' and a total label' if labelled else ''}: a total row, left out of training; "
            "delete it from the file to silence this")))
    return found


def _total_columns(table: FileTable, streamed: StreamedSchema, numeric: list, *, skip_first: bool) -> list[str]:
    """Number columns whose last value is the sum of the values above it; the sums are taken in one
    pass, and only when the last value is larger than every sampled value above it."""
    assert table.last is not None
    n = table.n_rows
    above = streamed.sample[(streamed.positions != n - 1) & ((streamed.positions != 0) | (not skip_first))]
    candidates = {}
    for column in numeric:
        fmt = NumberFormat.from_dict(column.number_format)
        last = parse_numbers(table.last[column.name].tolist(), fmt)[0]
        sample = parse_numbers(above[column.name].tolist(), fmt)
        if np.isfinite(last) and abs(last) > (1 - TOTAL_TOLERANCE) * np.nanmax(np.abs(sample), initial=0.0):
            candidates[column.name] = (fmt, last)
    if not candidates:
        return []
    sums = dict.fromkeys(candidates, 0.0)
    largest = dict.fromkeys(candidates, 0.0)
    finite = dict.fromkeys(candidates, 0)
    seen = 0
    for chunk in table.chunks():
        start, seen = seen, seen + len(chunk)
        keep = np.ones(len(chunk), dtype=bool)
        if start <= n - 1 < seen:
            keep[n - 1 - start] = False
        if skip_first and start == 0:
            keep[0] = False
        for name, (fmt, _) in candidates.items():
            x = parse_numbers(chunk[name].to_numpy()[keep].tolist(), fmt)
            x = x[np.isfinite(x)]
            sums[name] += float(x.sum())
            largest[name] = max(largest[name], float(np.abs(x).max(initial=0.0)))
            finite[name] += len(x)
    out = []
    for name, (_, last) in candidates.items():
        total = sums[name]
        if finite[name] >= 2 and total != 0 and abs(last - total) <= TOTAL_TOLERANCE * abs(total) \
                and abs(total) > largest[name]:
            out.append(name)
    return out
