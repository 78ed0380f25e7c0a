import numpy as np
import pytest

from safe_synthesizer.evaluation.columns import Table
from safe_synthesizer.evaluation.distribution import column_distributions, distance_to_score, distribution_stability


def _table(numeric=None, categorical=None):
    numeric, categorical = numeric or {}, categorical or {}
    n = len(next(iter({**numeric, **categorical}.values())))
    return Table(
        n,
        {k: np.asarray(v, float) for k, v in numeric.items()},
        {k: np.asarray(v, object) for k, v in categorical.items()},
        {},
    )


def test_nss_mapping_points():
    assert distance_to_score(0.019) == 10.0
    assert distance_to_score(0.995) == 0.0
    assert distance_to_score(0.3) == pytest.approx(7.44 * 0.09 - 16.646 * 0.3 + 10.305)


def test_identical_columns_score_ten():
    t = _table({"x": np.arange(50)}, {"c": ["a", "b"] * 25})
    cols = column_distributions(t, t, ["x", "c"])
    assert [c.distance for c in cols] == [0.0, 0.0]
    assert distribution_stability(cols) == 10.0


def test_disjoint_categories_score_zero_and_zero_is_kept():
    t = _table(categorical={"c": ["a"] * 10})
    s = _table(categorical={"c": ["b"] * 10})
    cols = column_distributions(t, s, ["c"])
    assert cols[0].distance == pytest.approx(1.0)
    score = distribution_stability(cols)
    assert score == 0.0 and score is not None


def test_no_columns_is_missing():
    assert distribution_stability([]) is None
