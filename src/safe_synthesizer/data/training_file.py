"""A large training split trained on from its file: codec fitted on a bounded sample, tokens on disk.

Reading a 1,000,000-row training split whole took about 1.5 GB before a single token was made.
``TrainingFile`` stands for the split instead (``pipeline.train`` passes one to the built-in model
when the file is over ``data.chunked.WHOLE_READ_MAX_BYTES``, outside DP and entity histories):

- ``training.num_input_records_to_sample`` picks its records from the row count (and the group
  column, read alone) exactly as ``chunked.sample_records`` picks them from the table in memory;
- the codec is fitted on a uniform sample of at most ``CODEC_SAMPLE_ROWS`` of those records (all
  of them when fewer: then the codec is the one the table in memory gives). A category or exact
  value the codec keeps must reach ``training.rare_category_threshold`` in the sample, so a sample
  keeps no value the whole split would protect; the model's metrics state the sample size;
- every selected record is encoded chunk by chunk into a memory-mapped token file
  (``data.token_store``), so memory is the sample plus one chunk plus the compact tokens.

Example:
    >>> source = TrainingFile(Path("run/dataset/transformed_training.csv"), schema)   # doctest: +SKIP
    >>> prepared = source.prepare(n="auto", seed=0, group_by=None)                    # doctest: +SKIP
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from safe_synthesizer.data.chunked import (
    DEFAULT_CHUNK_ROWS,
    WHOLE_READ_MAX_BYTES,
    count_rows,
    iter_chunks,
    record_mask,
    reservoir_sample,
)
from safe_synthesizer.data.schema import TableSchema
from safe_synthesizer.data.streaming import typed_chunks
from safe_synthesizer.data.typed_frame import apply_schema

CODEC_SAMPLE_ROWS = 200_000


def trains_from_file(path: Path, *, min_bytes: int | None = None) -> bool:
    """Whether a training split is large enough to be trained on from its file."""
    path = Path(path)
    limit = WHOLE_READ_MAX_BYTES if min_bytes is None else min_bytes
    return path.is_file() and path.suffix.lower() == ".csv" and path.stat().st_size > limit


@dataclass(frozen=True)
class TrainingFile:
    """A run's training CSV read chunk by chunk and typed with ``schema``."""

    path: Path
    schema: TableSchema
    chunk_rows: int = DEFAULT_CHUNK_ROWS
    codec_sample_rows: int = CODEC_SAMPLE_ROWS

    @property
    def columns(self) -> list[str]:
        with Path(self.path).open(encoding="utf-8-sig") as f:
            header = f.readline()
        return [c.strip() for c in next(csv.reader([header]), [])]

    def chunks(self) -> Iterator[pd.DataFrame]:
        return typed_chunks(self.path, self.schema, self.chunk_rows)

    def selected(self, n: int | str, seed: int, group_by: str | None) -> SelectedRecords:
        """The records ``training.num_input_records_to_sample`` keeps (every record for ``auto``)."""
        n_rows = count_rows(self.path)
        if n == "auto" or int(n) >= n_rows:
            return SelectedRecords(self, None, n_rows)
        keys = None
        if group_by and group_by in self.columns:  # the group column alone, typed as in memory
            one = TableSchema(columns=[self.schema[group_by]])
            keys = pd.concat([apply_schema(c[[group_by]], one)[group_by]
                              for c in iter_chunks(self.path, self.chunk_rows)], ignore_index=True)
        return SelectedRecords(self, record_mask(n_rows, n, seed, keys), n_rows)


@dataclass(frozen=True)
class SelectedRecords:
    """The records of a ``TrainingFile`` that are trained on (``keep`` None: all ``n_file_rows``)."""

    source: TrainingFile
    keep: np.ndarray | None
    n_file_rows: int

    def __len__(self) -> int:
        return self.n_file_rows if self.keep is None else int(self.keep.sum())

    def chunks(self) -> Iterator[pd.DataFrame]:
        seen = 0
        for chunk in self.source.chunks():
            start, seen = seen, seen + len(chunk)
            if self.keep is not None:
                chunk = chunk[self.keep[start:seen]].reset_index(drop=True)
            if len(chunk):
                yield chunk

    def codec_sample(self, seed: int) -> pd.DataFrame:
        """At most ``codec_sample_rows`` records, uniform, in file order (all of them when fewer)."""
        sample, _ = reservoir_sample(self.chunks(), self.source.codec_sample_rows, seed)
        return sample
