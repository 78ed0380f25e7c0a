"""The built-in model's differentially private path: the ``privacy`` package wired to the trainer.

With ``privacy.dp_enabled`` the backend asks :func:`plan_dp_training` for everything that
differs from plain training, in one place:

- the privacy units (records, or entities of ``data.group_training_examples_by``) and the budget
  plan (noise multiplier solved for ``privacy.epsilon`` over the planned DP-SGD steps);
- DP codec statistics charged to the budget's preprocessing share, computed on at most
  ``privacy.entity_row_cap`` random rows per entity (the sensitivity those mechanisms assume);
- Poisson sampling of units and per-unit clipped, noised steps (``privacy.training``).

The schema (column names, types, datetime formats, decimals) is treated as public metadata, as
in every DP synthesizer: set ``data.column_types`` and ``data.datetime_formats`` to fix it from
public knowledge rather than from the data. ``privacy.public_bounds`` (numeric ranges; years for
datetimes) and ``privacy.public_categories`` replace the matching DP statistics and leave their
epsilon to the others, which matters most for small tables.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
from torch import nn

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.schema import TableSchema
from safe_synthesizer.errors import ConfigError
from safe_synthesizer.models.builtin.defaults import DP_AVERAGE_SHARE, BuiltinDefaults, resolve_training_defaults
from safe_synthesizer.privacy import (
    DPCodecStatistics,
    PrivacyBudget,
    PrivacyUnits,
    privacy_units,
    truncate_units,
)
from safe_synthesizer.privacy.codec_statistics import plan_run_budget
from safe_synthesizer.privacy.dp_sgd import DataParallel
from safe_synthesizer.privacy.training import DPStepFunction, PoissonBatches


@dataclass
class DPTraining:
    """What a DP run trains with; ``budget.summary()`` is the run's itemised privacy spend."""

    defaults: BuiltinDefaults
    units: PrivacyUnits
    budget: PrivacyBudget
    statistics: DPCodecStatistics
    codec_rows: np.ndarray
    seed: int

    @property
    def max_epochs(self) -> int:
        """Epochs the trainer must allow so that every planned step can be taken."""
        per_epoch = max(1, round(1 / self.budget.plan.sample_rate))
        return max(1, math.ceil(self.budget.plan.steps / per_epoch))

    def batches_and_step(
        self, model: nn.Module, weight_decay: float, replicas: DataParallel | None = None
    ) -> tuple[PoissonBatches, DPStepFunction]:
        """The trainer's batch source and step function for this plan (``replicas``: under torchrun)."""
        plan = self.budget.plan
        batches = PoissonBatches(self.units.ids, plan, seed=self.seed, budget=self.budget)
        step = DPStepFunction(
            model,
            batches,
            plan,
            budget=self.budget,
            weight_decay=weight_decay,
            seed=self.seed,
            average_steps=DP_AVERAGE_SHARE * plan.steps,
            replicas=replicas,
        )
        return batches, step


def plan_dp_training(
    training: pd.DataFrame, schema: TableSchema, params: SafeSynthesizerParameters, seed: int
) -> DPTraining:
    """Resolve the DP training settings, solve the budget for them and build the DP statistics."""
    p = params.privacy
    units = privacy_units(training, params.data.group_training_examples_by)
    defaults = resolve_training_defaults(params, len(training), units.n_units)
    _check_public_metadata(p.public_bounds, p.public_categories, schema)
    budget, stats_plan = plan_run_budget(
        schema,
        p,
        n_units=units.n_units,
        unit=units.label,
        expected_units_per_step=min(defaults.batch_size, units.n_units),
        epochs=defaults.epochs,
    )
    row_cap = 1 if units.label == "record" else p.entity_row_cap
    # At entity level the statistics must see at most ``row_cap`` rows of each entity: the
    # sensitivity the mechanisms are told (``max_rows_per_unit``).
    rows = np.arange(len(training)) if units.label == "record" else truncate_units(units.ids, row_cap, seed)
    statistics = DPCodecStatistics(
        budget,
        n_releases=stats_plan.n_releases,
        seed=seed,
        max_rows_per_unit=row_cap,
        public_bounds=p.public_bounds,
        public_categories=p.public_categories,
        # Entity level: bounds count one value per entity (sensitivity 1, not row_cap).
        unit_ids=None if units.label == "record" else units.ids[rows],
        column_kinds={c.name: str(c.type.value) for c in schema.columns},
        lean=stats_plan.lean,
    )
    return DPTraining(defaults, units, budget, statistics, codec_rows=rows, seed=seed)


def _check_public_metadata(
    bounds: dict[str, tuple[float, float]], categories: dict[str, list[str]], schema: TableSchema
) -> None:
    for key, names in (("privacy.public_bounds", bounds), ("privacy.public_categories", categories)):
        unknown = [n for n in names if n not in schema.names]
        if unknown:
            raise ConfigError(f"{key}: column(s) {unknown} are not in the data; columns are {schema.names}")
    for name, (low, high) in bounds.items():
        if not low <= high:
            raise ConfigError(f"privacy.public_bounds.{name}: [{low}, {high}] must have low <= high")
