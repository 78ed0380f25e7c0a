import numpy as np
import pytest

from safe_synthesizer.evaluation.membership import membership_inference, rank_auc


def test_perfect_attack_scores_zero():
    result = membership_inference(np.zeros(50), np.full(50, 0.3))
    assert result.risk == 1.0
    assert result.score == 0.0
    assert result.auc == 1.0


def test_same_distances_score_ten():
    d = np.linspace(0.1, 1.0, 100)
    result = membership_inference(d, d.copy())
    assert result.risk == pytest.approx(0.0, abs=1e-9)
    assert result.score == pytest.approx(10.0)
    assert result.auc == pytest.approx(0.5)


def test_hand_computed_precision():
    # pooled quantile 0.1 of 20 values is 0.19 -> flags the 2 zeros: both members -> precision 1
    members = np.array([0.0, 0.0] + [1.0] * 8)
    non_members = np.full(10, 0.5)
    result = membership_inference(members, non_members)
    first = result.attacks[0]
    assert first["flagged_share"] == pytest.approx(0.1)
    assert first["precision"] == 1.0
    assert result.score == pytest.approx(0.0)


def test_rank_auc_hand_case():
    assert rank_auc(np.array([3.0, 4.0]), np.array([1.0, 2.0])) == 1.0
    assert rank_auc(np.array([1.0]), np.array([1.0])) == 0.5
    assert rank_auc(np.array([2.0, 3.0]), np.array([1.0, 2.0])) == pytest.approx(0.875)
