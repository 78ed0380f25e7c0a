"""Histograms on shared bins and the Jensen-Shannon distance between them."""

from __future__ import annotations

import numpy as np
from scipy.spatial.distance import jensenshannon

MAX_SAMPLING_FLOOR = 0.5


def js_distance(p: np.ndarray, q: np.ndarray) -> float:
    """Jensen-Shannon distance (base 2, in [0, 1]) between two count or share vectors.

    Two empty vectors are identical (0.0); one empty and one not are maximally apart (1.0).

    >>> round(js_distance(np.array([1, 0]), np.array([0, 1])), 6)
    1.0
    """
    p = np.asarray(p, dtype=float)
    q = np.asarray(q, dtype=float)
    p_sum, q_sum = p.sum(), q.sum()
    if p_sum == 0 and q_sum == 0:
        return 0.0
    if p_sum == 0 or q_sum == 0:
        return 1.0
    value = float(jensenshannon(p / p_sum, q / q_sum, base=2))
    # scipy returns nan for identical degenerate inputs on some platforms
    return 0.0 if np.isnan(value) else min(1.0, max(0.0, value))


def corrected_js_distance(p: np.ndarray, q: np.ndarray) -> float:
    """JS distance between two count vectors, less what sampling alone puts between them.

    Two samples of one population have histograms apart by chance: to second order the plug-in
    JS divergence of counts with ``n_p`` and ``n_q`` rows over ``k`` cells has expectation
    (k - 1)(1/n_p + 1/n_q) / (8 ln 2) bits when both come from the same distribution. The
    divergence is corrected for that chance floor as kappa is, (JSD - floor) / (1 - floor),
    clipped at 0, before the square root: a fresh sample of the training population scores near
    0 whatever its size, disjoint histograms keep the maximal distance 1, and a real difference
    (a divergence well above the floor) keeps nearly its full distance. For sparse cells the
    second-order floor is below the true one, so the correction errs on the strict side.

    >>> corrected_js_distance(np.array([1, 0]), np.array([0, 1]))
    1.0
    >>> corrected_js_distance(np.array([498.0, 502.0]), np.array([502.0, 498.0]))
    0.0
    """
    p = np.asarray(p, dtype=float)
    q = np.asarray(q, dtype=float)
    n_p, n_q = p.sum(), q.sum()
    distance = js_distance(p, q)
    if n_p == 0 or n_q == 0:
        return distance
    cells = int(((p + q) > 0).sum())
    # Capped: a floor near 1 bit (a handful of rows) would make every distance 0 or undefined.
    floor = min(MAX_SAMPLING_FLOOR, (cells - 1) * (1.0 / n_p + 1.0 / n_q) / (8.0 * np.log(2.0)))
    return float(np.sqrt(max(0.0, (distance * distance - floor) / (1.0 - floor))))


def shared_edges(a: np.ndarray, b: np.ndarray, max_bins: int = 200) -> np.ndarray:
    """Doane bin edges computed over both samples (finite values only), so bins are shared."""
    both = np.concatenate([a[np.isfinite(a)], b[np.isfinite(b)]])
    if both.size == 0:
        return np.array([0.0, 1.0])
    lo, hi = float(both.min()), float(both.max())
    if lo == hi:
        return np.array([lo - 0.5, hi + 0.5])
    edges = np.histogram_bin_edges(both, bins="doane")
    if edges.size - 1 > max_bins:
        edges = np.linspace(lo, hi, max_bins + 1)
    return edges


def numeric_counts(values: np.ndarray, edges: np.ndarray) -> np.ndarray:
    """Counts per bin plus a last cell for missing values (so missingness is compared too)."""
    finite = values[np.isfinite(values)]
    counts, _ = np.histogram(np.clip(finite, edges[0], edges[-1]), bins=edges)
    return np.append(counts, values.size - finite.size).astype(float)


def numeric_js(
    a: np.ndarray, b: np.ndarray, *, corrected: bool = False
) -> tuple[float, np.ndarray, np.ndarray, np.ndarray]:
    """JS distance of two numeric samples on shared Doane bins; also returns edges and counts.

    ``corrected``: less the sampling floor (:func:`corrected_js_distance`).
    """
    edges = shared_edges(a, b)
    ca, cb = numeric_counts(a, edges), numeric_counts(b, edges)
    return (corrected_js_distance if corrected else js_distance)(ca, cb), edges, ca, cb


def category_counts(a: np.ndarray, b: np.ndarray) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Counts of each category on both sides over the sorted union (missing as ``None`` last)."""
    cats_a, counts_a = _value_counts(a)
    cats_b, counts_b = _value_counts(b)
    union = sorted(set(cats_a) | set(cats_b), key=lambda c: (c is None, "" if c is None else c))
    index = {c: i for i, c in enumerate(union)}
    ca = np.zeros(len(union))
    cb = np.zeros(len(union))
    for c, n in zip(cats_a, counts_a, strict=True):
        ca[index[c]] = n
    for c, n in zip(cats_b, counts_b, strict=True):
        cb[index[c]] = n
    return union, ca, cb


def _value_counts(values: np.ndarray) -> tuple[list, np.ndarray]:
    missing = np.array([v is None for v in values], dtype=bool)
    present = values[~missing].astype(str)
    cats, counts = np.unique(present, return_counts=True)
    out_cats: list = [str(c) for c in cats]
    out_counts = counts.astype(float)
    if missing.any():
        out_cats.append(None)
        out_counts = np.append(out_counts, float(missing.sum()))
    return out_cats, out_counts
