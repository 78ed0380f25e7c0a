"""``privacy`` section: differential privacy (DP-SGD) settings."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from safe_synthesizer.config.base import Auto, OpenShare, Section


class PrivacyParameters(Section):
    """DP-SGD with accounting; off by default."""

    dp_enabled: bool = Field(False, description="Train with DP-SGD.")
    epsilon: float = Field(8.0, gt=0, description="Total privacy budget of this run.")
    delta: OpenShare | Auto = Field("auto", description="auto: 1/n^1.2 for n privacy units (0.1/n under 100).")
    per_sample_max_grad_norm: float = Field(1.0, gt=0, description="Per-unit clipping norm.")
    preprocessing_epsilon_share: Annotated[float, Field(ge=0, lt=1)] | Auto = Field(
        "auto",
        description="Share of epsilon spent on DP statistics (vocabularies, bounds, bins) before training; "
        "auto: more for few units or a small epsilon, between 0.1 and 0.5.",
    )
    max_total_epsilon: float | None = Field(
        10.0,
        gt=0,
        description="Warn when the ledger's cumulative epsilon for this data source would exceed it.",
    )
    accountant: Literal["prv", "rdp"] = Field(
        "prv", description="Privacy accountant for DP-SGD: prv (tighter) or rdp (classic, for comparison)."
    )
    public_bounds: dict[str, tuple[float, float]] = Field(
        default_factory=dict,
        description="Public value ranges of numeric/datetime-year columns, e.g. {age: [0, 120]}: under DP they "
        "replace the DP bounds (no epsilon spent; values outside are clipped).",
    )
    public_categories: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Public category lists, e.g. {sex: [F, M]}: under DP they replace the DP vocabulary "
        "(no epsilon spent; other values become the rare token).",
    )
    entity_row_cap: int = Field(
        8,
        ge=1,
        description="Entity-level DP: at most this many random rows per entity feed the codec's DP "
        "statistics (their noise grows with it).",
    )
