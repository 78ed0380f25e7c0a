"""Poisson sampling of privacy units, the sampling the DP accountants assume.

A *privacy unit* is what the guarantee protects: one record by default, or one entity (all
records sharing a value of ``data.group_training_examples_by``). At every step each unit joins
the batch independently with probability ``q``; a sampled unit brings all its rows. Batches
therefore vary in size and can be empty; the DP-SGD step handles an empty batch by adding noise
only, so the accounting stays valid (skipping such a step would change the sampling scheme).

Example:
    >>> units = privacy_units(pd.DataFrame({"patient": [7, 7, 9]}), group_by="patient")
    >>> sampler = PoissonUnitSampler(units.ids, sample_rate=0.5, num_steps=4, seed=0)
    >>> [len(rows) for rows in sampler]  # row counts vary; entity 7's two rows come together
    [1, 3, 0, 0]
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
import pandas as pd

from safe_synthesizer.errors import ConfigError


@dataclass(frozen=True)
class PrivacyUnits:
    """The privacy unit of every row.

    Attributes:
        ids: ``int64`` array, one dense unit id (``0..n_units-1``) per row.
        n_units: number of distinct units.
        label: ``"record"`` or ``"entity:<column>"`` (used in the manifest and the report).
    """

    ids: np.ndarray
    n_units: int
    label: str


def privacy_units(df: pd.DataFrame, group_by: str | None = None) -> PrivacyUnits:
    """Unit ids for ``df``: each row its own unit, or one unit per value of ``group_by``.

    Ids follow the sorted order of the group values, so they do not depend on row order.
    A missing group value is refused (``ConfigError``): its rows may belong to one person, and
    making each its own unit would silently protect that person's rows one by one.

    Example:
        >>> privacy_units(pd.DataFrame({"id": ["b", "a", "b"]}), "id").ids.tolist()
        [1, 0, 1]
    """
    if group_by is None:
        n = len(df)
        return PrivacyUnits(np.arange(n, dtype=np.int64), n, "record")
    if group_by not in df.columns:
        raise ConfigError(
            f"data.group_training_examples_by: column {group_by!r} is not in the data; "
            "set it to an existing column or leave it empty."
        )
    check_group_ids(df, group_by)
    codes, uniques = pd.factorize(df[group_by], sort=True, use_na_sentinel=True)
    return PrivacyUnits(codes.astype(np.int64), len(uniques), f"entity:{group_by}")


def missing_group_message(column: str, n_missing: int) -> str:
    """The one-line refusal for rows without an entity id (shared by preflight and training)."""
    return (
        f"data.group_training_examples_by: column {column!r} is empty in {n_missing} row(s); under DP every "
        "row must name its entity. Fill the missing ids (one per real entity) or drop those rows."
    )


def check_group_ids(df: pd.DataFrame, group_by: str) -> None:
    """Refuse rows whose entity id is missing (see ``privacy_units``).

    Example:
        >>> check_group_ids(pd.DataFrame({"id": [1, None]}), "id")
        Traceback (most recent call last):
        ...
        safe_synthesizer.errors.ConfigError: data.group_training_examples_by: column 'id' is empty in 1 row(s); \
