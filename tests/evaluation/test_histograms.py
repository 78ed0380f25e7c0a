import math

import numpy as np
import pytest

from safe_synthesizer.evaluation.histograms import category_counts, js_distance, numeric_counts, numeric_js


def test_js_distance_hand_computed():
    # M = (0.75, 0.25); KL(P||M) = log2(4/3); KL(Q||M) = 0.5 log2(2/3) + 0.5 log2(2)
    jsd = (math.log2(4 / 3) + 0.5 * math.log2(2 / 3) + 0.5) / 2
    assert js_distance(np.array([1, 0]), np.array([1, 1])) == pytest.approx(math.sqrt(jsd), abs=1e-9)


def test_js_distance_extremes():
    assert js_distance(np.array([3, 1]), np.array([6, 2])) == pytest.approx(0.0, abs=1e-9)
    assert js_distance(np.array([1, 0]), np.array([0, 1])) == pytest.approx(1.0)
    assert js_distance(np.array([0, 0]), np.array([0, 0])) == 0.0
    assert js_distance(np.array([0, 0]), np.array([1, 0])) == 1.0


def test_numeric_counts_keep_a_missing_cell():
    counts = numeric_counts(np.array([0.0, 0.5, 1.0, np.nan]), np.array([0.0, 0.5, 1.0]))
    assert counts.tolist() == [1.0, 2.0, 1.0]


def test_numeric_js_uses_shared_bins():
    d, edges, ca, cb = numeric_js(np.arange(100.0), np.arange(100.0) + 1000)
    assert d == pytest.approx(1.0)
    assert edges[0] == 0.0 and edges[-1] == 1099.0
    assert ca.sum() == cb.sum() == 100


def test_category_counts_union_sorted_missing_last():
    labels, ca, cb = category_counts(np.array(["b", "a", None], dtype=object), np.array(["c", "a"], dtype=object))
    assert labels == ["a", "b", "c", None]
    assert ca.tolist() == [1, 1, 0, 1]
    assert cb.tolist() == [1, 0, 1, 0]
