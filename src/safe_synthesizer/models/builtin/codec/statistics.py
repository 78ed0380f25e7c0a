"""Data-dependent statistics the codec takes from the training table, behind one small provider.

Everything the codec learns from the data (category vocabularies, numeric bounds and quantile
bins, text-token frequencies) goes through a ``CodecStatistics``. ``ExactStatistics`` computes
them exactly; a differentially private provider (noisy counts with a threshold, DP quantiles) can
replace it without touching the encoders.

A provider with ``private = True`` also tells the encoders to learn nothing outside it: they then
reserve missing and rare tokens whether or not the data has any, spell text with data-independent
byte tokens, and take no value of a generated column (identifier start, constant) from the data.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import Protocol

import numpy as np


class CodecStatistics(Protocol):
    """What the codec may learn from the training data."""

    private: bool

    def for_column(self, name: str) -> CodecStatistics:
        """The provider to use for column ``name`` (a DP provider may hold public metadata per column)."""
        ...

    def frequent_values(self, values: Sequence[Hashable], min_count: int) -> dict[Hashable, int]:
        """Values seen in at least ``min_count`` records, with their counts (one value per record)."""
        ...

    def bounds(self, values: np.ndarray, quantile: float) -> tuple[float, float]:
        """Lower/upper ``quantile`` of finite ``values`` (0 gives min/max)."""
        ...

    def quantiles(self, values: np.ndarray, levels: np.ndarray) -> np.ndarray:
        """Quantiles of finite ``values`` at ``levels`` in [0, 1]."""
        ...

    def token_record_counts(self, token_sets: Sequence[set[int]]) -> dict[int, int]:
        """For text: in how many records each token id occurs (``token_sets`` has one set per record)."""
        ...


class ExactStatistics:
    """Exact statistics (no differential privacy).

    Example:
        >>> ExactStatistics().frequent_values(["a", "a", "b"], min_count=2)
        {'a': 2}
    """

    private = False

    def for_column(self, name: str) -> ExactStatistics:
        return self

    def frequent_values(self, values: Sequence[Hashable], min_count: int) -> dict[Hashable, int]:
        counts: dict[Hashable, int] = {}
        for value in values:
            counts[value] = counts.get(value, 0) + 1
        return self.frequent_from_counts(counts, min_count)

    @staticmethod
    def frequent_from_counts(counts: Mapping[Hashable, int], min_count: int) -> dict[Hashable, int]:
        """``frequent_values`` from counts already made (encoders count a million rows vectorised)."""
        kept = [(v, int(c)) for v, c in counts.items() if c >= min_count]
        # Deterministic order: most frequent first, ties by the value's string form.
        kept.sort(key=lambda vc: (-vc[1], str(vc[0])))
        return dict(kept)

    def bounds(self, values: np.ndarray, quantile: float) -> tuple[float, float]:
        finite = values[np.isfinite(values)]
        if finite.size == 0:
            return 0.0, 0.0
        if quantile <= 0:
            return float(finite.min()), float(finite.max())
        lo, hi = np.quantile(finite, [quantile, 1 - quantile], method="lower")
        return float(lo), float(hi)

    def quantiles(self, values: np.ndarray, levels: np.ndarray) -> np.ndarray:
        finite = values[np.isfinite(values)]
        if finite.size == 0:
            return np.zeros(len(levels))
        return np.quantile(finite, levels, method="lower")

    def token_record_counts(self, token_sets: Sequence[set[int]]) -> dict[int, int]:
        counts: dict[int, int] = {}
        for tokens in token_sets:
            for token in tokens:
                counts[token] = counts.get(token, 0) + 1
        return counts


def counts_exactly(stats: CodecStatistics) -> bool:
    """Whether ``stats.frequent_values`` is plain counting, so an encoder may hand it counts.

    A DP provider (or a test double overriding ``frequent_values``) still gets one value per
    record, as its mechanism may need them.
    """
    return getattr(type(stats), "frequent_values", None) is ExactStatistics.frequent_values
