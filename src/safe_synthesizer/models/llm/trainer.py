"""LoRA fine-tuning loop (transformers model + peft adapter), with checkpoints and a time budget.

A plain loop rather than ``transformers.Trainer``: DP-SGD needs the per-example losses of one
forward (``privacy.dp_sgd``), the time budget must stop between steps, and resuming must restore
exactly the adapter, optimizer and position. Each optimizer step sees ``batch_size`` x
``gradient_accumulation_steps`` examples (non-DP) or one Poisson batch of privacy units (DP,
``models.llm.dp``). The learning rate warms up linearly over ``warmup_ratio`` of the steps, then
follows ``lr_scheduler`` (cosine/linear to 0, or constant).

Checkpoints (``<model_dir>/checkpoint/``: trainable tensors + optimizer state in safetensors and a
JSON state) are written every ``CHECKPOINT_SECONDS`` and when the time budget ends; a run with the
same settings fingerprint resumes from them.
"""

from __future__ import annotations

import logging
import math
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch.nn import functional as F

from safe_synthesizer.errors import ConfigError
from safe_synthesizer.models.llm.chunked_loss import per_token_cross_entropy, plain_output_layer
from safe_synthesizer.models.llm.examples import IGNORE_INDEX, Example
from safe_synthesizer.utils.checkpoints import load_checkpoint, save_checkpoint

logger = logging.getLogger(__name__)

CHECKPOINT_SECONDS = 120.0
CHECKPOINT_WEIGHTS = "trainable.safetensors"
CHECKPOINT_STATE = "state.json"


@dataclass(frozen=True)
class LoraSettings:
    """``training.lora_*``: rank, alpha / r (rsLoRA scaling alpha / sqrt(r)), dropout, modules."""

    r: int
    alpha_over_r: float
    dropout: float
    target_modules: tuple[str, ...]


@dataclass(frozen=True)
class LLMTrainSettings:
    """Resolved optimisation settings of one LoRA run."""

    learning_rate: float
    batch_size: int
    gradient_accumulation_steps: int
    total_steps: int
    warmup_ratio: float = 0.05
    scheduler: str = "cosine"
    max_seconds: float | None = None
    seed: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class LLMTrainOutcome:
    steps: int
    stopped_by: str
    final_loss: float | None
    resumed_from_step: int | None
    tokens_seen: int
    seconds: float
    history: list[dict[str, float]] = field(default_factory=list)


def attach_lora(model: Any, lora: LoraSettings) -> Any:
    """Wrap ``model`` with a fresh LoRA adapter on ``lora.target_modules`` (base weights frozen)."""
    from peft import LoraConfig, get_peft_model

    names = [n for n, _ in model.named_modules()]
    missing = [m for m in lora.target_modules if not any(n == m or n.endswith("." + m) for n in names)]
    if missing:
        linear = sorted({n.rsplit(".", 1)[-1] for n, m in model.named_modules() if isinstance(m, torch.nn.Linear)})
        raise ConfigError(
            f"training.lora_target_modules: {missing} not found in the model; its linear layers are {linear}"
        )
    config = LoraConfig(
        r=lora.r,
        lora_alpha=lora.alpha_over_r * lora.r,
        lora_dropout=lora.dropout,
        target_modules=list(lora.target_modules),
        use_rslora=True,
        bias="none",
        task_type="CAUSAL_LM",
    )
    return get_peft_model(model, config)


