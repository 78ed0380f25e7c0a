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
# Small tables: TARGET_STEPS gives a 2,400-row table only 9 epochs (batch 32), stopped by the
# epoch cap while its deterministic pairs were still sharpening. Below SMALL_TABLE_ROWS rows the
# cap is at least SMALL_TABLE_MIN_EPOCHS and early stopping ends the run (10-12 epochs on the
# 3,000-row Adult sample: SQS 9.08 -> 9.14, education consistency 0.976 -> 0.983, mean of 3
# seeds; benchmarks/results/builtin.md). Larger tables are unchanged.
SMALL_TABLE_ROWS = 10_000
SMALL_TABLE_MIN_EPOCHS = 20
# From SMALL_TABLE_MIN_ROWS to SMALL_TABLE_ROWS rows, `auto` trains on every row for a fixed
# SMALL_TABLE_EPOCHS: a 10 % validation split stopped tables of 1,500-2,000 rows after 8 epochs
# (best epoch 4), when their high-cardinality columns (names, cities) began to overfit but their
# numeric relations were not learnt yet (credit_limit ~ balance r 0.70 real, 0.13 synthetic).
# Measured (benchmarks/results/messy.md, builtin.md): messy tables SQS +0.04..+0.84, 3,000-row
# Adult sample 9.24 -> 9.30 (3 seeds); 20 fixed epochs fitted more but cut the Adult sample's DPS
# to 6.57 (copies closer than the holdout), 12 kept it at 8.00 (8.19 before). Below 1,000 rows
# the split and early stopping stay (untested there, and the noisiest).
SMALL_TABLE_MIN_ROWS = 1_000
SMALL_TABLE_EPOCHS = 12
GENERATION_BATCH = 8192
# training.max_training_time auto: a cap that grows with the data so a large table always ends
# (with progress lines on the way) while today's tables never reach it (womens_clothing_reviews,
# the slowest benchmark, trains in 6 min on a loaded 2-core box). Not under DP: its epochs are
# planned by the accountant.
AUTO_BUDGET_MINUTES = 15.0
AUTO_BUDGET_MINUTES_PER_MILLION_ROWS = 30.0
AUTO_BUDGET_MAX_MINUTES = 180.0
# Under DP (measured on adult, benchmarks/results/privacy_tuned.md): large Poisson batches (about
# 4% of the units per step) for a better signal-to-noise ratio, a fixed 20 epochs (no validation
# split: stopping on private losses would escape the accounting), a higher learning rate, and
# the table's column order only (random orders spread the noisy signal over more conditionals).
DP_BATCH_SHARE = 0.04
DP_MIN_BATCH, DP_MAX_BATCH = 16, 4096
DP_EPOCHS = 20
DP_LEARNING_RATE = 1e-2
# At small epsilon (a public setting) twice that: Adult at epsilon 1 scored SQS 8.64 / 8.56 / 8.39
# against 8.53 / 8.44 / 8.28 on 3 paired seeds (pair trends +0.3); at epsilon 8 it lost (9.28 vs
# 9.39, one pair), so larger epsilons keep 0.01 (benchmarks/results/dp_s20.md). Between 1 and 8
# unmeasured: the rule applies only where it was measured to win.
DP_SMALL_EPSILON = 1.0
DP_SMALL_EPSILON_LEARNING_RATE = 2e-2
DP_RANDOM_ORDER_SHARE = 0.0
# Under DP the model keeps a moving average of its weights over about this share of the planned
# DP-SGD steps (post-processing, free; see privacy.training). 0 keeps the last iterate: 0.1 scored
# SQS 8.21 against 8.22 on Adult at epsilon 1 (benchmarks/results/dp_tuning_eps1.md).
DP_AVERAGE_SHARE = 0.0


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
                "max_training_time": None if self.max_seconds is None else round(self.max_seconds / 60.0, 2),
            },
            "generation": {"temperature": self.temperature, "batch_size": self.generation_batch_size},
        }

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def auto_model_size(n_rows: int) -> str:
    return "small" if n_rows < 2_000 else "medium" if n_rows < 200_000 else "large"


def auto_time_budget(n_rows: int) -> float:
    """Minutes of training allowed by default for ``n_rows`` training records.

    Example:
        >>> auto_time_budget(26_049), auto_time_budget(1_000_000), auto_time_budget(10_000_000)
        (15.78, 45.0, 180.0)
    """
    minutes = AUTO_BUDGET_MINUTES + AUTO_BUDGET_MINUTES_PER_MILLION_ROWS * n_rows / 1e6
    return round(min(AUTO_BUDGET_MAX_MINUTES, minutes), 2)


def auto_batch_size(n_rows: int) -> int:
    """About 50 steps per epoch, a power of two in [32, 1024]."""
    return int(min(1024, max(32, 2 ** round(math.log2(max(n_rows, 1) / 50)))))


