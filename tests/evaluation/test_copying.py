import numpy as np
import pytest

from safe_synthesizer.evaluation.copying import (
    copy_detection,
    dcr_share,
    duplicate_rate,
    exact_match_rate,
    excess,
    nndr,
    noise_margin,
    risk_to_score,
    row_keys,
    share_excess,
)


def test_excess_hand_cases():
    assert excess(0.05, 0.05) == 0.0
    assert excess(0.01, 0.05) == 0.0
    assert excess(1.0, 0.05) == 1.0
    assert excess(0.525, 0.05) == pytest.approx(0.5)
    assert excess(1.0, 1.0) == 0.0


def test_excess_ignores_sampling_noise():
    margin = noise_margin(0.05, 400, 400)
    assert excess(0.05 + margin * 0.9, 0.05, margin) == 0.0
    assert excess(0.5, 0.05, margin) > 0.4
    assert noise_margin(0.0, 100, 100) == 0.0


def test_risk_to_score_is_steep_and_bounded():
    assert risk_to_score(0.0) == 10.0
    assert risk_to_score(1.0) == 0.0
    assert risk_to_score(0.3) < 4.0 < risk_to_score(0.1)


def test_dcr_share_ties_count_half():
    assert dcr_share(np.array([0.0, 2.0, 1.0, 1.0]), np.array([1.0, 1.0, 1.0, 1.0])) == pytest.approx(0.5)
    assert dcr_share(np.zeros(3), np.ones(3)) == 1.0


def test_share_excess_has_a_noise_margin():
    assert share_excess(0.51, 0.6, 1000) == 0.0  # inside 2 standard errors + 0.02
    assert share_excess(0.6, 0.6, 100_000) == pytest.approx(1.0)
    assert share_excess(None, None, 10) == 0.0


def test_nndr():
    ratios = nndr(np.array([[1.0, 2.0], [0.0, 0.0], [0.0, 3.0]]))
    assert ratios.tolist() == [0.5, 0.0, 0.0]


def test_exact_match_tolerates_float_round_trips():
    a = row_keys([np.array([0.1 + 0.2, 1.0]), np.array(["x", "y"], dtype=object)])
    b = row_keys([np.array([0.3, 2.0]), np.array(["x", "y"], dtype=object)])
    assert exact_match_rate(a, b) == 0.5
    assert exact_match_rate([], b) == 0.0


def test_duplicate_rate():
    assert duplicate_rate([(1,), (1,), (2,), (3,)]) == 0.5


def test_copy_detection_exact_copy_is_zero():
    knn = np.column_stack([np.zeros(100), np.full(100, 0.2)])
    base = np.column_stack([np.linspace(0.05, 1, 100), np.linspace(0.1, 1.2, 100)])
    result = copy_detection(
        exact_synthetic=1.0,
        exact_baseline=0.0,
        n_synthetic=100,
        n_baseline=100,
        synthetic_knn=knn,
        baseline_knn=base,
        baseline="holdout",
        share=None,
        share_full_copy=None,
    )
    assert result.close_share_synthetic == 1.0
    assert result.close_share_baseline == pytest.approx(0.05)
    assert result.score == 0.0
