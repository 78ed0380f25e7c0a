"""Accounting: Opacus agreement, REFERENCE.md section 7 values, calibration precision."""

from __future__ import annotations

import warnings

import pytest
from opacus.accountants import PRVAccountant, RDPAccountant
from opacus.accountants.utils import get_noise_multiplier

from safe_synthesizer.errors import ConfigError
from safe_synthesizer.privacy.accounting import calibrate_noise_multiplier, compute_epsilon, resolve_delta


def test_resolve_delta_follows_the_reference_rule():
    assert resolve_delta(10_000) == pytest.approx(10_000**-1.2)
    assert resolve_delta(100) == pytest.approx(100**-1.2)
    assert resolve_delta(99) == pytest.approx(0.1 / 99)
    assert resolve_delta(1) == pytest.approx(0.1)
    # Always well below 1/n, the "publish one unit in the clear" level.
    for n in (1, 50, 99, 100, 1_000, 30_000):
        assert resolve_delta(n) < 1 / n
    with pytest.raises(ConfigError, match=r"privacy\.delta"):
        resolve_delta(0)


def _opacus_epsilon(cls, sigma: float, q: float, steps: int, delta: float) -> float:
    """Epsilon from Opacus's own accountant, fed step by step as its optimizer hook does."""
    acc = cls()
    for _ in range(steps):
        acc.step(noise_multiplier=sigma, sample_rate=q)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return acc.get_epsilon(delta=delta)


@pytest.mark.parametrize(
    ("sigma", "q", "steps", "delta"),
    [(1.0, 0.01, 1000, 1e-5), (0.7, 0.02, 600, 3e-6), (2.0, 0.1, 200, 1e-4), (1.1, 0.005, 2500, 1e-6)],
)
def test_epsilon_agrees_with_opacus_within_one_percent(sigma, q, steps, delta):
    for accountant, cls in (("rdp", RDPAccountant), ("prv", PRVAccountant)):
        ours = compute_epsilon(sigma, q, steps, delta, accountant=accountant)
        theirs = _opacus_epsilon(cls, sigma, q, steps, delta)
        assert ours == pytest.approx(theirs, rel=0.01), accountant


def test_reference_epsilon_values():
    # REFERENCE.md section 7: q=0.01, 1000 steps, delta=1e-5, sigma=1.0.
    assert compute_epsilon(1.0, 0.01, 1000, 1e-5, accountant="rdp") == pytest.approx(2.10, abs=0.01)
    assert compute_epsilon(1.0, 0.01, 1000, 1e-5, accountant="prv") == pytest.approx(1.84, abs=0.01)


def test_zero_steps_spend_nothing_and_more_steps_spend_more():
    assert compute_epsilon(1.0, 0.01, 0, 1e-5) == 0.0
    eps = [compute_epsilon(1.0, 0.01, s, 1e-5, accountant="rdp") for s in (10, 100, 1000)]
    assert eps[0] < eps[1] < eps[2]


@pytest.mark.parametrize(
    ("accountant", "expected"),
    [("rdp", {1.0: 1.52, 3.0: 0.87, 8.0: 0.62}), ("prv", {1.0: 1.43, 3.0: 0.82, 8.0: 0.59})],
)
def test_calibration_matches_reference_sigmas_and_hits_target(accountant, expected):
    for target, sigma_ref in expected.items():
        sigma = calibrate_noise_multiplier(target, 1e-5, 0.01, 1000, accountant=accountant)
        assert sigma == pytest.approx(sigma_ref, abs=0.01)
        eps = compute_epsilon(sigma, 0.01, 1000, 1e-5, accountant=accountant)
        # Never above the target, and within 0.5% of it (the default rtol).
        assert target * 0.995 <= eps <= target


def test_calibration_agrees_with_opacus_solver():
    ours = calibrate_noise_multiplier(3.0, 1e-5, 0.01, 1000, accountant="rdp", rtol=0.001)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs = get_noise_multiplier(
            target_epsilon=3.0, target_delta=1e-5, sample_rate=0.01, steps=1000, epsilon_tolerance=0.003
        )
    assert ours == pytest.approx(theirs, rel=0.01)


def test_prv_is_tighter_than_rdp():
    for sigma in (0.6, 1.0, 1.5):
        assert compute_epsilon(sigma, 0.01, 1000, 1e-5, "prv") < compute_epsilon(sigma, 0.01, 1000, 1e-5, "rdp")


def test_full_batch_and_small_data_calibrate():
    sigma = calibrate_noise_multiplier(2.0, 0.1 / 50, 1.0, 20, accountant="prv")
    assert compute_epsilon(sigma, 1.0, 20, 0.1 / 50, "prv") <= 2.0


def test_bad_arguments_raise_config_errors():
    with pytest.raises(ConfigError, match="sample rate"):
        compute_epsilon(1.0, 0.0, 10, 1e-5)
    with pytest.raises(ConfigError, match="delta"):
        compute_epsilon(1.0, 0.1, 10, 1.5)
    with pytest.raises(ConfigError, match="accountant"):
        compute_epsilon(1.0, 0.1, 10, 1e-5, accountant="gdp")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match=r"privacy\.epsilon"):
        calibrate_noise_multiplier(-1.0, 1e-5, 0.01, 100)


def test_huge_epsilon_is_refused_fast():
    import time

    from safe_synthesizer.privacy.budget import plan_budget

    start = time.monotonic()
    with pytest.raises(ConfigError, match=r"^privacy.epsilon: 1000 is above 100") as info:
        plan_budget(epsilon=1000.0, delta="auto", n_units=1000, unit="record", expected_units_per_step=40, epochs=20)
    assert "\n" not in str(info.value)
    assert time.monotonic() - start < 1.0


def test_delta_refused_above_bound_and_warned_above_one_over_n():
    from safe_synthesizer.privacy.accounting import check_delta
    from safe_synthesizer.privacy.budget import plan_budget

    with pytest.raises(ConfigError, match=r"^privacy.delta: 0.5 is above 0.01"):
        plan_budget(epsilon=8.0, delta=0.5, n_units=1000, unit="record", expected_units_per_step=40, epochs=1)
    assert "1/n" in (check_delta(0.005, 1000) or "")
    assert check_delta(1e-5, 1000) is None
