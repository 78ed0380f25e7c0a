"""Numeric feature matrices of mixed-type tables, fit on the training table.

Distance-based privacy metrics need every column to weigh the same: numeric values go through
the training table's empirical CDF (quantile normalisation, in [0, 1]) plus a missing-value
indicator; categorical values are one-hot encoded over the training table's most frequent
categories (plus "other" and "missing") and scaled by 1/sqrt(2), so a mismatch adds exactly 1
to the squared distance, as a full-range numeric difference does.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from safe_synthesizer.evaluation.columns import Table

ONE_HOT_SCALE = 1.0 / np.sqrt(2.0)


def vocabulary(values: np.ndarray, max_categories: int) -> list[str]:
    """The ``max_categories`` most frequent categories, ties broken by name (deterministic)."""
    present = np.array([v for v in values if v is not None], dtype=object).astype(str)
    if present.size == 0:
        return []
    cats, counts = np.unique(present, return_counts=True)
    order = sorted(range(len(cats)), key=lambda i: (-counts[i], cats[i]))
    return [str(cats[i]) for i in order[:max_categories]]


def category_codes(values: np.ndarray, vocab: list[str]) -> np.ndarray:
    """Codes ``0..len(vocab)-1`` for known categories, ``len(vocab)`` other, ``len(vocab)+1`` missing."""
    index = {c: i for i, c in enumerate(vocab)}
    other, missing = len(vocab), len(vocab) + 1
    return np.fromiter(
        (missing if v is None else index.get(v, other) for v in values), dtype=np.int64, count=len(values)
    )


def midrank_cdf(sorted_reference: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Empirical CDF with mid-ranks for ties, in [0, 1]; NaN stays NaN."""
    n = sorted_reference.size
    if n == 0:
        return np.full(values.shape, 0.5)
    left = np.searchsorted(sorted_reference, values, side="left")
    right = np.searchsorted(sorted_reference, values, side="right")
    out = (left + right) / (2.0 * n)
    out[np.isnan(values)] = np.nan
    return out


@dataclass
class _NumericSpec:
    name: str
    sorted_values: np.ndarray


@dataclass
class _CategoricalSpec:
    name: str
    vocab: list[str]


class DistanceEncoder:
    """Fit on the training table; ``transform`` any table with the same columns.

    ``column_slices`` gives the feature columns of each source column, so an attack can use a
    subset of the columns (the quasi-identifiers) without re-encoding.
    """

    def __init__(self, max_categories: int = 30) -> None:
        self.max_categories = max_categories
        self.numeric: list[_NumericSpec] = []
        self.categorical: list[_CategoricalSpec] = []
        self.column_slices: dict[str, slice] = {}
        self.n_features = 0

    def fit(self, table: Table, columns: list[str]) -> DistanceEncoder:
        start = 0
        for name in columns:
            if name in table.numeric:
                values = table.numeric[name]
                self.numeric.append(_NumericSpec(name, np.sort(values[np.isfinite(values)])))
                width = 2
            else:
                vocab = vocabulary(table.categorical[name], self.max_categories)
                self.categorical.append(_CategoricalSpec(name, vocab))
                width = len(vocab) + 2
            self.column_slices[name] = slice(start, start + width)
            start += width
        self.n_features = start
        return self

    def transform(self, table: Table) -> np.ndarray:
        out = np.zeros((table.n_rows, self.n_features), dtype=np.float64)
        for spec in self.numeric:
            s = self.column_slices[spec.name]
            cdf = midrank_cdf(spec.sorted_values, table.numeric[spec.name])
            missing = np.isnan(cdf)
            out[:, s.start] = np.where(missing, 0.0, cdf)
            out[:, s.start + 1] = missing
        for spec in self.categorical:
            s = self.column_slices[spec.name]
            codes = category_codes(table.categorical[spec.name], spec.vocab)
            out[np.arange(table.n_rows), s.start + codes] = ONE_HOT_SCALE
        return out

    def features_of(self, columns: list[str]) -> np.ndarray:
        """Feature indices of ``columns`` (in the given order)."""
        return np.concatenate([np.arange(self.column_slices[c].start, self.column_slices[c].stop) for c in columns])
