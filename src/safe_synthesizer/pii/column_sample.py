"""The value sample a column is judged on, and the score one entity gets from it.

Shared by :mod:`column_detector` and the number checks of :mod:`column_numbers`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd

from safe_synthesizer.pii.column_contact_cells import is_missing_token, unwrap_cell

# Name, town and state columns without a hint need this many distinct values: a handful of levels
# that happen to be in a name list is an ordinary category.
MIN_DISTINCT_WITHOUT_CUE = 20
# A column with more distinct values than this many samples is sampled before its values are unwrapped.
PRESAMPLE_FACTOR = 4


@dataclass(frozen=True)
class ValueSample:
    """Distinct values drawn from a column, with their row counts."""

    values: list[str]
    counts: np.ndarray
    n_distinct: int

    def share(self, check: Callable[[str], bool]) -> float:
        """Share of the sampled distinct values that pass ``check``."""
        return sum(1 for v in self.values if check(v)) / len(self.values) if self.values else 0.0

    def row_share(self, check: Callable[[str], bool]) -> float:
        """Share of the sampled *rows* that pass ``check`` (frequent values weigh more)."""
        if not self.values:
            return 0.0
        hits = np.fromiter((check(v) for v in self.values), dtype=bool, count=len(self.values))
        return float(self.counts[hits].sum() / self.counts.sum())


@dataclass(frozen=True)
class Score:
    """Value evidence for one entity: matching share, whether values alone may decide, and why."""

    share: float
    values_decide: bool
    evidence: str


def sample_values(series: pd.Series, sample_size: int, seed: int) -> ValueSample:
    """Up to ``sample_size`` distinct non-null values (stripped strings) with their row counts."""
    values = series.dropna()
    if pd.api.types.is_float_dtype(values.dtype):
        if len(values) and bool((values == np.floor(values)).all()):
            values = values.astype("int64")
        else:
            return ValueSample([], np.zeros(0), 0)
    counts = values.astype(str).str.strip().value_counts(sort=False)
    counts = counts[counts.index != ""]
    rng = np.random.default_rng(seed)
    n_written = len(counts)
    if n_written > PRESAMPLE_FACTOR * sample_size:
        # Unwrapping every distinct value costs about a second per 100,000 (e-mails, ids); a random part
        # several times the sample leaves enough once missing-value words drop out and wrapped twins merge.
        presample = PRESAMPLE_FACTOR * sample_size
        counts = counts.iloc[np.sort(rng.choice(n_written, size=presample, replace=False))]
        counts = _unwrapped(counts)
        n_distinct = round(n_written * len(counts) / presample)  # the same share lost over the whole column
    else:
        counts = _unwrapped(counts)
        n_distinct = len(counts)
    if len(counts) > sample_size:
        picked = np.sort(rng.choice(len(counts), size=sample_size, replace=False))
        counts = counts.iloc[picked]
    return ValueSample([str(v) for v in counts.index], counts.to_numpy(dtype=float), n_distinct)


def _unwrapped(counts: pd.Series) -> pd.Series:
    """Counts of the distinct values as the checks should see them: missing-value words (``n/a``,
    ``withheld``) dropped, export wrapping (``mob: ``, ``.0``, ``<...>``) taken off (:mod:`column_contact_cells`);
    values that become one are counted together. Distinct values only: cheap at any row count."""
    keys = [str(v) for v in counts.index]
    kept = [not is_missing_token(k) for k in keys]
    cores = [unwrap_cell(k) if keep else k for k, keep in zip(keys, kept, strict=True)]
    if all(kept) and cores == keys:
        return counts
    out = pd.Series(counts.to_numpy(), index=cores)[kept]
    return out.groupby(level=0, sort=False).sum() if out.index.has_duplicates else out


def _pct(x: float) -> str:
    return f"{round(100 * x)}%"


# Quick reject: when fewer than this share of the first values pass, the rest are not checked.
_PROBE, _PROBE_MIN = 40, 0.25


def _simple(sample: ValueSample, check: Callable[[str], bool], what: str, values_decide: bool = True) -> Score:
    probe = sample.values[:_PROBE]
    if len(sample.values) > _PROBE and sum(1 for v in probe if check(v)) < _PROBE_MIN * len(probe):
        return Score(0.0, values_decide, f"<{_pct(_PROBE_MIN)} {what}")
    share = sample.share(check)
    return Score(share, values_decide, f"{_pct(share)} {what}")
