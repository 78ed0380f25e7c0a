import numpy as np
import pytest

from safe_synthesizer.evaluation.neighbors import nearest


def test_matches_brute_force():
    rng = np.random.default_rng(0)
    ref, query = rng.random((300, 7)), rng.random((50, 7))
    d, i = nearest(query, ref, k=3)
    full = np.sqrt(((query[:, None, :] - ref[None]) ** 2).sum(-1))
    expected = np.sort(full, axis=1)[:, :3]
    assert np.allclose(d, expected)
    assert np.allclose(np.take_along_axis(full, i, axis=1), expected)


def test_identical_rows_are_exactly_zero_and_ties_take_lower_index():
    ref = np.array([[0.3, 0.7], [0.3, 0.7], [0.1, 0.1]])
    d, i = nearest(np.array([[0.3, 0.7]]), ref, k=2)
    assert d[0].tolist() == [0.0, 0.0]
    assert i[0].tolist() == [0, 1]


def test_k_larger_than_reference():
    d, i = nearest(np.zeros((2, 1)), np.array([[1.0], [2.0]]), k=5)
    assert d.shape == (2, 2)
    assert i[0].tolist() == [0, 1]


def test_empty_reference_raises():
    with pytest.raises(ValueError, match="empty"):
        nearest(np.zeros((1, 1)), np.zeros((0, 1)))
