"""Budget plan: calibration to the DP-SGD share, stop-before-exceeding, itemised summary."""

from __future__ import annotations

import math

import pytest

from safe_synthesizer.errors import ConfigError
from safe_synthesizer.privacy.accounting import compute_epsilon, resolve_delta
from safe_synthesizer.privacy.budget import PrivacyBudget, plan_budget


def _plan(**kw):
    args = {
        "epsilon": 4.0,
        "delta": "auto",
        "n_units": 5_000,
        "unit": "record",
        "expected_units_per_step": 100,
        "epochs": 2,
        "accountant": "rdp",
    }
    args.update(kw)
    return plan_budget(**args)


def test_plan_splits_budget_and_calibrates_sgd_share():
    plan = _plan(preprocessing_epsilon_share=0.25, max_grad_norm=1.0)
    assert plan.delta_target == pytest.approx(resolve_delta(5_000))
    assert plan.preprocessing_epsilon == pytest.approx(1.0)
    assert plan.sgd_epsilon == pytest.approx(3.0)
    assert plan.preprocessing_delta + plan.sgd_delta == pytest.approx(plan.delta_target)
    assert plan.sample_rate == pytest.approx(0.02)
    assert plan.steps == 100  # 2 epochs / q
    eps = compute_epsilon(plan.noise_multiplier, plan.sample_rate, plan.steps, plan.sgd_delta, "rdp")
    assert 0.99 * plan.sgd_epsilon <= eps <= plan.sgd_epsilon


def test_training_stops_before_the_budget_is_exceeded():
    budget = PrivacyBudget(_plan(epochs=1))
    taken = 0
    while budget.can_take_step():
        budget.record_step()
        taken += 1
    assert taken == budget.plan.steps
    with pytest.raises(RuntimeError, match="planned DP-SGD steps"):
        budget.record_step()
    assert budget.epsilon_spent() <= budget.plan.epsilon_target
    assert budget.sgd_epsilon_spent() == pytest.approx(budget.plan.sgd_epsilon, rel=0.01)


