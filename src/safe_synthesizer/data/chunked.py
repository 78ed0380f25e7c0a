"""Tables larger than memory: chunked reading, bounded random samples, record subsampling.

``iter_chunks`` reads a CSV or Parquet file in chunks of at most ``chunk_rows`` rows with pyarrow
(CSV cells as text, as ``readers.read_table`` reads them: the same values, the same missing
markers), so peak memory is set by ``chunk_rows``, not by the file. ``reservoir_sample`` keeps a
uniform random sample of a fixed size while streaming (what a codec is fitted on, or what a large
output is evaluated on). ``sample_records`` draws ``n`` training records (whole groups when the
table is grouped), which is how the built-in model honours ``training.num_input_records_to_sample``.

Example:
    >>> for chunk in iter_chunks(Path("big.csv"), chunk_rows=100_000):  # doctest: +SKIP
    ...     total += len(chunk)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pcsv
import pyarrow.parquet as pq

from safe_synthesizer.data.readers import NA_VALUES, read_table
from safe_synthesizer.errors import UserInputError

DEFAULT_CHUNK_ROWS = 100_000
_BLOCK_BYTES = 8 << 20


def iter_chunks(path: Path, chunk_rows: int = DEFAULT_CHUNK_ROWS, delimiter: str = ",") -> Iterator[pd.DataFrame]:
    """DataFrames of at most ``chunk_rows`` rows from a CSV (cells as text) or Parquet file."""
    path = Path(path)
    if not path.is_file():
        raise UserInputError(f"{path}: file not found; check the path")
    if path.suffix.lower() in (".parquet", ".pq"):
        try:
            source = pq.ParquetFile(path)
        except Exception as exc:  # pyarrow raises many types for a bad file
            raise UserInputError(f"{path}: not a readable Parquet file ({type(exc).__name__}); check the file") from exc
        for batch in source.iter_batches(batch_size=chunk_rows):
            yield batch.to_pandas()
        return
    names, batches = csv_batches(path, delimiter)
    pending: list[pd.DataFrame] = []
    held = 0
    for batch in batches:
        pending.append(clean_batch(batch, names))
        held += batch.num_rows
        while held >= chunk_rows:
            whole = pd.concat(pending, ignore_index=True)
            yield whole.iloc[:chunk_rows].reset_index(drop=True)
            rest = whole.iloc[chunk_rows:].reset_index(drop=True)
            pending, held = ([rest], len(rest)) if len(rest) else ([], 0)
    if held:
        yield pd.concat(pending, ignore_index=True)


def csv_batches(path: Path, delimiter: str = ",") -> tuple[list[str], Iterator[pa.RecordBatch]]:
    """The (stripped) header names and the pyarrow record batches of a delimited file, cells as
    text and ``NA_VALUES`` words missing."""
    header, reader = _open_csv(path, delimiter, na_words=True)
    return [n.strip() for n in header], iter(reader)


def _open_csv(path: Path, delimiter: str, *, na_words: bool) -> tuple[list[str], pcsv.CSVStreamingReader]:
    """The raw header names and a streaming reader of a delimited file, every column as text.
    ``na_words``: ``NA_VALUES`` words read as missing (else kept as the words themselves, which
    ``missing_words`` counts)."""
    header = pcsv.open_csv(path, read_options=pcsv.ReadOptions(block_size=1 << 16),
                           parse_options=pcsv.ParseOptions(delimiter=delimiter)).schema.names
    nulls: dict[str, object] = {"null_values": [], "strings_can_be_null": False}
    if na_words:
        nulls = {"null_values": NA_VALUES, "strings_can_be_null": True, "quoted_strings_can_be_null": True}
    reader = pcsv.open_csv(
        path,
        read_options=pcsv.ReadOptions(block_size=_BLOCK_BYTES, encoding="utf8"),
        parse_options=pcsv.ParseOptions(delimiter=delimiter, newlines_in_values=True),
        convert_options=pcsv.ConvertOptions(column_types={n: pa.string() for n in header}, **nulls),
    )
    return header, reader


def missing_words(path: Path, delimiter: str = ",") -> dict[str, str]:
    """Column -> the one ``NA_VALUES`` word its missing cells are written with (``NULL``), over a
    delimited file read in batches: what ``read_table`` puts in ``attrs[MISSING_TOKENS]`` (Parquet: none)."""
    if Path(path).suffix.lower() in (".parquet", ".pq"):
        return {}
    header, reader = _open_csv(path, delimiter, na_words=False)
    words = pa.array(NA_VALUES, type=pa.string())
    seen: dict[str, set[str]] = {}
    for batch in reader:
        for name, column in zip(header, batch.columns, strict=True):
            cells = pc.utf8_ltrim(column, characters=" ")
            found = pc.unique(pc.filter(cells, pc.is_in(cells, value_set=words))).to_pylist()
            if found:
                seen.setdefault(name.strip(), set()).update(found)
    return {name: next(iter(found)) for name, found in seen.items() if len(found) == 1 and "" not in found}


def clean_batch(batch: pa.RecordBatch, names: list[str]) -> pd.DataFrame:
    """A record batch as ``read_table`` reads the same cells: leading spaces dropped, NA words missing."""
    frame = batch.to_pandas()
    frame.columns = names
    # skipinitialspace as in read_table: a space after the delimiter is not part of the value.
    frame = frame.apply(lambda s: s.str.lstrip(" ") if s.dtype != float else s)
    return frame.mask(frame.isin(NA_VALUES))


def count_rows(path: Path, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> int:
    """Data rows of a CSV or Parquet file, streaming (Parquet: from its metadata)."""
    path = Path(path)
    if path.suffix.lower() in (".parquet", ".pq"):
        return pq.ParquetFile(path).metadata.num_rows
    _, batches = csv_batches(path)  # parsed only: no DataFrames are made to count rows
    return sum(batch.num_rows for batch in batches)


def reservoir_sample(chunks: Iterator[pd.DataFrame], n: int, seed: int = 0) -> tuple[pd.DataFrame, int]:
    """A uniform random sample of ``n`` rows from a stream of chunks, and the stream's row count.

    Memory is ``n`` rows plus one chunk. Each row gets a random key and the ``n`` smallest keys
    are kept (a bottom-k sample: uniform without replacement, whatever the chunk sizes). Rows
    keep their stream order.
    """
    kept, seen, _ = reservoir_sample_positions(chunks, n, seed)
    return kept, seen


def reservoir_sample_positions(
    chunks: Iterator[pd.DataFrame], n: int, seed: int = 0
) -> tuple[pd.DataFrame, int, np.ndarray]:
    """``reservoir_sample`` and the stream positions of the kept rows (ascending)."""
    rng = np.random.default_rng([seed, 11])
    kept: pd.DataFrame | None = None
    kept_keys = np.empty(0)
    kept_pos = np.empty(0, dtype=np.int64)
    seen = 0
    for chunk in chunks:
        keys = rng.random(len(chunk))
        pos = np.arange(seen, seen + len(chunk))
        seen += len(chunk)
        both = chunk.reset_index(drop=True) if kept is None else pd.concat([kept, chunk], ignore_index=True)
        all_keys, all_pos = np.concatenate([kept_keys, keys]), np.concatenate([kept_pos, pos])
        if len(both) > n:
            best = np.argpartition(all_keys, n - 1)[:n]
            best = best[np.argsort(all_pos[best])]
            both, all_keys, all_pos = both.iloc[best].reset_index(drop=True), all_keys[best], all_pos[best]
        kept, kept_keys, kept_pos = both, all_keys, all_pos
    if kept is None:
        return pd.DataFrame(), 0, kept_pos
    return kept, seen, kept_pos


def sample_records(training: pd.DataFrame, n: int | str, seed: int, group_by: str | None = None) -> pd.DataFrame:
    """``n`` records drawn at random without replacement (``auto`` or ``n >= len``: all of them).

    With ``group_by`` whole groups are drawn until ``n`` records are reached, so a privacy unit is
    never split. Rows keep their order.
    """
    keys = training[group_by] if group_by and group_by in training.columns else None
    keep = record_mask(len(training), n, seed, keys)
    if keep is None:
        return training
    return training[keep].reset_index(drop=True)


def record_mask(n_rows: int, n: int | str, seed: int, keys: pd.Series | None = None) -> np.ndarray | None:
    """Which of ``n_rows`` records ``sample_records`` keeps (None: all), from the row count and the
    group keys alone, so a file can be sampled while it streams past."""
    if n == "auto" or int(n) >= n_rows:
        return None
    rng = np.random.default_rng([seed, 13])
    if keys is not None:
        codes, _ = pd.factorize(keys, use_na_sentinel=False)
        sizes = np.bincount(codes)
        order = rng.permutation(len(sizes))
        take = order[: int(np.searchsorted(np.cumsum(sizes[order]), int(n))) + 1]
        return np.isin(codes, take)
    keep = np.zeros(n_rows, dtype=bool)
    keep[rng.choice(n_rows, size=int(n), replace=False)] = True
    return keep


# A generated file above this size is evaluated on a sample read by streaming; smaller ones are
# read whole as before (a 1,000,000-row Adult output is about 100 MB).
WHOLE_READ_MAX_BYTES = 64 << 20
EVALUATION_SAMPLE_ROWS = 100_000


def read_sample(path: Path, max_rows: int | None, seed: int = 0) -> tuple[pd.DataFrame, int]:
    """``path`` read whole, or when larger than ``WHOLE_READ_MAX_BYTES`` a uniform sample of
    ``max_rows`` rows read chunk by chunk; returns the table and the file's row count.

    ``max_rows=None`` always reads the whole file (e.g. entity histories, which a row sample
    would cut apart).
    """
    path = Path(path)
    if max_rows is None or path.stat().st_size <= WHOLE_READ_MAX_BYTES:
        frame = read_table(path)
        return frame, len(frame)
    return reservoir_sample(iter_chunks(path), max_rows, seed)