under DP every row must name its entity. Fill the missing ids (one per real entity) or drop those rows.
    """
    n_missing = int(df[group_by].isna().sum())
    if n_missing:
        raise ConfigError(missing_group_message(group_by, n_missing))


class PoissonUnitSampler:
    """Iterate ``num_steps`` batches of row indices, each unit included with prob ``sample_rate``.

    Args:
        unit_ids: one integer unit id per row (any values; rows with equal ids form one unit).
        sample_rate: inclusion probability ``q`` of each unit at each step, in ``(0, 1]``.
        num_steps: number of batches to yield.
        seed: seed of the sampling generator (numpy PCG64; not a cryptographic RNG, like
            Opacus outside its ``secure_mode``).

    Each yielded batch is an ``int64`` array of row indices grouped by unit (units in id order,
    a unit's rows in their original order, which keeps ``order_training_examples_by``). Use
    ``unit_ids[rows]`` as the unit index of the DP-SGD step.
    """

    def __init__(self, unit_ids: np.ndarray, sample_rate: float, num_steps: int, seed: int) -> None:
        if not 0 < sample_rate <= 1:
            raise ConfigError(f"privacy: sample rate {sample_rate} must be in (0, 1].")
        if num_steps < 0:
            raise ConfigError(f"privacy: number of steps {num_steps} must be >= 0.")
        unit_ids = np.asarray(unit_ids)
        if unit_ids.ndim != 1:
            raise ValueError("unit_ids must be a 1-D array with one id per row")
        self.sample_rate = float(sample_rate)
        self.num_steps = int(num_steps)
        self.seed = seed
        # Rows sorted by unit (stable: keeps row order inside a unit); offsets delimit units.
        _, dense = np.unique(unit_ids, return_inverse=True)
        self._order = np.argsort(dense, kind="stable").astype(np.int64)
        counts = np.bincount(dense) if len(dense) else np.zeros(0, dtype=np.int64)
        self._starts = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
        self._counts = counts.astype(np.int64)
        self.n_units = len(counts)

    @property
    def expected_units_per_step(self) -> float:
        """``q * n_units``: the denominator of the DP-SGD gradient average."""
        return self.sample_rate * self.n_units

    def __len__(self) -> int:
        return self.num_steps

    def __iter__(self) -> Iterator[np.ndarray]:
        rng = np.random.default_rng(self.seed)
        for _ in range(self.num_steps):
            chosen = np.flatnonzero(rng.random(self.n_units) < self.sample_rate)
            yield self._rows_of(chosen)

    def _rows_of(self, units: np.ndarray) -> np.ndarray:
        if len(units) == 0:
            return np.zeros(0, dtype=np.int64)
        counts = self._counts[units]
        # Expand each unit's [start, start + count) range without a Python loop.
        within = np.arange(int(counts.sum()), dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
        return self._order[np.repeat(self._starts[units], counts) + within]


def unit_aligned_part(unit_of_row: np.ndarray, rank: int, world_size: int) -> slice:
    """Rank ``rank``'s contiguous part of a batch split over ``world_size`` processes (DP under DDP).

    ``unit_of_row`` is the unit of each batch row, rows of a unit adjacent (as
    ``PoissonUnitSampler`` yields them). Cuts fall on unit boundaries nearest above an even split
    of the rows, so no unit is split between ranks: a unit whose rows sat on two ranks would be
    clipped on each and could move the summed gradient by ``C`` once per rank. The parts cover
    the batch exactly; a part may be empty (a rank then adds only its share of nothing).

    Example:
        >>> units = np.array([4, 4, 4, 7, 9, 9])
        >>> [unit_aligned_part(units, r, 2) for r in range(2)]
        [slice(0, 3, None), slice(3, 6, None)]
    """
    if not 0 <= rank < world_size:
        raise ValueError(f"rank {rank} is not in [0, {world_size})")
    unit_of_row = np.asarray(unit_of_row)
    n = len(unit_of_row)
    # Row index where each run of equal unit ids starts, plus the end of the batch.
    starts = np.flatnonzero(np.r_[True, unit_of_row[1:] != unit_of_row[:-1]]) if n else np.zeros(0, np.int64)
    if len(starts) != len(np.unique(unit_of_row)):
        raise ValueError("unit_aligned_part: the rows of a unit must be adjacent in the batch")
    cuts = np.r_[starts, n]

    def cut(k: int) -> int:
        return int(cuts[np.searchsorted(cuts, k * n / world_size)])

    return slice(cut(rank), cut(rank + 1))


def truncate_units(unit_ids: np.ndarray, max_rows: int, seed: int) -> np.ndarray:
    """Row indices keeping at most ``max_rows`` random rows of every unit (sorted).

    Used before computing DP statistics without unit ids: on the cut table one unit owns at most
    ``max_rows`` rows, the sensitivity those mechanisms are told (``max_rows_per_unit``). Choose
    ``max_rows`` from public knowledge or with ``dp_length_limit`` on the units' row counts.

    Example:
        >>> truncate_units(np.array([0, 0, 0, 1]), max_rows=2, seed=0).tolist()
        [1, 2, 3]
    """
    if max_rows < 1:
        raise ValueError("max_rows must be >= 1")
    unit_ids = np.asarray(unit_ids)
    rng = np.random.default_rng(seed)
    order = np.lexsort((rng.random(len(unit_ids)), unit_ids))
    sorted_ids = unit_ids[order]
    starts = np.flatnonzero(np.r_[True, sorted_ids[1:] != sorted_ids[:-1]]) if len(order) else np.zeros(0, int)
    group_start = np.repeat(starts, np.diff(np.r_[starts, len(order)]))
    rank = np.arange(len(order)) - group_start
    return np.sort(order[rank < max_rows])
