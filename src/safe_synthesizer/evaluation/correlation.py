"""Column Correlation Stability: how well pairwise associations are kept.

Association of a pair, per table: numeric-numeric Pearson r, nominal-nominal Theil's U
(asymmetric: row column given column column), nominal-numeric correlation ratio (eta).

The stability score uses small-sample corrected Theil's U and eta (``bias_corrected=True``): the
plain estimates grow as the sample shrinks, more so the more categories a column has (first
name ~ birth date: eta 0.24 on 1,900 rows, 0.38 on 1,000 rows of the same data). The mutual
information loses its expected value under independence, (r - 1)(c - 1) / 2n nats (Miller-Madow),
and eta squared is adjusted for the number of groups, 1 - (1 - eta^2)(n - 1)/(n - k) (epsilon
squared); both are clipped at 0. Pearson r is left as it is (its bias is of order 1/n).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from safe_synthesizer.evaluation.columns import Table
from safe_synthesizer.evaluation.grades import clip_score

WEIGHT_FLOOR = 0.05
# Random halves of the training sample that estimate the sampling noise of the associations.
NOISE_SPLITS = 3
NOISE_SEED = 20_240_910
# Halves smaller than this are too small to stand for the table (the floor is then 0, strict).
NOISE_MIN_HALF_ROWS = 25


@dataclass
class CorrelationResult:
    """Association matrices of both tables, the score and the pair-level details."""

    columns: list[str]
    training: np.ndarray
    synthetic: np.ndarray
    mean_abs_difference: float
    weighted_abs_difference: float
    score: float | None
    # Part of the weighted difference within sampling noise (see correlation_stability).
    sampling_noise: float = 0.0

    def to_dict(self) -> dict:
        return {
            "columns": self.columns,
            "mean_abs_difference": self.mean_abs_difference,
            "weighted_abs_difference": self.weighted_abs_difference,
            "sampling_noise": self.sampling_noise,
            "scored_difference": self.weighted_abs_difference - self.sampling_noise,
            "score": self.score,
            "largest_differences": self.largest_differences(10),
        }

    def largest_differences(self, n: int) -> list[dict]:
        diff = np.abs(self.training - self.synthetic)
        pairs = [
            (float(diff[i, j]), i, j) for i in range(len(self.columns)) for j in range(len(self.columns)) if i != j
        ]
        pairs.sort(key=lambda t: (-t[0], t[1], t[2]))
        return [
            {
                "row": self.columns[i],
                "column": self.columns[j],
                "training": float(self.training[i, j]),
                "synthetic": float(self.synthetic[i, j]),
                "abs_difference": d,
            }
            for d, i, j in pairs[:n]
        ]


def difference_to_score(m: float) -> float:
    """NSS mapping of a mean absolute association difference to 0-10.

    >>> difference_to_score(0.0), difference_to_score(0.5), round(difference_to_score(0.2), 3)
    (10.0, 0.0, 4.43)
    """
    if m < 0.01:
        return 10.0
    if m > 0.46:
        return 0.0
    return clip_score(37.562 * m * m - 35.643 * m + 10.056)


def association_matrix(table: Table, columns: list[str], *, bias_corrected: bool = False) -> np.ndarray:
    """Square matrix of pairwise associations; the diagonal is 1.

    ``bias_corrected``: small-sample corrected Theil's U and eta (see the module docstring).
    """
    n = len(columns)
    codes = {c: _codes(table.categorical[c]) for c in columns if c in table.categorical}
    entropies = {c: _entropy(np.bincount(v)) for c, v in codes.items()}
    # Categories present (missing counts as one): the degrees of freedom of the corrections.
    levels = {c: int((np.bincount(v) > 0).sum()) for c, v in codes.items()}
    out = np.eye(n)
    for i in range(n):
        for j in range(i + 1, n):
            a, b = columns[i], columns[j]
            if a in codes and b in codes:
                joint = _joint_entropy(codes[a], codes[b])
                shared = entropies[a] + entropies[b] - joint
                if bias_corrected:
                    shared = max(0.0, shared - (levels[a] - 1) * (levels[b] - 1) / (2.0 * table.n_rows))
                out[i, j] = _theils_u(entropies[a], shared)
                out[j, i] = _theils_u(entropies[b], shared)
            elif a in codes or b in codes:
                nominal, numeric = (a, b) if a in codes else (b, a)
                out[i, j] = out[j, i] = correlation_ratio(
                    codes[nominal], table.numeric[numeric], bias_corrected=bias_corrected
                )
            else:
                out[i, j] = out[j, i] = pearson(table.numeric[a], table.numeric[b])
    return out


def correlation_stability(
    training: Table, synthetic: Table, columns: list[str], seed: int = NOISE_SEED
) -> CorrelationResult:
    """Compare association matrices; score the association-weighted mean absolute difference
    less the difference sampling alone puts between two real samples of this size.

    Deviation from NSS, to fix a measured defect: NSS scores the plain mean of |C_train - C_synth|
    over all pairs. Most pairs of a real table are barely associated, so a table whose columns were
    drawn independently (every association lost) still had a small plain mean and scored high
    (uniform random columns reached SQS 6.8). Here each pair weighs max(|C_train|, |C_synth|, 0.05):
    pairs with an association on either side count most, a lost or invented association costs
    its full size, and pairs near zero on both sides cannot dilute it. The plain mean is kept in
    the details for comparison.

    Second deviation, same reason as the distribution score's sampling floor: associations
    measured on 1,000 rows move by a few hundredths from sample to sample, so two disjoint halves
    of one real table scored 8.7 here. The training table is split at random into two halves
    (``NOISE_SPLITS`` times, fixed ``seed``); each pair's mean absolute difference between the
    halves, scaled by 1/sqrt(2) from half size to full size, is that pair's noise, subtracted from
    its observed difference (clipped at 0) before the weighted mean. Per pair, so that a lost
    association well beyond its noise keeps its cost however many noisy pairs the table has.
    Both tables are expected to have the same number of rows (``sample_sizes``).
    """
    if len(columns) < 2:
        return CorrelationResult(columns, np.eye(len(columns)), np.eye(len(columns)), 0.0, 0.0, None)
    ct = association_matrix(training, columns, bias_corrected=True)
    cs = association_matrix(synthetic, columns, bias_corrected=True)
    plain, weighted = _differences(ct, cs)
    noise = sampling_noise(training, columns, seed)
    _, excess = _differences(ct, cs, noise)
    return CorrelationResult(columns, ct, cs, plain, weighted, difference_to_score(excess), weighted - excess)


def sampling_noise(table: Table, columns: list[str], seed: int = NOISE_SEED) -> np.ndarray:
    """Per pair, the absolute association difference expected between two real samples of
    ``table``'s size (a matrix; zeros when the table is too small to split).

    Estimated from random halves of ``table``: the difference of two independent estimates on
    n/2 rows has sqrt(2) times the spread of two on n rows.
    """
    half = table.n_rows // 2
    out = np.zeros((len(columns), len(columns)))
    if half < NOISE_MIN_HALF_ROWS:
        return out
    rng = np.random.default_rng(seed)
    for _ in range(NOISE_SPLITS):
        order = rng.permutation(table.n_rows)
        a = association_matrix(table.take(np.sort(order[:half])), columns, bias_corrected=True)
        b = association_matrix(table.take(np.sort(order[half : 2 * half])), columns, bias_corrected=True)
        out += np.abs(a - b) / np.sqrt(2.0)
    return out / NOISE_SPLITS


def _differences(a: np.ndarray, b: np.ndarray, noise: np.ndarray | None = None) -> tuple[float, float]:
    """Plain and association-weighted mean of |a - b| over the off-diagonal pairs; with
    ``noise``, each pair's difference less its noise (clipped at 0)."""
    off = ~np.eye(len(a), dtype=bool)
    diff = np.abs(a - b)[off]
    if noise is not None:
        diff = np.maximum(0.0, diff - noise[off])
    weights = np.maximum(np.maximum(np.abs(a), np.abs(b))[off], WEIGHT_FLOOR)
    return float(diff.mean()), float((diff * weights).sum() / weights.sum())


