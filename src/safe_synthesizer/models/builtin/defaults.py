"""``auto`` settings of the built-in model, resolved from the data size.

The central resolver calls ``resolve_training_defaults``; the backend calls it too, so a model
trained outside the pipeline gets the same values.
"""

from __future__ import annotations

import math
import os
from dataclasses import asdict, dataclass
from typing import Any

from safe_synthesizer.config.parameters import SafeSynthesizerParameters

DEFAULT_LEARNING_RATE = 3e-3
DEFAULT_VALIDATION_RATIO = 0.1
DEFAULT_TEMPERATURE = 1.0
DEFAULT_RANDOM_ORDER_SHARE = 0.5
TARGET_STEPS = 600
MIN_EPOCHS, MAX_EPOCHS = 8, 300
GENERATION_BATCH = 8192


@dataclass(frozen=True)
class BuiltinDefaults:
    """Every built-in training/generation setting with ``auto`` replaced by a value."""

    model_size: str
    learning_rate: float
    batch_size: int
    epochs: int
    validation_ratio: float
    num_threads: int
    max_seconds: float | None
    random_order_share: float
    temperature: float
    generation_batch_size: int

    def as_overrides(self) -> dict[str, dict[str, Any]]:
        """Resolved values keyed like the config (``section -> field -> value``)."""
        return {
            "training": {
                "model_size": self.model_size,
                "learning_rate": self.learning_rate,
                "batch_size": self.batch_size,
                "epochs": float(self.epochs),
                "validation_ratio": self.validation_ratio,
                "num_threads": self.num_threads,
                "random_order_share": self.random_order_share,
            },
            "generation": {"temperature": self.temperature, "batch_size": self.generation_batch_size},
        }

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def auto_model_size(n_rows: int) -> str:
    return "small" if n_rows < 2_000 else "medium" if n_rows < 200_000 else "large"


def auto_batch_size(n_rows: int) -> int:
    """About 50 steps per epoch, a power of two in [32, 1024]."""
    return int(min(1024, max(32, 2 ** round(math.log2(max(n_rows, 1) / 50)))))


def resolve_training_defaults(params: SafeSynthesizerParameters, n_rows: int) -> BuiltinDefaults:
    """Resolve the built-in model's ``auto`` settings for ``n_rows`` training records.

    Example:
        >>> d = resolve_training_defaults(SafeSynthesizerParameters(), 26_049)
        >>> d.model_size, d.batch_size, d.epochs
        ('medium', 512, 14)
    """
    t, g = params.training, params.generation
    size = auto_model_size(n_rows) if t.model_size == "auto" else t.model_size
    val_ratio = DEFAULT_VALIDATION_RATIO if t.validation_ratio == "auto" else float(t.validation_ratio)
    if n_rows * val_ratio < 10:
        val_ratio = 0.0
    n_train = max(1, round(n_rows * (1 - val_ratio)))
    batch = auto_batch_size(n_train) if t.batch_size == "auto" else int(t.batch_size)
    batch = max(1, min(batch, n_train))
    if t.epochs == "auto":
        per_epoch = math.ceil(n_train / batch)
        epochs = min(MAX_EPOCHS, max(MIN_EPOCHS, math.ceil(TARGET_STEPS / per_epoch)))
    else:
        epochs = max(1, math.ceil(float(t.epochs)))
    share = getattr(t, "random_order_share", "auto")
    return BuiltinDefaults(
        model_size=size,
        learning_rate=DEFAULT_LEARNING_RATE if t.learning_rate == "auto" else float(t.learning_rate),
        batch_size=batch,
        epochs=epochs,
        validation_ratio=val_ratio,
        num_threads=(os.cpu_count() or 1) if t.num_threads == "auto" else int(t.num_threads),
        max_seconds=None if t.max_training_time is None else float(t.max_training_time) * 60.0,
        random_order_share=DEFAULT_RANDOM_ORDER_SHARE if share == "auto" else float(share),
        temperature=DEFAULT_TEMPERATURE if g.temperature == "auto" else float(g.temperature),
        generation_batch_size=GENERATION_BATCH if g.batch_size == "auto" else int(g.batch_size),
    )
