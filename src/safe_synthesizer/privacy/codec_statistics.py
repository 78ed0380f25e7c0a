"""DP statistics behind the built-in codec's statistics interface, charged to the run's budget.

``DPCodecStatistics`` has the four methods of ``models.builtin.codec.statistics.CodecStatistics``
(``frequent_values``, ``bounds``, ``quantiles``, ``token_record_counts``) and answers each with
a DP mechanism from ``privacy.preprocessing``, spending an equal share (``rho_each``) of the
preprocessing budget per call under zCDP composition (``privacy.zcdp``: Gaussian thresholded
counts for vocabularies, pure-DP bounds and quantiles at ``sqrt(2 rho_each)``) and recording its
marginal ``(epsilon, delta)`` in the :class:`~safe_synthesizer.privacy.budget.PrivacyBudget`
(so the manifest itemises every statistic). More calls than announced are refused by the budget,
never silently overspent.

Example::

    units = privacy_units(train_df, params.data.group_training_examples_by)
    budget = PrivacyBudget(plan_budget(..., n_units=units.n_units, unit=units.label, ...))
    stats = DPCodecStatistics(budget, n_releases=DPCodecStatistics.releases_for(kinds), seed=seed)
    backend = BuiltinBackend(statistics=stats)  # codec.fit calls stats.* under DP
"""

from __future__ import annotations

import logging
import math
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from safe_synthesizer.errors import ConfigError
from safe_synthesizer.privacy.accounting import resolve_delta
from safe_synthesizer.privacy.budget import PrivacyBudget, auto_preprocessing_share, plan_budget
from safe_synthesizer.privacy.joint import gaussian_mu, pure_dp_mu
from safe_synthesizer.privacy.quantiles import dp_bounds, dp_quantiles
from safe_synthesizer.privacy.vocabulary import dp_category_vocabulary, dp_item_counts
from safe_synthesizer.privacy.zcdp import epsilon_for, pure_epsilon, rho_for

if TYPE_CHECKING:
    from safe_synthesizer.config.privacy import PrivacyParameters
    from safe_synthesizer.data.schema import TableSchema

logger = logging.getLogger(__name__)

# Calls the built-in codec makes per column type (numeric: bounds, frequent values, bin
# quantiles; identifier: string shapes; constant: its value). Text costs nothing: under DP it is
# spelled with data-independent byte tokens. Used to split the budget; an underestimate makes the
# budget refuse the extra call.
RELEASES_PER_KIND = {"integer": 3, "float": 3, "categorical": 1, "datetime": 1, "identifier": 1, "constant": 1}
# Of those, the pure-DP ones (numeric: bounds, and bin quantiles unless GAUSSIAN_QUANTILES;
# datetime: year bounds); the rest are Gaussian. Joint accounting counts each kind at its own
# Gaussian-DP ``mu``: a pure release of epsilon ``sqrt(2 rho)`` is ``1.25 sqrt(2 rho)``-GDP, a
# Gaussian one ``sqrt(2 rho)``.
PURE_RELEASES_PER_KIND = {"integer": 2, "float": 2, "datetime": 1}
# Bin quantiles from a Gaussian histogram at the block's rho (zCDP) instead of a Laplace one at
# epsilon sqrt(2 rho): the same rho, noise std / sqrt(2), and a Gaussian release's smaller mu.
# False restores the Laplace histogram (benchmarks: paired runs).
GAUSSIAN_QUANTILES = True
NUMERIC_KINDS = ("integer", "float")
# Lean plan: below this ``n_units * epsilon_each`` the three numeric releases would each be too
# weak to find even a coarse range (dp_bounds needs ~11 / epsilon units in one magnitude bin), so
# numeric columns spend their whole share on the bounds, and their bins are evenly spaced inside
# them and exact values get no token (post-processing of the bounds, no epsilon).
LEAN_BELOW_UNITS_EPSILON = 100.0
# Runs compose their releases and DP-SGD jointly (privacy.joint): same statistics, less DP-SGD
# noise (Adult at epsilon 1: sigma 5.0 -> 3.8). False restores basic composition (benchmarks).
JOINT_COMPOSITION = True
# The joint plan counts each release at its own Gaussian-DP mu (pure-DP bounds and quantiles at
# their larger one, Gaussian counts exactly) instead of every release at the pure-DP mu. Same
# statistics, smaller planned mu. False restores the bound (benchmarks: paired runs).
EXACT_RELEASE_MU = True


