"""Hold out a test split for evaluation: seeded, size-capped, and group-aware.

The test rows are chosen from the row count (and the group column when grouped), so
``split_to_files`` can stream any table into the two CSVs a chunk at a time.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from safe_synthesizer.data.schema import TableSchema
from safe_synthesizer.data.streaming import TableWriter
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


def holdout_mask(
    n_rows: int,
    *,
    holdout: float,
    max_holdout: int,
    seed: int,
    keys: pd.Series | None = None,
    group_by: str | None = None,
) -> tuple[np.ndarray, SplitInfo]:
    """Which rows go to the test split (a boolean mask), from the row count alone.

    Without ``keys`` the holdout rows are a seeded sample of row indices: nothing but ``n_rows``
    is needed, so a table can be split while it streams past. With ``keys`` (the group column's
    values, one per row) whole entities are held out.
    """
    target = holdout_size(n_rows, holdout, max_holdout)
    rng = np.random.default_rng(seed)
    if target == 0:
        if holdout <= 0:
            note = ""  # asked for: nothing to explain
        elif max_holdout <= 0:
            note = "no holdout: data.max_holdout is 0"
        else:
            note = f"no holdout: fewer than {MIN_ROWS_FOR_HOLDOUT} rows"
        return np.zeros(n_rows, dtype=bool), SplitInfo(n_rows, 0, seed, group_by, holdout, note)
    if keys is None:
        test_mask = np.zeros(n_rows, dtype=bool)
        test_mask[rng.permutation(n_rows)[:target]] = True
    else:
        keys = keys.astype(str).fillna("<missing>")
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
    n_test = int(test_mask.sum())
    note = "" if n_test else "no holdout: every entity is larger than data.max_holdout"
    return test_mask, SplitInfo(n_rows - n_test, n_test, seed, group_by, holdout, note)


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
    test_mask, info = holdout_mask(len(df), holdout=holdout, max_holdout=max_holdout, seed=seed,
                                   keys=None if group_by is None else df[group_by], group_by=group_by)
    return df[~test_mask].reset_index(drop=True), df[test_mask].reset_index(drop=True), info


def split_to_files(
    chunks: Iterable[pd.DataFrame], test_mask: np.ndarray, train_path: Path, test_path: Path, schema: TableSchema
) -> tuple[int, int]:
    """Stream ``chunks`` (the table's rows in order) into the training and test CSVs by ``test_mask``.

    Memory is one chunk; both files appear only when every row is written. Returns the row counts.
    """
    seen = 0
    with TableWriter(train_path, schema) as train, TableWriter(test_path, schema) as test:
        for chunk in chunks:
            mask = test_mask[seen : seen + len(chunk)]
            if len(mask) != len(chunk):
                raise ValueError(f"split_to_files: the mask covers {len(test_mask)} rows, the chunks hold more")
            seen += len(chunk)
            train.write(chunk[~mask])
            if mask.any():
                test.write(chunk[mask])
        if seen != len(test_mask):
            raise ValueError(f"split_to_files: the mask covers {len(test_mask)} rows, the chunks held {seen}")
        return train.n_rows, test.n_rows
