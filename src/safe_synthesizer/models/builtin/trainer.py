"""Training loop of the built-in model: batches, optimisation step, early stopping, checkpoints.

The two pieces a differentially private trainer replaces are separate and small:
``BatchSource`` (which records form each step: here shuffled fixed-size batches; under DP,
Poisson sampling of privacy units) and ``StepFunction`` (one optimisation step from a batch:
here plain AdamW on the mean of per-record losses; under DP, per-unit clipping plus noise).
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np
import torch

from safe_synthesizer.models.builtin.distributed import DistributedContext
from safe_synthesizer.models.builtin.model import SlotModel
from safe_synthesizer.observability import progress_bar
from safe_synthesizer.utils.checkpoints import fingerprint_of, load_checkpoint, save_checkpoint

logger = logging.getLogger(__name__)

CHECKPOINT_WEIGHTS = "checkpoint.safetensors"
# Time budget (``max_seconds``): the first CALIBRATION_STEPS steps of a run (inside the warm-up,
# whose rate does not depend on the plan) are timed, and the budget becomes a step budget from
# then on. The schedule and the stop then depend on steps alone, so a run whose planned steps fit
# the budget is the same on every rerun however loaded the machine is; only a run that the budget
# cuts depends on the measured speed (it says so: ``TrainOutcome.reproducible``). Steps are
# planned to fill BUDGET_SHARE of the remaining budget (validation and checkpoints take the rest).
CALIBRATION_STEPS = 30
BUDGET_SHARE = 0.85
CHECKPOINT_STATE = "checkpoint.json"
# Without a terminal (logs, CI, a batch job) a progress line every this many seconds.
PROGRESS_SECONDS = 30.0


@dataclass
class TrainSettings:
    """Resolved optimisation settings (no ``auto`` left)."""

    learning_rate: float
    batch_size: int
    max_epochs: int
    patience: int = 4
    max_seconds: float | None = None
    warmup_steps: int = 100
    weight_decay: float = 1e-4
    any_order_share: float = 0.5
    seed: int = 0
    # False under DP: losses of private rows are not noised, so they go to no log, bar or history.
    report_losses: bool = True
    progress_seconds: float = PROGRESS_SECONDS


@dataclass
class TrainOutcome:
    """What the loop reports."""

    epochs: int
    steps: int
    best_val_loss: float | None
    train_loss: float
    seconds: float
    stopped_by: str
    resumed_from_epoch: int = 0
    history: list[dict] = field(default_factory=list)
    # Steps the schedule planned for (the epochs' steps, or fewer when the time budget's
    # calibration cut them) and the measured seconds per step that decided it.
    planned_steps: int = 0
    step_budget: int | None = None
    seconds_per_step: float | None = None

    @property
    def reproducible(self) -> bool:
        """Whether the same seed and settings give this model again on this machine: not when the
        time budget, whose step count follows the machine's speed, ended or shortened the run."""
        return self.stopped_by != "max_training_time" and not self.budget_binds

    @property
    def budget_binds(self) -> bool:
        return self.step_budget is not None and self.step_budget < self.planned_steps

    def budget_note(self) -> str | None:
        """One line for the console and the manifest when the time budget decided the steps."""
        if self.reproducible:
            return None
        what = (f"training stopped by the time budget (training.max_training_time) at step {self.steps}"
                if self.stopped_by == "max_training_time"
                else f"the time budget (training.max_training_time) planned {self.step_budget} steps")
        return (f"{what} of the {self.planned_steps} the epochs plan; that step count follows the machine's "
                "speed, so runs with the same seed are reproducible only without a time cap "
                "(training.max_training_time: null)")


class BatchSource(Protocol):
    """Row-index batches of one epoch; deterministic in (seed, epoch)."""

    def epoch(self, epoch: int) -> Iterator[np.ndarray]: ...

    def steps_per_epoch(self) -> int: ...