def dp_learning_rate(epsilon: float) -> float:
    """The DP learning rate for a run of total ``epsilon`` (public: no data looked at).

    Example:
        >>> dp_learning_rate(1.0), dp_learning_rate(8.0)
        (0.02, 0.01)
    """
    return DP_SMALL_EPSILON_LEARNING_RATE if epsilon <= DP_SMALL_EPSILON else DP_LEARNING_RATE


def dp_batch_size(n_units: int) -> int:
    """Expected privacy units per DP-SGD step: about 4% of them, within [16, 4096]."""
    return int(min(DP_MAX_BATCH, max(DP_MIN_BATCH, round(DP_BATCH_SHARE * n_units))))


def resolve_training_defaults(
    params: SafeSynthesizerParameters, n_rows: int, n_units: int | None = None
) -> BuiltinDefaults:
    """Resolve the built-in model's ``auto`` settings for ``n_rows`` training records.

    With ``privacy.dp_enabled`` the ``auto`` values follow the DP recipe above, ``batch_size``
    counts privacy units (``n_units``, default ``n_rows``) and there is never a validation split.

    Example:
        >>> d = resolve_training_defaults(SafeSynthesizerParameters(), 26_049)
        >>> d.model_size, d.batch_size, d.epochs
        ('medium', 512, 14)
    """
    t = params.training
    if params.privacy.dp_enabled:
        return _resolve_dp_defaults(params, n_rows, n_rows if n_units is None else n_units)
    if t.num_input_records_to_sample != "auto":  # the built-in model trains on a sample of that size
        n_rows = min(n_rows, int(t.num_input_records_to_sample))
    size = auto_model_size(n_rows) if t.model_size == "auto" else t.model_size
    val_ratio = DEFAULT_VALIDATION_RATIO if t.validation_ratio == "auto" else float(t.validation_ratio)
    small = SMALL_TABLE_MIN_ROWS <= n_rows < SMALL_TABLE_ROWS and t.validation_ratio == "auto"
    if small or n_rows * val_ratio < 10:
        val_ratio = 0.0
    n_train = max(1, round(n_rows * (1 - val_ratio)))
    batch = auto_batch_size(n_train) if t.batch_size == "auto" else int(t.batch_size)
    batch = max(1, min(batch, n_train))
    if t.epochs == "auto" and small:
        epochs = SMALL_TABLE_EPOCHS
    elif t.epochs == "auto":
        per_epoch = math.ceil(n_train / batch)
        floor = SMALL_TABLE_MIN_EPOCHS if n_rows < SMALL_TABLE_ROWS else MIN_EPOCHS
        epochs = min(MAX_EPOCHS, max(floor, math.ceil(TARGET_STEPS / per_epoch)))
    else:
        epochs = max(1, math.ceil(float(t.epochs)))
    return _defaults(
        params,
        model_size=size,
        learning_rate=DEFAULT_LEARNING_RATE,
        batch_size=batch,
        epochs=epochs,
        validation_ratio=val_ratio,
        random_order_share=DEFAULT_RANDOM_ORDER_SHARE,
        auto_seconds=auto_time_budget(n_rows) * 60.0,
    )


def _resolve_dp_defaults(params: SafeSynthesizerParameters, n_rows: int, n_units: int) -> BuiltinDefaults:
    t = params.training
    batch = dp_batch_size(n_units) if t.batch_size == "auto" else int(t.batch_size)
    return _defaults(
        params,
        model_size=auto_model_size(n_rows) if t.model_size == "auto" else t.model_size,
        learning_rate=dp_learning_rate(float(params.privacy.epsilon)),
        batch_size=max(1, min(batch, n_units)),
        epochs=DP_EPOCHS if t.epochs == "auto" else max(1, math.ceil(float(t.epochs))),
        validation_ratio=0.0,
        random_order_share=DP_RANDOM_ORDER_SHARE,
    )


def _defaults(
    params: SafeSynthesizerParameters,
    *,
    model_size: str,
    learning_rate: float,
    batch_size: int,
    epochs: int,
    validation_ratio: float,
    random_order_share: float,
    auto_seconds: float | None = None,
) -> BuiltinDefaults:
    """Fill the settings shared by both recipes; explicit config values win over ``auto`` ones."""
    t, g = params.training, params.generation
    share = getattr(t, "random_order_share", "auto")
    return BuiltinDefaults(
        model_size=model_size,
        learning_rate=learning_rate if t.learning_rate == "auto" else float(t.learning_rate),
        batch_size=batch_size,
        epochs=epochs,
        validation_ratio=validation_ratio,
        num_threads=(os.cpu_count() or 1) if t.num_threads == "auto" else int(t.num_threads),
        max_seconds=(auto_seconds if t.max_training_time == "auto"
                     else None if t.max_training_time is None else float(t.max_training_time) * 60.0),
        random_order_share=random_order_share if share == "auto" else float(share),
        temperature=DEFAULT_TEMPERATURE if g.temperature == "auto" else float(g.temperature),
        generation_batch_size=GENERATION_BATCH if g.batch_size == "auto" else int(g.batch_size),
    )
