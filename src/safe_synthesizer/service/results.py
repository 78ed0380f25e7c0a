"""HTTP routes for a job's outputs: summary, synthetic data, report, and (members only) its upload.

Files are read from the run directory the worker recorded (``generate/synthetic_data.csv``,
``generate/evaluation_report.html``) under the names the pipeline exports. Every download of data
or report is audited; summaries and status are not (a poll loop would flood the log).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

import pandas as pd
from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import FileResponse

from safe_synthesizer import pipeline
from safe_synthesizer.service import audit
from safe_synthesizer.service.api import ERRORS, Caller, find_job
from safe_synthesizer.service.auth import Principal
from safe_synthesizer.service.deps import engine_of, require, settings_of
from safe_synthesizer.service.schemas import SummaryOut
from safe_synthesizer.service.workers import job_dir
from safe_synthesizer.utils.atomic import atomic_path

router = APIRouter(prefix="/v1/workspaces/{workspace}/jobs/{job_id}", responses=ERRORS, tags=["results"])
PARQUET_CACHE = "synthetic_data.parquet"


def _completed(request: Request, who: Caller, workspace: str, job_id: str) -> dict[str, Any]:
    job = find_job(request, who, workspace, job_id)
    if job["status"] != "completed":
        raise HTTPException(409, f"job '{job_id}' is {job['status']}, not completed; its results are not available")
    return job


def _run_file(job: dict[str, Any], *parts: str) -> Path:
    if not job.get("run_path"):
        raise HTTPException(404, f"job '{job['id']}' ({job['action']}) has no run outputs")
    path = Path(job["run_path"]).joinpath(*parts)
    if not path.is_file():
        raise HTTPException(404, f"job '{job['id']}' has no {'/'.join(parts)} (removed, or not produced by this run)")
    return path


def _audit_download(request: Request, who: Principal, job: dict[str, Any], what: str) -> None:
    with engine_of(request).begin() as conn:
        audit.record(conn, actor=who.actor, role=who.role, workspace=job["workspace"], action=f"download.{what}",
                     target=job["id"], dataset_fingerprint=job["dataset_fingerprint"], epsilon=None)


@router.get("/results/summary", response_model=SummaryOut)
def summary(request: Request, workspace: str, job_id: str, who: Caller) -> SummaryOut:
    """The four headline scores, epsilon spent, record count, stage timings and warnings."""
    job = _completed(request, who, workspace, job_id)
    found = job.get("summary") or {}
    keys = ("synthetic_data_quality_score", "data_privacy_score", "membership_inference_protection_score",
            "attribute_inference_protection_score", "num_valid_records")
    return SummaryOut(job_id=job_id, status=job["status"], epsilon=job.get("epsilon_spent"),
                      timings=found.get("timings") or {}, warnings=found.get("warnings") or [],
                      **{k: found.get(k) for k in keys})


@router.get("/results/synthetic-data", response_class=FileResponse,
            responses={200: {"content": {"text/csv": {}, "application/vnd.apache.parquet": {}}}})
def synthetic_data(
    request: Request, workspace: str, job_id: str, who: Caller,
    format: Annotated[Literal["csv", "parquet"], Query()] = "csv",
) -> FileResponse:
    """The synthetic table as CSV (as the pipeline wrote it) or Parquet."""
    job = _completed(request, who, workspace, job_id)
    csv = _run_file(job, "generate", pipeline.SYNTHETIC_CSV)
    _audit_download(request, who, job, f"synthetic_data.{format}")
    if format == "csv":
        return FileResponse(csv, media_type="text/csv", filename=f"{job['name']}-synthetic.csv")
    cached = job_dir(settings_of(request), job_id) / PARQUET_CACHE
    if not cached.exists():
        with atomic_path(cached) as tmp:
            pd.read_csv(csv).to_parquet(tmp, index=False)
    return FileResponse(cached, media_type="application/vnd.apache.parquet",
                        filename=f"{job['name']}-synthetic.parquet")


@router.get("/results/report", response_class=FileResponse, responses={200: {"content": {"text/html": {}}}})
def report(
    request: Request, workspace: str, job_id: str, who: Caller, releasable: bool = False,
) -> FileResponse:
    """The self-contained HTML evaluation report; ``releasable=true`` for the shareable DP version."""
    job = _completed(request, who, workspace, job_id)
    name = pipeline.RELEASABLE_REPORT_HTML if releasable else pipeline.REPORT_HTML
    path = _run_file(job, "generate", name)
    _audit_download(request, who, job, "report")
    return FileResponse(path, media_type="text/html")


@router.get("/dataset", response_class=FileResponse, responses={200: {"content": {"application/octet-stream": {}}}})
def raw_dataset(request: Request, workspace: str, job_id: str, who: Caller) -> FileResponse:
    """The raw uploaded table, while it is kept (queued/running jobs, or ``serve --retain-uploads``).

    Members and owners only: a viewer never reads raw data.
    """
    job = find_job(request, who, workspace, job_id)
    require(who, workspace, "member")
    upload = job_dir(settings_of(request), job_id) / "upload"
    files = sorted(upload.glob("*")) if upload.is_dir() else []
    if not files:
        raise HTTPException(410, f"the raw upload of job '{job_id}' was deleted after the job ended "
                                 "(start the server with --retain-uploads to keep uploads)")
    _audit_download(request, who, job, "raw_dataset")
    return FileResponse(files[0], media_type="application/octet-stream", filename=job["dataset_name"] or files[0].name)
