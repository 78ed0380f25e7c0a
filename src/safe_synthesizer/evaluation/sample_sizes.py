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

Which training rows are drawn moves the score: 1,000 Adult-like rows generated once scored
9.47-9.82 against eight uniform 1,000-row draws of one training split (sd 0.14), so the same
run evaluated on the split read whole and on a 100,000-row sample of it scored 9.88 and 9.56.
When the training table holds several times the synthetic one's rows, the sub-scores are
therefore the mean over up to :data:`REFERENCE_DRAWS` disjoint draws (:func:`reference_draws`;
the first is the single draw ``equal_sizes`` makes), which shrinks that part of the spread by
about the square root of the draws and costs a few comparisons of the small size.

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

# Disjoint training draws the tabular sub-scores are averaged over (at most; see reference_draws).
REFERENCE_DRAWS = 5


@dataclass(frozen=True)
class EqualSizes:
    """Rows each side had and the common size compared (``rows``)."""

    training_rows: int
    synthetic_rows: int
    rows: int
    seed: int = QUALITY_SAMPLE_SEED
    # Disjoint training draws of ``rows`` rows the sub-scores are the mean over (1: one draw).
    draws: int = 1

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
            "reference_draws": self.draws,
        }

    def describe(self) -> str | None:
        """One line for the result's notes, or None when nothing was subsampled."""
        side = self.subsampled
        if side is None:
            return None
        before = self.training_rows if side == "training" else self.synthetic_rows
        draws = f"; sub-scores are the mean over {self.draws} disjoint training draws" if self.draws > 1 else ""
        return (
            f"{EQUAL_SIZES_NOTE}: {side} table subsampled from {before:,} "
            f"to {self.rows:,} rows (evaluation seed {self.seed}{draws})"
        )


def equal_sizes(training: Table, synthetic: Table, seed: int = QUALITY_SAMPLE_SEED) -> tuple[Table, Table, EqualSizes]:
    """Both tables at the smaller one's row count (the larger one a uniform sample, rows in order)."""
    n = min(training.n_rows, synthetic.n_rows)
    note = EqualSizes(training.n_rows, synthetic.n_rows, n, seed)
    if training.n_rows > n:
        training = training.take(_draw(training.n_rows, n, seed))
    elif synthetic.n_rows > n:
        synthetic = synthetic.take(_draw(synthetic.n_rows, n, seed))
    return training, synthetic, note


def _draw(n_rows: int, n: int, seed: int) -> np.ndarray:
    """Sorted positions of ``n`` of ``n_rows`` rows, uniform without replacement."""
    return np.sort(np.random.default_rng(seed).choice(n_rows, size=n, replace=False))


def reference_draws(
    training: Table, synthetic: Table, seed: int = QUALITY_SAMPLE_SEED, max_draws: int = REFERENCE_DRAWS
) -> tuple[list[Table], Table, EqualSizes]:
    """``equal_sizes``, plus up to ``max_draws - 1`` more disjoint training draws of the same size
    when the training table has room for them (``n_train // n_synthetic`` draws in all).

    The first draw is exactly ``equal_sizes``' training side, so details shown from it (histograms,
    association matrices) are the ones a single draw gives; the others come from the rows it left,
    with their own fixed seed.
    """
    first, synthetic_side, note = equal_sizes(training, synthetic, seed)
    n = note.rows
    k = min(max_draws, training.n_rows // n) if n and note.subsampled == "training" else 1
    if k <= 1:
        return [first], synthetic_side, note
    rest = np.setdiff1d(np.arange(training.n_rows), _draw(training.n_rows, n, seed), assume_unique=True)
    order = np.random.default_rng([seed, 1]).permutation(rest)
    draws = [first] + [training.take(np.sort(order[i * n : (i + 1) * n])) for i in range(k - 1)]
    return draws, synthetic_side, EqualSizes(note.training_rows, note.synthetic_rows, n, seed, k)
