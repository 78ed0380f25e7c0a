"""Encoded training tokens on disk, memory-mapped: a table larger than memory trains from a file.

``TokenStore.write`` encodes a stream of DataFrame chunks with a fitted codec and appends each
chunk's ``[rows, slots]`` token matrix to ``tokens.bin`` (the smallest unsigned integer type that
holds every slot's vocabulary), with ``tokens.json`` beside it (shape, dtype, codec fingerprint).
``TokenStore.open`` maps the file read-only: the operating system pages rows in as batches touch
them, so resident memory is bounded by the page cache, not the table, and every torchrun rank can
map the same file and read only its rows.

Example:
    >>> store = TokenStore.write(codec, iter_chunks(Path("big.csv")), Path("run/tokens"))  # doctest: +SKIP
    >>> tokens = TokenStore.open(Path("run/tokens")).tokens  # np.memmap [rows, slots]  # doctest: +SKIP
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
import pandas as pd

from safe_synthesizer.utils.atomic import atomic_write_json

DATA_FILE = "tokens.bin"
META_FILE = "tokens.json"


class Encoder(Protocol):
    """What the store needs of a codec: its slot sizes and a chunk encoder."""

    @property
    def slots(self) -> list: ...

    def encode(self, df: pd.DataFrame) -> np.ndarray: ...


def token_dtype(slot_sizes: list[int]) -> np.dtype:
    """The smallest unsigned type holding every token id (uint8/16/32)."""
    largest = max(slot_sizes, default=1)
    for dtype in (np.uint8, np.uint16, np.uint32):
        if largest - 1 <= np.iinfo(dtype).max:
            return np.dtype(dtype)
    return np.dtype(np.int64)


@dataclass
class TokenStore:
    """A memory-mapped ``[rows, slots]`` token matrix in ``directory``."""

    directory: Path
    tokens: np.ndarray

    @classmethod
    def write(cls, codec: Encoder, chunks: Iterable[pd.DataFrame], directory: Path, *,
              fingerprint: str = "") -> TokenStore:
        """Encode ``chunks`` in turn into ``directory`` (written under a temporary name, then renamed)."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        sizes = [s.size for s in codec.slots]
        dtype = token_dtype(sizes)
        tmp = directory / f".{DATA_FILE}.tmp"
        rows = 0
        with tmp.open("wb") as out:
            for chunk in chunks:
                encoded = codec.encode(chunk)
                out.write(np.ascontiguousarray(encoded, dtype=dtype).tobytes())
                rows += len(encoded)
        os.replace(tmp, directory / DATA_FILE)
        atomic_write_json(directory / META_FILE, {"rows": rows, "slots": len(sizes), "dtype": dtype.name,
                                                  "fingerprint": fingerprint})
        return cls.open(directory)

    @classmethod
    def open(cls, directory: Path) -> TokenStore:
        directory = Path(directory)
        meta = json.loads((directory / META_FILE).read_text(encoding="utf-8"))
        shape = (int(meta["rows"]), int(meta["slots"]))
        if shape[0] == 0:
            return cls(directory, np.zeros(shape, dtype=meta["dtype"]))
        tokens = np.memmap(directory / DATA_FILE, dtype=meta["dtype"], mode="r", shape=shape)
        return cls(directory, tokens)

    @property
    def fingerprint(self) -> str:
        return json.loads((self.directory / META_FILE).read_text(encoding="utf-8")).get("fingerprint", "")

    def batch(self, rows: np.ndarray) -> np.ndarray:
        """Rows ``rows`` as int64 (what embeddings and the loss take), read from the map."""
        return np.asarray(self.tokens[rows], dtype=np.int64)