@dataclass(frozen=True)
class StatisticsPlan:
    """How the preprocessing share is split (public: depends on schema, unit count and epsilon).

    Attributes:
        n_releases: DP statistics the codec will compute.
        share: ``privacy.preprocessing_epsilon_share`` resolved (``auto`` included).
        epsilon_each: epsilon of each statistic.
        lean: numeric columns release their bounds only (see ``LEAN_BELOW_UNITS_EPSILON``).
        n_pure: how many of the ``n_releases`` are pure-DP (bounds, quantiles); the others are
            Gaussian counts. The joint accounting plans each at its own ``mu``.
    """

    n_releases: int
    share: float
    epsilon_each: float
    lean: bool
    n_pure: int = 0


def plan_run_statistics(schema: TableSchema, privacy: PrivacyParameters, n_units: int) -> StatisticsPlan:
    """:func:`plan_statistics` for a run's schema and ``privacy`` section (preflight and training
    must plan the same releases)."""
    return plan_statistics(
        ((c.name, c.type) for c in schema.columns),
        n_units=n_units,
        epsilon=privacy.epsilon,
        share=privacy.preprocessing_epsilon_share,
        public_bounds=privacy.public_bounds,
        public_categories=privacy.public_categories,
    )


def plan_run_budget(
    schema: TableSchema,
    privacy: PrivacyParameters,
    *,
    n_units: int,
    unit: str,
    expected_units_per_step: float,
    epochs: int,
) -> tuple[PrivacyBudget, StatisticsPlan]:
    """The budget of one DP training run, for every backend alike: the codec statistics' share
    (:func:`plan_run_statistics`), DP-SGD's noise for ``expected_units_per_step`` and ``epochs``,
    and the schema's own DP releases (made by the data stage before training) already recorded.
    The same settings give the same accounting whichever model trains."""
    statistics = plan_run_statistics(schema, privacy, n_units)
    joint = _joint_preprocessing(schema, privacy, statistics, n_units) if JOINT_COMPOSITION else None
    plan = plan_budget(
        epsilon=privacy.epsilon,
        delta=privacy.delta,
        n_units=n_units,
        unit=unit,
        expected_units_per_step=expected_units_per_step,
        epochs=epochs,
        preprocessing_epsilon_share=statistics.share,
        accountant=privacy.accountant,
        max_grad_norm=privacy.per_sample_max_grad_norm,
        preprocessing_mu=joint[0] if joint else None,
        threshold_delta=joint[1] if joint else 0.0,
    )
    budget = PrivacyBudget(plan)
    for item in schema.privacy_releases:
        budget.record_release(item["name"], item["epsilon"], item["delta"], item["mechanism"])
    return budget, statistics


@dataclass(frozen=True)
class CodecBlock:
    """The codec statistics' noise, from what the budget leaves them (shared by plan and codec).

    ``left`` epsilon and ``delta_left`` as one zCDP block: half the delta converts the summed
    ``rho`` (basic composition), the other half is split over the vocabularies' thresholds.
    """

    rho_each: float
    pure_epsilon: float
    delta_each: float
    conversion_delta: float

    @staticmethod
    def of(left: float, delta_left: float, n_releases: int) -> CodecBlock:
        n = max(1, n_releases)
        rho_each = rho_for(left, delta_left / 2) / n if left > 0 and delta_left > 0 else 0.0
        return CodecBlock(rho_each, pure_epsilon(rho_each) if rho_each > 0 else 0.0, delta_left / 2 / n, delta_left / 2)

    def mu_each(self) -> float:
        """Gaussian-DP ``mu`` that covers any one release (pure-DP ones cost the most)."""
        return max(self.pure_release_mu(), self.gaussian_release_mu())

    def pure_release_mu(self) -> float:
        """Gaussian-DP ``mu`` of one pure-DP release (bounds, quantiles) of this block."""
        return pure_dp_mu(self.pure_epsilon)

    def gaussian_release_mu(self) -> float:
        """Gaussian-DP ``mu`` of one Gaussian-count release (vocabularies) of this block."""
        return gaussian_mu(self.rho_each)

    def mu_squared(self, n_releases: int, n_pure: int) -> float:
        """Sum of ``mu^2`` over ``n_releases`` releases, ``n_pure`` of them pure-DP: each kind at its
        own ``mu`` (exact counting; a pure release costs ~1.57x the ``mu^2`` of a Gaussian one).
        ``n_pure`` above ``n_releases`` counts every release as pure."""
        n_pure = min(max(n_pure, 0), n_releases)
        return n_pure * self.pure_release_mu() ** 2 + (n_releases - n_pure) * self.gaussian_release_mu() ** 2


