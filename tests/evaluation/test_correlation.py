import numpy as np
import pytest

from safe_synthesizer.evaluation.columns import Table
from safe_synthesizer.evaluation.correlation import (
    association_matrix,
    correlation_ratio,
    correlation_stability,
    difference_to_score,
    pearson,
    theils_u,
)


def test_pearson_hand_cases():
    x = np.array([1.0, 2.0, 3.0, 4.0])
    assert pearson(x, 2 * x + 1) == pytest.approx(1.0)
    assert pearson(x, -x) == pytest.approx(-1.0)
    assert pearson(x, np.array([1.0, 1.0, 1.0, 1.0])) == 0.0
    assert pearson(np.array([1.0, 2.0, np.nan, 4.0]), np.array([2.0, 4.0, 100.0, 8.0])) == pytest.approx(1.0)


def test_correlation_ratio_hand_computed():
    # group means 2 and 6 around 4: between = 16, total = 20
    assert correlation_ratio(np.array([0, 0, 1, 1]), np.array([1.0, 3.0, 5.0, 7.0])) == pytest.approx(np.sqrt(0.8))


def test_theils_u_hand_cases():
    x = np.array(["a", "a", "b", "b"], dtype=object)
    assert theils_u(x, x) == pytest.approx(1.0)
    assert theils_u(x, np.array(["u", "v", "u", "v"], dtype=object)) == pytest.approx(0.0)
    # y = (p, p, q, r): H(x|y) = 0.5 * log 2 of H(x) = log 2 -> U = 0.5
    assert theils_u(
        np.array(["a", "b", "a", "b"], dtype=object), np.array(["p", "p", "q", "r"], dtype=object)
    ) == pytest.approx(0.5)
    # A constant column is associated with nothing (as Pearson and eta say), not "fully explained".
    assert theils_u(np.array(["c"] * 4, dtype=object), x) == 0.0
    # Nearly constant: 2 other cells in 1,000 rows cannot show a strong association by themselves.
    near = np.array(["US"] * 998 + ["MX", "MX"], dtype=object)
    y = np.array(["a"] * 996 + ["b"] * 4, dtype=object)
    assert theils_u(near, y) < 0.15


def test_nss_mapping_points():
    assert difference_to_score(0.009) == 10.0
    assert difference_to_score(0.47) == 0.0
    assert difference_to_score(0.1) == pytest.approx(37.562 * 0.01 - 3.5643 + 10.056)


def _table(n=200, seed=0, related=True):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=n)
    y = x + 0.1 * rng.normal(size=n) if related else rng.normal(size=n)
    c = np.where(x > 0, "hi", "lo").astype(object) if related else rng.choice(["hi", "lo"], n).astype(object)
    return Table(n, {"x": x, "y": y}, {"c": c}, {})


def test_matrix_diagonal_and_range():
    m = association_matrix(_table(), ["x", "y", "c"])
    assert np.allclose(np.diag(m), 1.0)
    assert m[0, 1] > 0.9 and m[0, 2] > 0.5


def test_lost_associations_score_low_and_weighting_beats_plain_mean():
    result = correlation_stability(_table(), _table(seed=1, related=False), ["x", "y", "c"])
    assert result.weighted_abs_difference >= result.mean_abs_difference
    assert result.score < 2.0
    same = correlation_stability(_table(), _table(), ["x", "y", "c"])
    assert same.score == 10.0


def test_single_column_has_no_score():
    assert correlation_stability(_table(), _table(), ["x"]).score is None


def test_bias_corrected_measures_drop_chance_association_but_keep_real_ones():
    rng = np.random.default_rng(0)
    many = rng.integers(0, 200, size=1000)  # 200 groups of about 5 rows
    noise = rng.normal(size=1000)
    assert correlation_ratio(many, noise) > 0.35  # the plain eta sees an association that is not there
    assert correlation_ratio(many, noise, bias_corrected=True) < 0.1
    groups = rng.integers(0, 3, size=1000)
    related = groups + rng.normal(size=1000)
    assert correlation_ratio(groups, related, bias_corrected=True) == pytest.approx(
        correlation_ratio(groups, related), abs=0.01
    )
    names = rng.integers(0, 300, size=1000).astype(str).astype(object)
    sex = rng.choice(["f", "m"], size=1000).astype(object)
    plain = association_matrix(Table(1000, {}, {"name": names, "sex": sex}, {}), ["name", "sex"])
    corrected = association_matrix(
        Table(1000, {}, {"name": names, "sex": sex}, {}), ["name", "sex"], bias_corrected=True
    )
    assert plain[1, 0] > 0.2 and corrected[1, 0] < 0.1  # Miller-Madow under-corrects sparse tables a little


def test_association_of_one_population_does_not_depend_on_sample_size():
    rng = np.random.default_rng(1)
    n = 4000
    born = rng.normal(size=n)
    names = rng.integers(0, 150, size=n).astype(str).astype(object)
    table = Table(n, {"born": born}, {"name": names}, {})
    small = association_matrix(table.take(np.arange(1000)), ["name", "born"], bias_corrected=True)[0, 1]
    large = association_matrix(table, ["name", "born"], bias_corrected=True)[0, 1]
    assert abs(small - large) < 0.08
    plain_small = association_matrix(table.take(np.arange(1000)), ["name", "born"])[0, 1]
    plain_large = association_matrix(table, ["name", "born"])[0, 1]
    assert plain_small - plain_large > 0.1  # the bias the correction removes


def test_noise_floor_forgives_chance_differences_only():
    same = correlation_stability(_table(n=1000, seed=0), _table(n=1000, seed=1), ["x", "y", "c"])
    assert same.score == 10.0 and same.sampling_noise > 0
    lost = correlation_stability(_table(n=1000, seed=0), _table(n=1000, seed=1, related=False), ["x", "y", "c"])
    assert lost.score < 3.0
