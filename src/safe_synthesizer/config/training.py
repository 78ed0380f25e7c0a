"""``training`` section: the built-in tabular model (default) or a pretrained LLM with LoRA."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from safe_synthesizer.config.base import Auto, PositiveFloat, PositiveInt, Section, Share


class TrainingParameters(Section):
    """Model choice and optimisation settings."""

    pretrained_model: str | None = Field(
        None,
        description="HF id or local path of a pretrained LLM to fine-tune with LoRA; "
        "None uses the built-in tabular model trained from scratch.",
    )
    model_size: Literal["auto", "small", "medium", "large"] = Field(
        "auto", description="Built-in model capacity; auto picks from the data size."
    )
    learning_rate: PositiveFloat | Auto = Field(
        "auto", description="Peak learning rate (auto: 3e-3 built-in, 5e-4 LoRA)."
    )
    batch_size: PositiveInt | Auto = Field("auto", description="Examples per optimiser step.")
    gradient_accumulation_steps: int = Field(8, ge=1, description="LLM path only.")
    epochs: PositiveFloat | Auto = Field("auto", description="Passes over the data; auto uses early stopping.")
    max_training_time: PositiveFloat | Auto | None = Field(
        "auto",
        description="Wall-clock cap on training, in minutes; null: no cap. auto: built-in model 15 min + "
        "30 min per million training records, at most 180 (none under DP, whose epochs are planned); "
        "LLM path: no cap.",
    )
    num_input_records_to_sample: PositiveInt | Auto = Field(
        "auto",
        description="LLM path: records seen in training (auto: 25000). Built-in model: training records "
        "drawn at random from the training split (whole groups with data.group_training_examples_by); "
        "auto: all of them, and the run config records that count.",
    )
    validation_ratio: Annotated[float, Field(ge=0, lt=1)] | Auto = Field(
        "auto",
        description="Share of training rows for validation / early stopping (auto: 0.1 built-in, 0 LLM).",
    )
    value_protection: bool = Field(True, description="Never reproduce rare categories or numeric extremes verbatim.")
    rare_category_threshold: int = Field(
        5, ge=1, description="Value protection: a category seen in fewer records is not reproduced."
    )
    rare_category_replacement: Literal["per_column", "resample", "generate", "token"] = Field(
        "per_column",
        description="Value protection: what a protected (rare) category becomes in the output. "
        "resample: a frequent category drawn given the rest of the record; generate: a new value "
        "(new fakes of the same entity for a PII-replaced column, else a new string from a subword "
        "sub-model that never reproduces a rare training value); token: the literal placeholder "
        "'_RARE_'. per_column: generate for PII-replaced and long-tailed string columns, resample otherwise.",
    )
    numeric_protection_quantile: float = Field(
        0.001, ge=0, lt=0.5, description="Value protection: numbers are clipped to these quantiles."
    )
    lora_r: int = Field(32, ge=1, description="LoRA rank (LLM path).")
    lora_alpha_over_r: float = Field(1.0, gt=0, description="LoRA alpha / r (rsLoRA).")
    lora_target_modules: list[str] = Field(
        default_factory=lambda: ["q_proj", "k_proj", "v_proj", "o_proj"],
        description="Modules adapted with LoRA (LLM path).",
    )
    lora_dropout: float = Field(0.0, ge=0, lt=1, description="Dropout on the LoRA branch (LLM path).")
    lr_scheduler: Literal["cosine", "linear", "constant"] = Field(
        "cosine", description="Learning-rate decay after warm-up (LLM path)."
    )
    warmup_ratio: float = Field(0.05, ge=0, lt=1, description="Share of LLM steps spent warming up the learning rate.")
    max_sequence_length: PositiveInt | Auto = Field(
        "auto",
        description="LLM path: token budget of one training example, prompt included (auto: the "
        "model's context, at most 2048).",
    )
    quantize_model: bool = Field(False, description="LLM path: QLoRA, base weights in 4/8 bits (GPU + bitsandbytes).")
    quantization_bits: Literal[4, 8] = Field(4, description="LLM path: bits of the quantized base weights.")
    use_unsloth: bool = Field(False, description="LLM path: Unsloth kernels (GPU + unsloth).")
    num_threads: PositiveInt | Auto = Field("auto", description="CPU threads for torch (auto: all cores).")
    random_order_share: Share | Auto = Field(
        "auto",
        description="Built-in model: share of training records seen in a random column order, so "
        "generation can condition on any columns (auto: 0.5; 0 trains the table order only: "
        "higher fidelity, but no real conditioning).",
    )
    text_max_tokens: int = Field(
        64, ge=1, description="Built-in model: subword tokens kept per free-text value (longer is truncated)."
    )
    text_vocab_size: int = Field(
        1000, ge=300, description="Built-in model: BPE vocabulary size trained per free-text column."
    )