# 0.1 nats: one value in about 98.5 % of the rows (every categorical column of Adult is above 0.5).
THEILS_U_MIN_ENTROPY = 0.1


def pearson(x: np.ndarray, y: np.ndarray) -> float:
    """Pearson r on rows where both are present; 0 when either side is constant."""
    keep = np.isfinite(x) & np.isfinite(y)
    if keep.sum() < 2:
        return 0.0
    xs, ys = x[keep] - x[keep].mean(), y[keep] - y[keep].mean()
    denom = np.sqrt((xs * xs).sum() * (ys * ys).sum())
    return 0.0 if denom == 0 else float(np.clip((xs * ys).sum() / denom, -1.0, 1.0))


def correlation_ratio(codes: np.ndarray, values: np.ndarray, *, bias_corrected: bool = False) -> float:
    """Correlation ratio eta of a numeric column given a nominal one (rows with a number only).

    ``bias_corrected``: eta from the group-count adjusted eta squared (epsilon squared), so that
    many small groups do not show an association that is not there.

    >>> codes = np.repeat(np.arange(100), 5)  # 100 groups of 5 rows, no association at all
    >>> noise = np.random.default_rng(0).normal(size=500)
    >>> round(correlation_ratio(codes, noise), 2), correlation_ratio(codes, noise, bias_corrected=True)
    (0.43, 0.0)
    """
    keep = np.isfinite(values)
    if keep.sum() < 2:
        return 0.0
    c, v = codes[keep], values[keep]
    total = ((v - v.mean()) ** 2).sum()
    if total == 0:
        return 0.0
    counts = np.bincount(c)
    sums = np.bincount(c, weights=v)
    present = counts > 0
    means = sums[present] / counts[present]
    between = (counts[present] * (means - v.mean()) ** 2).sum()
    eta_squared = min(1.0, between / total)
    if bias_corrected:
        n, k = len(v), int(present.sum())
        eta_squared = max(0.0, 1.0 - (1.0 - eta_squared) * (n - 1) / (n - k)) if n > k else 0.0
    return float(np.sqrt(eta_squared))


