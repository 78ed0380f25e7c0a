"""How sub-scores combine into SQS and DPS. ``None`` means "not measured"; 0.0 is a real score."""

from __future__ import annotations

from safe_synthesizer.evaluation.grades import GRADE_BANDS, clip_score

TABULAR_WEIGHTS = {
    "deep_structure_stability": 0.84,
    "column_distribution_stability": 0.86,
    "column_correlation_stability": 1.0,
}
TEXT_WEIGHTS = {"text_semantic_similarity": 0.7, "text_structure_similarity": 0.3}


def weighted_mean(scores: dict[str, float | None], weights: dict[str, float]) -> float | None:
    """Weighted mean over the scores that are present (``is not None``: a 0.0 counts).

    >>> weighted_mean({"a": 0.0, "b": 10.0}, {"a": 1.0, "b": 1.0})
    5.0
    >>> weighted_mean({"a": None, "b": 10.0}, {"a": 1.0, "b": 1.0})
    10.0
    """
    present = [(weights[k], v) for k, v in scores.items() if v is not None and k in weights]
    if not present:
        return None
    return sum(w * v for w, v in present) / sum(w for w, _ in present)


def combine_sqs(sub_scores: dict[str, float | None], n_tabular: int, n_text: int) -> float | None:
    """SQS: tabular part (0.84 DSS + 0.86 CDS + 1.0 CCS) and text part (0.7 semantic + 0.3
    structure), combined weighted by how many columns each part covers.

    >>> combine_sqs({"column_distribution_stability": 10.0, "column_correlation_stability": 0.0,
    ...              "deep_structure_stability": None}, n_tabular=3, n_text=0)
    4.623655913978495
    """
    tabular = weighted_mean(sub_scores, TABULAR_WEIGHTS)
    text = weighted_mean(sub_scores, TEXT_WEIGHTS)
    parts = [(n, s) for n, s in ((n_tabular, tabular), (n_text, text)) if s is not None and n > 0]
    if not parts:
        return None
    return clip_score(sum(n * s for n, s in parts) / sum(n for n, _ in parts))


def combine_dps(mia: float | None, aia: float | None, copy_protection: float | None) -> float | None:
    """DPS: mean of membership and attribute inference protection, capped by copy protection.

    Deviation from NSS (DPS = mean(MIA, AIA)), to fix a measured defect: attacks that guess
    membership or attributes can miss wholesale copying (NSS graded an exact copy of Adult
    "Excellent"). Released rows that are copies are a leak whatever the attacks say, so DPS is
    never above the copy protection score; for data that does not copy the cap does not bind.

    >>> combine_dps(9.0, 7.0, 10.0), combine_dps(9.0, 7.0, 0.0), combine_dps(None, 6.0, None)
    (8.0, 0.0, 6.0)
    """
    attacks = [s for s in (mia, aia) if s is not None]
    score = sum(attacks) / len(attacks) if attacks else None
    if copy_protection is not None:
        score = copy_protection if score is None else min(score, copy_protection)
    return None if score is None else clip_score(score)


def combine_dps_without_membership(aia: float | None, copy_protection: float | None) -> float | None:
    """DPS when membership inference could not be measured (no or too small holdout): not
    measured, since the attribute attack alone cannot show the data is safe, except that copying
    graded "Poor" is a proven leak and is reported as such.

    >>> combine_dps_without_membership(9.5, 10.0), combine_dps_without_membership(9.5, 0.0)
    (None, 0.0)
    """
    poor = GRADE_BANDS[0][0]
    if copy_protection is not None and copy_protection < poor:
        return combine_dps(None, aia, copy_protection)
    return None
