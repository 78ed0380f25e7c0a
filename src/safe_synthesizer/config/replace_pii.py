"""``replace_pii`` section: detection and replacement of personal data before training."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from safe_synthesizer.config.base import Section

Strategy = Literal["fake", "hash", "redact", "keep"]

# Share of sampled values that must match to tag a column without a cue (``column_numbers`` reads it too).
MIN_COLUMN_CONFIDENCE = 0.7

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
    "iban",
    "ip_address",
    "url",
    "date_of_birth",
]

# Every entity the PII stage can detect (``safe_synthesizer.pii.entities.ALL_ENTITIES``).
KNOWN_ENTITIES = (*DEFAULT_ENTITIES,)


class PiiGlobals(Section):
    """Settings shared by every PII step."""

    locales: list[str] = Field(default_factory=lambda: ["en_US"], description="Faker locales.")
    ner_threshold: float = Field(0.3, ge=0, le=1, description="Minimum NER confidence.")


class ReplacePiiParameters(Section):
    """Which entities to detect and how to replace them."""

    enabled: bool = Field(True, description="Replace PII before training (on by default).")
    globals: PiiGlobals = Field(default_factory=PiiGlobals)
    entities: list[str] = Field(default_factory=lambda: list(DEFAULT_ENTITIES), description="Entity types to detect.")
    default_strategy: Strategy = Field("fake", description="How detected values are replaced.")
    entity_strategies: dict[str, Strategy] = Field(
        default_factory=dict, description="Per-entity strategy, e.g. {email: hash}."
    )
    column_overrides: dict[str, Strategy] = Field(
        default_factory=dict, description="Per-column strategy; forces treatment of that column."
    )
    free_text_ner: bool = Field(True, description="Detect entities inside free-text cells.")
    min_column_confidence: float = Field(
        MIN_COLUMN_CONFIDENCE, ge=0, le=1, description="Share of sampled values that must match to tag a column."
    )
    min_column_confidence_with_cue: float = Field(
        0.5,
        ge=0,
        le=1,
        description="Share of sampled values that must match when the column name names the entity.",
    )
    detection_sample_size: int = Field(
        500, ge=10, description="Distinct values sampled per column to decide its entity."
    )
    column_classifier: bool = Field(
        True,
        description="Ask the learned column classifier about columns the rules leave undecided.",
    )
    date_shift_max_days: int = Field(
        365, ge=1, description="Fake dates of birth move by up to this many days (never zero)."
    )

    @field_validator("entities")
    @classmethod
    def _known_entities(cls, value: list[str]) -> list[str]:
        unknown = [e for e in value if e not in KNOWN_ENTITIES]
        if unknown:
            raise ValueError(f"unknown PII entities {unknown}; choose from {list(KNOWN_ENTITIES)}")
        return value

    @field_validator("entity_strategies")
    @classmethod
    def _known_strategy_entities(cls, value: dict[str, Strategy]) -> dict[str, Strategy]:
        unknown = [e for e in value if e not in KNOWN_ENTITIES]
        if unknown:
            raise ValueError(f"entity_strategies: unknown entities {unknown}; choose from {list(KNOWN_ENTITIES)}")
        return value
