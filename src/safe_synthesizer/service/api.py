"""HTTP routes for workspaces, projects, jobs and the audit log (results are in ``results``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import shutil
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, HTTPException, Query, Request, Response, UploadFile
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from safe_synthesizer.config.io import parse_config
from safe_synthesizer.errors import ConfigError, UserInputError
from safe_synthesizer.service import audit, jobs
from safe_synthesizer.service.auth import Principal, check_name
from safe_synthesizer.service.db import projects, utcnow
from safe_synthesizer.service.deps import engine_of, principal, require, settings_of
from safe_synthesizer.service.runner import LOG, PROGRESS, REQUEST, remove_raw_data
from safe_synthesizer.service.schemas import (
    AuditList,
    ErrorOut,
    JobList,
    JobOut,
    JobSpec,
    LogsOut,
    ProjectIn,
    ProjectOut,
    WorkspaceOut,
)
from safe_synthesizer.service.workers import job_dir
from safe_synthesizer.utils.atomic import atomic_write_json

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut} for code in (401, 403, 404, 409, 410, 413, 422, 429)
}
router = APIRouter(prefix="/v1", responses=ERRORS)
Caller = Annotated[Principal, Depends(principal)]
TABLE_SUFFIXES = (".csv", ".tsv", ".txt", ".parquet", ".json", ".jsonl")
CHUNK = 1 << 20


def _project_out(row: Any) -> ProjectOut:
    return ProjectOut(workspace=row.workspace, name=row.name, description=row.description,
                      created_at=row.created_at.isoformat() + "Z")


def _get_project(request: Request, workspace: str, name: str) -> Any:
    with engine_of(request).connect() as conn:
        return conn.execute(select(projects).where(projects.c.workspace == workspace, projects.c.name == name)).first()


def job_out(request: Request, job: dict[str, Any]) -> JobOut:
    """The job record plus, while it runs, the stage and progress its worker wrote."""
    stage, progress = None, 1.0 if job["status"] == "completed" else 0.0
    if job["status"] == "running":
        path = job_dir(settings_of(request), job["id"]) / PROGRESS
        try:
            state = json.loads(path.read_text(encoding="utf-8"))
            stage, progress = state.get("stage"), float(state.get("fraction", 0.0))
        except (OSError, ValueError):  # not written yet
            stage = "starting"
    fields = {k: job.get(k) for k in JobOut.model_fields if k not in ("stage", "progress")}
    return JobOut(**fields, stage=stage, progress=progress)


def find_job(request: Request, who: Principal, workspace: str, job_id: str) -> dict[str, Any]:
    require(who, workspace)
    job = jobs.get(engine_of(request), workspace, job_id)
    if job is None:
        raise HTTPException(404, f"no job '{job_id}' in workspace '{workspace}'")
    return job


# Workspaces and projects ---------------------------------------------------------------------
@router.get("/workspaces", response_model=list[WorkspaceOut], tags=["workspaces"])
def list_workspaces(who: Caller) -> list[WorkspaceOut]:
    """The workspaces the calling token can see (one per token)."""
    return [WorkspaceOut(name=who.workspace, role=who.role)]


@router.get("/workspaces/{workspace}/projects", response_model=list[ProjectOut], tags=["projects"])
def list_projects(request: Request, workspace: str, who: Caller) -> list[ProjectOut]:
    require(who, workspace)
    with engine_of(request).connect() as conn:
        rows = conn.execute(select(projects).where(projects.c.workspace == workspace).order_by(projects.c.name)).all()
    return [_project_out(r) for r in rows]


@router.post("/workspaces/{workspace}/projects", response_model=ProjectOut, status_code=201, tags=["projects"])
def create_project(request: Request, workspace: str, body: ProjectIn, who: Caller) -> ProjectOut:
    require(who, workspace, "member")
    try:
        check_name("project", body.name)
    except UserInputError as exc:
        raise HTTPException(422, str(exc)) from exc
    try:
        with engine_of(request).begin() as conn:
            conn.execute(projects.insert().values(workspace=workspace, name=body.name,
                                                  description=body.description, created_at=utcnow()))
            audit.record(conn, actor=who.actor, role=who.role, workspace=workspace, action="project.create",
                         target=body.name)
    except IntegrityError as exc:
        raise HTTPException(409, f"project '{body.name}' already exists in workspace '{workspace}'") from exc
    return _project_out(_get_project(request, workspace, body.name))


@router.get("/workspaces/{workspace}/projects/{project}", response_model=ProjectOut, tags=["projects"])
def get_project(request: Request, workspace: str, project: str, who: Caller) -> ProjectOut:
    require(who, workspace)
    row = _get_project(request, workspace, project)
    if row is None:
        raise HTTPException(404, f"no project '{project}' in workspace '{workspace}'")
    return _project_out(row)


# Jobs ----------------------------------------------------------------------------------------
def _parse_spec(spec: str) -> JobSpec:
    try:
        parsed = JobSpec.model_validate_json(spec)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "spec"
        raise HTTPException(422, f"job spec: {where}: {first['msg']}") from exc
    try:
        parse_config(parsed.config, source="job spec config")
    except (ConfigError, UserInputError) as exc:
        raise HTTPException(422, str(exc)) from exc
    return parsed


def _save_upload(data: UploadFile, target_dir: Path, max_bytes: int) -> tuple[Path, str, int]:
    """Stream the upload to disk, hashing as it goes; 413 past the size limit."""
    original = Path(data.filename or "data.csv").name
    suffix = Path(original).suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        raise HTTPException(422, f"data file '{original}': unsupported type '{suffix or 'none'}'; "
                                 f"send one of {', '.join(TABLE_SUFFIXES)}")
    stem = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(original).stem)[:80] or "data"
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / f"{stem}{suffix}"
    digest, size = hashlib.sha256(), 0
    with target.open("wb") as out:
        while chunk := data.file.read(CHUNK):
            size += len(chunk)
            if size > max_bytes:
                raise HTTPException(413, f"data file '{original}' is larger than the server's limit of "
                                         f"{max_bytes // (1 << 20)} MB (serve --max-upload-mb)")
            digest.update(chunk)
            out.write(chunk)
    if size == 0:
        raise HTTPException(422, f"data file '{original}' is empty")
    return target, "sha256:" + digest.hexdigest(), size


@router.post("/workspaces/{workspace}/jobs", response_model=JobOut, status_code=201, tags=["jobs"])
def create_job(
    request: Request,
    workspace: str,
    who: Caller,
    spec: Annotated[str, Form(description="JSON: {name, project, action, config}")],
    data: Annotated[UploadFile, File(description="The table: CSV, TSV, Parquet, JSON or JSONL.")],
) -> JobOut:
    """Submit a job: its spec and its table. It waits in the queue for a free worker."""
    require(who, workspace, "member")
    settings, engine = settings_of(request), engine_of(request)
    parsed = _parse_spec(spec)
    if _get_project(request, workspace, parsed.project) is None:
        raise HTTPException(404, f"no project '{parsed.project}' in workspace '{workspace}'; create it first "
                                 "(POST /v1/workspaces/{workspace}/projects, client.projects.create)")
    if jobs.count_waiting(engine, workspace) >= settings.max_queued_jobs:
        raise HTTPException(429, f"workspace '{workspace}' already has {settings.max_queued_jobs} queued or "
                                 "running jobs (serve --max-queued-jobs); wait for some to finish")
    job_id = jobs.new_job_id()
    directory = job_dir(settings, job_id)
    try:
        path, fingerprint, size = _save_upload(data, directory / "upload", int(settings.max_upload_mb * (1 << 20)))
        atomic_write_json(directory / REQUEST, {
            "job_id": job_id, "action": parsed.action, "config": parsed.config,
            "config_name": re.sub(r"[^A-Za-z0-9_.-]+", "_", parsed.name)[:60],
            "dataset_file": str(path.relative_to(directory)), "retain_uploads": settings.retain_uploads,
            "ledger_path": str(settings.ledger_path.resolve()),
        })  # fmt: skip
        job = jobs.create(engine, who, job_id=job_id, project=parsed.project, name=parsed.name,
                          action=parsed.action, config=parsed.config, dataset_name=Path(data.filename or "").name,
                          dataset_fingerprint=fingerprint, dataset_bytes=size, retained=True)
    except BaseException:
        shutil.rmtree(directory, ignore_errors=True)
        raise
    request.app.state.pool.wake()
    return job_out(request, job)


@router.get("/workspaces/{workspace}/jobs", response_model=JobList, tags=["jobs"])
def list_jobs(
    request: Request, workspace: str, who: Caller, project: str | None = None,
    status: str | None = None, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> JobList:
    """Newest first."""
    require(who, workspace)
    found = jobs.list_(engine_of(request), workspace, project=project, status=status, limit=limit)
    return JobList(jobs=[job_out(request, j) for j in found])


@router.get("/workspaces/{workspace}/jobs/{job_id}", response_model=JobOut, tags=["jobs"])
def get_job(request: Request, workspace: str, job_id: str, who: Caller) -> JobOut:
    """Status, stage and progress; the summary once completed."""
    return job_out(request, find_job(request, who, workspace, job_id))


@router.get("/workspaces/{workspace}/jobs/{job_id}/logs", response_model=LogsOut, tags=["jobs"])
def job_logs(
    request: Request, workspace: str, job_id: str, who: Caller,
    offset: Annotated[int, Query(ge=0, le=1 << 40)] = 0,
    limit: Annotated[int, Query(ge=1, le=1 << 24)] = 1 << 20,
) -> LogsOut:
    """The worker's log from byte ``offset`` (at most ``limit`` bytes)."""
    find_job(request, who, workspace, job_id)
    path = job_dir(settings_of(request), job_id) / LOG
    if not path.exists():
        return LogsOut(text="", offset=0)
    with path.open("rb") as handle:
        handle.seek(offset)
        chunk = handle.read(limit)
    return LogsOut(text=chunk.decode("utf-8", errors="replace"), offset=offset + len(chunk))