@dataclass
class ShuffledBatches:
    """Each epoch a fresh permutation of the rows cut into batches (the last one may be short)."""

    n_rows: int
    batch_size: int
    seed: int

    def epoch(self, epoch: int) -> Iterator[np.ndarray]:
        perm = np.random.default_rng([self.seed, epoch, 1]).permutation(self.n_rows)
        for start in range(0, self.n_rows, self.batch_size):
            yield perm[start : start + self.batch_size]

    def steps_per_epoch(self) -> int:
        return max(1, math.ceil(self.n_rows / self.batch_size))


class StepFunction(Protocol):
    """One optimisation step on a batch; returns the batch's mean record loss."""

    optimizer: torch.optim.Optimizer

    def __call__(self, model: SlotModel, tokens: torch.Tensor, ranks: torch.Tensor, lr: float) -> float: ...


class AdamWStep:
    """AdamW on the mean of per-record losses (never a token mean: DP needs per-record terms).

    Under ``torchrun`` (``context.world_size > 1``) each rank gets its slice of the global batch;
    the summed losses and gradients are all-reduced and divided by the global batch size, so every
    rank takes the step one process would take on the whole batch (same loss curve).
    """

    def __init__(self, model: SlotModel, weight_decay: float, context: DistributedContext | None = None) -> None:
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=weight_decay, fused=True)
        self.context = context or DistributedContext()
        self.global_count: int | None = None

    def __call__(self, model: SlotModel, tokens: torch.Tensor, ranks: torch.Tensor, lr: float) -> float:
        for group in self.optimizer.param_groups:
            group["lr"] = lr
        self.optimizer.zero_grad(set_to_none=True)
        if self.context.world_size == 1:
            loss = model.record_loss(tokens, ranks).mean()
            loss.backward()
            self.optimizer.step()
            return float(loss.detach())
        total = model.record_loss(tokens, ranks).sum() if len(tokens) else torch.zeros(())
        count = self.global_count or len(tokens)
        (total / count).backward()
        loss_sum = self.context.all_reduce_gradients(model, float(total.detach()))
        self.optimizer.step()
        return loss_sum / count


def random_ranks(model: SlotModel, n: int, share: float, rng: np.random.Generator) -> torch.Tensor:
    """Per-record column ranks: the table order, or with probability ``share`` a random order of
    the flat columns (text columns stay last).

    Fully random orders teach conditioning better than orders that only move a subset of
    columns to the front (measured on adult: P(Husband | Female) 0.08 vs 0.25 at share 0.5).
    """
    n_cols = model.config.n_columns
    flat = np.asarray(model.flat_columns, dtype=np.int64)
    ranks = np.tile(np.arange(n_cols, dtype=np.int64), (n, 1))
    if len(flat) > 1 and share > 0:
        shuffled = rng.random(n) < share
        k = int(shuffled.sum())
        random_rank = np.argsort(np.argsort(rng.random((k, len(flat))), axis=1), axis=1)
        sub = ranks[shuffled]
        sub[:, flat] = random_rank
        ranks[shuffled] = sub
    return torch.from_numpy(ranks)


def canonical_ranks(model: SlotModel, n: int) -> torch.Tensor:
    return torch.arange(model.config.n_columns).unsqueeze(0).expand(n, -1)


@torch.no_grad()
def evaluate(model: SlotModel, tokens: torch.Tensor, batch_size: int = 4096) -> float:
    """Mean record loss in the table's column order."""
    model.eval()
    total = 0.0
    for start in range(0, len(tokens), batch_size):
        chunk = tokens[start : start + batch_size]
        total += float(model.record_loss(chunk, canonical_ranks(model, len(chunk))).sum())
    model.train()
    return total / max(1, len(tokens))


