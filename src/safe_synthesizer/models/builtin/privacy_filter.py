"""Post-generation privacy filter: drop synthetic records that copy (or nearly copy) a training record.

Exact matching compares canonical row keys (numbers by value, missing as missing). With a
distance ``d > 0`` a record is also dropped when its Gower distance to the nearest training
record is at most ``d``: numeric columns scaled by their training range, every other column 0 when
equal and 1 when not, averaged over columns.
"""

from __future__ import annotations

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

    def __init__(self, training: pd.DataFrame, distance: float = 0.0, columns: list[str] | None = None) -> None:
        self.columns = list(columns or training.columns)
        self.distance = float(distance)
        keys = pd.util.hash_pandas_object(_canonical(training, self.columns), index=False)
        self._keys = set(keys.to_numpy().tolist())
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
        keys = pd.util.hash_pandas_object(_canonical(synthetic, self.columns), index=False).to_numpy()
        drop = np.fromiter((k in self._keys for k in keys.tolist()), dtype=bool, count=len(keys))
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
