"""Which config fields each backend honours; a field set where it cannot apply is warned about once.

Reference-product configs carry LLM settings (``training.lora_r``, ``generation.patience``, ...)
that the built-in model has no use for, and built-in settings mean nothing to a LoRA run. Both
are accepted (so a reference YAML runs unchanged), and ``warn_inapplicable`` logs one warning per
field and process naming the field, its value and why it is ignored, instead of silently dropping it.

Example:
    >>> params = SafeSynthesizerParameters()
    >>> params.training.lora_r = 8
    >>> inapplicable_fields(params, "builtin")
    [('training.lora_r', 8, 'LLM path only (training.pretrained_model is not set)')]
"""

from __future__ import annotations

import logging
from typing import Any

from pydantic import BaseModel

from safe_synthesizer.config.parameters import SafeSynthesizerParameters

logger = logging.getLogger(__name__)

_LLM_REASON = "LLM path only (training.pretrained_model is not set)"
_BUILTIN_REASON = "built-in model only (training.pretrained_model is set)"

LLM_ONLY_FIELDS: tuple[str, ...] = (
    "data.max_sequences_per_example",
    "training.gradient_accumulation_steps",
    "training.lora_r",
    "training.lora_alpha_over_r",
    "training.lora_target_modules",
    "training.lora_dropout",
    "training.lr_scheduler",
    "training.warmup_ratio",
    "training.max_sequence_length",
    "training.quantize_model",
    "training.quantization_bits",
    "training.use_unsloth",
    "generation.repetition_penalty",
    "generation.patience",
    "generation.invalid_fraction_threshold",
    "generation.engine",
    "generation.structured_generation.enabled",
    "generation.structured_generation.jump_forward",
    "generation.validation.enforce_numeric_range",
)
BUILTIN_ONLY_FIELDS: tuple[str, ...] = (
    "generation.num_processes",
    "training.model_size",
    "training.random_order_share",
    "training.text_max_tokens",
    "training.text_vocab_size",
    "training.rare_category_replacement",
    "training.validation_ratio",
)
# Applies to the LLM path only partly: the reason says what is and is not used.
LLM_PARTIAL_FIELDS: dict[str, str] = {
    "time_series.timestamp_interval_seconds": "LLM path: an entity's records are ordered by the timestamp "
    "column, but intervals are not enforced",
    "time_series.timestamp_format": "LLM path: timestamps are written as in the training data; the format is "
    "not enforced",
}

_warned: set[tuple[str, str]] = set()


def _lookup(params: BaseModel, path: str) -> tuple[Any, Any]:
    """``(value, default)`` of a dotted field path."""
    *sections, name = path.split(".")
    node: BaseModel = params
    for section in sections:
        node = getattr(node, section)
    info = type(node).model_fields[name]
    default = info.default_factory() if info.default_factory is not None else info.default  # type: ignore[call-arg]
    return getattr(node, name), default


def inapplicable_fields(params: SafeSynthesizerParameters, backend: str) -> list[tuple[str, Any, str]]:
    """``(field, value, reason)`` for every field set to a non-default the ``backend`` ignores."""
    if backend == "llm":
        fields = {f: _BUILTIN_REASON for f in BUILTIN_ONLY_FIELDS} | LLM_PARTIAL_FIELDS
        if params.privacy.dp_enabled:
            fields["data.max_sequences_per_example"] = "under DP each LLM example holds one record (or one entity)"
            fields["training.num_input_records_to_sample"] = "under DP the steps follow training.epochs (the plan)"
            fields["training.gradient_accumulation_steps"] = "under DP each step is one Poisson batch of units"
    else:
        fields = dict.fromkeys(LLM_ONLY_FIELDS, _LLM_REASON)
    found = []
    for path, reason in fields.items():
        value, default = _lookup(params, path)
        if value != default:
            found.append((path, value, reason))
    return found


def warn_inapplicable(params: SafeSynthesizerParameters, backend: str) -> list[str]:
    """Log one warning per inapplicable field (once per process); returns the fields warned now."""
    warned = []
    for path, value, reason in inapplicable_fields(params, backend):
        if (backend, path) in _warned:
            continue
        _warned.add((backend, path))
        logger.warning("%s=%r is ignored: %s", path, value, reason)
        warned.append(path)
    return warned
