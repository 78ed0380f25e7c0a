"""Hold out a test split for evaluation: seeded, size-capped, and group-aware."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd

from safe_synthesizer.errors import ConfigError

MIN_ROWS_FOR_HOLDOUT = 200


@dataclass(frozen=True)
class SplitInfo:
    """What the split did, recorded in the manifest."""

    n_train: int
    n_test: int
    seed: int
    group_by: str | None
    requested: float
    note: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


def holdout_size(n_rows: int, holdout: float, max_holdout: int) -> int:
    """Rows to hold out: ``holdout`` < 1 is a fraction, >= 1 a count; capped by ``max_holdout``."""
    if holdout <= 0 or n_rows < MIN_ROWS_FOR_HOLDOUT:
        return 0
    size = round(n_rows * holdout) if holdout < 1 else int(holdout)
    if size >= n_rows:
        raise ConfigError(f"data.holdout: {holdout} would hold out all {n_rows} rows; use a fraction below 1 "
                          "or a smaller count")
    return min(size, max_holdout)


def split_holdout(
    df: pd.DataFrame,
    *,
    holdout: float,
    max_holdout: int,
    seed: int,
    group_by: str | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame, SplitInfo]:
    """Split ``df`` into (train, test). With ``group_by`` every entity lands on one side only.

    Example:
        >>> import pandas as pd
        >>> train, test, info = split_holdout(pd.DataFrame({"x": range(1000)}), holdout=0.1,
        ...                                   max_holdout=2000, seed=0)
        >>> len(train), len(test)
        (900, 100)
    """
    target = holdout_size(len(df), holdout, max_holdout)
    rng = np.random.default_rng(seed)
    if target == 0:
        if holdout <= 0:
            note = ""  # asked for: nothing to explain
        elif max_holdout <= 0:
            note = "no holdout: data.max_holdout is 0"
        else:
            note = f"no holdout: fewer than {MIN_ROWS_FOR_HOLDOUT} rows"
        info = SplitInfo(len(df), 0, seed, group_by, holdout, note)
        return df.reset_index(drop=True), df.iloc[0:0].copy(), info
    if group_by is None:
        test_mask = np.zeros(len(df), dtype=bool)
        test_mask[rng.permutation(len(df))[:target]] = True
    else:
        keys = df[group_by].astype(str).fillna("<missing>")
        sizes = keys.value_counts(sort=False).sort_index()  # sorted: independent of hash order
        order = rng.permutation(len(sizes))
        # Whole entities, in random order, while they fit: the size is a hard cap.
        chosen, taken = [], 0
        for position in order[:-1]:  # at least one entity stays for training
            size = int(sizes.iloc[position])
            if taken + size <= target:
                chosen.append(sizes.index[position])
                taken += size
            if taken == target:
                break
        test_mask = keys.isin(set(chosen)).to_numpy()
    train = df[~test_mask].reset_index(drop=True)
    test = df[test_mask].reset_index(drop=True)
    note = "" if len(test) else "no holdout: every entity is larger than data.max_holdout"
    return train, test, SplitInfo(len(train), len(test), seed, group_by, holdout, note)