def collate(examples: Sequence[Example], pad_id: int) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Right-padded ``input_ids``, ``labels`` (``-100`` on padding) and ``attention_mask``."""
    width = max(len(e.input_ids) for e in examples)
    ids = torch.full((len(examples), width), pad_id, dtype=torch.long)
    labels = torch.full((len(examples), width), IGNORE_INDEX, dtype=torch.long)
    mask = torch.zeros((len(examples), width), dtype=torch.long)
    for i, e in enumerate(examples):
        n = len(e.input_ids)
        ids[i, :n] = torch.tensor(e.input_ids)
        labels[i, :n] = torch.tensor(e.labels)
        mask[i, :n] = 1
    return ids, labels, mask


def per_example_loss(
    model: Any, ids: torch.Tensor, labels: torch.Tensor, mask: torch.Tensor, *, fast_cpu: bool = True
) -> torch.Tensor:
    """Each example's mean next-token loss over its unmasked tokens (shape ``[examples]``).

    HF's ``labels=`` loss is one token mean over the batch, which per-example clipping cannot use.
    On a CPU with bfloat16 units (AVX512-BF16/AMX) the forward runs under bfloat16 autocast (1.4-1.6x
    less CPU per token, measured); the LoRA weights, their gradients and the loss stay float32.
    ``fast_cpu=False`` keeps float32 throughout (DP: the per-example clipping hooks need float32).
    """
    device = next(model.parameters()).device  # a GPU when there is one (``loading.load_model``)
    ids, labels, mask = ids.to(device), labels.to(device), mask.to(device)
    # An all-ones mask (one example, or equal lengths) is dropped so attention takes its causal
    # fast path instead of materialising a [batch, 1, length, length] mask.
    attention = None if bool(mask.all()) else mask
    target = labels[:, 1:]
    plain = plain_output_layer(model)
    context = autocast_for(model, enabled=fast_cpu)
    bf16 = _autocast_bf16(model, enabled=fast_cpu)
    if plain is not None:
        # The full-sequence logits never exist: the output layer runs in chunks (models.llm.chunked_loss).
        decoder, head = plain
        with context:
            hidden = decoder(input_ids=ids, attention_mask=attention, use_cache=False).last_hidden_state
        # Under autocast the model's lm_head would run in bfloat16: so do the chunks.
        ce = per_token_cross_entropy(hidden[:, :-1], head.weight, target, dtype=torch.bfloat16 if bf16 else None)
    else:
        with context:
            logits = model(input_ids=ids, attention_mask=attention, use_cache=False).logits[:, :-1]
        ce = F.cross_entropy(
            logits.reshape(-1, logits.shape[-1]).float(), target.reshape(-1), ignore_index=IGNORE_INDEX,
            reduction="none",
        ).view(target.shape)
    counted = (target != IGNORE_INDEX).sum(dim=1).clamp(min=1)
    return ce.sum(dim=1) / counted


def autocast_for(model: Any, *, enabled: bool = True) -> Any:
    """bfloat16 autocast for a model on a CPU with native bfloat16 arithmetic, else a no-op context."""
    return torch.autocast("cpu", dtype=torch.bfloat16, enabled=_autocast_bf16(model, enabled=enabled))


def _autocast_bf16(model: Any, *, enabled: bool) -> bool:
    on_cpu = next(model.parameters()).device.type == "cpu"
    return enabled and on_cpu and cpu_has_fast_bf16()


def cpu_has_fast_bf16() -> bool:
    """True when this CPU computes bfloat16 natively (AVX512-BF16 or AMX); plain AVX2 would be slower.

    ``SAFE_SYNTHESIZER_CPU_BF16=0`` turns it off (e.g. to compare, or for bit-exact float32 runs).
    """
    if os.environ.get("SAFE_SYNTHESIZER_CPU_BF16", "").strip() in ("0", "false", "no"):
        return False
    cpu = getattr(torch, "cpu", None)
    checks = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
    return any(bool(getattr(cpu, name, lambda: False)()) for name in checks)


def lr_factor(step: int, settings: LLMTrainSettings) -> float:
    """Warm-up then the scheduler's decay, as a factor of the peak learning rate."""
    total = max(1, settings.total_steps)
    warmup = round(settings.warmup_ratio * total)
    if step < warmup:
        return (step + 1) / warmup
    if settings.scheduler == "constant":
        return 1.0
    progress = (step - warmup) / max(1, total - warmup)
    if settings.scheduler == "linear":
        return max(0.0, 1.0 - progress)
    return 0.5 * (1.0 + math.cos(math.pi * min(1.0, progress)))


# A DP step: called with (step index, lr) and returns the batch's mean loss (NaN when empty).
DPStepCallable = Callable[[int, float], float]


