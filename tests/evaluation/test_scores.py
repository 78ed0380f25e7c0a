import pytest

from safe_synthesizer.evaluation.scores import combine_dps, combine_sqs, weighted_mean


def test_zero_sub_score_counts():
    scores = {
        "column_distribution_stability": 0.0,
        "column_correlation_stability": 0.0,
        "deep_structure_stability": 0.0,
    }
    assert combine_sqs(scores, n_tabular=5, n_text=0) == 0.0


def test_sqs_weights_and_text_mix():
    scores = {
        "column_distribution_stability": 10.0,
        "column_correlation_stability": 4.0,
        "deep_structure_stability": 7.0,
        "text_semantic_similarity": 5.0,
        "text_structure_similarity": 10.0,
    }
    tabular = (0.86 * 10 + 1.0 * 4 + 0.84 * 7) / 2.7
    text = 0.7 * 5 + 0.3 * 10
    assert combine_sqs(scores, n_tabular=3, n_text=1) == pytest.approx((3 * tabular + text) / 4)


def test_nothing_measured_is_none():
    assert combine_sqs({"column_distribution_stability": None}, 3, 0) is None
    assert combine_dps(None, None, None) is None
    assert weighted_mean({}, {}) is None


def test_dps_is_capped_by_copy_protection():
    assert combine_dps(10.0, 8.0, 9.5) == 9.0
    assert combine_dps(10.0, 8.0, 0.0) == 0.0
    assert combine_dps(None, None, 3.0) == 3.0