def _joint_preprocessing(
    schema: TableSchema, privacy: PrivacyParameters, statistics: StatisticsPlan, n_units: int
) -> tuple[float, float] | None:
    """``(mu, threshold delta)`` of all preprocessing releases for the joint accounting, or None
    when one of them has no Gaussian-DP bound (the run then composes basically).

    The schema's releases are made already; the codec's are counted at their own ``mu`` (pure
    ones at ``pure_release_mu``, Gaussian counts at ``gaussian_release_mu``, ``statistics.n_pure`` of them),
    exactly as ``DPCodecStatistics`` will size and record them from the same plan. With
    ``EXACT_RELEASE_MU`` off every release is bounded by the larger (pure) ``mu``.
    """
    epsilon = float(privacy.epsilon)
    delta_total = resolve_delta(n_units) if privacy.delta == "auto" else float(privacy.delta)
    pre_epsilon, pre_delta = epsilon * statistics.share, delta_total * statistics.share
    done = list(schema.privacy_releases)
    if any(float(r["delta"]) > 0 for r in done):
        return None
    mu_squared = sum(pure_dp_mu(float(r["epsilon"])) ** 2 for r in done)
    left = pre_epsilon - sum(float(r["epsilon"]) for r in done)
    if statistics.n_releases > 0 and left > 0:
        block = CodecBlock.of(left, pre_delta, statistics.n_releases)
        if EXACT_RELEASE_MU:
            mu_squared += block.mu_squared(statistics.n_releases, statistics.n_pure)
        else:
            mu_squared += statistics.n_releases * block.mu_each() ** 2
        threshold_delta = block.conversion_delta  # the other half of the delta: the thresholds'
    else:
        threshold_delta = 0.0
    mu = math.sqrt(mu_squared)
    return (mu, threshold_delta) if math.isfinite(mu) else None


def plan_statistics(
    columns: Iterable[tuple[str, str]],
    *,
    n_units: int,
    epsilon: float,
    share: float | str = "auto",
    public_bounds: Mapping[str, object] | None = None,
    public_categories: Mapping[str, object] | None = None,
) -> StatisticsPlan:
    """Releases, share and epsilon per statistic for ``(name, type)`` columns.

    Example:
        >>> cols = [("age", "float"), ("sex", "categorical")] * 9
        >>> plan_statistics(cols, n_units=300, epsilon=8.0)
        StatisticsPlan(n_releases=18, share=0.5, epsilon_each=0.2222222222222222, lean=True, n_pure=9)
        >>> plan_statistics(cols, n_units=30_000, epsilon=8.0).lean
        False
    """
    columns = [(name, str(getattr(kind, "value", kind))) for name, kind in columns]

    def resolve(lean: bool) -> tuple[int, float, float]:
        n = DPCodecStatistics.releases_for_columns(columns, public_bounds, public_categories, lean=lean)
        s = auto_preprocessing_share(n, n_units, epsilon) if share == "auto" else float(share)
        return n, s, epsilon * s / max(n, 1)

    n, s, each = resolve(False)
    lean = n_units * each < LEAN_BELOW_UNITS_EPSILON and any(kind in NUMERIC_KINDS for _, kind in columns)
    if lean:
        n, s, each = resolve(True)
    n_pure = DPCodecStatistics.pure_releases_for_columns(columns, public_bounds, lean=lean)
    return StatisticsPlan(n, s, each, lean, n_pure)


