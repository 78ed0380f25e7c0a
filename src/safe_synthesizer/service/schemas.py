"""Request and response bodies of the HTTP API; they make the OpenAPI spec."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class ErrorOut(BaseModel):
    detail: str


class WorkspaceOut(BaseModel):
    name: str
    role: str = Field(description="The calling token's role in this workspace.")


class ProjectIn(BaseModel):
    name: str = Field(min_length=1, max_length=64, description="Letters, digits, '_', '.', '-'.")
    description: str = Field("", max_length=2000)


class ProjectOut(BaseModel):
    workspace: str
    name: str
    description: str
    created_at: str


class JobSpec(BaseModel):
    """The JSON part of a job submission (multipart field ``spec``); the table is the ``data`` file."""

    name: str = Field(min_length=1, max_length=128)
    project: str = Field(min_length=1, max_length=64)
    action: Literal["synthesize", "validate"] = Field(
        "synthesize", description="validate: preflight only (read, type and check the table), no training.")
    config: dict[str, Any] = Field(default_factory=dict, description="Config sections, as in config.yaml.")


class JobOut(BaseModel):
    id: str
    name: str
    workspace: str
    project: str
    action: str
    status: Literal["queued", "running", "completed", "failed", "cancelled", "interrupted"]
    stage: str | None = Field(None, description="Current stage of a running job.")
    progress: float = Field(description="0 to 1; a rough share of the job's work done.")
    attempts: int
    created_at: str
    started_at: str | None
    finished_at: str | None
    created_by: str
    dataset_name: str
    dataset_fingerprint: str
    dataset_bytes: int
    dataset_retained: bool
    cancel_requested: bool
    error: str | None
    epsilon_spent: float | None
    summary: dict[str, Any] | None
    config: dict[str, Any]


class JobList(BaseModel):
    jobs: list[JobOut]


class LogsOut(BaseModel):
    text: str
    offset: int = Field(description="Byte offset of the end of this chunk; pass it back to read only new lines.")


class SummaryOut(BaseModel):
    job_id: str
    status: str
    synthetic_data_quality_score: float | None
    data_privacy_score: float | None
    membership_inference_protection_score: float | None
    attribute_inference_protection_score: float | None
    epsilon: float | None
    num_valid_records: int | None
    timings: dict[str, float]
    warnings: list[str]


class AuditRecord(BaseModel):
    id: int
    at: str
    actor: str
    role: str
    workspace: str
    action: str
    target: str
    dataset_fingerprint: str | None
    epsilon: float | None
    detail: dict[str, Any]


class AuditList(BaseModel):
    records: list[AuditRecord]
