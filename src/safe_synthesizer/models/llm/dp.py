"""DP-SGD on the LoRA weights: the project's privacy machinery wired to the LoRA trainer.

The plan is the built-in path's, term for term: privacy units from ``privacy_units`` (records, or
entities of ``data.group_training_examples_by``) and the budget from the same ``plan_run_budget``
(preprocessing share, noise multiplier for the batch size and epochs, the schema's releases), so
the same settings give the same accounting. The share
pays for the DP facts of the record grammar (categories and numeric bounds through
``DPCodecStatistics``); the rest pays for DP-SGD.

Training examples hold exactly one privacy unit each (one record, or one entity's records), so a
Poisson sample of units is a sample of examples. Each step runs one forward over the sampled
examples, computes each example's loss, and ``privacy.dp_sgd.DPStep`` clips each unit's gradient
and adds Gaussian noise. Only the LoRA weights are trainable, so only they receive the noisy
gradient; the frozen base model is public.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import torch

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.schema import TableSchema
from safe_synthesizer.privacy import DPCodecStatistics, PrivacyBudget, PrivacyUnits, privacy_units
from safe_synthesizer.privacy.codec_statistics import plan_run_budget
from safe_synthesizer.privacy.dp_sgd import DPStep
from safe_synthesizer.privacy.training import PoissonBatches

from .examples import Example
from .trainer import collate, per_example_loss


@dataclass
class LoraDPPlan:
    """A DP LoRA run: units, the solved budget and the DP statistics for the record grammar."""

    units: PrivacyUnits
    budget: PrivacyBudget
    statistics: DPCodecStatistics
    batch_size: int
    epochs: int
    seed: int

    @property
    def steps(self) -> int:
        return self.budget.plan.steps


def plan_lora_dp(
    training: pd.DataFrame,
    schema: TableSchema,
    params: SafeSynthesizerParameters,
    *,
    batch_size: int,
    epochs: int,
    seed: int,
) -> LoraDPPlan:
    """Solve the budget exactly as the built-in DP path does for ``batch_size`` units and ``epochs``."""
    p = params.privacy
    units = privacy_units(training, params.data.group_training_examples_by)
    batch = max(1, min(batch_size, units.n_units))
    budget, stats_plan = plan_run_budget(
        schema, p, n_units=units.n_units, unit=units.label, expected_units_per_step=batch, epochs=epochs
    )
    statistics = DPCodecStatistics(
        budget,
        n_releases=stats_plan.n_releases,
        seed=seed,
        # The grammar's statistics see one row per unit (``one_row_per_unit``): sensitivity 1.
        max_rows_per_unit=1,
        public_bounds=p.public_bounds,
        public_categories=p.public_categories,
        column_kinds={c.name: str(c.type.value) for c in schema.columns},
        lean=stats_plan.lean,
    )
    return LoraDPPlan(units, budget, statistics, batch, epochs, seed)


def one_row_per_unit(training: pd.DataFrame, units: PrivacyUnits, seed: int) -> pd.DataFrame:
    """At entity level the grammar statistics see one random row per entity (sensitivity 1)."""
    if units.label == "record":
        return training
    rng = np.random.default_rng([seed, 5])
    order = np.lexsort((rng.random(len(units.ids)), units.ids))
    first = order[np.r_[True, units.ids[order][1:] != units.ids[order][:-1]]]
    return training.iloc[np.sort(first)].reset_index(drop=True)


class LoraDPStep:
    """One DP-SGD step per call: Poisson-sample units, per-example losses, clipped noisy update."""

    def __init__(
        self,
        model: torch.nn.Module,
        examples: Sequence[Example],
        plan: LoraDPPlan,
        *,
        pad_id: int,
        learning_rate: float,
    ) -> None:
        budget_plan = plan.budget.plan
        if budget_plan.max_grad_norm is None:
            raise ValueError("the budget plan needs max_grad_norm (privacy.per_sample_max_grad_norm)")
        self.model = model
        self.examples = list(examples)
        self.unit_of_example = np.array([e.unit for e in self.examples], dtype=np.int64)
        if len(np.unique(self.unit_of_example)) != len(self.examples):
            raise ValueError("under DP every training example must hold exactly one privacy unit")
        self.batches = PoissonBatches(self.unit_of_example, budget_plan, seed=plan.seed, budget=plan.budget)
        trainable = [p for p in model.parameters() if p.requires_grad]
        self.optimizer = torch.optim.AdamW(trainable, lr=learning_rate, weight_decay=0.0)
        self.dp = DPStep(
            model,
            self.optimizer,
            noise_multiplier=budget_plan.noise_multiplier,
            max_grad_norm=budget_plan.max_grad_norm,
            expected_units_per_step=budget_plan.expected_units_per_step,
            generator=torch.Generator().manual_seed(int(np.random.SeedSequence([plan.seed, 7]).generate_state(1)[0])),
            mode="ghost",
        )
        self.budget = plan.budget
        self.pad_id = pad_id
        self._iter = self._batches()
        self.clipped_shares: list[float] = []

    def _batches(self):
        epoch = 0
        while True:
            produced = False
            for rows in self.batches.epoch(epoch):
                produced = True
                yield rows
            if not produced:
                return
            epoch += 1

    def __call__(self, step: int, lr: float) -> float:
        for group in self.optimizer.param_groups:
            group["lr"] = lr
        rows = next(self._iter, None)
        if rows is None:  # the budget's planned steps are all taken
            return math.nan
        loss = math.nan
        if len(rows):
            ids, labels, mask = collate([self.examples[i] for i in rows], self.pad_id)
            # float32: the clipping hooks sum per-example gradients in the activations' dtype.
            per_example = per_example_loss(self.model, ids, labels, mask, fast_cpu=False)
            stats = self.dp.step(per_example, torch.from_numpy(self.unit_of_example[rows]).to(per_example.device))
            loss = float(per_example.detach().mean())
        else:
            stats = self.dp.step(None, None)
        self.clipped_shares.append(stats.clipped_share)
        self.budget.record_step()
        return loss
