"""``replace_pii`` section: detection and replacement of personal data before training."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from safe_synthesizer.config.base import Section

Strategy = Literal["fake", "hash", "redact", "keep"]

DEFAULT_ENTITIES = [
    "first_name",
    "last_name",
    "name",
    "street_address",
    "city",
    "state",
    "postcode",
    "address",
    "phone_number",
    "fax_number",
    "email",
    "ssn",
    "national_id",
    "tax_id",
    "credit_debit_card",
]


class PiiGlobals(Section):
    """Settings shared by every PII step."""

    locales: list[str] = Field(default_factory=lambda: ["en_US"], description="Faker locales.")
    ner_threshold: float = Field(0.3, ge=0, le=1, description="Minimum NER confidence.")


class ReplacePiiParameters(Section):
    """Which entities to detect and how to replace them."""

    enabled: bool = Field(True, description="Replace PII before training (on by default).")
    globals: PiiGlobals = Field(default_factory=PiiGlobals)
    entities: list[str] = Field(
        default_factory=lambda: list(DEFAULT_ENTITIES), description="Entity types to detect."
    )
    default_strategy: Strategy = Field("fake", description="How detected values are replaced.")
    entity_strategies: dict[str, Strategy] = Field(
        default_factory=dict, description="Per-entity strategy, e.g. {email: hash}."
    )
    column_overrides: dict[str, Strategy] = Field(
        default_factory=dict, description="Per-column strategy; forces treatment of that column."
    )
    free_text_ner: bool = Field(True, description="Detect entities inside free-text cells.")
    min_column_confidence: float = Field(
        0.7, ge=0, le=1, description="Share of sampled values that must match to tag a column."
    )