@router.post("/workspaces/{workspace}/jobs/{job_id}/cancel", response_model=JobOut, tags=["jobs"])
def cancel_job(request: Request, workspace: str, job_id: str, who: Caller) -> JobOut:
    """A queued job is cancelled at once, a running one within seconds; a finished one is left as is."""
    find_job(request, who, workspace, job_id)
    require(who, workspace, "member")
    job = jobs.request_cancel(engine_of(request), who, job_id)
    if job["status"] == "cancelled" and not settings_of(request).retain_uploads:
        remove_raw_data(job_dir(settings_of(request), job_id))  # never started: no runner cleans up
    request.app.state.pool.wake()
    return job_out(request, job)


@router.delete("/workspaces/{workspace}/jobs/{job_id}", status_code=204, tags=["jobs"])
def delete_job(request: Request, workspace: str, job_id: str, who: Caller) -> Response:
    """Remove a finished job and all its files (upload, model, synthetic data, report)."""
    job = find_job(request, who, workspace, job_id)
    require(who, workspace, "member")
    if job["status"] in ("queued", "running"):
        raise HTTPException(409, f"job '{job_id}' is {job['status']}; cancel it first")
    jobs.delete(engine_of(request), who, job_id)
    shutil.rmtree(job_dir(settings_of(request), job_id), ignore_errors=True)
    return Response(status_code=204)


# Audit ---------------------------------------------------------------------------------------
@router.get("/workspaces/{workspace}/audit", response_model=AuditList, tags=["audit"])
def audit_records(
    request: Request, workspace: str, who: Caller, action: str | None = None, target: str | None = None,
    since: dt.datetime | None = None, after_id: Annotated[int, Query(ge=0, le=1 << 62)] = 0,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> AuditList:
    """The workspace's audit records, oldest first (owner only)."""
    require(who, workspace, "owner")
    if since is not None and since.tzinfo is not None:
        since = since.astimezone(dt.UTC).replace(tzinfo=None)
    found = audit.query(engine_of(request), workspace, action=action, target=target, since=since,
                        after_id=after_id, limit=limit)
    return AuditList(records=found)