class DPCodecStatistics:
    """Codec statistics with differential privacy; see the module docstring.

    Args:
        budget: the run's budget; its plan's preprocessing epsilon/delta are split evenly.
        n_releases: how many statistics the codec will ask for (``releases_for`` helps).
        seed: seed of the mechanisms' noise.
        max_rows_per_unit: rows one privacy unit may own in the table given to the codec: 1 at
            record level; under entity-level privacy fit the codec on ``truncate_units`` output
            and pass that cut.
        max_tokens_per_record: distinct text tokens counted per record.
        public_bounds / public_categories: user-supplied public metadata per column
            (``privacy.public_bounds`` / ``privacy.public_categories``): used as given, no epsilon spent.
        unit_ids: the privacy unit of every row of the table the codec fits on. Bounds then count
            one random value per unit (sensitivity 1 instead of ``max_rows_per_unit``).
        column_kinds: column name to type (``ColumnType`` value); needed by ``lean`` and for
            integer bounds.
        lean: numeric columns release their bounds only (see ``plan_statistics``).

    The public size behind every mechanism's layout is ``budget.plan.n_units`` (never a count of
    the column's values, which is not public).
    """

    private = True

    def __init__(
        self,
        budget: PrivacyBudget,
        *,
        n_releases: int,
        seed: int,
        max_rows_per_unit: int = 1,
        max_tokens_per_record: int = 64,
        public_bounds: Mapping[str, tuple[float, float]] | None = None,
        public_categories: Mapping[str, Sequence[Hashable]] | None = None,
        unit_ids: np.ndarray | None = None,
        column_kinds: Mapping[str, str] | None = None,
        lean: bool = False,
    ) -> None:
        plan = budget.plan
        left = plan.preprocessing_epsilon - budget.preprocessing_epsilon_spent()
        if n_releases > 0 and left <= 0:
            raise ConfigError(
                "privacy.preprocessing_epsilon_share: 0 leaves no budget for the codec's statistics; "
                "set it above 0 (default 0.1)."
            )
        self.budget = budget
        self.n_releases = max(1, n_releases)
        self.epsilon_each = left / self.n_releases  # the even share (what basic composition gave)
        # zCDP block (privacy.zcdp): half the preprocessing delta converts the summed rho to
        # (epsilon, delta)-DP, the other half is split over the thresholds of the vocabularies.
        # Under joint composition the rho is the same (same statistics); the conversion is the run's.
        delta_left = plan.preprocessing_delta - sum(r.delta for r in budget.releases)
        block = CodecBlock.of(left, delta_left, self.n_releases)
        self.conversion_delta = block.conversion_delta
        self.delta_each = block.delta_each
        self.rho_each = block.rho_each
        self.pure_epsilon = block.pure_epsilon
        self._spent_before = budget.preprocessing_epsilon_spent()
        self.max_rows_per_unit = int(max_rows_per_unit)
        self.max_tokens_per_record = int(max_tokens_per_record)
        self.rng = np.random.default_rng([seed, 0x5AFE])
        self.public_bounds = dict(public_bounds or {})
        self.public_categories = dict(public_categories or {})
        self.unit_ids = None if unit_ids is None else np.asarray(unit_ids)
        self.column_kinds = {k: str(getattr(v, "value", v)) for k, v in (column_kinds or {}).items()}
        self.lean = bool(lean)
        self.n_public = int(plan.n_units)
        self.empty_columns: list[str] = []
        self._column: str | None = None
        self._bounds: tuple[float, float] | None = None
        self._calls = 0

    def for_column(self, name: str) -> DPCodecStatistics:
        """Answer the next calls for column ``name`` (its public metadata applies)."""
        self._column = name
        self._bounds = None
        return self

    @staticmethod
    def releases_for(kinds: Iterable[str]) -> int:
        """Statistics the built-in codec computes for columns of these types (``ColumnType`` values)."""
        return DPCodecStatistics.releases_for_columns(("", kind) for kind in kinds)

    @staticmethod
    def releases_for_columns(
        columns: Iterable[tuple[str, str]],
        public_bounds: Mapping[str, object] | None = None,
        public_categories: Mapping[str, object] | None = None,
        *,
        lean: bool = False,
    ) -> int:
        """Like ``releases_for`` for ``(name, type)`` pairs, minus what public metadata answers."""
        total = 0
        for name, kind in columns:
            kind = str(getattr(kind, "value", kind))
            n = 1 if lean and kind in NUMERIC_KINDS else RELEASES_PER_KIND.get(kind, 0)
            if public_bounds and name in public_bounds and kind in ("integer", "float", "datetime"):
                n -= 1
            if public_categories and name in public_categories and kind == "categorical":
                n -= 1
            total += n
        return total

    @staticmethod
    def pure_releases_for_columns(
        columns: Iterable[tuple[str, str]],
        public_bounds: Mapping[str, object] | None = None,
        *,
        lean: bool = False,
    ) -> int:
        """How many of ``releases_for_columns``'s statistics are pure-DP (bounds, quantiles).

        Mirrors the codec under DP: a numeric column releases bounds and bin quantiles (lean:
        bounds only; quantiles are Gaussian under ``GAUSSIAN_QUANTILES``), a datetime column its
        year bounds; public bounds answer the bounds.
        Overcounting is safe (the plan's ``mu`` is then a bound); undercounting would make the
        budget refuse a release, which ``tests/privacy`` checks cannot happen.

        Example:
            >>> DPCodecStatistics.pure_releases_for_columns([("a", "float"), ("c", "categorical")])
            1
            >>> DPCodecStatistics.pure_releases_for_columns([("a", "float")], {"a": (0, 1)}, lean=True)
            0
        """
        total = 0
        for name, kind in columns:
            kind = str(getattr(kind, "value", kind))
            n = PURE_RELEASES_PER_KIND.get(kind, 0)
            if kind in NUMERIC_KINDS and (lean or GAUSSIAN_QUANTILES):
                n = 1  # the bounds; lean: no quantile release, else a Gaussian one
            if n and public_bounds and name in public_bounds and kind in ("integer", "float", "datetime"):
                n -= 1
            total += n
        return total

    # -- the CodecStatistics interface -------------------------------------------------------
    def _kind(self) -> str:
        return self.column_kinds.get(self._column or "", "")

    def frequent_values(self, values: Sequence[Hashable], min_count: int) -> dict[Hashable, int]:
        """Values with a noisy count over the DP threshold (never one held by a single unit)."""
        if self._column in self.public_categories:
            return {value: 0 for value in self.public_categories[self._column]}
        if self.lean and self._kind() in NUMERIC_KINDS:
            return {}  # lean plan: numeric exact values get no token, nothing released
        result = dp_category_vocabulary(
            values,
            self.pure_epsilon,
            delta=self.delta_each,
            rng=self.rng,
            max_rows_per_unit=self.max_rows_per_unit,
            min_count=max(2, int(min_count)),
            rho=self.rho_each,
        )
        self._record("frequent_values", self.delta_each, "thresholded Gaussian counts", gaussian=True)
        return result

    def bounds(self, values: np.ndarray, quantile: float) -> tuple[float, float]:
        """DP range covering all but ~``quantile`` of each tail (or the column's public bounds).

        Returns ``(nan, nan)`` when the mechanism finds no range (too few units for the
        epsilon): the encoders then generate the column empty, and ``empty_columns`` lists it.
        Pass one value per row of the fitted table (NaN for missing) to count units, not rows.
        """
        if self._column in self.public_bounds:
            lo, hi = (float(v) for v in self.public_bounds[self._column])
            self._bounds = (lo, hi)
            return lo, hi
        values = np.asarray(values, dtype=float)
        by_unit = self.unit_ids is not None and len(self.unit_ids) == len(values)
        found = dp_bounds(
            values,
            self.pure_epsilon,
            self.rng,
            unit_ids=self.unit_ids if by_unit else None,
            max_values_per_unit=1 if by_unit else self.max_rows_per_unit,
            tail=float(quantile),
            integer=self._kind() in ("integer", "datetime"),
            n_public=self.n_public,
        )
        self._record("bounds", 0.0, "Laplace magnitude histogram + exponential-mechanism quantiles")
        if found is None:
            self.empty_columns.append(self._column or "?")
            logger.warning(
                "privacy: column %r: too few privacy units for a DP range at epsilon %.3g per statistic; "
                "it is generated empty. Give its range in privacy.public_bounds or raise privacy.epsilon.",
                self._column,
                self.pure_epsilon,
            )
            self._bounds = (math.nan, math.nan)
            return math.nan, math.nan
        self._bounds = found
        return found

    def quantiles(self, values: np.ndarray, levels: np.ndarray) -> np.ndarray:
        """DP quantiles inside the last DP bounds; levels 0 and 1 are those bounds themselves."""
        if self._bounds is None:
            self.bounds(values, 0.0)
        assert self._bounds is not None
        lo, hi = self._bounds
        levels = np.asarray(levels, dtype=float)
        out = np.where(levels <= 0, lo, hi).astype(float)
        inner = (levels > 0) & (levels < 1)
        if inner.any() and self.lean and self._kind() in NUMERIC_KINDS:
            out[inner] = lo + levels[inner] * (hi - lo)  # evenly spaced: post-processing of the bounds
        elif inner.any() and lo < hi:
            gaussian = GAUSSIAN_QUANTILES
            out[inner] = dp_quantiles(
                np.asarray(values, dtype=float),
                levels[inner].tolist(),
                self.pure_epsilon,
                (lo, hi),
                self.rng,
                max_values_per_unit=self.max_rows_per_unit,
                n_public=self.n_public * self.max_rows_per_unit,
                rho=self.rho_each if gaussian else None,
            )
            mechanism = "Gaussian histogram" if gaussian else "Laplace histogram / exponential mechanism"
            self._record("quantiles", 0.0, mechanism, gaussian=gaussian)
        elif inner.any():
            out[inner] = lo  # a single-point range: nothing to learn, nothing spent
        return out

    def token_record_counts(self, token_sets: Sequence[set[int]]) -> dict[int, int]:
        """Noisy record counts of text tokens over the DP threshold.

        DP only if the token ids come from a data-independent tokenizer (see ``dp_token_vocabulary``).
        """
        result = dp_item_counts(
            [sorted(s) for s in token_sets],
            self.pure_epsilon,
            delta=self.delta_each,
            rng=self.rng,
            max_items_per_row=self.max_tokens_per_record,
            max_rows_per_unit=self.max_rows_per_unit,
            rho=self.rho_each,
        )
        self._record("token_record_counts", self.delta_each, "thresholded Gaussian counts", gaussian=True)
        return result

    def _record(self, kind: str, delta: float, mechanism: str, *, gaussian: bool = False) -> None:
        """Charge the release its marginal cost in the zCDP block: after ``k`` releases the items
        sum to ``epsilon_for(k * rho_each)`` exactly (the conversion is concave, so an even share
        would under-charge a block that stops early). Under basic composition the first also
        carries the conversion delta; under joint composition the release carries its Gaussian-DP
        ``mu`` instead (exact for the Gaussian counts, the pure-DP bound for the others) and only
        its threshold's delta."""
        self._calls += 1
        k = self._calls
        before = epsilon_for((k - 1) * self.rho_each, self.conversion_delta)
        epsilon = epsilon_for(k * self.rho_each, self.conversion_delta) - before
        note = f"{mechanism}; rho {self.rho_each:.3g} (zCDP, block of {self.n_releases})"
        if self.budget.plan.joint:
            mu = gaussian_mu(self.rho_each) if gaussian else pure_dp_mu(self.pure_epsilon)
            self.budget.record_release(f"{kind}#{k}", epsilon, delta, note, mu=mu)
            return
        delta = delta + (self.conversion_delta if k == 1 else 0.0)
        self.budget.record_release(f"{kind}#{k}", epsilon, delta, note)
