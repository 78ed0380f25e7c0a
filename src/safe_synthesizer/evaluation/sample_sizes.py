"""Equal-size samples for the tabular quality comparisons: compare like with like.

Association measures (Theil's U, eta) and histogram distances of a sample depend on its size:
on 1,000 rows a name column shows more association with a date than on 1,900 rows of the same
data, and a column's rare values fall under or over the rare-category bar depending on the rows
seen. The pipeline compares about 1,900 training rows with 1,000 synthetic rows by default, so
1,000 rows drawn from the training table itself, no model at all, scored SQS 8.5 against it.
Before the distribution, correlation and deep-structure comparisons the larger table is
therefore subsampled to the smaller one's size, without replacement, with a fixed evaluation
seed (:data:`QUALITY_SAMPLE_SEED`): the same tables always give the same sample, whatever seed
the caller passes. Tables of equal size (Adult and other tables of 5,000 rows or more, capped
to ``sqs_report_rows`` on both sides) are left as they are.

Example:
    >>> import numpy as np
    >>> big = Table(6, {"x": np.arange(6.0)}, {}, {})
    >>> small = Table(3, {"x": np.arange(3.0)}, {}, {})
    >>> a, b, note = equal_sizes(big, small)
    >>> a.n_rows, b.n_rows, note.training_rows, note.rows
    (3, 3, 6, 3)
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from safe_synthesizer.evaluation.columns import Table

# How the evaluation says it subsampled: information for the report, not a finding ("Check these").
EQUAL_SIZES_NOTE = "tabular quality compared on equal-size samples"

# Fixed so that a run's scores do not depend on its seed; stated in the result's dataset facts.
QUALITY_SAMPLE_SEED = 20_240_909


@dataclass(frozen=True)
class EqualSizes:
    """Rows each side had and the common size compared (``rows``)."""

    training_rows: int
    synthetic_rows: int
    rows: int
    seed: int = QUALITY_SAMPLE_SEED

    @property
    def subsampled(self) -> str | None:
        """Which side was subsampled, or None when both had the same size."""
        if self.training_rows == self.synthetic_rows:
            return None
        return "training" if self.training_rows > self.synthetic_rows else "synthetic"

    def to_dict(self) -> dict:
        return {
            "training_rows": self.training_rows,
            "synthetic_rows": self.synthetic_rows,
            "rows_compared": self.rows,
            "subsampled": self.subsampled,
            "seed": self.seed,
        }

    def describe(self) -> str | None:
        """One line for the result's notes, or None when nothing was subsampled."""
        side = self.subsampled
        if side is None:
            return None
        before = self.training_rows if side == "training" else self.synthetic_rows
        return (
            f"{EQUAL_SIZES_NOTE}: {side} table subsampled from {before:,} "
            f"to {self.rows:,} rows (evaluation seed {self.seed})"
        )


def equal_sizes(training: Table, synthetic: Table, seed: int = QUALITY_SAMPLE_SEED) -> tuple[Table, Table, EqualSizes]:
    """Both tables at the smaller one's row count (the larger one a uniform sample, rows in order)."""
    n = min(training.n_rows, synthetic.n_rows)
    rng = np.random.default_rng(seed)
    note = EqualSizes(training.n_rows, synthetic.n_rows, n, seed)
    if training.n_rows > n:
        training = training.take(np.sort(rng.choice(training.n_rows, size=n, replace=False)))
    elif synthetic.n_rows > n:
        synthetic = synthetic.take(np.sort(rng.choice(synthetic.n_rows, size=n, replace=False)))
    return training, synthetic, note
