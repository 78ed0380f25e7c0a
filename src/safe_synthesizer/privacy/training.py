"""DP pieces shaped for the built-in trainer: a Poisson batch source and a DP step function.

``models.builtin.trainer.train_model`` takes a ``BatchSource`` (``epoch(i)`` yields row-index
batches, ``steps_per_epoch()``) and a ``StepFunction`` (``optimizer`` attribute; called as
``step(model, tokens, ranks, lr) -> mean loss``). These two classes implement them with Poisson
sampling of privacy units and per-unit DP-SGD, and stop at the planned number of steps::

    plan = plan_budget(epsilon=..., delta="auto", n_units=units.n_units, unit=units.label,
                       expected_units_per_step=batch, epochs=epochs, max_grad_norm=C)
    budget = PrivacyBudget(plan)
    batches = PoissonBatches(units.ids, plan, seed=seed, budget=budget)
    step = DPStepFunction(model, batches, plan, budget=budget, weight_decay=wd, seed=seed)
    train_model(model, tokens, None, settings, ckpt_dir, batches=batches, step=step)
    budget.summary()  # the manifest's privacy block

Under DP the trainer must not pick checkpoints or stop early on losses of private rows (that
choice would escape the accounting): no validation split, no loss-based early stopping.

Under ``torchrun`` pass ``replicas`` (the ``DistributedContext``): every rank draws the same
global Poisson batch (same secret seed), the trainer hands the step the whole batch and the step
keeps this rank's units (``sampling.unit_aligned_part``); ``DPStep`` sums the clipped gradients
over the ranks and adds rank 0's noise once, so the plan and its epsilon are the one-process ones.

Weight averaging: with ``average_steps`` the step function keeps an exponential moving average
of the weights (time constant ``average_steps`` steps) and writes it into the model after the
last planned step, so the trainer keeps the average. Averaging DP iterates is post-processing
(no privacy cost) and cancels part of the gradient noise the last iterates carry (De et al.
2022, "Unlocking high-accuracy differentially private image classification through scale").
"""

from __future__ import annotations

import math
from collections.abc import Iterator

import numpy as np
import torch
from torch import nn

from safe_synthesizer.privacy.budget import BudgetPlan, PrivacyBudget
from safe_synthesizer.privacy.dp_sgd import DataParallel, DPStep, DPStepStats
from safe_synthesizer.privacy.sampling import PoissonUnitSampler, unit_aligned_part


class PoissonBatches:
    """``BatchSource``: Poisson-sampled units, ``round(1 / q)`` steps per epoch, budget-capped.

    Args:
        unit_ids: one unit id per training row (``PrivacyUnits.ids`` of the rows trained on).
        plan: the budget plan (gives the sample rate).
        seed: sampling seed; epoch ``i`` uses ``[seed, i]``.
        budget: if given, batches stop once its planned steps are taken.
    """

    def __init__(
        self, unit_ids: np.ndarray, plan: BudgetPlan, *, seed: int, budget: PrivacyBudget | None = None
    ) -> None:
        self.unit_ids = np.asarray(unit_ids)
        self.plan = plan
        self.seed = seed
        self.budget = budget
        self.last_rows = np.zeros(0, dtype=np.int64)

    def steps_per_epoch(self) -> int:
        return max(1, round(1 / self.plan.sample_rate))

    def epoch(self, epoch: int) -> Iterator[np.ndarray]:
        sampler = PoissonUnitSampler(
            self.unit_ids, self.plan.sample_rate, self.steps_per_epoch(), seed=self._seed(epoch)
        )
        for rows in sampler:
            if self.budget is not None and not self.budget.can_take_step():
                return
            self.last_rows = rows
            yield rows

    def _seed(self, epoch: int) -> int:
        return int(np.random.SeedSequence([self.seed, epoch]).generate_state(1)[0])


class DPStepFunction:
    """``StepFunction``: AdamW on the DP-SGD gradient of the batch ``PoissonBatches`` just yielded.

    The unit of each row comes from ``batches.last_rows`` (the trainer passes only tokens).
    Empty batches still take a noise-only step, as the accounting assumes. With ``replicas``
    (several processes) it is called with the global batch and trains on this rank's units.
    """

    def __init__(
        self,
        model: nn.Module,
        batches: PoissonBatches,
        plan: BudgetPlan,
        *,
        budget: PrivacyBudget,
        weight_decay: float = 0.0,
        seed: int = 0,
        mode: str = "ghost",
        average_steps: float | None = None,
        replicas: DataParallel | None = None,
    ) -> None:
        if plan.max_grad_norm is None:
            raise ValueError("the budget plan needs max_grad_norm (privacy.per_sample_max_grad_norm)")
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=weight_decay)
        self.dp = DPStep(
            model,
            self.optimizer,
            noise_multiplier=plan.noise_multiplier,
            max_grad_norm=plan.max_grad_norm,
            expected_units_per_step=plan.expected_units_per_step,
            generator=torch.Generator().manual_seed(int(np.random.SeedSequence([seed, 7]).generate_state(1)[0])),
            mode=mode,  # type: ignore[arg-type]
            replicas=replicas,
        )
        self.replicas = replicas if replicas is not None and replicas.world_size > 1 else None
        self.batches = batches
        self.budget = budget
        self.last_stats: DPStepStats | None = None
        self._last_loss = math.nan
        self._model = model
        self._decay = None if not average_steps or average_steps <= 1 else 1.0 - 1.0 / float(average_steps)
        self._average: list[torch.Tensor] | None = None

    @property
    def takes_global_batch(self) -> bool:
        """True under data parallelism: the trainer passes the whole batch, not a row slice."""
        return self.replicas is not None

    def __call__(self, model: nn.Module, tokens: torch.Tensor, ranks: torch.Tensor, lr: float) -> float:
        for group in self.optimizer.param_groups:
            group["lr"] = lr
        rows = self.batches.last_rows
        if len(rows) != len(tokens):
            raise RuntimeError("DPStepFunction must be used with the PoissonBatches that produced the batch")
        if self.replicas is not None:
            part = unit_aligned_part(self.batches.unit_ids[rows], self.replicas.rank, self.replicas.world_size)
            rows, tokens, ranks = rows[part], tokens[part], ranks[part]
        if len(rows):
            loss = model.record_loss(tokens, ranks)  # type: ignore[operator]
            self.last_stats = self.dp.step(loss, torch.from_numpy(self.batches.unit_ids[rows]))
        else:
            self.last_stats = self.dp.step(None, None)
        if self.last_stats.num_rows:  # the whole batch's rows, on every rank
            self._last_loss = self.last_stats.loss_sum / self.last_stats.num_rows
        self.budget.record_step()
        self._update_average()
        # An empty batch has no loss of its own: report the last one, for progress display only.
        return self._last_loss

    def _update_average(self) -> None:
        """Fold the new weights into the moving average; after the last planned step, load it."""
        if self._decay is None:
            return
        params = [p.detach() for p in self._model.parameters()]
        if self._average is None:
            self._average = [p.clone() for p in params]
        else:
            with torch.no_grad():
                for avg, p in zip(self._average, params, strict=True):
                    avg.lerp_(p, 1.0 - self._decay)
        if not self.budget.can_take_step():
            with torch.no_grad():
                for avg, p in zip(self._average, params, strict=True):
                    p.copy_(avg)
