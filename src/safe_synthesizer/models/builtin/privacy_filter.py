"""Post-generation privacy filter: drop synthetic records that copy (or nearly copy) a training record.

Exact matching compares canonical row keys (numbers by value, missing as missing). With a
distance ``d > 0`` a record is also dropped when its Gower distance to the nearest training
record is at most ``d``: numeric columns scaled by their training range, every other column 0 when
equal and 1 when not, averaged over columns.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np
import pandas as pd
import torch

from safe_synthesizer.data.numbers import detect_number_format, parse_numbers

CHUNK = 256


def _numbers(s: pd.Series) -> pd.Series:
    """Cells as numbers (NaN when not one); strings are read in the column's own number format,
    so a decoded ``"1,484,622"`` equals the training split's 1484622."""
    if pd.api.types.is_numeric_dtype(s.dtype) and not pd.api.types.is_bool_dtype(s.dtype):
        return pd.to_numeric(s, errors="coerce")
    strings = s[[isinstance(v, str) for v in s.tolist()]]
    fmt = detect_number_format(strings)[0] if len(strings) else None
    return pd.Series(parse_numbers(s.tolist(), fmt), index=s.index)


def _row_keys(df: pd.DataFrame, columns: list[str]) -> np.ndarray:
    """One 64-bit key per row of its canonical cells (``_canonical``)."""
    return pd.util.hash_pandas_object(_canonical(df, columns), index=False).to_numpy(dtype=np.uint64)


def _canonical(df: pd.DataFrame, columns: list[str]) -> pd.DataFrame:
    out = {}
    for c in columns:
        s = df[c]
        # Compare numbers by value so "38", 38, 38.0 and "1,234" vs 1234 are the same cell;
        # other cells (special values such as "inf", categories) by their text.
        num = _numbers(s)
        text = s.astype(object).where(s.notna(), None).astype(str)
        out[c] = text.where(num.isna(), num.round(9).astype("Float64").astype(str))
    return pd.DataFrame(out)


class PrivacyFilter:
    """Knows the training records; tells which synthetic records are too close to one.

    Example:
        >>> f = PrivacyFilter(train_df, distance=0.0)       # doctest: +SKIP
        >>> keep = ~f.too_close(synthetic_df)
    """

    # Over this many training rows (a split read chunk by chunk), the nearest-distance check of
    # ``distance > 0`` compares with a uniform sample of this size; exact copies are caught in every row.
    DISTANCE_SAMPLE_ROWS = 100_000

    @classmethod
    def from_chunks(
        cls, chunks: Iterable[pd.DataFrame], distance: float = 0.0, columns: list[str] | None = None
    ) -> PrivacyFilter:
        """The filter of a table read chunk by chunk: exact matching against every row (their keys,
        8 bytes each), the distance check against a uniform sample of ``DISTANCE_SAMPLE_ROWS`` rows
        (``distance_rows`` says how many). Memory is one chunk plus the keys and the sample."""
        from safe_synthesizer.data.chunked import reservoir_sample

        keys: list[np.ndarray] = []
        rows = 0

        def keyed() -> Iterator[pd.DataFrame]:
            nonlocal rows
            for chunk in chunks:
                rows += len(chunk)
                keys.append(np.unique(_row_keys(chunk, columns or list(chunk.columns))))
                yield chunk

        sample = None
        if distance > 0:
            sample, _ = reservoir_sample(keyed(), cls.DISTANCE_SAMPLE_ROWS, seed=0)
        else:
            for chunk in keyed():
                sample = chunk.head(0) if sample is None else sample
        if sample is None or not len(sample.columns):
            raise ValueError("the privacy filter's training table has no chunks")
        out = cls(sample, distance, columns)
        out._keys = np.unique(np.concatenate(keys))
        out.n_training_rows = rows
        return out

    @property
    def distance_rows(self) -> int:
        """Training rows the distance check compares with (0 for exact matching only)."""
        return 0 if self._training is None else len(self._training)

    def __init__(self, training: pd.DataFrame, distance: float = 0.0, columns: list[str] | None = None) -> None:
        self.columns = list(columns or training.columns)
        self.distance = float(distance)
        # Row keys sorted (8 bytes a row): a large split's keys are gathered chunk by chunk (from_chunks).
        self._keys = np.unique(_row_keys(training, self.columns))
        self.n_training_rows = len(training)
        self._training = training[self.columns].reset_index(drop=True) if distance > 0 else None
        if self._training is not None:
            types = pd.api.types
            self._numeric = [
                c
                for c in self.columns
                if types.is_numeric_dtype(self._training[c]) and not types.is_bool_dtype(self._training[c])
            ]
            lo = self._training[self._numeric].min()
            span = (self._training[self._numeric].max() - lo).replace(0, 1)
            self._lo, self._span = lo, span
            self._categories = {
                c: pd.Index(_canonical(self._training, [c])[c].unique()) for c in self.columns if c not in self._numeric
            }
            self._train_features = self._features(self._training)

    def _features(self, df: pd.DataFrame) -> tuple[torch.Tensor, torch.Tensor]:
        num = ((df[self._numeric].apply(_numbers) - self._lo) / self._span).fillna(-1.0)
        codes = (
            np.stack([self._categories[c].get_indexer(_canonical(df, [c])[c]) for c in self._categories], axis=1)
            if self._categories
            else np.zeros((len(df), 0), dtype=np.int64)
        )
        return torch.tensor(num.to_numpy(np.float32)), torch.from_numpy(codes.astype(np.int64))

    def too_close(self, synthetic: pd.DataFrame) -> np.ndarray:
        """Boolean mask of synthetic records to drop."""
        keys = _row_keys(synthetic, self.columns)
        at = np.minimum(np.searchsorted(self._keys, keys), max(len(self._keys) - 1, 0))
        drop = self._keys[at] == keys if len(self._keys) else np.zeros(len(keys), dtype=bool)
        if self._training is not None and len(synthetic):
            drop |= self.nearest_distance(synthetic) <= self.distance
        return drop

    def nearest_distance(self, synthetic: pd.DataFrame) -> np.ndarray:
        """Gower distance of each synthetic record to its nearest training record."""
        num_t, cat_t = self._train_features
        num_s, cat_s = self._features(synthetic[self.columns].reset_index(drop=True))
        n_cols = len(self.columns)
        out = np.empty(len(synthetic))
        for start in range(0, len(synthetic), CHUNK):
            stop = start + CHUNK
            dist = torch.cdist(num_s[start:stop], num_t, p=1) if num_t.shape[1] else 0.0
            if cat_t.shape[1]:
                dist = dist + (cat_s[start:stop, None, :] != cat_t[None, :, :]).sum(dim=2)
            out[start:stop] = (torch.as_tensor(dist).min(dim=1).values / n_cols).numpy()
        return out