def train_model(
    model: SlotModel,
    train_tokens: np.ndarray,
    val_tokens: np.ndarray | None,
    settings: TrainSettings,
    checkpoint_dir: Path,
    *,
    batches: BatchSource | None = None,
    step: StepFunction | None = None,
    fingerprint: str = "",
    on_epoch: Callable[[int], None] | None = None,
    context: DistributedContext | None = None,
) -> TrainOutcome:
    """Fit ``model`` in place.

    With validation tokens: keeps the weights with the best validation loss, halves the learning
    rate when it stalls and stops after ``patience`` epochs without improvement. Without them:
    runs ``max_epochs`` on the schedule and keeps the last weights. Always stops at
    ``max_seconds``, within an epoch if need be (a large table may not finish one), and decays
    the learning rate by elapsed time when the budget, not the epochs, will end the run. Resumes
    from ``checkpoint_dir`` when it holds a checkpoint with the same ``fingerprint`` (epochs are
    deterministic in (seed, epoch), so a resumed run ends identical). Under ``torchrun``
    (``context``) every rank runs this with the same arguments; see ``AdamWStep``.
    """
    context = context or DistributedContext()
    torch.manual_seed(settings.seed)
    batches = batches or ShuffledBatches(len(train_tokens), settings.batch_size, settings.seed)
    step = step or AdamWStep(model, settings.weight_decay, context)
    # A step that splits the global batch itself (DP-SGD: along privacy units) says so.
    global_batch_step = bool(getattr(step, "takes_global_batch", False))
    if context.world_size > 1 and not (isinstance(step, AdamWStep) or global_batch_step):
        raise ValueError("data-parallel training needs AdamWStep or a step given the context (DPStepFunction)")
    # int64 arrays are indexed as tensors; compact or memory-mapped ones (``data.token_store``)
    # are read per batch and widened there, so the table is never copied whole.
    train_t = torch.from_numpy(train_tokens) if _is_int64_array(train_tokens) else None
    val_t = (torch.from_numpy(np.asarray(val_tokens, dtype=np.int64))
             if val_tokens is not None and len(val_tokens) else None)
    state = {"epoch": 0, "steps": 0, "bad_epochs": 0, "lr_scale": 1.0, "best_val": None, "seconds": 0.0,
             "step_budget": None, "seconds_per_step": None}
    history: list[dict] = []
    best = {k: v.detach().clone() for k, v in model.state_dict().items()}
    resumed = _load_checkpoint(checkpoint_dir, fingerprint, model, step.optimizer)
    if resumed is not None:
        state, history, best = resumed
        state.setdefault("step_budget", None)
        state.setdefault("seconds_per_step", None)
        logger.info("resuming training from epoch %d", state["epoch"])
    resumed_from = state["epoch"]
    per_epoch = batches.steps_per_epoch()
    started = time.monotonic() - state["seconds"]
    stopped_by = "max_epochs"
    train_loss = math.nan
    lr = 0.0
    model.train()
    total_steps = settings.max_epochs * per_epoch
    calibration = _Calibration(settings, per_epoch, total_steps, state, context)
    progress = _ProgressLog(settings, total_steps, per_epoch, started, enabled=context.is_main)
    out_of_time = False
    with progress_bar("training", total=total_steps) as bar:
        if bar:
            bar.update(bar.task_ids[0], completed=state["epoch"] * per_epoch)
        while state["epoch"] < settings.max_epochs:
            epoch = state["epoch"]
            rng = np.random.default_rng([settings.seed, epoch, 2])
            losses = []
            for rows in batches.epoch(epoch):
                elapsed = time.monotonic() - started
                calibration.observe(state["steps"], elapsed)
                # The step budget (see CALIBRATION_STEPS) ends the run; the wall clock only as a
                # last resort, when the machine slowed down after the calibration.
                over_steps = state["step_budget"] is not None and state["steps"] >= state["step_budget"]
                if over_steps or (settings.max_seconds and context.any(elapsed > settings.max_seconds)):
                    out_of_time = True
                    break
                lr = settings.learning_rate * state["lr_scale"] * _schedule(
                    state["steps"], settings, per_epoch, planned=state["step_budget"])
                # Column orders for the whole global batch, then this rank's slice: every rank
                # draws the same random numbers as one process would.
                ranks = random_ranks(model, len(rows), settings.any_order_share, rng)
                if context.world_size > 1 and not global_batch_step:
                    step.global_count = len(rows)
                    part = context.slice(len(rows))
                    rows, ranks = rows[part], ranks[part]
                batch = (train_t[torch.from_numpy(rows)] if train_t is not None
                         else torch.from_numpy(np.asarray(train_tokens[rows], dtype=np.int64)))
                losses.append(step(model, batch, ranks, lr))
                state["steps"] += 1
                if bar:
                    text = f"training loss {losses[-1]:.3f}" if settings.report_losses else "training (DP)"
                    bar.update(bar.task_ids[0], advance=1, description=text)
                else:
                    progress.step(epoch, state["steps"], losses[-1])
            train_loss = float(np.mean(losses)) if losses and settings.report_losses else math.nan
            val_loss = context.mean(evaluate(model, val_t)) if val_t is not None else None
            if val_t is None:
                # No validation split (e.g. under DP, where choosing weights or stopping on the
                # losses of private rows would escape the accounting): keep the last weights.
                best = {k: v.detach().clone() for k, v in model.state_dict().items()}
            elif state["best_val"] is None or val_loss < state["best_val"] - 1e-4 * abs(state["best_val"]):
                state["best_val"], state["bad_epochs"] = val_loss, 0
                best = {k: v.detach().clone() for k, v in model.state_dict().items()}
            else:
                state["bad_epochs"] += 1
                state["lr_scale"] *= 0.5
            state["epoch"] = epoch + 1
            state["seconds"] = time.monotonic() - started
            shown_loss = None if math.isnan(train_loss) else train_loss
            history.append({"epoch": epoch + 1, "train_loss": shown_loss, "val_loss": val_loss, "lr": lr})
            logger.debug("epoch %d train loss %s validation loss %s", epoch + 1, shown_loss, val_loss)
            if not bar:
                progress.epoch(epoch + 1, shown_loss, val_loss)
            if context.is_main:
                _save_checkpoint(checkpoint_dir, fingerprint, model, step.optimizer, state, history, best)
            if on_epoch:
                on_epoch(epoch + 1)
            if out_of_time or (state["step_budget"] is not None and state["steps"] >= state["step_budget"]):
                stopped_by = "max_training_time"
                break
            if state["bad_epochs"] >= settings.patience:
                stopped_by = "early_stopping"
                break
    model.load_state_dict(best)
    return TrainOutcome(
        epochs=state["epoch"],
        steps=state["steps"],
        best_val_loss=state["best_val"] if val_t is not None else None,
        train_loss=train_loss,
        seconds=state["seconds"],
        stopped_by=stopped_by,
        resumed_from_epoch=resumed_from,
        history=history,
        planned_steps=total_steps,
        step_budget=state["step_budget"],
        seconds_per_step=state["seconds_per_step"],
    )


