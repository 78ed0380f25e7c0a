"""Copy detection: exact matches, distance to closest record (DCR) and NNDR against a baseline.

Every synthetic statistic is compared with the same statistic of real records that were NOT
used for training (the holdout), so the natural rate of look-alike records in a population is
not mistaken for copying, and no table is subsampled in a way that favours one side:
- exact-match rate: share of synthetic rows equal to some training row vs the share of holdout
  rows equal to some training row (both against the full training table);
- close share: share of rows whose DCR to the full training table is at most the holdout's 5th
  percentile DCR (holdout: about 5 % by construction);
- DCR share: share of synthetic rows closer to training than to holdout, with training
  subsampled to the holdout's size (0.5 is ideal). A copy of the training table only reaches
  0.5 + 0.5 * n_holdout / n_training (a copied row whose source was not drawn into the matched
  sample looks like a fresh record), so the excess is read against that ceiling;
- NNDR: nearest / second-nearest training distance (copies give 0).
Without a holdout the baseline is the training table against itself (leave-one-out).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from safe_synthesizer.evaluation.grades import clip_score

CLOSE_QUANTILE = 0.05
# The binomial standard error covers the synthetic queries only; which rows landed in the two
# matched reference samples adds variability of its own (seen with random data: +0.04).
SHARE_MARGIN = 0.02
_STEEPNESS = 5.0


@dataclass
class CopyResult:
    """Copy-detection statistics and the copy protection score (0-10)."""

    baseline: str  # "holdout" or "training (leave-one-out)"
    exact_match_synthetic: float
    exact_match_baseline: float
    close_threshold: float
    close_share_synthetic: float
    close_share_baseline: float
    dcr_median_synthetic: float
    dcr_median_baseline: float
    nndr_median_synthetic: float
    nndr_median_baseline: float
    dcr_share: float | None
    dcr_share_full_copy: float | None
    risk_exact: float
    risk_close: float
    risk_dcr_share: float
    risk: float
    score: float
    dcr_synthetic: np.ndarray
    dcr_baseline: np.ndarray

    def to_dict(self) -> dict:
        return {
            "baseline": self.baseline,
            "exact_match_rate_synthetic": self.exact_match_synthetic,
            "exact_match_rate_baseline": self.exact_match_baseline,
            "close_threshold": self.close_threshold,
            "close_share_synthetic": self.close_share_synthetic,
            "close_share_baseline": self.close_share_baseline,
            "dcr_median_synthetic": self.dcr_median_synthetic,
            "dcr_median_baseline": self.dcr_median_baseline,
            "nndr_median_synthetic": self.nndr_median_synthetic,
            "nndr_median_baseline": self.nndr_median_baseline,
            "dcr_share": self.dcr_share,
            "dcr_share_full_copy": self.dcr_share_full_copy,
            "risk_exact_match": self.risk_exact,
            "risk_close_records": self.risk_close,
            "risk_dcr_share": self.risk_dcr_share,
            "risk": self.risk,
            "score": self.score,
        }


def excess(rate: float, baseline: float, margin: float = 0.0) -> float:
    """Share of the room above ``baseline + margin`` that ``rate`` uses: 0 at or below it, 1 at 100 %.

    >>> excess(0.05, 0.05), excess(1.0, 0.05), round(excess(0.525, 0.05), 3), excess(0.06, 0.05, 0.02)
    (0.0, 1.0, 0.5, 0.0)
    """
    floor = baseline + margin
    if floor >= 1.0:
        return 0.0
    return float(min(1.0, max(0.0, (rate - floor) / (1.0 - floor))))


def noise_margin(baseline: float, n_a: int, n_b: int) -> float:
    """Two standard errors of the difference of two shares measured on ``n_a`` and ``n_b`` rows
    when both are really ``baseline``: an excess inside it is sampling noise, not copying.

    >>> round(noise_margin(0.05, 400, 400), 4)
    0.0308
    """
    if n_a < 1 or n_b < 1:
        return 0.0
    return float(2.0 * np.sqrt(baseline * (1.0 - baseline) * (1.0 / n_a + 1.0 / n_b)))


def risk_to_score(risk: float) -> float:
    """Steep mapping: 10 at no excess, 0 when every synthetic row is a copy.

    Linear would grade 20 % copied rows "Excellent"; with exp(-5 risk) rescaled to hit 0 at 1,
    10 % excess is 6.0 (Very Good), 30 % is 2.2 (Moderate).

    >>> risk_to_score(0.0), risk_to_score(1.0), round(risk_to_score(0.1), 2)
    (10.0, 0.0, 6.04)
    """
    floor = np.exp(-_STEEPNESS)
    return clip_score(10.0 * (np.exp(-_STEEPNESS * risk) - floor) / (1.0 - floor))


def share_excess(share: float | None, full_copy: float | None, n_queries: int) -> float:
    """How far the DCR share sits above 0.5, as a share of the way to what a full copy reaches,
    after a margin (two standard errors + 0.02) so sampling noise alone does not count as copying.

    >>> share_excess(0.5, 0.6, 10_000), share_excess(0.6, 0.6, 10_000), round(share_excess(0.55, 0.6, 10_000), 3)
    (0.0, 1.0, 0.286)
    """
    if share is None or full_copy is None or n_queries < 1:
        return 0.0
    margin = 2.0 * np.sqrt(0.25 / n_queries) + SHARE_MARGIN
    window = full_copy - 0.5 - margin
    if window <= 0:
        return 0.0
    return float(min(1.0, max(0.0, (share - 0.5 - margin) / window)))


def nndr(distances: np.ndarray) -> np.ndarray:
    """Nearest / second-nearest distance per row (0 when both are 0: a duplicated copy)."""
    d1, d2 = distances[:, 0], distances[:, 1] if distances.shape[1] > 1 else distances[:, 0]
    with np.errstate(invalid="ignore", divide="ignore"):
        ratio = np.where(d2 > 0, d1 / d2, 0.0)
    return ratio


def dcr_share(to_training: np.ndarray, to_holdout: np.ndarray) -> float:
    """Share of rows closer to training than to holdout; ties count half.

    >>> dcr_share(np.array([0.0, 1.0, 2.0]), np.array([1.0, 1.0, 1.0]))
    0.5
    """
    return float(np.mean(to_training < to_holdout) + 0.5 * np.mean(to_training == to_holdout))


def copy_detection(
    *,
    exact_synthetic: float,
    exact_baseline: float,
    n_synthetic: int,
    n_baseline: int,
    synthetic_knn: np.ndarray,
    baseline_knn: np.ndarray,
    baseline: str,
    share: float | None,
    share_full_copy: float | None,
) -> CopyResult:
    """Combine the statistics; risk = the largest excess (exact matches, close rows, DCR share),
    each counted only beyond two standard errors of sampling noise. ``n_synthetic`` and
    ``n_baseline`` are the row counts the exact-match rates were measured on."""
    dcr_s, dcr_b = synthetic_knn[:, 0], baseline_knn[:, 0]
    threshold = float(np.quantile(dcr_b, CLOSE_QUANTILE))
    close_s = float(np.mean(dcr_s <= threshold))
    close_b = float(np.mean(dcr_b <= threshold))
    risk_exact = excess(exact_synthetic, exact_baseline, noise_margin(exact_baseline, n_synthetic, n_baseline))
    risk_close = excess(close_s, close_b, noise_margin(close_b, len(dcr_s), len(dcr_b)))
    risk_share = share_excess(share, share_full_copy, len(dcr_s))
    risk = max(risk_exact, risk_close, risk_share)
    return CopyResult(
        baseline=baseline,
        exact_match_synthetic=exact_synthetic,
        exact_match_baseline=exact_baseline,
        close_threshold=threshold,
        close_share_synthetic=close_s,
        close_share_baseline=close_b,
        dcr_median_synthetic=float(np.median(dcr_s)),
        dcr_median_baseline=float(np.median(dcr_b)),
        nndr_median_synthetic=float(np.median(nndr(synthetic_knn))),
        nndr_median_baseline=float(np.median(nndr(baseline_knn))),
        dcr_share=share,
        dcr_share_full_copy=share_full_copy,
        risk_exact=risk_exact,
        risk_close=risk_close,
        risk_dcr_share=risk_share,
        risk=risk,
        score=risk_to_score(risk),
        dcr_synthetic=dcr_s,
        dcr_baseline=dcr_b,
    )


def row_keys(columns: list[np.ndarray]) -> list[tuple]:
    """Hashable row keys for exact matching; numbers rounded to 10 significant digits so that
    values that went through text and back (CSV) still match."""
    prepared = []
    for values in columns:
        if values.dtype.kind == "f":
            prepared.append([None if np.isnan(v) else float(f"{v:.10g}") for v in values.tolist()])
        else:
            prepared.append(values.tolist())
    return list(zip(*prepared, strict=True))


def exact_match_rate(query: list[tuple], reference: list[tuple]) -> float:
    """Share of ``query`` rows that equal some ``reference`` row.

    >>> exact_match_rate([(1, "a"), (2, "b")], [(1, "a"), (3, "c")])
    0.5
    """
    if not query:
        return 0.0
    known = set(reference)
    return float(np.mean([key in known for key in query]))


def duplicate_rate(keys: list[tuple]) -> float:
    """Share of rows that equal another row of the same table (leave-one-out exact matches)."""
    if not keys:
        return 0.0
    counts: dict[tuple, int] = {}
    for key in keys:
        counts[key] = counts.get(key, 0) + 1
    return float(np.mean([counts[key] > 1 for key in keys]))
