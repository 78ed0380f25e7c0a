"""When a quality score sits at its ceiling: what two real samples of the same size score.

The tabular sub-scores forgive the differences sampling alone puts between two tables of the
compared size (``histograms.corrected_js_distance``, ``correlation.sampling_noise``), so a good
model on a small table can reach 10. That 10 does not mean "identical": on 1,000 compared rows,
two disjoint real samples of the Adult table score 9.5-9.8 against each other (five splits
measured), so any synthetic table scoring from there up is as close to the training data as
another real sample would be, and scores in that range cannot be told apart (a copy of training
rows scores 10 too). The demo (1,000 synthetic vs 2,850 training rows) printed SQS 10.00 with
nothing to say so.

:func:`real_sample_reference` scores two disjoint real samples of the training table against
each other with the same tabular comparisons; :func:`quality_ceiling` says, in one line for the
console, the result JSON and the report, when the synthetic table's score is at or above that
reference less its own spread (or rounds to 10.0): the score is then at the ceiling the sample size allows.

Example:
    >>> print(QualityCeiling(9.7, 1000, 1000, 2850, 1000, 10.0, "SQS").message)  # doctest: +NORMALIZE_WHITESPACE
    SQS 10.0 is at its ceiling: two real samples of 1,000 training rows score 9.7 against each other
    (\u00b10.1 from sample to sample), so scores from 9.6 up cannot be told apart at this size
    (1,000 synthetic against 2,850 training rows); generate more records (up to the 2,850 training
    rows) for a sharper score
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from safe_synthesizer.evaluation.columns import Table
from safe_synthesizer.evaluation.correlation import correlation_stability
from safe_synthesizer.evaluation.deep_structure import deep_structure
from safe_synthesizer.evaluation.distribution import column_distributions, distribution_stability
from safe_synthesizer.evaluation.rare_categories import pool_rare_categories
from safe_synthesizer.evaluation.sample_sizes import QUALITY_SAMPLE_SEED, EqualSizes
from safe_synthesizer.evaluation.scores import TABULAR_WEIGHTS, weighted_mean

# Below this many rows per real sample the reference is itself too noisy to state.
MIN_REFERENCE_ROWS = 50
# Shown with one decimal, a score from here up reads "10.0".
DISPLAYED_TEN = 9.95
# Spread of the reference itself: the real-vs-real score of five random 2,850-row Adult samples at
# 1,000 rows a side was 9.54-9.79 (sd 0.09; at 250 rows sd 0.28); it shrinks about as 1/sqrt(rows).
REFERENCE_SD_AT_1000_ROWS = 0.1
MAX_REFERENCE_SD = 0.5


def reference_spread(rows: int) -> float:
    """How much the real-sample reference moves from one pair of samples to another at ``rows``.

    >>> reference_spread(1000), reference_spread(250), reference_spread(10)
    (0.1, 0.2, 0.5)
    """
    return float(min(MAX_REFERENCE_SD, REFERENCE_SD_AT_1000_ROWS * np.sqrt(1000.0 / max(rows, 1))))


@dataclass(frozen=True)
class QualityCeiling:
    """A score at the ceiling its sample size allows, and the numbers that say so."""

    real_sample_score: float  # tabular score of two disjoint real samples of ``reference_rows`` rows
    reference_rows: int
    rows_compared: int
    training_rows: int
    synthetic_rows: int
    score: float  # the score judged (SQS, or its tabular part when the table has text columns)
    label: str  # "SQS" or "tabular quality"

    @property
    def message(self) -> str:
        """The one plain line: the score, the real-sample reference, the sizes and the remedy."""
        ref = f"{self.real_sample_score:.1f}"
        spread = reference_spread(self.reference_rows)
        low = f"{max(0.0, self.real_sample_score - spread):.1f}"
        if self.synthetic_rows < self.training_rows:
            remedy = f"generate more records (up to the {self.training_rows:,} training rows) for a sharper score"
        else:
            remedy = "only a larger training table gives a sharper score"
        return (
            f"{self.label} {self.score:.1f} is at its ceiling: two real samples of {self.reference_rows:,} "
            f"training rows score {ref} against each other (\u00b1{spread:.1f} from sample to sample), so scores "
            f"from {low} up cannot be told apart at "
            f"this size ({self.synthetic_rows:,} synthetic against {self.training_rows:,} training rows); "
            f"{remedy}"
        )

    def to_dict(self) -> dict:
        return {
            "at_ceiling": True,
            "score": self.score,
            "real_sample_score": self.real_sample_score,
            "reference_rows": self.reference_rows,
            "rows_compared": self.rows_compared,
            "training_rows": self.training_rows,
            "synthetic_rows": self.synthetic_rows,
            "message": self.message,
        }


def real_sample_reference(
    training: Table, rows: int, columns: list[str], seed: int = QUALITY_SAMPLE_SEED
) -> tuple[float | None, int]:
    """The tabular score (distribution, correlation, deep structure, weighted as in SQS) of two
    disjoint uniform samples of ``training`` against each other, and their size: ``rows``, or
    half the table when it has fewer than twice that (``None`` under ``MIN_REFERENCE_ROWS``).

    At half size the reference is a little lower than at full size (more sampling noise), so
    the ceiling is then stated a little more readily: it errs towards saying a score is coarse.
    """
    m = min(rows, training.n_rows // 2)
    if m < MIN_REFERENCE_ROWS or not columns:
        return None, m
    order = np.random.default_rng([seed, 2]).permutation(training.n_rows)
    a, b = training.take(np.sort(order[:m])), training.take(np.sort(order[m : 2 * m]))
    a, b = pool_rare_categories(a, b)
    sub_scores = {
        "column_distribution_stability": distribution_stability(column_distributions(a, b, columns)),
        "column_correlation_stability": correlation_stability(a, b, columns).score,
        "deep_structure_stability": deep_structure(a, b, columns, np.random.default_rng(0)).score,
    }
    return weighted_mean(sub_scores, TABULAR_WEIGHTS), m


def quality_ceiling(
    sqs: float | None,
    tabular_score: float | None,
    reference: tuple[float | None, int] | None,
    sizes: EqualSizes | None,
    *,
    has_text: bool,
) -> QualityCeiling | None:
    """A :class:`QualityCeiling` when the score is at its ceiling, else ``None``.

    At the ceiling: the tabular score is at or above what two real samples score against each
    other, less that reference's own spread (``reference_spread``), or the SQS shows as 10.0.
    With text columns the tabular part is judged (the real reference covers the tabular
    comparisons only) and named so.
    """
    if sqs is None or tabular_score is None or reference is None or sizes is None:
        return None
    real, reference_rows = reference
    if real is None:
        return None
    judged, label = (tabular_score, "tabular quality") if has_text else (sqs, "SQS")
    if tabular_score < real - reference_spread(reference_rows) and sqs < DISPLAYED_TEN:
        return None
    return QualityCeiling(
        real_sample_score=float(real),
        reference_rows=reference_rows,
        rows_compared=sizes.rows,
        training_rows=sizes.training_rows,
        synthetic_rows=sizes.synthetic_rows,
        score=float(judged),
        label=label,
    )