def _is_int64_array(tokens: np.ndarray) -> bool:
    return type(tokens) is np.ndarray and tokens.dtype == np.int64


def _schedule(step: int, settings: TrainSettings, per_epoch: int, *, planned: int | None = None) -> float:
    """Linear warm-up, then linear decay to 10% of the peak at the last planned step: the epochs'
    last step, or ``planned`` when the time budget's calibration allows fewer. A function of steps
    alone, so the same seed gives the same model (and a resumed run the uninterrupted one's)."""
    warmup = min(settings.warmup_steps, per_epoch)
    if step < warmup:
        return (step + 1) / warmup
    total = settings.max_epochs * per_epoch
    if planned is not None:
        total = min(total, planned)
    total = max(warmup + 1, total)
    done = (step - warmup) / (total - warmup)
    return max(0.1, 1.0 - 0.9 * done)


class _Calibration:
    """Turns the time budget into a step budget (``state["step_budget"]``) after timing the first
    steps of the warm-up; ``None`` when the planned steps fit the budget (the usual case).

    Under ``torchrun`` the ranks average their timings, so every rank takes the same decision.
    A resumed run keeps the decision its checkpoint recorded.
    """

    def __init__(self, settings: TrainSettings, per_epoch: int, total_steps: int, state: dict,
                 context: DistributedContext) -> None:
        self.settings, self.total, self.state, self.context = settings, total_steps, state, context
        warmup = min(settings.warmup_steps, per_epoch)
        self.steps_timed = max(1, min(CALIBRATION_STEPS, warmup))
        self.done = not settings.max_seconds or state["seconds_per_step"] is not None
        self.first: tuple[int, float] | None = None

    def observe(self, steps: int, elapsed: float) -> None:
        """Called before each step with the steps done and the seconds elapsed."""
        if self.done:
            return
        if self.first is None:
            self.first = (steps, elapsed)
            return
        if steps - self.first[0] < self.steps_timed:
            return
        self.done = True
        per_step = self.context.mean((elapsed - self.first[1]) / (steps - self.first[0]))
        left = self.total - steps
        room = BUDGET_SHARE * (float(self.settings.max_seconds) - elapsed)
        self.state["seconds_per_step"] = per_step
        if left * per_step <= room:
            return
        self.state["step_budget"] = steps + max(0, math.floor(room / max(per_step, 1e-9)))
        logger.warning(
            "training: the time budget (training.max_training_time %.1f min) allows about %d of the %d planned "
            "steps at %.3f s a step; the learning rate decays over those steps. Such a run depends on the "
            "machine's speed: set training.max_training_time to null for a reproducible one",
            self.settings.max_seconds / 60.0, self.state["step_budget"], self.total, per_step)


