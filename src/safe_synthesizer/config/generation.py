"""``generation`` section: sampling synthetic records."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from safe_synthesizer.config.base import Auto, PositiveFloat, PositiveInt, Section


class StructuredGenerationParameters(Section):
    """Constrained decoding for the LLM path (the built-in model is always constrained)."""

    enabled: bool = Field(
        True, description="LLM path: decode through a grammar of the training schema (every record parses)."
    )
    jump_forward: bool = Field(
        True,
        description="LLM path, CPU: feed the tokens the grammar forces (keys, punctuation, category tails) "
        "without sampling them; off: one token per step through transformers generate.",
    )


class ValidationParameters(Section):
    """Record validation for the LLM path."""

    enforce_numeric_range: bool = True


class GenerationParameters(Section):
    """How many records to sample and how."""

    num_records: int = Field(1000, ge=1, description="Valid records wanted.")
    temperature: PositiveFloat | Auto = Field(
        "auto", description="Sampling temperature (auto: 1.0 built-in, 0.9 LLM)."
    )
    top_p: float = Field(1.0, gt=0, le=1, description="Nucleus sampling mass.")
    repetition_penalty: float = Field(1.0, gt=0, description="LLM path only.")
    batch_size: PositiveInt | Auto = Field("auto", description="Records sampled per batch.")
    num_processes: PositiveInt = Field(
        1,
        description="Built-in model: processes sharing the generation, each with its own seed and "
        "num_threads / num_processes threads; their shards are merged in order (exact count).",
    )
    patience: int = Field(3, ge=1, description="Batches over the invalid threshold before stopping.")
    invalid_fraction_threshold: float = Field(0.8, gt=0, le=1)
    privacy_filter: bool = Field(
        False,
        description="Drop synthetic records that match a training record, regenerating to keep the count.",
    )
    privacy_filter_distance: float = Field(
        0.0,
        ge=0,
        description="With privacy_filter: also drop records within this normalised distance (0: exact only).",
    )
    engine: Literal["auto", "transformers", "vllm"] = Field(
        "auto", description="LLM path: decoding engine (auto: vLLM when installed with a GPU, else transformers)."
    )
    structured_generation: StructuredGenerationParameters = Field(
        default_factory=StructuredGenerationParameters
    )
    validation: ValidationParameters = Field(default_factory=ValidationParameters)
