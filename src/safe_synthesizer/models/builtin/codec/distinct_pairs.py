"""Two categorical columns over one value set that always differ in training stay different.

A booking's ``origin`` and ``destination`` are both airport codes and never the same airport; the
model samples each from its own slot, so 5.6 % of generated bookings flew from an airport to itself
(probe 5), a record no input row resembles. ``find_distinct_pairs`` records, on the training split,
the pairs of categorical columns that are never equal although they share values often enough
that chance alone would make them equal in at least ``MIN_EXPECTED`` rows; ``apply_distinct_pairs``
rewrites, in every decoded row where the two are equal, one of them (with the columns it decides,
``carry``) from another generated row whose value differs.

Privacy: finding the pairs reads the columns' values (which values they share, and that no row
repeats one): a column-level statistic outside the DP budget, so it is used outside DP only. The
repair reads generated rows only.

Example:
    >>> pairs = find_distinct_pairs(frame, ["origin", "destination"])   # doctest: +SKIP
    >>> fixed = apply_distinct_pairs(decoded, pairs, {}, rng)            # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from itertools import combinations

import numpy as np
import pandas as pd

# Rows where both columns are present, and rows chance alone would make equal (independent
# columns with the training marginals), before "never equal" counts as a rule of the table.
MIN_ROWS = 50
MIN_EXPECTED = 10.0
# Rounds of donor draws for the rows still equal (each round fixes nearly all of them).
MAX_ROUNDS = 20


@dataclass
class DistinctPair:
    """``first`` and ``second`` never hold the same value in a training row where both are present."""

    first: str
    second: str

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> DistinctPair:
        return cls(first=d["first"], second=d["second"])


def find_distinct_pairs(frame: pd.DataFrame, candidates: list[str]) -> list[DistinctPair]:
    """Pairs of ``candidates`` (categorical columns, table order) that are never equal in ``frame``
    although chance would make them equal in >= ``MIN_EXPECTED`` rows. Outside DP only.

    Example:
        >>> frame = pd.DataFrame({"a": list("xyz") * 40, "b": list("yzx") * 40, "c": list("xxy") * 40})
        >>> [(p.first, p.second) for p in find_distinct_pairs(frame, ["a", "b", "c"])]
        [('a', 'b')]
    """
    names = [c for c in candidates if c in frame]
    text = {c: frame[c].astype(object).where(frame[c].notna(), None) for c in names}
    shares = {c: text[c].value_counts(normalize=True, dropna=True) for c in names}
    found = []
    for a, b in combinations(names, 2):
        shared = shares[a].index.intersection(shares[b].index)
        if len(shared) < 2:
            continue
        both = text[a].notna() & text[b].notna()
        n = int(both.sum())
        expected = n * float((shares[a][shared] * shares[b][shared]).sum())
        if n < MIN_ROWS or expected < MIN_EXPECTED:
            continue
        if not (text[a][both].to_numpy() == text[b][both].to_numpy()).any():
            found.append(DistinctPair(a, b))
    return found


def apply_distinct_pairs(
    decoded: pd.DataFrame, pairs: list[DistinctPair], decides: dict[str, list[str]], rng: np.random.Generator
) -> pd.DataFrame:
    """``decoded`` with no row where a pair is equal (as far as donors allow).

    Of the two columns, the one deciding fewer others (``decides``: a column -> the columns that
    are a function of it, e.g. ``destination`` -> ``currency``) is rewritten, the later one on a
    tie; its value and the values it decides come together from one random generated row whose
    value differs from the row's other column, so each donated value is one the model generated
    with the columns it decides.
    """
    for pair in pairs:
        if not {pair.first, pair.second} <= set(decoded):
            continue
        change, keep = pair.second, pair.first
        if len(decides.get(pair.second, [])) > len(decides.get(pair.first, [])):
            change, keep = pair.first, pair.second
        moved = [change] + [c for c in decides.get(change, []) if c in decoded and c not in (change, keep)]
        values = decoded[change].astype(object).to_numpy(copy=True)
        other = decoded[keep].astype(object).to_numpy()
        columns = {c: decoded[c].astype(object).to_numpy(copy=True) for c in moved[1:]}
        source = {c: decoded[c].astype(object).to_numpy() for c in moved[1:]}
        original = values.copy()
        present = pd.notna(original)
        for _ in range(MAX_ROUNDS):
            bad = np.flatnonzero(pd.notna(values) & pd.notna(other) & (values == other))
            if not len(bad):
                break
            donors = rng.integers(0, len(values), size=len(bad))
            ok = present[donors] & (original[donors] != other[bad])
            values[bad[ok]] = original[donors[ok]]
            for c in columns:
                columns[c][bad[ok]] = source[c][donors[ok]]
        for c, column in {change: values, **columns}.items():
            decoded[c] = _like(column, decoded[c])
    return decoded


def _like(values: np.ndarray, template: pd.Series) -> pd.Series:
    """``values`` as a Series with ``template``'s index and (where it holds them) dtype."""
    out = pd.Series(values, index=template.index, dtype=object)
    if pd.api.types.is_object_dtype(template.dtype):
        return out.where(out.notna(), None)
    try:
        return out.astype(template.dtype)
    except (TypeError, ValueError):
        return out