def test_early_stop_reports_the_smaller_epsilon_actually_spent():
    budget = PrivacyBudget(_plan())
    assert budget.epsilon_spent() == 0.0
    for _ in range(budget.plan.steps // 4):
        budget.record_step()
    partial = budget.epsilon_spent()
    assert 0 < partial < budget.plan.sgd_epsilon


def test_preprocessing_releases_are_bounded_and_itemised():
    budget = PrivacyBudget(_plan(preprocessing_epsilon_share=0.2, unit="entity:id"))
    shares = budget.allocate(["vocab:occupation", "bounds:age", "quantiles:age"])
    assert list(shares) == sorted(shares)
    assert sum(shares.values()) == pytest.approx(0.8)
    delta_each = budget.preprocessing_delta_per_release(1)
    budget.record_release("vocab:occupation", shares["vocab:occupation"], delta_each, "thresholded Laplace")
    budget.record_release("bounds:age", shares["bounds:age"], 0.0, "Laplace histogram + exponential")
    with pytest.raises(RuntimeError, match="preprocessing"):
        budget.record_release("quantiles:age", shares["quantiles:age"] * 1.5, 0.0, "exponential")
    budget.record_release("quantiles:age", shares["quantiles:age"], 0.0, "exponential")
    for _ in range(budget.plan.steps):
        budget.record_step()

    summary = budget.summary()
    assert summary["unit"] == "entity:id"
    names = [item["name"] for item in summary["items"]]
    assert names == ["vocab:occupation", "bounds:age", "quantiles:age", "dp_sgd"]
    assert summary["epsilon_total"] == pytest.approx(sum(i["epsilon"] for i in summary["items"]))
    assert summary["delta"] == pytest.approx(sum(i["delta"] for i in summary["items"]))
    assert summary["epsilon_total"] <= summary["epsilon_target"]
    assert summary["delta"] <= summary["delta_target"] * (1 + 1e-12)
    assert summary["steps"] == summary["steps_planned"] == budget.plan.steps
    # The PRV cross-check of an RDP plan is tighter.
    assert summary["dp_sgd_epsilon_prv_check"] < summary["items"][-1]["epsilon"]
    for key in ("noise_multiplier", "sample_rate", "accountant", "delta"):
        assert key in summary


def test_zero_preprocessing_share_gives_everything_to_sgd():
    plan = _plan(preprocessing_epsilon_share=0.0, delta=1e-6)
    assert plan.sgd_epsilon == plan.epsilon_target
    assert plan.sgd_delta == 1e-6
    assert PrivacyBudget(plan).allocate(["x"]) == {"x": 0.0}


def test_steps_and_small_data():
    plan = _plan(steps=37, epochs=None, n_units=60, expected_units_per_step=100)
    assert plan.sample_rate == 1.0  # the batch cannot exceed the data
    assert plan.steps == 37
    assert plan.delta_target == pytest.approx(0.1 / 60)
    plan = _plan(epochs=1.5, n_units=1000, expected_units_per_step=64)
    assert plan.steps == math.ceil(1.5 / 0.064)


def test_invalid_plans():
    with pytest.raises(ConfigError, match="no privacy units"):
        _plan(n_units=0)
    with pytest.raises(ConfigError, match="delta"):
        _plan(delta=2.0)
    with pytest.raises(ValueError, match="exactly one"):
        _plan(steps=10)
    with pytest.raises(ConfigError, match="cannot be met"):
        _plan(epsilon=1e-4, steps=100_000, epochs=None, expected_units_per_step=4000)


def test_summary_states_what_is_treated_as_public():
    plan = plan_budget(epsilon=8.0, delta="auto", n_units=300, unit="entity:id", expected_units_per_step=16, epochs=1)
    public = PrivacyBudget(plan).summary()["treated_as_public"]
    assert any("privacy units" in p for p in public) and any("training rows" in p for p in public)


def test_auto_share_leaves_dp_sgd_three_quarters_of_epsilon_1_on_adult():
    from safe_synthesizer.privacy.budget import auto_preprocessing_share

    # Adult: 27 codec statistics, 26,049 units. The zCDP statistics need about a third of what
    # the Laplace ones did, so at epsilon 1 the codec takes 0.25 (was 0.5) ...
    assert auto_preprocessing_share(27, 26_049, 1.0) == pytest.approx(0.2488, abs=1e-4)
    # ... while epsilon 8 keeps the 0.1 floor (its plan is unchanged) and a few hundred
    # entities (pbcseq grouped by patient) keep the 0.5 cap.
    assert auto_preprocessing_share(27, 26_049, 8.0) == 0.1
    assert auto_preprocessing_share(40, 250, 8.0) == 0.5
    assert auto_preprocessing_share(0, 26_049, 1.0) == 0.0
    # Less epsilon or fewer units never give the statistics a smaller share.
    shares = [
        auto_preprocessing_share(27, n, e) for n, e in [(26_049, 8.0), (26_049, 3.0), (26_049, 1.0), (5_000, 1.0)]
    ]
    assert shares == sorted(shares)


def test_joint_plan_composes_releases_and_dp_sgd_in_one_accountant():
    from safe_synthesizer.privacy.joint import pure_dp_mu

    delta = resolve_delta(5_000)
    share = 0.3
    plan = _plan(epsilon=2.0, accountant="prv", preprocessing_epsilon_share=share,
                 preprocessing_mu=0.12, threshold_delta=delta * share / 2)
    basic = _plan(epsilon=2.0, accountant="prv", preprocessing_epsilon_share=share)
    assert plan.joint and not basic.joint
    assert plan.joint_delta == pytest.approx(delta * (1 - share / 2))
    assert plan.noise_multiplier < basic.noise_multiplier  # one conversion instead of two

    budget = PrivacyBudget(plan)
    budget.record_release("bounds:age", 0.05, 0.0, "Laplace")  # pure DP: mu derived
    assert budget.releases[-1].mu == pytest.approx(pure_dp_mu(0.05))
    budget.record_release("vocab:sex", 0.05, delta * share / 4, "thresholded Gaussian", mu=0.08)
    with pytest.raises(RuntimeError, match="no Gaussian-DP bound"):
        budget.record_release("vocab:race", 0.05, 1e-9, "thresholded Laplace")
    with pytest.raises(RuntimeError, match="mu"):
        budget.record_release("vocab:race", 0.05, 0.0, "Gaussian", mu=0.1)
    with pytest.raises(RuntimeError, match="thresholds' delta"):
        budget.record_release("vocab:race", 0.01, delta * share / 2, "Gaussian", mu=0.01)
    while budget.can_take_step():
        budget.record_step()

    summary = budget.summary()
    assert summary["composition"].startswith("joint")
    assert summary["preprocessing_mu"] == pytest.approx(math.hypot(pure_dp_mu(0.05), 0.08))
    assert summary["preprocessing_mu"] <= plan.preprocessing_mu
    assert 0.9 * 2.0 < summary["epsilon_total"] <= 2.0
    # Each item states its own epsilon; together they would claim more than the joint total.
    assert sum(i["epsilon"] for i in summary["items"]) > summary["epsilon_total"]
    assert summary["delta"] == pytest.approx(sum(i["delta"] for i in summary["items"]))
    assert summary["delta"] <= summary["delta_target"]
    assert summary["epsilon_total_rdp_check"] >= summary["epsilon_total"] * 0.98
    # Early stop: fewer steps, less epsilon.
    early = PrivacyBudget(plan)
    early.record_release("bounds:age", 0.05, 0.0, "Laplace")
    preprocessing_only = early.epsilon_spent()
    early.record_step()
    assert 0 < preprocessing_only < early.epsilon_spent() < summary["epsilon_total"]
