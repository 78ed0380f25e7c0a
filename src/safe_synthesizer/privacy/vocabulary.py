"""DP vocabularies: which categories or text tokens the codec may know, by thresholded noisy counts.

Mechanism (Korolova et al. 2009; Wilson et al. 2020, over an unknown domain): count, for every
item, the contributors holding it; shift the count down by ``s * (min_count - 1)``; add Laplace
noise to the positive shifted counts; release the items whose noisy count clears a threshold.

Contributions are bounded in one of two ways:
- ``unit_ids`` given: each unit counts each item once, and at most ``m`` distinct items (a random
  subset when it holds more). One unit moves one count by ``s = 1`` and all counts by ``l1 = m``.
- no ``unit_ids``: every row is a contributor (each row's items counted once, at most ``m`` per
  row); the caller guarantees a privacy unit owns at most ``K = max_rows_per_unit`` rows (1 for
  record-level privacy; under entity-level privacy cut each entity to ``K`` rows with
  ``sampling.truncate_units``). Then ``s = K`` and ``l1 = K * m``.

With Laplace scale ``b = l1 / epsilon`` the noisy counts of items present in both neighbouring
datasets are epsilon-DP. An item held by one unit only has a count of at most ``s``, so after the
shift (``min_count >= 2``) it is never even a candidate: **an item seen in a single record (or a
single entity) is never emitted, whatever the noise**. Adding a unit can make at most ``l1`` items
candidates, each with shifted count at most ``s``; the threshold ``T = s + b ln(l1 / (2 delta))``
keeps the chance that any of them is released below ``delta``. Hence (epsilon, delta)-DP.

With ``rho`` the noise is Gaussian instead (l2 sensitivity ``s * sqrt(m)``, ``sigma`` from
``privacy.zcdp.gaussian_sigma``): the counts of items present in both datasets are then
``rho``-zCDP, and the threshold ``s + sigma * Phi^-1(1 - delta / m)`` keeps the chance that any
new item is released below ``delta`` (approximate zCDP, composed in ``privacy.zcdp``).
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence

import numpy as np
import pandas as pd

from safe_synthesizer.privacy.zcdp import gaussian_sigma, gaussian_threshold


def dp_category_vocabulary(
    values: pd.Series | Sequence[Hashable],
    epsilon: float,
    *,
    delta: float,
    rng: np.random.Generator,
    unit_ids: np.ndarray | None = None,
    max_categories_per_unit: int = 1,
    max_rows_per_unit: int = 1,
    min_count: int = 2,
    rho: float | None = None,
) -> dict[Hashable, int]:
    """Categories whose noisy count clears the DP threshold, with their (rounded) noisy counts.

    Missing values are never part of the vocabulary (the codec should always reserve a missing
    slot rather than learn from the data whether there are any).

    Args:
        values: the column (one value per row).
        epsilon, delta: budget of this release.
        rng: numpy generator for the noise (and the contribution sampling).
        unit_ids: privacy unit per row, to count units instead of rows.
        max_categories_per_unit: with ``unit_ids``, distinct categories counted per unit.
        max_rows_per_unit: without ``unit_ids``, the most rows one unit may own (see module doc).
        min_count: categories held by fewer contributors are never emitted (>= 2).
        rho: Gaussian noise for a ``rho``-zCDP release (``epsilon`` then unused; see the module doc).

    Returns:
        ``{category: noisy count}``, most frequent (by noisy count) first.

    Example:
        >>> col = pd.Series(["a"] * 500 + ["b"] * 300 + ["rare"])
        >>> list(dp_category_vocabulary(col, 1.0, delta=1e-6, rng=np.random.default_rng(0)))
        ['a', 'b']
    """
    series = values if isinstance(values, pd.Series) else pd.Series(list(values), dtype=object)
    mask = series.notna().to_numpy()
    codes, uniques = pd.factorize(series[mask], sort=False)
    # factorize's first-seen order depends on row order; sort by string form for determinism.
    order = sorted(range(len(uniques)), key=lambda i: (type(uniques[i]).__name__, str(uniques[i])))
    remap = np.empty(len(order), dtype=np.int64)
    remap[order] = np.arange(len(order))
    items = [uniques[i] for i in order]
    rows = np.flatnonzero(mask)
    contributors = rows if unit_ids is None else np.asarray(unit_ids)[rows]
    released = _thresholded_histogram(
        contributors,
        remap[codes] if len(codes) else codes.astype(np.int64),
        len(items),
        epsilon,
        delta=delta,
        rng=rng,
        max_items=max_categories_per_unit if unit_ids is not None else 1,
        rows_per_unit=1 if unit_ids is not None else max_rows_per_unit,
        min_count=min_count,
        rho=rho,
    )
    return {_native(items[i]): c for i, c in released}


def dp_token_vocabulary(
    token_lists: Sequence[Sequence[str]],
    epsilon: float,
    *,
    delta: float,
    rng: np.random.Generator,
    unit_ids: np.ndarray | None = None,
    max_tokens_per_unit: int = 32,
    max_rows_per_unit: int = 1,
    min_count: int = 2,
) -> dict[str, int]:
    """Tokens (words, characters, pre-tokens...) used by enough contributors, with noisy counts.

    ``token_lists[i]`` are the tokens of row ``i``, from a *data-independent* tokenization (a
    regex or byte-level pre-tokenizer; not a BPE trained on the same data, whose merges would let
    one record change every count). Each contributor (unit, or row without ``unit_ids``) counts
    each distinct token once and at most ``max_tokens_per_unit`` of them (a random subset).

    Example:
        >>> rows = [["the", "cat"]] * 400 + [["the", "dog"]] * 400 + [["zyx"]]
        >>> vocab = dp_token_vocabulary(rows, 1.0, delta=1e-6, rng=np.random.default_rng(0), max_tokens_per_unit=2)
        >>> next(iter(vocab)), sorted(vocab)
        ('the', ['cat', 'dog', 'the'])
    """
    lengths = np.fromiter((len(t) for t in token_lists), dtype=np.int64, count=len(token_lists))
    flat = pd.Series([tok for toks in token_lists for tok in toks], dtype=object)
    codes, uniques = pd.factorize(flat, sort=True)
    row_ids = np.arange(len(token_lists)) if unit_ids is None else np.asarray(unit_ids)
    released = _thresholded_histogram(
        np.repeat(row_ids, lengths),
        codes.astype(np.int64),
        len(uniques),
        epsilon,
        delta=delta,
        rng=rng,
        max_items=max_tokens_per_unit,
        rows_per_unit=1 if unit_ids is not None else max_rows_per_unit,
        min_count=min_count,
    )
    return {str(uniques[i]): c for i, c in released}


def dp_item_counts(
    item_sets: Sequence[Sequence[int]],
    epsilon: float,
    *,
    delta: float,
    rng: np.random.Generator,
    max_items_per_row: int,
    max_rows_per_unit: int = 1,
    min_count: int = 2,
    rho: float | None = None,
) -> dict[int, int]:
    """Like :func:`dp_token_vocabulary` for integer item ids given as one collection per row."""
    lengths = np.fromiter((len(s) for s in item_sets), dtype=np.int64, count=len(item_sets))
    flat = np.fromiter((int(i) for s in item_sets for i in s), dtype=np.int64, count=int(lengths.sum()))
    uniques, codes = np.unique(flat, return_inverse=True)
    released = _thresholded_histogram(
        np.repeat(np.arange(len(item_sets)), lengths),
        codes.astype(np.int64),
        len(uniques),
        epsilon,
        delta=delta,
        rng=rng,
        max_items=max_items_per_row,
        rows_per_unit=max_rows_per_unit,
        min_count=min_count,
        rho=rho,
    )
    return {int(uniques[i]): c for i, c in released}


def vocabulary_threshold(
    epsilon: float, delta: float, max_items_per_unit: int = 1, max_rows_per_unit: int = 1
) -> float:
    """Noisy-count threshold (on shifted counts) that makes a vocabulary release (eps, delta)-DP."""
    s, l1 = max_rows_per_unit, max_rows_per_unit * max_items_per_unit
    return s + (l1 / epsilon) * math.log(l1 / (2.0 * delta))


def _thresholded_histogram(
    contributors: np.ndarray,
    codes: np.ndarray,
    n_items: int,
    epsilon: float,
    *,
    delta: float,
    rng: np.random.Generator,
    max_items: int,
    rows_per_unit: int,
    min_count: int,
    rho: float | None = None,
) -> list[tuple[int, int]]:
    """``(item code, rounded noisy count)`` released, most frequent first (see module docstring)."""
    _check_budget(epsilon if rho is None else 1.0, delta)
    if delta <= 0:
        raise ValueError("a vocabulary over an unknown domain needs delta > 0 (thresholding)")
    if max_items < 1 or rows_per_unit < 1 or min_count < 2:
        raise ValueError("max items and rows per unit must be >= 1, min_count >= 2")
    if n_items == 0:
        return []
    s, l1 = rows_per_unit, rows_per_unit * max_items
    counts = np.bincount(_bounded_items(contributors, codes, n_items, max_items, rng), minlength=n_items)
    shifted = np.maximum(counts - s * (min_count - 1), 0)
    present = np.flatnonzero(shifted > 0)
    if rho is None:
        noisy = shifted[present] + rng.laplace(0.0, l1 / epsilon, size=len(present))
        threshold = vocabulary_threshold(epsilon, delta, max_items, rows_per_unit)
    else:
        # One unit moves at most max_items counts by s each: l2 sensitivity s * sqrt(max_items).
        sigma = gaussian_sigma(rho, s * math.sqrt(max_items))
        noisy = shifted[present] + rng.normal(0.0, sigma, size=len(present))
        threshold = gaussian_threshold(sigma, delta, l1, s)  # at most l1 new candidates
    keep = noisy > threshold
    chosen, chosen_noisy = present[keep], noisy[keep]
    # Most frequent first; equal noisy counts (measure zero) fall back to code order. Reported
    # counts are the noisy counts with the shift added back (post-processing).
    order = np.lexsort((chosen, -chosen_noisy))
    reported = np.maximum(np.round(chosen_noisy + s * (min_count - 1)), min_count).astype(np.int64)
    return [(int(chosen[i]), int(reported[i])) for i in order]


def _bounded_items(
    contributors: np.ndarray, codes: np.ndarray, n_items: int, m: int, rng: np.random.Generator
) -> np.ndarray:
    """Item codes counted once per contributor, at most ``m`` distinct items each (random subset)."""
    _, dense = np.unique(contributors, return_inverse=True)
    pairs = np.unique(dense.astype(np.int64) * n_items + codes)  # distinct (contributor, item)
    pair_owner, pair_item = pairs // n_items, pairs % n_items
    per_owner = np.bincount(pair_owner)
    if len(per_owner) == 0 or per_owner.max() <= m:
        return pair_item
    # Random order inside each contributor, then keep each one's first m pairs.
    order = np.lexsort((rng.random(len(pairs)), pair_owner))
    starts = np.concatenate([[0], np.cumsum(per_owner)[:-1]])
    rank = np.arange(len(pairs)) - starts[pair_owner[order]]
    return pair_item[order[rank < m]]


def _native(value: Hashable) -> Hashable:
    """numpy scalars to Python scalars, so vocabularies serialise to JSON as they are."""
    return value.item() if isinstance(value, np.generic) else value


def _check_budget(epsilon: float, delta: float) -> None:
    if not epsilon > 0:
        raise ValueError(f"epsilon must be > 0, got {epsilon}")
    if delta < 0 or delta >= 1:
        raise ValueError(f"delta must be in [0, 1), got {delta}")