def train_lora(
    model: Any,
    examples: Sequence[Example],
    settings: LLMTrainSettings,
    checkpoint_dir: Path,
    *,
    pad_id: int,
    fingerprint: str,
    optimizer: torch.optim.Optimizer | None = None,
    dp_step: DPStepCallable | None = None,
    progress: Callable[[int, float], None] | None = None,
) -> LLMTrainOutcome:
    """Run ``settings.total_steps`` optimizer steps (or until the time budget), checkpointing.

    With ``dp_step`` every step is delegated to it (it samples its own Poisson batch and steps the
    shared ``optimizer``); no checkpoint is resumed then (the budget's steps are not saved).
    """
    started = time.monotonic()
    trainable = [p for p in model.parameters() if p.requires_grad]
    if optimizer is None:
        optimizer = torch.optim.AdamW(trainable, lr=settings.learning_rate, weight_decay=0.0)
    model.train()
    step, tokens_seen, history, resumed = 0, 0, [], None
    state = None if dp_step is not None else _load_checkpoint(checkpoint_dir, fingerprint, model, optimizer)
    if state is not None:
        step, tokens_seen, history = state["step"], state["tokens_seen"], state["history"]
        resumed = step
        logger.info("resuming LoRA training from step %d", step)
    per_step = settings.batch_size * settings.gradient_accumulation_steps
    stream = ExampleStream(len(examples), settings.seed)
    last_save, stopped_by, loss_ema = time.monotonic(), "steps", math.nan
    while step < settings.total_steps:
        if settings.max_seconds is not None and time.monotonic() - started >= settings.max_seconds:
            stopped_by = "time"
            break
        lr = settings.learning_rate * lr_factor(step, settings)
        if dp_step is not None:
            loss = dp_step(step, lr)  # DP batch sizes are not counted: they are not released
        else:
            for group in optimizer.param_groups:
                group["lr"] = lr
            losses = []
            for j in range(settings.gradient_accumulation_steps):
                start = (step * settings.gradient_accumulation_steps + j) * settings.batch_size
                batch = [examples[i] for i in stream.take(start, settings.batch_size)]
                ids, labels, mask = collate(batch, pad_id)
                per_example = per_example_loss(model, ids, labels, mask)
                (per_example.sum() / per_step).backward()
                losses.append(float(per_example.detach().mean()))
                tokens_seen += int(mask.sum())
            torch.nn.utils.clip_grad_norm_(trainable, 1.0)
            optimizer.step()
            optimizer.zero_grad(set_to_none=True)
            loss = float(np.mean(losses))
        step += 1
        if not math.isnan(loss):
            loss_ema = loss if math.isnan(loss_ema) else 0.9 * loss_ema + 0.1 * loss
        history.append({"step": step, "loss": round(loss, 5) if not math.isnan(loss) else None, "lr": lr})
        if dp_step is None and time.monotonic() - last_save >= CHECKPOINT_SECONDS:
            _save_checkpoint(checkpoint_dir, fingerprint, model, optimizer, step, tokens_seen, history)
            last_save = time.monotonic()
        if progress is not None:
            progress(step, loss)
    if dp_step is None and stopped_by == "time":
        _save_checkpoint(checkpoint_dir, fingerprint, model, optimizer, step, tokens_seen, history)
    return LLMTrainOutcome(
        steps=step,
        stopped_by=stopped_by,
        final_loss=None if math.isnan(loss_ema) else round(loss_ema, 5),
        resumed_from_step=resumed,
        tokens_seen=tokens_seen,
        seconds=round(time.monotonic() - started, 3),
        history=history,
    )


class ExampleStream:
    """Example indices as one endless sequence of per-epoch shuffles (epoch ``e`` uses ``[seed, e]``).

    A batch is a slice of this sequence fixed by the step number, so a resumed run sees exactly
    the batches the uninterrupted run would have seen.
    """

    def __init__(self, n: int, seed: int) -> None:
        self.n, self.seed = n, seed
        self._perms: dict[int, np.ndarray] = {}

    def take(self, start: int, count: int) -> list[int]:
        out = []
        for position in range(start, start + count):
            epoch, i = divmod(position, self.n)
            if epoch not in self._perms:
                self._perms = {epoch: np.random.default_rng([self.seed, 3, epoch]).permutation(self.n)}
            out.append(int(self._perms[epoch][i]))
        return out


def trainable_state(model: Any) -> dict[str, torch.Tensor]:
    return {n: p.detach().contiguous() for n, p in model.named_parameters() if p.requires_grad}


def _save_checkpoint(directory: Path, fingerprint: str, model: Any, optimizer: torch.optim.Optimizer, step: int,
                     tokens_seen: int, history: list) -> None:
    save_checkpoint(
        directory / CHECKPOINT_WEIGHTS,
        directory / CHECKPOINT_STATE,
        fingerprint=fingerprint,
        groups={"model": trainable_state(model)},
        optimizer=optimizer,
        meta={"step": step, "tokens_seen": tokens_seen, "history": history},
    )
    logger.info("LoRA checkpoint at step %d", step)


def _load_checkpoint(directory: Path, fingerprint: str, model: Any, optimizer: torch.optim.Optimizer) -> dict | None:
    loaded = load_checkpoint(
        directory / CHECKPOINT_WEIGHTS, directory / CHECKPOINT_STATE, fingerprint=fingerprint, optimizer=optimizer
    )
    if loaded is None:
        return None
    meta, groups = loaded
    params = dict(model.named_parameters())
    with torch.no_grad():
        for name, value in groups["model"].items():
            params[name].copy_(value)
    return meta
