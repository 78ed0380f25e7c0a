"""Deterministic column pairs: where the training data says B is a function of A, keep it exact.

Some columns are a relabelling of an earlier one (``education`` -> ``education-num``, a code and
its description). The model learns such a pair well but not perfectly (about 98 % of rows on a
3,000-row table); every broken pair is a record no real person has. So training looks for pairs
of columns where every first-slot token of A seen in at least ``MIN_SUPPORT`` records comes with
one first-slot token of B, without exception, that alone fixes B's value (a category, or a
number's exact-value token, not a bin whose digits follow), and B is not nearly constant; at
sampling time B's token is then fixed by A's (when A is generated first, as in table order).

Only tokens of values seen in >= ``MIN_SUPPORT`` records are constrained, so the rule holds
nothing about rare records, and it is never used under DP (it would be a statistic outside the
budget).

Example:
    >>> tokens = np.array([[0, 3], [1, 4], [0, 3]] * 20)
    >>> [p.to_dict() for p in find_deterministic_pairs(tokens, [0, 1], [None, None])]
    [{'source': 0, 'target': 1, 'mapping': [3, 4]}]
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np

MIN_SUPPORT = 10
# B must carry information: its most common token covers at most this share of the rows.
MAX_TARGET_MODE_SHARE = 0.95


@dataclass(frozen=True)
class DeterministicPair:
    """Slot ``target`` takes ``mapping[token of slot source]`` (``-1``: not constrained)."""

    source: int
    target: int
    mapping: list[int]

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> DeterministicPair:
        return cls(int(d["source"]), int(d["target"]), [int(v) for v in d["mapping"]])


def find_deterministic_pairs(
    tokens: np.ndarray, first_slots: list[int], exact: list[set[int] | None]
) -> list[DeterministicPair]:
    """Pairs (A earlier, B later) of columns where A's frequent tokens fix B's value.

    ``first_slots`` is each column's first slot in table order; ``exact[j]`` the tokens of that
    slot that fix column ``j``'s value alone (None: every token does).
    """
    pairs = []
    for j, target in enumerate(first_slots):
        b = tokens[:, target]
        if len(b) == 0 or np.bincount(b).max() > MAX_TARGET_MODE_SHARE * len(b):
            continue
        for source in first_slots[:j]:
            mapping = _mapping(tokens[:, source], b)
            if mapping is not None and (exact[j] is None or {t for t in mapping if t >= 0} <= exact[j]):
                pairs.append(DeterministicPair(source, target, mapping))
                break  # one source is enough to fix B
    return pairs


def _mapping(a: np.ndarray, b: np.ndarray) -> list[int] | None:
    """A's token -> B's token when every supported A token has exactly one B token, else None."""
    size = int(a.max()) + 1
    counts = np.bincount(a, minlength=size)
    supported = counts >= MIN_SUPPORT
    if supported.sum() < 2 or counts[supported].sum() < 0.5 * len(a):
        return None
    # Distinct (a, b) pairs as one integer key each: a flag table when small, else a 1-D sort
    # (a row-wise unique of the stacked pair sorted a million rows for seconds per pair).
    b_size = int(b.max()) + 1
    keys = a.astype(np.int64) * b_size + b
    if size * b_size <= max(1 << 22, 4 * len(a)):
        present = np.flatnonzero(np.bincount(keys, minlength=size * b_size))
    else:
        present = np.unique(keys)
    pairs = np.stack([present // b_size, present % b_size], axis=1)
    per_source = np.bincount(pairs[:, 0], minlength=size)
    if (per_source[supported] != 1).any():
        return None
    mapping = np.full(size, -1, dtype=np.int64)
    single_target = pairs[np.isin(pairs[:, 0], np.flatnonzero(supported))]
    mapping[single_target[:, 0]] = single_target[:, 1]
    return mapping.tolist()
