"""zCDP composition of the codec statistics: conversions, Gaussian thresholds, lower vocab thresholds."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.privacy.vocabulary import dp_category_vocabulary, vocabulary_threshold
from safe_synthesizer.privacy.zcdp import epsilon_for, gaussian_sigma, gaussian_threshold, pure_epsilon, rho_for


@pytest.mark.parametrize(("epsilon", "delta"), [(0.05, 1e-7), (0.5, 2.5e-6), (4.0, 1e-9)])
def test_rho_and_epsilon_are_inverse(epsilon: float, delta: float) -> None:
    rho = rho_for(epsilon, delta)
    assert epsilon_for(rho, delta) == pytest.approx(epsilon, rel=1e-12)
    assert epsilon_for(rho * 1.01, delta) > epsilon  # the largest rho that fits


def test_conversion_is_concave_so_a_partial_block_costs_more_than_its_even_share() -> None:
    rho, delta = 1e-4, 1e-6
    full = epsilon_for(27 * rho, delta)
    assert epsilon_for(25 * rho, delta) > 25 / 27 * full


def test_gaussian_threshold_bounds_the_chance_of_a_new_item() -> None:
    sigma, delta, m = 10.0, 1e-3, 4
    t = gaussian_threshold(sigma, delta, m, shift=1.0)
    rng = np.random.default_rng(0)
    # m new candidates at the largest shifted count (1): chance any passes <= delta (union bound)
    passes = (1.0 + rng.normal(0.0, sigma, size=(400_000, m)) > t).any(axis=1).mean()
    assert passes <= delta * 1.3
    assert passes >= delta / 3  # and the threshold is not wildly conservative


def test_pure_epsilon_fits_rho() -> None:
    assert pure_epsilon(0.02) ** 2 / 2 == pytest.approx(0.02)
    assert gaussian_sigma(0.5, 2.0) == pytest.approx(2.0)


def test_zcdp_vocabulary_keeps_rarer_categories_than_laplace_at_the_same_total() -> None:
    """Adult at epsilon 1: 27 statistics sharing epsilon 0.5, delta 2.5e-6 (measured run)."""
    n, eps_block, delta_block = 27, 0.5, 2.5e-6
    laplace = vocabulary_threshold(eps_block / n, delta_block / n)
    rho = rho_for(eps_block, delta_block / 2) / n
    gauss = gaussian_threshold(gaussian_sigma(rho), delta_block / 2 / n, 1, 1.0)
    assert laplace > 800 and gauss < 0.4 * laplace
    # and the mechanism really releases a 400-record category that Laplace had to drop
    col = pd.Series(["a"] * 20_000 + ["b"] * 400 + ["c"])
    got = dp_category_vocabulary(col, 1.0, delta=delta_block / 2 / n, rng=np.random.default_rng(0), rho=rho)
    assert set(got) == {"a", "b"}
    assert math.isfinite(got["b"]) and abs(got["b"] - 400) < 6 * gaussian_sigma(rho)
