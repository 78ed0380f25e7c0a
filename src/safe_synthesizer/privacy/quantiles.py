"""DP quantiles, bounds and length limits for numeric (and datetime) columns.

- Quantiles: for one or two, the exponential mechanism over a public grid of candidates inside
  public (or DP) bounds, with a rank score that handles ties; for more, one Laplace histogram
  over equal cells whose noisy CDF answers them all. Pure DP; or, given ``rho``, the histogram
  with Gaussian noise (``rho``-zCDP: at the same ``rho`` a pure release runs at epsilon
  ``sqrt(2 rho)``, whose Laplace noise has ``sqrt(2)`` times the Gaussian's standard deviation).
- Bounds: a Laplace histogram over fixed, public power-of-two magnitude bins gives a coarse
  range (pure DP, half the epsilon); DP quantiles near 0 and 1 inside it refine the range when
  the public unit count says the refinement is more than noise. No bin over the threshold means
  no range (``None``), never a guessed bin.
- Length limits: a DP high quantile of per-unit lengths on a geometric grid.

Sensitivity: one unit adds at most ``max_values_per_unit`` values. With ``unit_ids`` this is
enforced here (a random subset per unit); without, the caller guarantees it (e.g. the table was
cut to that many rows per entity, see ``sampling.truncate_units``); 1 for record-level privacy.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from statistics import NormalDist
from typing import Literal

import numpy as np
import pandas as pd

# Magnitude bins for dp_bounds: |x| in [2^k, 2^(k+1)) for k in this range, per sign, plus a
# bin for |x| < 2^MIN_EXP. Public and data-independent, so only the counts need noise.
_MIN_EXP, _MAX_EXP = -20, 64
# Chance that dp_bounds' threshold lets an empty bin through (then its range is just looser).
_BOUNDS_FALSE_BIN_PROB = 1e-3
# Cells of the quantile histogram when no public size is given.
DEFAULT_CELLS = 64
# dp_bounds refines the coarse range only when the refinement's rank error, about
# 2 ln(grid) / (epsilon / 4) units, is below 1 % of the units; otherwise the refined ends land
# anywhere in the outer ranks and the whole epsilon is better spent on the coarse histogram.
# (At 25 % Adult at epsilon 1 got hours-per-week cut to [16, 61] and capital-gain to [0, 0]:
# a rank error of ~14 % of the units wipes out a tail of 8 %.)
_REFINE_MAX_RANK_ERROR = 0.01
_REFINE_GRID = 4096


def dp_quantiles(
    values: np.ndarray,
    quantiles: Sequence[float],
    epsilon: float,
    bounds: tuple[float, float],
    rng: np.random.Generator,
    *,
    unit_ids: np.ndarray | None = None,
    max_values_per_unit: int = 1,
    integer: bool = False,
    grid_size: int = 4096,
    grid: np.ndarray | None = None,
    upper_edges: bool = False,
    method: Literal["auto", "exponential", "histogram"] = "auto",
    n_public: int | None = None,
    rho: float | None = None,
) -> np.ndarray:
    """DP quantiles inside public (or DP) ``bounds``; pure epsilon-DP in total (or ``rho``-zCDP).

    With ``rho`` the histogram method always runs, with Gaussian noise of standard deviation
    ``max_values_per_unit / sqrt(2 rho)`` (a unit's values change the counts by at most that in
    l2 norm), and the release is ``rho``-zCDP instead of pure DP; ``epsilon`` then only sets the
    cell count (pass ``sqrt(2 rho)``, the pure epsilon of the same ``rho``).

    ``method="auto"`` takes the exponential mechanism for one or two quantiles and a noisy
    histogram for more: the exponential mechanism spends ``epsilon / len(quantiles)`` per quantile,
    so its rank error grows linearly with their number, while one Laplace histogram (cells of
    equal width, ``~(n epsilon)^(2/3)`` of them) answers every quantile from the same noisy CDF.

    Exponential mechanism: candidates are ``grid_size`` evenly spaced points of ``bounds`` (or
    every integer in them when ``integer`` and there are at most ``16 * grid_size``), or the
    given public ``grid``. Each
    candidate stands for the grid cell it starts, ``[c_i, c_i+1)`` (with ``upper_edges``, the
    cell it ends, ``(c_i-1, c_i]``, to round up), and scores ``-max(q n - #{x in or below the
    cell}, #{x below the cell} - q n, 0)``: zero for the cell holding the true quantile even when
    many values tie there (a column of mostly zeros has median 0), and of sensitivity 1 (``m``
    when a unit adds up to ``m`` values). ``bounds`` must be public or DP (:func:`dp_bounds`);
    values are clipped to them and NaNs dropped. Results are sorted (post-processing); with
    ``integer`` they are whole numbers.

    The histogram's cell count is a function of ``n_public``, a public size (the number of
    privacy units, times the values each may add); never of ``len(values)``, whose exact count
    of non-missing values would otherwise leak through the cell layout. Without it, a fixed
    ``DEFAULT_CELLS``.

    Example:
        >>> x = np.random.default_rng(1).normal(50, 10, 5000)
        >>> np.round(dp_quantiles(x, [0.25, 0.5, 0.75], 1.0, (0, 100), np.random.default_rng(0)))
        array([43., 50., 57.])
    """
    _check_budget(epsilon, 0.0)
    lo, hi = float(bounds[0]), float(bounds[1])
    if not lo < hi:
        raise ValueError(f"dp_quantiles: bounds {bounds} must satisfy lower < upper")
    if any(not 0 <= q <= 1 for q in quantiles):
        raise ValueError("dp_quantiles: quantiles must be in [0, 1]")
    x = _bounded_contributions(np.asarray(values, dtype=float), unit_ids, max_values_per_unit, rng)
    x = np.sort(np.clip(x, lo, hi))
    n = len(x)
    if rho is not None and not rho > 0:
        raise ValueError(f"dp_quantiles: rho must be > 0, got {rho}")
    if rho is not None or method == "histogram" or (method == "auto" and len(quantiles) > 2 and grid is None):
        cells = histogram_cells(n_public, epsilon, max_values_per_unit)
        out = _histogram_quantiles(x, quantiles, epsilon, lo, hi, max_values_per_unit, rng, cells, rho=rho)
        return np.sort(np.clip(np.round(out), math.ceil(lo), math.floor(hi)) if integer else out)
    if grid is not None:
        grid = np.sort(np.asarray(grid, dtype=float))
    elif integer and math.ceil(lo) <= math.floor(hi) and math.floor(hi) - math.ceil(lo) < 16 * grid_size:
        grid = np.arange(math.ceil(lo), math.floor(hi) + 1, dtype=float)
    else:
        grid = np.linspace(lo, hi, grid_size)
    if upper_edges:
        # Candidate i stands for the cell (grid[i-1], grid[i]]; the first cell is (-inf, grid[0]].
        at_most = np.searchsorted(x, grid, side="right")
        below = np.concatenate([[0], at_most[:-1]])
    else:
        # Candidate i stands for the cell [grid[i], grid[i+1]); the last cell is [grid[-1], inf).
        below = np.searchsorted(x, grid, side="left")
        at_most = np.concatenate([below[1:], [n]])
    eps_each = epsilon / max(1, len(quantiles))
    out = np.empty(len(quantiles))
    for j, q in enumerate(quantiles):
        # Zero when the q-quantile's rank falls in the cell (ties included), growing by one per
        # rank away from it.
        miss = np.maximum(np.maximum(q * n - at_most, below - q * n), 0.0)
        score = -eps_each * miss / (2.0 * max_values_per_unit)
        # Gumbel-max trick: argmax(score + Gumbel) samples index i with prob ∝ exp(score_i).
        out[j] = grid[int(np.argmax(score + rng.gumbel(size=len(grid))))]
    return np.sort(out)


def _histogram_quantiles(
    x: np.ndarray,
    quantiles: Sequence[float],
    epsilon: float,
    lo: float,
    hi: float,
    sensitivity: int,
    rng: np.random.Generator,
    cells: int,
    *,
    rho: float | None = None,
) -> np.ndarray:
    """Quantiles of a Laplace (or, with ``rho``, Gaussian) histogram's CDF, interpolated inside
    cells (``x`` sorted, clipped)."""
    edges = np.linspace(lo, hi, cells + 1)
    counts = np.histogram(x, bins=edges)[0].astype(float)
    # Post-processing: a count under a cut where an empty cell survives with chance 1 / (2 cells)
    # (about half a cell per histogram) is dropped. Clipping at 0 alone left every empty cell
    # ~scale / 2 units on average, and the DP range is wider than the data (coarse power-of-two
    # bins): Adult at epsilon 1 got 2 % of ages spread over 90-104 (real max 90).
    if rho is None:
        scale = sensitivity / epsilon
        noisy = counts + rng.laplace(0.0, scale, size=cells)
        cut = scale * math.log(cells)
    else:
        sigma = sensitivity / math.sqrt(2.0 * rho)
        noisy = counts + rng.normal(0.0, sigma, size=cells)
        cut = -sigma * NormalDist().inv_cdf(1.0 / (2.0 * cells))
    noisy = np.where(noisy > cut, noisy, 0.0)
    total = noisy.sum()
    if total <= 0:
        noisy, total = np.ones(cells), float(cells)
    cdf = np.concatenate([[0.0], np.cumsum(noisy) / total])
    out = np.empty(len(quantiles))
    for j, q in enumerate(quantiles):
        i = int(np.clip(np.searchsorted(cdf, q, side="left") - 1, 0, cells - 1))
        share = (q - cdf[i]) / (cdf[i + 1] - cdf[i]) if cdf[i + 1] > cdf[i] else 0.0
        out[j] = edges[i] + float(np.clip(share, 0.0, 1.0)) * (edges[i + 1] - edges[i])
    return out


def histogram_cells(n_public: int | None, epsilon: float, sensitivity: int) -> int:
    """Cells of the quantile histogram: a function of public numbers only.

    Prefix noise grows like ``sqrt(cells) / epsilon`` and a cell spans ``n / cells`` ranks, so
    ``(n epsilon / sensitivity)^(2/3)`` cells balance the two, for the public size ``n_public``.

    Example:
        >>> histogram_cells(1_000, 1.0, 1), histogram_cells(None, 1.0, 1)
        (100, 64)
    """
    if n_public is None:
        return DEFAULT_CELLS
    return int(np.clip(round((max(n_public, 1) * epsilon / sensitivity) ** (2 / 3)), 8, 1024))


def dp_bounds(
    values: np.ndarray,
    epsilon: float,
    rng: np.random.Generator,
    *,
    unit_ids: np.ndarray | None = None,
    max_values_per_unit: int = 1,
    tail: float = 0.001,
    integer: bool = False,
    n_public: int | None = None,
) -> tuple[float, float] | None:
    """A DP range ``(lower, upper)`` covering all but ~``tail`` of each end, without public bounds.

    A Laplace histogram over fixed power-of-two magnitude bins, thresholded, finds the occupied
    bins (the coarse range); DP quantiles ``tail`` and ``1 - tail`` inside it refine the ends
    (``tail=0`` covers everything, but then the ends land anywhere between the extremes and the
    coarse bin edges). Each step gets half of epsilon. With ``n_public`` (the public number of
    units) the refinement is skipped when it would be noise (see ``refines``), and the whole
    epsilon finds the coarse range instead.

    Returns ``None`` when no bin clears the threshold: too few units for this epsilon. No range
    is then better than a guess: the most likely bin of a histogram that is mostly noise is a
    random magnitude anywhere in 2^-20..2^65 (a column of values 1-4 came back as -97,432).

    Example:
        >>> ages = np.random.default_rng(2).integers(17, 90, 20_000)
        >>> lo, hi = dp_bounds(ages, 1.0, np.random.default_rng(0))
        >>> 8 <= lo <= 20 and 85 <= hi <= 128
        True
        >>> dp_bounds(ages[:50], 0.05, np.random.default_rng(0)) is None
        True
    """
    _check_budget(epsilon, 0.0)
    x = _bounded_contributions(np.asarray(values, dtype=float), unit_ids, max_values_per_unit, rng)
    x = x[np.isfinite(x)]
    refine = n_public is None or refines(n_public, epsilon, max_values_per_unit)
    coarse = _coarse_range(x, epsilon / 2 if refine else epsilon, max_values_per_unit, rng)
    if coarse is None:
        return None
    if not refine:
        lo, hi = coarse
        # The upper edge 2^(k+1) is exclusive: the largest integer the bin holds is one below.
        return (float(math.ceil(lo)), float(max(math.ceil(lo), math.ceil(hi) - 1))) if integer else coarse
    refined = dp_quantiles(
        x, [tail, 1.0 - tail], epsilon / 2, coarse, rng, max_values_per_unit=max_values_per_unit, integer=integer
    )
    return float(refined[0]), float(refined[1])


def refines(n_public: int, epsilon: float, sensitivity: int = 1) -> bool:
    """Whether ``dp_bounds`` refines its coarse range at this public size and epsilon.

    Example:
        >>> refines(26_000, 0.3), refines(26_000, 0.02), refines(300, 0.2)
        (True, False, False)
    """
    rank_error = 2.0 * sensitivity * math.log(_REFINE_GRID) / (epsilon / 4)
    return rank_error <= _REFINE_MAX_RANK_ERROR * sensitivity * max(n_public, 1)


def bounds_min_units(epsilon: float, sensitivity: int = 1) -> float:
    """Units (sensitivity 1) that one magnitude bin needs to clear ``dp_bounds``' threshold.

    Public: a function of epsilon only. A column whose units spread over several power-of-two
    magnitudes needs several times this many units in all.

    Example:
        >>> round(bounds_min_units(0.2))
        57
    """
    return _threshold(epsilon, sensitivity) / sensitivity


def _threshold(epsilon: float, sensitivity: int) -> float:
    n_bins = 2 * (_MAX_EXP - _MIN_EXP + 1) + 1
    return (sensitivity / epsilon) * math.log(n_bins / (2 * _BOUNDS_FALSE_BIN_PROB))


def dp_length_limit(
    lengths: np.ndarray,
    epsilon: float,
    rng: np.random.Generator,
    *,
    cap: int,
    quantile: float = 0.99,
) -> int:
    """DP upper limit for sequence lengths (tokens per text, records per entity).

    ``lengths`` holds one value per privacy unit (e.g. each entity's record count); ``cap`` is a
    public maximum. Returns the DP ``quantile`` on a grid of integers about 10% apart (at least 1);
    with few units or a small epsilon a lower quantile is used (at least the median), because the
    top quantiles cannot be told apart from the noise.

    Example:
        >>> dp_length_limit(np.full(1000, 12), 1.0, np.random.default_rng(1), cap=256)
        12
    """
    lengths = np.asarray(lengths, dtype=float)
    # A geometric grid (steps of ~10%): above a high quantile the score is flat, so with a linear
    # grid the many candidates past the true value would outweigh it; few candidates, few errors.
    grid = np.unique(np.round(np.geomspace(1, cap, max(2, math.ceil(math.log(cap) / math.log(1.1)) + 1))))
    # The mechanism's rank error is ~(2 / epsilon) * (ln|grid| + 3) with high probability; a
    # quantile closer to the top than that is noise, so aim lower. Uses the unit count, which is
    # public here as everywhere in the accounting (sample rate, delta).
    margin = 2.0 / (epsilon * max(1, len(lengths))) * (math.log(len(grid)) + 3.0)
    q_eff = max(0.5, min(quantile, 1.0 - margin))
    q = dp_quantiles(lengths, [q_eff], epsilon, (0.0, float(cap)), rng, grid=grid, upper_edges=True)
    return max(1, math.ceil(q[0]))


def _coarse_range(
    x: np.ndarray, epsilon: float, sensitivity: int, rng: np.random.Generator
) -> tuple[float, float] | None:
    """Lowest and highest occupied magnitude bins, by a thresholded Laplace histogram (or None)."""
    exps = np.arange(_MIN_EXP, _MAX_EXP + 1)
    # Bin edges in increasing order: -2^(MAX+1) ... -2^MIN, [small bin], 2^MIN ... 2^(MAX+1).
    pos = np.ldexp(1.0, exps)
    edges = np.concatenate([-pos[::-1] * 2, [-pos[0], pos[0]], pos[1:], [pos[-1] * 2]])
    x = np.clip(x, edges[0], np.nextafter(edges[-1], 0))
    counts = np.histogram(x, bins=edges)[0] if len(x) else np.zeros(len(edges) - 1)
    noisy = counts + rng.laplace(0.0, sensitivity / epsilon, size=len(counts))
    hit = np.flatnonzero(noisy > _threshold(epsilon, sensitivity))
    if len(hit) == 0:
        # Too little signal. Every count was noised, so any choice here is still DP, but the
        # "most likely bin" is then a random magnitude: refuse to guess (see dp_bounds).
        return None
    return float(edges[hit[0]]), float(edges[hit[-1] + 1])


def _bounded_contributions(x: np.ndarray, unit_ids: np.ndarray | None, m: int, rng: np.random.Generator) -> np.ndarray:
    """Non-missing values, keeping at most ``m`` random values per unit."""
    keep = ~np.isnan(x)
    if unit_ids is None:
        return x[keep]
    if m < 1:
        raise ValueError("max_values_per_unit must be >= 1")
    units = np.asarray(unit_ids)[keep]
    x = x[keep]
    perm = rng.permutation(len(x))
    rank = pd.Series(units[perm]).groupby(units[perm], sort=False).cumcount().to_numpy()
    return x[perm[rank < m]]


def _check_budget(epsilon: float, delta: float) -> None:
    if not epsilon > 0:
        raise ValueError(f"epsilon must be > 0, got {epsilon}")
    if delta < 0 or delta >= 1:
        raise ValueError(f"delta must be in [0, 1), got {delta}")
