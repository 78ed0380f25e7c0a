"""``data`` section: how the input table is read, checked and split."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from safe_synthesizer.config.base import Auto, PositiveInt, Section
from safe_synthesizer.config.column_types import ColumnType

Decimals = Annotated[int, Field(ge=0, le=10)]


class NumberFormatParameters(Section):
    """How one column writes its numbers (``data.number_formats.<column>``), e.g. ``$1,200.50``.

    Example:
        >>> NumberFormatParameters(thousands=",", prefix="$").as_schema()
        {'thousands': ',', 'decimal': '.', 'prefix': '$', 'suffix': ''}
    """

    thousands: str = Field("", description="Thousands separator as written: '', ',', '.', ' ', \"'\".")
    decimal: Literal[".", ","] = Field(".", description="Decimal mark.")
    prefix: str = Field("", description="Currency sign before the number as written, e.g. '$' or 'USD '.")
    suffix: str = Field("", description="Sign after the number as written, e.g. '%' or ' EUR'.")
    negative: Literal["minus", "parentheses"] = Field("minus", description="How negatives are written.")
    fixed_decimals: bool = Field(False, description="Every value shows the column's decimal places ('1.50').")

    def as_schema(self) -> dict[str, str]:
        """The schema's ``number_format`` dict (see ``data.numbers.NumberFormat.to_dict``)."""
        d = {"thousands": self.thousands, "decimal": self.decimal, "prefix": self.prefix, "suffix": self.suffix}
        if self.negative == "parentheses":
            d["negative"] = "parentheses"
        if self.fixed_decimals:
            d["fixed_decimals"] = "true"
        return d


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
    column_decimals: dict[str, Decimals] = Field(
        default_factory=dict,
        description="Decimal places of float columns, e.g. {price: 2}; replaces the inferred ones. Under DP "
        "decimals are never learnt from the data: set them here (else dp_default_decimals).",
    )
    dp_default_decimals: Decimals = Field(
        2, description="Under DP: decimal places of float columns missing from column_decimals (a fixed rule)."
    )
    number_formats: dict[str, NumberFormatParameters] = Field(
        default_factory=dict,
        description="Override inferred number formats, e.g. {price: {thousands: ',', prefix: '$'}}; keys "
        "thousands, decimal, prefix, suffix, negative (minus|parentheses), fixed_decimals. Under DP formats "
        "are not learnt from the data: numbers not written plainly need this.",
    )
