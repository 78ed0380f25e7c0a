"""Write a table chunk by chunk to CSV or Parquet at constant memory, atomically.

Generation yields records in chunks; ``RecordWriter`` appends each chunk to a temporary sibling
of the target and renames it onto the target only when every chunk is written, so memory does
not grow with the record count and a reader never sees a partial table. The format follows the
file suffix (``.parquet``/``.pq``: Parquet, anything else: CSV as ``DataFrame.to_csv`` writes it).

Example:
    >>> with RecordWriter(Path("synthetic.parquet")) as writer:  # doctest: +SKIP
    ...     for chunk in backend.iter_generate(model_dir, params, num_records=10_000_000):
    ...         writer.write(chunk)
    >>> writer.n_rows  # doctest: +SKIP
    10000000
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import TracebackType
from typing import IO, Literal

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from safe_synthesizer.data.readers import MISSING_TOKENS

Format = Literal["csv", "parquet"]
PARQUET_SUFFIXES = (".parquet", ".pq")


def output_format(path: Path) -> Format:
    """``parquet`` for a ``.parquet``/``.pq`` path, else ``csv``."""
    return "parquet" if Path(path).suffix.lower() in PARQUET_SUFFIXES else "csv"



def csv_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with carriage returns inside text written as newlines.

    ``to_csv`` quotes a value holding ``\\n`` but not one holding a lone ``\\r``, and a CSV reader
    then sees a line break in an unquoted field; free text generated from quoted multi-line
    training values can hold either.

    Example:
        >>> csv_safe(pd.DataFrame({"note": ["a\\r\\nb", "c\\rd", "e"]}))["note"].tolist()
        ['a\\nb', 'c\\nd', 'e']
    """
    text = [c for c in frame.columns if frame[c].dtype == object or pd.api.types.is_string_dtype(frame[c])]
    carrying = [c for c in text if frame[c].astype("string").str.contains("\r", regex=False).any()]
    if not carrying:
        return frame
    frame = frame.copy()
    for column in carrying:
        frame[column] = frame[column].map(
            lambda v: v.replace("\r\n", "\n").replace("\r", "\n") if isinstance(v, str) else v
        )
    return frame


def with_missing_tokens(frame: pd.DataFrame, tokens: Mapping[str, str] | None = None) -> pd.DataFrame:
    """``frame`` with the missing cells of each column in ``tokens`` written as that column's word
    (``NULL``), as the input wrote them; CSV only (a Parquet null stays null). ``tokens`` None:
    the words in ``frame.attrs[MISSING_TOKENS]`` (set by ``read_table`` and ``TabularCodec.decode``;
    pandas drops them on concat of unlike frames and on merges, so callers pass them explicitly).

    Example:
        >>> f = pd.DataFrame({"tier": ["Gold", None], "n": [1.0, None]})
        >>> with_missing_tokens(f, {"tier": "NULL"})["tier"].tolist(), with_missing_tokens(f)["tier"].isna().tolist()
        (['Gold', 'NULL'], [False, True])
    """
    given = frame.attrs.get(MISSING_TOKENS, {}) if tokens is None else tokens
    tokens = {c: t for c, t in given.items() if c in frame}
    filled = [c for c in tokens if frame[c].isna().any()]
    if not filled:
        return frame
    frame = frame.copy()
    for column in filled:
        frame[column] = frame[column].astype(object).where(frame[column].notna(), tokens[column])
    return frame


