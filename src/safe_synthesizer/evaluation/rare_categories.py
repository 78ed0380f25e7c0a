"""Pool rare categories into one cell before the quality comparisons.

A column of names, titles or cities has mostly values seen once or twice. Comparing such a
column category by category scores even a fresh sample of the same population badly (two
samples share few of their one-off values), and punishes what value protection does on purpose:
a rare value is never reproduced, so its share must come out as other, new values. So before the
distribution and correlation comparisons, categories rare on both sides (fewer than
``RARE_MIN_COUNT`` training records, and under the same bar scaled to the synthetic table's
size there) share one "rare" cell: what is compared is the frequent categories and the size of
the tail. A new value the synthetic table repeats (a placeholder such as ``_RARE_``, a made-up
category) keeps its own cell and counts against the score. The frequent set is the same on both
sides: a category just under the bar in one table and just over it in the other is compared as
itself on both (pooled on one side only, it showed a full-size difference that was not there:
two samples of one population of names were 0.35 apart).

Example:
    >>> import numpy as np
    >>> pool_values(np.array(["a", "a", "b", None], dtype=object), {"a"}).tolist()
    ['a', 'a', '⟨rare values⟩', None]
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from safe_synthesizer.evaluation.columns import Table

RARE_MIN_COUNT = 5
# Shown as is in the report's histograms; the angle brackets (U+27E8/9) keep it apart from data.
RARE_CELL = "⟨rare values⟩"


def frequent_categories(values: np.ndarray, min_count: int = RARE_MIN_COUNT) -> set[str]:
    """Categories seen in at least ``min_count`` records (missing excluded)."""
    counts = Counter(v for v in values.tolist() if v is not None)
    return {v for v, c in counts.items() if c >= min_count}


def pool_values(values: np.ndarray, frequent: set[str], min_count: int | None = None) -> np.ndarray:
    """``values`` with every category outside ``frequent`` replaced by the rare cell; with
    ``min_count``, a value seen that often in ``values`` itself keeps its own cell."""
    keep = set(frequent)
    if min_count is not None:
        keep |= frequent_categories(values, min_count)
    out = np.empty(len(values), dtype=object)
    out[:] = [v if v is None or v in keep else RARE_CELL for v in values.tolist()]
    return out


def pool_rare_categories(training: Table, synthetic: Table, min_count: int = RARE_MIN_COUNT) -> tuple[Table, Table]:
    """Copies of both tables whose categorical columns pool the categories rare on both sides."""
    pooled_training: dict[str, np.ndarray] = {}
    pooled_synthetic: dict[str, np.ndarray] = {}
    # The same bar relative to the table's size: a synthetic value as common as a frequent
    # training category is a category of its own, not part of the tail.
    scaled = max(2, round(min_count * synthetic.n_rows / max(training.n_rows, 1)))
    for name, values in training.categorical.items():
        frequent = frequent_categories(values, min_count) | frequent_categories(synthetic.categorical[name], scaled)
        pooled_training[name] = pool_values(values, frequent)
        pooled_synthetic[name] = pool_values(synthetic.categorical[name], frequent)
    return (
        Table(training.n_rows, training.numeric, pooled_training, training.text),
        Table(synthetic.n_rows, synthetic.numeric, pooled_synthetic, synthetic.text),
    )
