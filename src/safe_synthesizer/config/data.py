"""``data`` section: how the input table is read, checked and split."""

from __future__ import annotations

from pydantic import Field

from safe_synthesizer.config.base import Auto, PositiveInt, Section
from safe_synthesizer.data.schema import ColumnType


class DataParameters(Section):
    """Input handling and the holdout split."""

    holdout: float = Field(
        0.05,
        ge=0,
        description="Holdout for evaluation: <1 is a fraction, >=1 a row count, 0 disables it.",
    )
    max_holdout: int = Field(2000, ge=0, description="Upper bound on holdout rows.")
    group_training_examples_by: str | None = Field(
        None, description="Entity column: all records of one entity stay together (split, DP unit)."
    )
    order_training_examples_by: str | None = Field(
        None, description="Column that orders records inside an entity."
    )
    max_sequences_per_example: PositiveInt | Auto = Field(
        "auto", description="Records packed per LLM example (auto: 10, or 1 under DP)."
    )
    random_state: int | None = Field(
        None, description="Seed for every random step; None draws one and records it in the run."
    )
    column_types: dict[str, ColumnType] = Field(
        default_factory=dict,
        description="Override inferred column types, e.g. {zip: categorical}.",
    )
    datetime_formats: dict[str, str] = Field(
        default_factory=dict, description="Override inferred strftime formats of datetime columns."
    )