class _ProgressLog:
    """Progress lines for logs when no terminal shows the bar (steps, loss, elapsed, time left)."""

    def __init__(self, settings: TrainSettings, total_steps: int, per_epoch: int, started: float, *,
                 enabled: bool) -> None:
        self.settings, self.total, self.per_epoch, self.started = settings, total_steps, per_epoch, started
        self.enabled = enabled
        self.last = time.monotonic()
        if enabled:
            budget = f"{settings.max_seconds / 60:.1f} min" if settings.max_seconds else "none"
            logger.info("training: up to %d epochs of %d steps (batch %d), time budget %s "
                        "(training.max_training_time)", settings.max_epochs, per_epoch, settings.batch_size, budget)

    def step(self, epoch: int, steps: int, loss: float) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.last < self.settings.progress_seconds:
            return
        self.last = now
        elapsed = now - self.started
        left = elapsed / max(steps, 1) * (self.total - steps)
        if self.settings.max_seconds:
            left = min(left, max(0.0, self.settings.max_seconds - elapsed))
        shown = f"loss {loss:.3f}" if self.settings.report_losses else "DP: losses not shown"
        logger.info("training: epoch %d/%d, step %d/%d (%.0f%%), %s, %.0f s elapsed, at most %.0f s left",
                    epoch + 1, self.settings.max_epochs, steps, self.total, 100 * steps / max(self.total, 1),
                    shown, elapsed, left)

    def epoch(self, epoch: int, train_loss: float | None, val_loss: float | None) -> None:
        if self.enabled and train_loss is not None:
            logger.info("training: epoch %d done, train loss %.3f, validation loss %s", epoch, train_loss,
                        "-" if val_loss is None else f"{val_loss:.3f}")


def _save_checkpoint(directory, fingerprint, model, optimizer, state, history, best) -> None:
    save_checkpoint(
        directory / CHECKPOINT_WEIGHTS,
        directory / CHECKPOINT_STATE,
        fingerprint=fingerprint,
        groups={"model": model.state_dict(), "best": best},
        optimizer=optimizer,
        meta={"state": state, "history": history},
    )


def _load_checkpoint(directory, fingerprint, model, optimizer):
    loaded = load_checkpoint(
        directory / CHECKPOINT_WEIGHTS, directory / CHECKPOINT_STATE, fingerprint=fingerprint, optimizer=optimizer
    )
    if loaded is None:
        return None
    meta, groups = loaded
    model.load_state_dict(groups["model"])
    return meta["state"], meta["history"], groups.get("best", {})


def settings_fingerprint(settings: TrainSettings, extra: str) -> str:
    """A key identifying one training configuration (a checkpoint resumes only the same one)."""
    return fingerprint_of(asdict(settings), extra)