class RecordWriter:
    """Append DataFrame chunks to ``path`` (CSV or Parquet); the file appears on ``close``.

    The first chunk fixes the columns (and, for Parquet, the column types: a column that is all
    missing in the first chunk is written as text). ``header=False`` writes CSV without a header
    row (the shards of a sharded generation, concatenated after the first one).
    ``missing_tokens`` (``TableSchema.missing_tokens``): each column's word for a missing CSV cell
    (``NULL``); None reads them from each chunk's ``attrs`` (empty cells where pandas lost them).
    """

    def __init__(self, path: Path, fmt: Format | None = None, *, header: bool = True,
                 missing_tokens: Mapping[str, str] | None = None) -> None:
        self.path = Path(path)
        self.missing_tokens = None if missing_tokens is None else dict(missing_tokens)
        self.format: Format = fmt or output_format(self.path)
        self.header = header
        self.n_rows = 0
        self.columns: list[str] | None = None
        self._schema: pa.Schema | None = None
        self._parquet: pq.ParquetWriter | None = None
        self._csv: IO[str] | None = None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        os.close(fd)
        self._tmp = Path(tmp)
        self._closed = False

    def write(self, chunk: pd.DataFrame) -> None:
        """Append ``chunk`` (its columns must be those of the first chunk, in any order)."""
        if self.columns is None:
            self.columns = [str(c) for c in chunk.columns]
        elif list(chunk.columns) != self.columns:
            chunk = chunk[self.columns]
        if self.format == "csv":
            if self._csv is None:
                self._csv = self._tmp.open("w", encoding="utf-8", newline="")
            chunk = with_missing_tokens(csv_safe(chunk), self.missing_tokens)
            chunk.to_csv(self._csv, header=self.header and self.n_rows == 0 and self._csv.tell() == 0, index=False)
        else:
            table = self._arrow(chunk)
            if self._parquet is None:
                self._parquet = pq.ParquetWriter(self._tmp, table.schema, compression="snappy")
            self._parquet.write_table(table)
        self.n_rows += len(chunk)

    def _arrow(self, chunk: pd.DataFrame) -> pa.Table:
        if self._schema is None:
            arrays = [_to_arrow(chunk[c], None) for c in chunk.columns]
            fields = [pa.field(str(c), pa.string() if a.type == pa.null() else a.type) for c, a in zip(
                chunk.columns, arrays, strict=True)]
            self._schema = pa.schema(fields)
        arrays = [_to_arrow(chunk[f.name], f.type) for f in self._schema]
        return pa.Table.from_arrays(arrays, schema=self._schema)

    def close(self) -> Path:
        """Finish the file and rename it onto ``path`` (with no chunk written: an empty file)."""
        if self._closed:
            return self.path
        self._closed = True
        if self._csv is not None:
            self._csv.close()
        if self._parquet is not None:
            self._parquet.close()
        elif self.format == "parquet":
            # No chunk at all: an empty Parquet file with no columns is still a valid file.
            pq.write_table(pa.table({}), self._tmp)
        os.replace(self._tmp, self.path)
        return self.path

    def discard(self) -> None:
        """Drop the temporary file; the target is left as it was."""
        self._closed = True
        for handle in (self._csv, self._parquet):
            if handle is not None:
                handle.close()
        self._tmp.unlink(missing_ok=True)

    def __enter__(self) -> RecordWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None
    ) -> None:
        if kind is None:
            self.close()
        else:
            self.discard()


def _to_arrow(series: pd.Series, target: pa.DataType | None) -> pa.Array:
    """One column as an Arrow array of ``target`` type (mixed Python objects become text)."""
    try:
        array = pa.array(series, from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        array = pa.array(series.astype(object).where(series.notna(), None).map(
            lambda v: v if v is None else str(v)), type=pa.string())
    if target is None or array.type == target:
        return array
    if target == pa.string() and not pa.types.is_string(array.type):
        text = series.astype(object).where(series.notna(), None).map(lambda v: v if v is None else str(v))
        return pa.array(text, type=pa.string())
    try:
        return array.cast(target)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError) as exc:
        raise ValueError(
            f"column '{series.name}': a later chunk holds {array.type} values that do not fit the "
            f"file's {target} column ({exc})"
        ) from exc


def concatenate(parts: Iterable[Path], path: Path, fmt: Format | None = None) -> None:
    """Merge part files (the first CSV with a header, the others without) into ``path``, streaming.

    CSV parts are concatenated byte for byte; Parquet parts are copied row group by row group.
    """
    parts = [Path(p) for p in parts]
    fmt = fmt or output_format(path)
    if fmt == "csv":
        with tempfile.NamedTemporaryFile(dir=Path(path).parent, prefix=f".{Path(path).name}.", suffix=".tmp",
                                         delete=False) as out:
            for part in parts:
                with part.open("rb") as src:
                    shutil.copyfileobj(src, out, length=4 << 20)
        os.replace(out.name, path)
        return
    schema: pa.Schema | None = None
    writer: pq.ParquetWriter | None = None
    fd, tmp = tempfile.mkstemp(prefix=f".{Path(path).name}.", suffix=".tmp", dir=Path(path).parent)
    os.close(fd)
    try:
        for part in parts:
            source = pq.ParquetFile(part)
            for group in range(source.num_row_groups):
                table = source.read_row_group(group)
                if schema is None:
                    schema = table.schema
                    writer = pq.ParquetWriter(tmp, schema, compression="snappy")
                elif table.schema != schema:
                    table = table.cast(schema)
                writer.write_table(table)
        if writer is None:
            pq.write_table(pa.table({}), tmp)
        else:
            writer.close()
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