def theils_u(x: np.ndarray, y: np.ndarray) -> float:
    """Theil's U(x | y): share of x's entropy explained by y (0 when x is constant)."""
    cx, cy = _codes(x), _codes(y)
    h_x = _entropy(np.bincount(cx))
    return _theils_u(h_x, h_x + _entropy(np.bincount(cy)) - _joint_entropy(cx, cy))


def _theils_u(h_x: float, shared: float) -> float:
    """U from x's entropy and the information x shares with y (mutual information), in nats."""
    # A constant x carries no association with anything: 0, as Pearson and eta give. (1, "fully
    # explained", made one constant synthetic column count as a perfect association with every
    # other column: adult DP runs swung by 2 SQS points on whether 2 cells of a column were empty.)
    if h_x <= 1e-12:
        return 0.0
    # A nearly constant x (998 of 1,000 rows one value) has too few other rows to measure an
    # association: dividing by its tiny entropy turned noise into U = 0.47. Below the floor the
    # shared information is scaled by the floor instead.
    return float(np.clip(shared / max(h_x, THEILS_U_MIN_ENTROPY), 0.0, 1.0))


def _codes(values: np.ndarray) -> np.ndarray:
    """Dense integer codes; missing is its own code."""
    codes, _ = pd.factorize(pd.Series(values, dtype=object), use_na_sentinel=False)
    return codes.astype(np.int64)


def _entropy(counts: np.ndarray) -> float:
    counts = counts[counts > 0].astype(float)
    if counts.size == 0:
        return 0.0
    p = counts / counts.sum()
    return float(-(p * np.log(p)).sum())


def _joint_entropy(a: np.ndarray, b: np.ndarray) -> float:
    width = int(b.max()) + 1 if b.size else 1
    joint = a * width + b
    if (int(a.max()) + 1 if a.size else 1) * width <= 10_000_000:
        return _entropy(np.bincount(joint))
    _, counts = np.unique(joint, return_counts=True)
    return _entropy(counts)
