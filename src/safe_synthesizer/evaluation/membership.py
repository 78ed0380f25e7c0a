"""Membership Inference Protection: can an attacker tell training records from unseen ones?

The attacker holds records and the synthetic table. A record whose nearest synthetic record is
unusually close is flagged as a training member. Members are training records, non-members the
holdout, in equal numbers (matched sizes: a balanced attack, chance precision 0.5). Distances are
measured to the FULL synthetic table: subsampling the synthetic table independently of the
members is the NSS defect that let an exact copy of a large table score "Excellent".
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from safe_synthesizer.evaluation.grades import clip_score

THRESHOLD_QUANTILES = (0.1, 0.2, 0.3, 0.4)


@dataclass
class MembershipResult:
    """Threshold attacks, their precision and accuracy, the AUC and the protection score."""

    n_members: int
    n_non_members: int
    attacks: list[dict] = field(default_factory=list)
    auc: float = 0.5
    risk: float = 0.0
    score: float = 10.0

    def to_dict(self) -> dict:
        return {
            "n_members": self.n_members,
            "n_non_members": self.n_non_members,
            "attacks": self.attacks,
            "auc": self.auc,
            "risk": self.risk,
            "score": self.score,
        }


def membership_inference(member_distances: np.ndarray, non_member_distances: np.ndarray) -> MembershipResult:
    """Score threshold attacks on distances to the nearest synthetic record.

    For each quantile q in 0.1..0.4 of the pooled distances, records at or below it are flagged
    as members. Risk = max over attacks of (2 * precision - 1) (0 = chance, 1 = every flagged
    record is a member); score = 10 * (1 - risk).

    >>> r = membership_inference(np.zeros(10), np.ones(10))
    >>> r.risk, r.score, r.auc
    (1.0, 0.0, 1.0)
    """
    pooled = np.concatenate([member_distances, non_member_distances])
    is_member = np.concatenate([np.ones(member_distances.size, bool), np.zeros(non_member_distances.size, bool)])
    attacks = []
    risk = 0.0
    for q in THRESHOLD_QUANTILES:
        threshold = float(np.quantile(pooled, q))
        flagged = pooled <= threshold
        precision = float(is_member[flagged].mean()) if flagged.any() else 0.5
        accuracy = float((flagged == is_member).mean())
        attacks.append(
            {
                "quantile": q,
                "threshold": threshold,
                "flagged_share": float(flagged.mean()),
                "precision": precision,
                "accuracy": accuracy,
            }
        )
        risk = max(risk, 2.0 * precision - 1.0)
    auc = rank_auc(-member_distances, -non_member_distances)
    return MembershipResult(
        member_distances.size, non_member_distances.size, attacks, auc, risk, clip_score(10.0 * (1.0 - risk))
    )


def rank_auc(positive: np.ndarray, negative: np.ndarray) -> float:
    """Probability a positive outranks a negative (ties count half): the ROC AUC.

    >>> rank_auc(np.array([2.0, 3.0]), np.array([1.0, 2.0]))
    0.875
    """
    if positive.size == 0 or negative.size == 0:
        return 0.5
    both = np.concatenate([positive, negative])
    order = np.argsort(both, kind="stable")
    ranks = np.empty(both.size)
    sorted_vals = both[order]
    # average ranks over ties
    _, first, counts = np.unique(sorted_vals, return_index=True, return_counts=True)
    avg = first + (counts - 1) / 2.0 + 1.0
    ranks[order] = np.repeat(avg, counts)
    rank_sum = ranks[: positive.size].sum()
    u = rank_sum - positive.size * (positive.size + 1) / 2.0
    return float(u / (positive.size * negative.size))
