"""Joint accounting of a DP run: the preprocessing releases and DP-SGD in one accountant.

Basic composition adds the epsilon of the codec's statistics (converted from zCDP on their own)
to DP-SGD's epsilon (converted from its PRV on its own). Every conversion to ``(epsilon, delta)``
pays a ``sqrt(log(1 / delta))`` overhead, so adding two converted epsilons pays it twice. Here
the preprocessing block is described by one Gaussian (``mu``-GDP) mechanism and composed with the
Poisson-subsampled Gaussian steps inside the PRV (or RDP) accountant, converting once: at Adult's
epsilon 1 the same statistics leave DP-SGD a noise multiplier of 3.8 instead of 5.0. Facts used:

- a Gaussian mechanism with l2 sensitivity ``D`` and noise ``sigma`` is ``mu = D / sigma``-GDP,
  and its privacy-loss distribution is the one of a Poisson-subsampled Gaussian with rate 1 and
  noise multiplier ``1 / mu`` (what the accountants take);
- a pure ``epsilon``-DP mechanism is ``mu``-GDP with ``mu = 2 Phi^-1(e^eps / (1 + e^eps))``: its
  trade-off curve is the two-segment curve of randomized response, whose kink lies on the
  diagonal where the (convex, symmetric) Gaussian curve of that ``mu`` meets it, so the Gaussian
  curve lies below both segments (Dong, Roth & Su 2022, trade-off functions);
- ``mu_i``-GDP mechanisms compose (adaptively) to ``sqrt(sum mu_i^2)``-GDP; dominating pairs
  compose with DP-SGD's under the PRV accountant (Gopi et al. 2021; Zhu, Dong & Wang 2022);
- a thresholded vocabulary is a Gaussian mechanism except with probability ``delta_threshold``
  (a new item crossing the threshold): those deltas add to the joint conversion's delta.
"""

from __future__ import annotations

import math
from statistics import NormalDist

from safe_synthesizer.errors import ConfigError
from safe_synthesizer.privacy.accounting import MAX_NOISE_MULTIPLIER, Accountant, check_epsilon, epsilon_of_history

# Above this a pure-DP release is no useful Gaussian: it is composed basically instead.
MAX_PURE_EPSILON_FOR_GDP = 30.0


def pure_dp_mu(epsilon: float) -> float:
    """``mu`` of the Gaussian DP that every pure ``epsilon``-DP mechanism satisfies (0 for 0).

    Example:
        >>> round(pure_dp_mu(0.01), 5), round(pure_dp_mu(1.0), 4)
        (0.01253, 1.232)
    """
    if epsilon <= 0:
        return 0.0
    if epsilon > MAX_PURE_EPSILON_FOR_GDP:
        return math.inf
    # -2 Phi^-1(1 / (1 + e^eps)): the lower tail keeps precision where e^eps / (1 + e^eps) rounds to 1.
    return -2.0 * NormalDist().inv_cdf(1.0 / (1.0 + math.exp(epsilon)))


def gaussian_mu(rho: float) -> float:
    """``mu`` of a Gaussian mechanism that is ``rho``-zCDP (``rho = mu^2 / 2``)."""
    return math.sqrt(2.0 * rho) if rho > 0 else 0.0


def joint_epsilon(
    noise_multiplier: float,
    sample_rate: float,
    steps: int,
    preprocessing_mu: float,
    delta: float,
    accountant: Accountant = "prv",
) -> float:
    """Epsilon at ``delta`` of ``steps`` DP-SGD steps composed with one ``preprocessing_mu``-GDP release.

    Example:
        >>> alone = joint_epsilon(1.0, 1.0, 1, 0.0, 1e-5, "rdp")
        >>> both = joint_epsilon(1.0, 1.0, 1, 1.0, 1e-5, "rdp")
        >>> round(both, 2) == round(joint_epsilon(1 / math.sqrt(2), 1.0, 1, 0.0, 1e-5, "rdp"), 2) and both > alone
        True
    """
    if not 0 < delta < 1:
        raise ConfigError(f"privacy.delta: {delta} must be in (0, 1).")
    if not math.isfinite(preprocessing_mu):
        return math.inf
    history = []
    if steps > 0:
        if noise_multiplier <= 0:
            return math.inf
        history.append((float(noise_multiplier), float(sample_rate), int(steps)))
    if preprocessing_mu > 0:
        history.append((1.0 / preprocessing_mu, 1.0, 1))
    if not history:
        return 0.0
    return epsilon_of_history(history, delta, accountant)


def calibrate_joint_noise(
    target_epsilon: float,
    delta: float,
    sample_rate: float,
    steps: int,
    preprocessing_mu: float,
    accountant: Accountant = "prv",
    *,
    rtol: float = 0.005,
) -> float:
    """Smallest DP-SGD noise multiplier (within ``rtol`` of epsilon) whose joint epsilon is <= the target.

    Bisection on ``log(sigma)``: the joint epsilon falls monotonically with sigma.

    Example:
        >>> sigma = calibrate_joint_noise(1.0, 1e-5, 0.04, 100, 0.05, "rdp")
        >>> 0.99 <= joint_epsilon(sigma, 0.04, 100, 0.05, 1e-5, "rdp") <= 1.0
        True
    """
    check_epsilon(target_epsilon)
    if steps <= 0:
        raise ConfigError("privacy: cannot calibrate noise for 0 training steps.")

    def eps(sigma: float) -> float:
        return joint_epsilon(sigma, sample_rate, steps, preprocessing_mu, delta, accountant)

    floor = eps(MAX_NOISE_MULTIPLIER)
    if floor > target_epsilon:
        raise ConfigError(
            f"privacy.epsilon: {target_epsilon:g} cannot be met: the preprocessing statistics alone need "
            f"about {floor:.3g}; lower privacy.preprocessing_epsilon_share, give public_bounds/public_categories, "
            "or raise privacy.epsilon."
        )
    hi = 1.0
    eps_hi = eps(hi)
    while eps_hi > target_epsilon and hi < MAX_NOISE_MULTIPLIER:
        hi = min(hi * 2.0, MAX_NOISE_MULTIPLIER)
        eps_hi = eps(hi)
    lo = hi / 2.0
    eps_lo = eps(lo)
    while eps_lo <= target_epsilon and lo > 1e-3:
        hi, eps_hi = lo, eps_lo
        lo /= 2.0
        eps_lo = eps(lo)
    # Invariant: eps(hi) <= target < eps(lo) (or lo at the floor of useful sigmas).
    for _ in range(40):
        if target_epsilon - eps_hi <= rtol * target_epsilon or hi / lo < 1 + 1e-6:
            break
        mid = math.sqrt(lo * hi)
        eps_mid = eps(mid)
        if eps_mid <= target_epsilon:
            hi, eps_hi = mid, eps_mid
        else:
            lo = mid
    return hi
