"""Joint accounting: the pure-DP to Gaussian-DP bound, the joint epsilon and its calibration."""

from __future__ import annotations

import math
from statistics import NormalDist

import numpy as np
import pytest

from safe_synthesizer.errors import ConfigError
from safe_synthesizer.privacy.accounting import calibrate_noise_multiplier, compute_epsilon
from safe_synthesizer.privacy.joint import calibrate_joint_noise, gaussian_mu, joint_epsilon, pure_dp_mu

PHI = NormalDist()


def _gaussian_tradeoff(mu: float, alpha: np.ndarray) -> np.ndarray:
    return np.array([PHI.cdf(PHI.inv_cdf(1 - a) - mu) for a in alpha])


def _pure_tradeoff(epsilon: float, alpha: np.ndarray) -> np.ndarray:
    return np.maximum(0.0, np.maximum(1 - math.exp(epsilon) * alpha, math.exp(-epsilon) * (1 - alpha)))


@pytest.mark.parametrize("epsilon", [0.003, 0.05, 0.3, 1.0, 3.0])
def test_pure_dp_mu_is_the_smallest_gaussian_below_randomized_response(epsilon):
    # mu-GDP means every test's type II error is at least the Gaussian curve's: the pure-DP
    # curve (randomized response) must lie on or above it everywhere, and touch it (tight).
    alpha = np.linspace(1e-6, 1 - 1e-6, 4001)
    mu = pure_dp_mu(epsilon)
    gap = _pure_tradeoff(epsilon, alpha) - _gaussian_tradeoff(mu, alpha)
    assert gap.min() >= -1e-9
    assert gap.min() <= 1e-4
    # A 2 % smaller mu would claim more than randomized response gives.
    smaller = _pure_tradeoff(epsilon, alpha) - _gaussian_tradeoff(0.98 * mu, alpha)
    assert smaller.min() < -1e-9


def test_pure_dp_mu_edges():
    assert pure_dp_mu(0.0) == 0.0
    assert pure_dp_mu(1e-3) == pytest.approx(1e-3 * math.sqrt(2 * math.pi) / 2, rel=1e-3)
    assert math.isinf(pure_dp_mu(50.0))
    assert gaussian_mu(0.5) == pytest.approx(1.0) and gaussian_mu(0.0) == 0.0


def _gaussian_epsilon(mu: float, delta: float) -> float:
    """Exact epsilon of the Gaussian mechanism at delta (Balle & Wang 2018), by bisection."""

    def delta_of(eps: float) -> float:
        return PHI.cdf(-eps / mu + mu / 2) - math.exp(eps) * PHI.cdf(-eps / mu - mu / 2)

    lo, hi = 0.0, 50.0
    for _ in range(100):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if delta_of(mid) > delta else (lo, mid)
    return hi


@pytest.mark.parametrize("mu", [0.2, 1.0, 3.0])
def test_joint_epsilon_of_a_gaussian_release_alone_is_the_exact_one(mu):
    exact = _gaussian_epsilon(mu, 1e-5)
    assert joint_epsilon(1.0, 0.01, 0, mu, 1e-5, "prv") == pytest.approx(exact, abs=0.02)
    assert joint_epsilon(1.0, 0.01, 0, mu, 1e-5, "rdp") >= exact  # RDP only bounds it
    assert joint_epsilon(1.0, 0.01, 0, 0.0, 1e-5) == 0.0


def test_joint_epsilon_is_dp_sgd_alone_without_releases_and_below_the_sum_with_them():
    sigma, q, steps, delta = 1.2, 0.02, 300, 1e-5
    alone = compute_epsilon(sigma, q, steps, delta)
    assert joint_epsilon(sigma, q, steps, 0.0, delta) == pytest.approx(alone, rel=1e-6)
    mu = 0.1
    both = joint_epsilon(sigma, q, steps, mu, delta)
    assert alone < both < alone + _gaussian_epsilon(mu, delta / 2)
    assert math.isinf(joint_epsilon(sigma, q, steps, math.inf, delta))


def test_calibration_meets_the_target_and_beats_basic_composition():
    n, eps, delta = 26_049, 1.0, 26_049**-1.2
    q, steps, mu = 1042 / n, 500, 0.054
    sigma = calibrate_joint_noise(eps, delta, q, steps, mu, "prv")
    assert 0.995 * eps <= joint_epsilon(sigma, q, steps, mu, delta) <= eps
    # Basic composition giving the same releases ~0.285 of epsilon needs far more noise.
    basic = calibrate_noise_multiplier(eps - 0.285, delta * 0.715, q, steps, "prv")
    assert sigma < 0.8 * basic
    with pytest.raises(ConfigError, match="preprocessing statistics alone"):
        calibrate_joint_noise(0.5, delta, q, steps, 2.0, "prv")
    with pytest.raises(ConfigError, match="0 training steps"):
        calibrate_joint_noise(eps, delta, q, 0, mu)
