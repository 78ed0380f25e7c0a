"""The privacy budget of one run: plan it, spend it, itemise it.

A run with DP splits ``privacy.epsilon`` in two: ``preprocessing_epsilon_share`` of it pays for
the DP statistics the codec needs (vocabularies, bounds, quantiles; see ``privacy.preprocessing``)
and the rest for DP-SGD. Delta is split the same way (only thresholded vocabularies use it).

Composition: the released model (and so the synthetic data) depends on every part. A plan made
with ``preprocessing_mu`` (what runs use, see ``codec_statistics.plan_run_budget``) composes them
jointly (``privacy.joint``): every preprocessing release carries a Gaussian-DP ``mu`` and the
whole run is one PRV (or RDP) composition of those with DP-SGD's steps, converted to
``(epsilon, delta)`` once; the thresholds' deltas add. Without it the run is
``(sum of epsilons, sum of deltas)``-DP by basic sequential composition (Dwork & Roth 2014,
Thm 3.16). Both hold when later parts depend on earlier outputs (DP-SGD trains on a codec built
from the DP statistics). DP-SGD's own ``(epsilon, delta)`` comes from the PRV accountant over all
its steps (RDP as a cross-check).

Example:
    >>> plan = plan_budget(epsilon=8.0, delta="auto", n_units=30_000, unit="record",
    ...                    expected_units_per_step=300, epochs=3)
    >>> budget = PrivacyBudget(plan)
    >>> while budget.can_take_step():
    ...     budget.record_step()  # after each DPStep.step()
    >>> budget.epsilon_spent() <= 8.0
    True
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from safe_synthesizer.errors import ConfigError
from safe_synthesizer.privacy.accounting import (
    Accountant,
    calibrate_noise_multiplier,
    check_delta,
    check_epsilon,
    compute_epsilon,
    resolve_delta,
)
from safe_synthesizer.privacy.joint import calibrate_joint_noise, joint_epsilon, pure_dp_mu

# What the guarantee does not cover: released as is, stated in every budget summary.
TREATED_AS_PUBLIC = (
    "schema: column names, types, datetime formats, decimals",
    "the number of privacy units (sets the sample rate and delta)",
    "the number of training rows (model metadata and report; at entity level not covered by epsilon)",
    "privacy.public_bounds and privacy.public_categories",
)

# Preprocessing may spend its allocation up to float rounding of an even split.
_ALLOCATION_SLACK = 1e-9


@dataclass(frozen=True)
class BudgetPlan:
    """The solved budget of a DP run (all fields are public: none depends on the data's values).

    Attributes:
        epsilon_target / delta_target: the run's total budget (``privacy.epsilon``, resolved delta).
        unit: ``"record"`` or ``"entity:<column>"``; n_units: number of privacy units.
        preprocessing_epsilon / preprocessing_delta: share for DP statistics before training.
        sgd_epsilon / sgd_delta: what DP-SGD may spend; noise_multiplier is calibrated to it.
        sample_rate: Poisson rate ``q``; expected_units_per_step = ``q * n_units``.
        steps: planned DP-SGD steps (training must not take more).
        max_grad_norm: per-unit clipping bound, recorded for the report (not used in accounting).
        preprocessing_mu: joint composition only: Gaussian-DP ``mu`` the preprocessing releases
            may spend together (``sqrt`` of the sum of their ``mu^2``).
        joint_delta: joint composition only: delta of the one conversion of the joint accountant
            (the total delta minus the thresholds' deltas); None under basic composition.
    """

    epsilon_target: float
    delta_target: float
    unit: str
    n_units: int
    preprocessing_epsilon: float
    preprocessing_delta: float
    sgd_epsilon: float
    sgd_delta: float
    noise_multiplier: float
    sample_rate: float
    expected_units_per_step: float
    steps: int
    accountant: Accountant
    max_grad_norm: float | None = None
    preprocessing_mu: float = 0.0
    joint_delta: float | None = None

    @property
    def joint(self) -> bool:
        """True when the run is accounted jointly (``privacy.joint``), not by adding epsilons."""
        return self.joint_delta is not None


# The DP statistics want roughly ``epsilon * share * units / releases >= SHARE_UNITS_PER_RELEASE``.
# 750 was measured with Laplace-thresholded vocabularies (benchmarks/results/privacy_share.md);
# the zCDP block releases a category at ~300 records where Laplace needed ~830 at Adult's
# epsilon 1, so the same statistics cost about a third of that. At 240, Adult at epsilon 1
# (27 releases, 26,049 units) gives the codec 0.25 instead of 0.5 and DP-SGD epsilon 0.715
# instead of 0.465 (sigma 7.6 -> 5.0); benchmarks/results/dp_adult.md. The 0.1 floor still
# holds wherever ``units * epsilon / releases >= 7,500`` (Adult at epsilon 8), as before.
SHARE_UNITS_PER_RELEASE = 240.0
MIN_PREPROCESSING_SHARE, MAX_PREPROCESSING_SHARE = 0.1, 0.5


def auto_preprocessing_share(n_releases: int, n_units: int, epsilon: float) -> float:
    """The share of epsilon for the DP statistics: more when units are few or epsilon is small.

    Example:
        >>> auto_preprocessing_share(25, 26_049, 8.0), auto_preprocessing_share(25, 3_000, 8.0)
        (0.1, 0.25)
        >>> auto_preprocessing_share(25, 300, 1.0)
        0.5
    """
    if n_releases <= 0:
        return 0.0
    wanted = SHARE_UNITS_PER_RELEASE * n_releases / (max(n_units, 1) * epsilon)
    return float(min(MAX_PREPROCESSING_SHARE, max(MIN_PREPROCESSING_SHARE, wanted)))


def plan_budget(
    *,
    epsilon: float,
    delta: float | str,
    n_units: int,
    unit: str,
    expected_units_per_step: float,
    epochs: float | None = None,
    steps: int | None = None,
    preprocessing_epsilon_share: float = 0.1,
    accountant: Accountant = "prv",
    max_grad_norm: float | None = None,
    preprocessing_mu: float | None = None,
    threshold_delta: float = 0.0,
) -> BudgetPlan:
    """Solve the noise multiplier for a run of ``epochs`` (or ``steps``) at the given budget.

    Args:
        epsilon: total epsilon of the run (``privacy.epsilon``).
        delta: total delta, or ``"auto"`` for :func:`resolve_delta` of ``n_units``.
        n_units: number of privacy units in the training data.
        unit: ``"record"`` or ``"entity:<column>"``.
        expected_units_per_step: wanted mean batch size in units; ``q = it / n_units`` (max 1).
        epochs: passes over the units (``steps = ceil(epochs / q)``); or give ``steps``.
        preprocessing_epsilon_share: share of epsilon and delta kept for DP statistics; 0 when
            all codec metadata is public (user-supplied).
        accountant: ``"prv"`` (default) or ``"rdp"``.
        max_grad_norm: ``privacy.per_sample_max_grad_norm``, carried into the summary.
        preprocessing_mu: compose jointly (``privacy.joint``): the Gaussian-DP ``mu`` of all
            preprocessing releases together; sigma is then calibrated so that DP-SGD composed
            with them meets ``epsilon``. None: basic composition (``sgd_epsilon`` for DP-SGD).
        threshold_delta: joint composition: the deltas the preprocessing releases add outside
            their ``mu`` (thresholds); the joint conversion gets the rest of the total delta.
    """
    if n_units < 1:
        raise ConfigError("privacy: no privacy units in the training data; DP needs at least one record.")
    if (epochs is None) == (steps is None):
        raise ValueError("plan_budget takes exactly one of epochs or steps")
    if not 0 <= preprocessing_epsilon_share < 1:
        raise ConfigError(f"privacy.preprocessing_epsilon_share: {preprocessing_epsilon_share} must be in [0, 1).")
    check_epsilon(epsilon)
    delta_target = resolve_delta(n_units) if delta == "auto" else float(delta)
    check_delta(delta_target, n_units)  # refuses above MAX_DELTA; preflight shows the 1/n warning
    if expected_units_per_step <= 0:
        raise ConfigError("training.batch_size: the expected batch must hold at least one unit.")
    sample_rate = min(1.0, expected_units_per_step / n_units)
    if steps is None:
        assert epochs is not None
        steps = max(1, math.ceil(epochs / sample_rate - 1e-9))
    pre_eps = epsilon * preprocessing_epsilon_share
    pre_delta = delta_target * preprocessing_epsilon_share
    sgd_eps, sgd_delta = epsilon - pre_eps, delta_target - pre_delta
    joint_delta = None
    if preprocessing_mu is None:
        sigma = calibrate_noise_multiplier(sgd_eps, sgd_delta, sample_rate, steps, accountant)
    else:
        if not 0 <= threshold_delta <= pre_delta * (1 + _ALLOCATION_SLACK):
            raise ValueError(f"threshold_delta {threshold_delta} must be in [0, preprocessing delta {pre_delta}]")
        joint_delta = delta_target - threshold_delta
        sigma = calibrate_joint_noise(epsilon, joint_delta, sample_rate, steps, preprocessing_mu, accountant)
        # What DP-SGD alone would state at the joint delta (the summary's dp_sgd item).
        sgd_eps, sgd_delta = compute_epsilon(sigma, sample_rate, steps, joint_delta, accountant), joint_delta
    return BudgetPlan(
        epsilon_target=float(epsilon),
        delta_target=delta_target,
        unit=unit,
        n_units=int(n_units),
        preprocessing_epsilon=pre_eps,
        preprocessing_delta=pre_delta,
        sgd_epsilon=sgd_eps,
        sgd_delta=sgd_delta,
        noise_multiplier=sigma,
        sample_rate=sample_rate,
        expected_units_per_step=sample_rate * n_units,
        steps=int(steps),
        accountant=accountant,
        max_grad_norm=max_grad_norm,
        preprocessing_mu=float(preprocessing_mu or 0.0),
        joint_delta=joint_delta,
    )


@dataclass(frozen=True)
class BudgetItem:
    """One DP release inside the run: a statistic or the DP-SGD training.

    ``epsilon`` / ``delta`` are what the release states on its own (its marginal share under
    basic composition); ``mu`` is its Gaussian-DP parameter under joint composition, where
    ``delta`` is then only what it adds outside ``mu`` (a threshold's).
    """

    name: str
    epsilon: float
    delta: float
    mechanism: str
    mu: float | None = None

    def as_dict(self) -> dict[str, Any]:
        item = {"name": self.name, "epsilon": self.epsilon, "delta": self.delta, "mechanism": self.mechanism}
        if self.mu is not None:
            item["mu"] = self.mu
        return item


@dataclass
class PrivacyBudget:
    """Spending tracker for a :class:`BudgetPlan`.

    The trainer asks :meth:`can_take_step` before each batch and calls :meth:`record_step` after
    each DP-SGD step; preprocessing calls :meth:`allocate` then :meth:`record_release` per
    statistic. :meth:`epsilon_spent` is what the run actually spent (less than planned if
    training stopped early); :meth:`summary` is the itemised dict for the manifest and report.
    """

    plan: BudgetPlan
    steps_taken: int = 0
    releases: list[BudgetItem] = field(default_factory=list)
    _sgd_cache: dict[tuple[int, str], float] = field(default_factory=dict, repr=False)
    _joint_cache: dict[tuple[int, int, str], float] = field(default_factory=dict, repr=False)

    def can_take_step(self) -> bool:
        """True while one more step keeps DP-SGD within its share (epsilon grows with steps)."""
        return self.steps_taken < self.plan.steps

    def record_step(self) -> None:
        if not self.can_take_step():
            raise RuntimeError(f"privacy budget: all {self.plan.steps} planned DP-SGD steps are spent")
        self.steps_taken += 1

    def allocate(self, names: list[str]) -> dict[str, float]:
        """Split the unspent preprocessing epsilon evenly over ``names`` (sorted, deterministic)."""
        if not names:
            return {}
        left = self.plan.preprocessing_epsilon - self.preprocessing_epsilon_spent()
        return {name: left / len(names) for name in sorted(names)}

    def preprocessing_delta_per_release(self, n_releases: int) -> float:
        """Even split of the preprocessing delta over ``n_releases`` approximate-DP statistics."""
        return self.plan.preprocessing_delta / max(1, n_releases)

    def record_release(
        self, name: str, epsilon: float, delta: float, mechanism: str, *, mu: float | None = None
    ) -> None:
        """Record one DP statistic; refuses to go over the preprocessing share.

        Under joint composition the release needs a Gaussian-DP ``mu``: given, or derived for a
        pure-DP one (``delta == 0``: ``privacy.joint.pure_dp_mu``); the releases' ``mu`` together
        must stay within the plan's ``preprocessing_mu``.
        """
        eps_after = self.preprocessing_epsilon_spent() + epsilon
        delta_after = sum(r.delta for r in self.releases) + delta
        if self.plan.joint:
            if mu is None and delta == 0:
                mu = pure_dp_mu(epsilon)
            if mu is None or not math.isfinite(mu):
                raise RuntimeError(f"privacy budget: {name} has no Gaussian-DP bound for the joint accounting")
            mu_after = math.sqrt(self.preprocessing_mu_spent() ** 2 + mu * mu)
            if mu_after > self.plan.preprocessing_mu * (1 + 1e-6) + 1e-12:
                raise RuntimeError(
                    f"privacy budget: {name} would bring preprocessing to mu {mu_after:.4g} > "
                    f"{self.plan.preprocessing_mu:.4g}"
                )
            if delta_after > self.plan.delta_target - self.plan.joint_delta + 1e-300:  # type: ignore[operator]
                raise RuntimeError(f"privacy budget: {name} would exceed the thresholds' delta")
        if eps_after > self.plan.preprocessing_epsilon * (1 + _ALLOCATION_SLACK) + _ALLOCATION_SLACK:
            raise RuntimeError(
                f"privacy budget: {name} would bring preprocessing to epsilon {eps_after:.4g} > "
                f"{self.plan.preprocessing_epsilon:.4g}"
            )
        if delta_after > self.plan.preprocessing_delta * (1 + _ALLOCATION_SLACK) + 1e-300:
            raise RuntimeError(f"privacy budget: {name} would exceed the preprocessing delta")
        self.releases.append(BudgetItem(name, float(epsilon), float(delta), mechanism, mu))

    def preprocessing_epsilon_spent(self) -> float:
        """Sum of the releases' own epsilons (what basic composition charges them)."""
        return sum(r.epsilon for r in self.releases)

    def preprocessing_mu_spent(self) -> float:
        """Gaussian-DP ``mu`` of the releases so far, composed (joint composition only)."""
        return math.sqrt(sum(r.mu * r.mu for r in self.releases if r.mu is not None))

    def sgd_epsilon_spent(self, accountant: Accountant | None = None) -> float:
        """DP-SGD's epsilon on its own after the steps taken so far (at ``sgd_delta``)."""
        acc = accountant or self.plan.accountant
        key = (self.steps_taken, acc)
        if key not in self._sgd_cache:
            self._sgd_cache[key] = compute_epsilon(
                self.plan.noise_multiplier, self.plan.sample_rate, self.steps_taken, self.plan.sgd_delta, acc
            )
        return self._sgd_cache[key]

    def epsilon_spent(self, accountant: Accountant | None = None) -> float:
        """Total epsilon spent so far: the joint accounting of the releases and the steps taken,
        or (basic composition) the releases' epsilons plus DP-SGD's."""
        if not self.plan.joint:
            return self.preprocessing_epsilon_spent() + self.sgd_epsilon_spent(accountant)
        acc = accountant or self.plan.accountant
        key = (self.steps_taken, len(self.releases), acc)
        if key not in self._joint_cache:
            self._joint_cache[key] = joint_epsilon(
                self.plan.noise_multiplier,
                self.plan.sample_rate,
                self.steps_taken,
                self.preprocessing_mu_spent(),
                self.plan.joint_delta,  # type: ignore[arg-type]
                acc,
            )
        return self._joint_cache[key]

    def delta_spent(self) -> float:
        if self.plan.joint:
            jointly = self.steps_taken or any(r.mu for r in self.releases)
            return sum(r.delta for r in self.releases) + (self.plan.joint_delta if jointly else 0.0)  # type: ignore[operator]
        sgd = self.plan.sgd_delta if self.steps_taken else 0.0
        return sum(r.delta for r in self.releases) + sgd

    def summary(self) -> dict[str, Any]:
        """Itemised budget for the manifest and the report (no data values, only public numbers)."""
        items = [r.as_dict() for r in self.releases]
        if self.steps_taken:
            items.append(
                BudgetItem(
                    "dp_sgd",
                    self.sgd_epsilon_spent(),
                    self.plan.sgd_delta,
                    f"Poisson-subsampled Gaussian (DP-SGD), {self.plan.accountant.upper()} accountant",
                ).as_dict()
            )
        other = "rdp" if self.plan.accountant == "prv" else "prv"
        if self.plan.joint:
            composition = (
                f"joint: the releases (Gaussian DP, mu {self.preprocessing_mu_spent():.4g} together) and DP-SGD "
                f"in one {self.plan.accountant.upper()} accountant, converted once at delta "
                f"{self.plan.joint_delta:.3g}; thresholds' deltas add; each item's epsilon is what it states alone"
            )
            joint = {
                "joint_conversion_delta": self.plan.joint_delta,
                "preprocessing_mu": self.preprocessing_mu_spent(),
                f"epsilon_total_{other}_check": self.epsilon_spent(other),
            }
        else:
            composition, joint = "basic (epsilons and deltas add up)", {}
        return {
            "epsilon_total": self.epsilon_spent(),
            "delta": self.delta_spent(),
            "epsilon_target": self.plan.epsilon_target,
            "delta_target": self.plan.delta_target,
            "unit": self.plan.unit,
            "n_units": self.plan.n_units,
            "preprocessing_epsilon_planned": self.plan.preprocessing_epsilon,
            "items": items,
            "composition": composition,
            "treated_as_public": list(TREATED_AS_PUBLIC),
            "noise_multiplier": self.plan.noise_multiplier,
            "max_grad_norm": self.plan.max_grad_norm,
            "sample_rate": self.plan.sample_rate,
            "expected_units_per_step": self.plan.expected_units_per_step,
            "steps": self.steps_taken,
            "steps_planned": self.plan.steps,
            "accountant": self.plan.accountant,
            f"dp_sgd_epsilon_{other}_check": self.sgd_epsilon_spent(other) if self.steps_taken else 0.0,
            **joint,
        }
