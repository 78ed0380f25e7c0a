"""Job records and their state changes; every change that matters is audited in the same transaction.

States: ``queued`` -> ``running`` -> ``completed`` | ``failed`` | ``cancelled``. A running job whose
API instance died (no heartbeat, or the instance restarted) is put back to ``queued`` with one more
attempt, up to ``max_attempts``; after that it ends ``interrupted``. Jobs start in submission
order (``seq``); the claim is one conditional UPDATE, so two instances never run the same job.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from sqlalchemy import Engine, and_, bindparam, func, or_, select
from sqlalchemy.engine import Connection

from safe_synthesizer.service import audit
from safe_synthesizer.service.auth import Principal
from safe_synthesizer.service.db import jobs, utcnow

ACTIONS = ("synthesize", "validate")
FINAL = ("completed", "failed", "cancelled", "interrupted")
STATUSES = ("queued", "running", *FINAL)


def new_job_id() -> str:
    return "job-" + secrets.token_hex(6)


def _public(row: Any) -> dict[str, Any]:
    job = dict(row._mapping if hasattr(row, "_mapping") else row)
    for key in ("created_at", "started_at", "finished_at", "heartbeat_at"):
        if job.get(key) is not None:
            job[key] = job[key].isoformat() + "Z"
    return job


def create(
    engine: Engine,
    principal: Principal,
    *,
    job_id: str,
    project: str,
    name: str,
    action: str,
    config: dict[str, Any],
    dataset_name: str,
    dataset_fingerprint: str,
    dataset_bytes: int,
    retained: bool,
) -> dict[str, Any]:
    """Insert a queued job and its audit record in one transaction."""
    values = dict(
        id=job_id, workspace=principal.workspace, project=project, name=name, action=action,
        status="queued", config=config, dataset_name=dataset_name, dataset_fingerprint=dataset_fingerprint,
        dataset_bytes=dataset_bytes, dataset_retained=retained, created_by=principal.actor,
        created_at=utcnow(), attempts=0, cancel_requested=False,
    )  # fmt: skip
    privacy = config.get("privacy") or {}
    with engine.begin() as conn:
        conn.execute(jobs.insert().values(**values))
        audit.record(
            conn, actor=principal.actor, role=principal.role, workspace=principal.workspace,
            action="job.create", target=job_id, dataset_fingerprint=dataset_fingerprint,
            detail={"project": project, "name": name, "action": action, "dataset_name": dataset_name,
                    "dataset_bytes": dataset_bytes, "dp_enabled": bool(privacy.get("dp_enabled")),
                    "epsilon_requested": privacy.get("epsilon") if privacy.get("dp_enabled") else None},
        )  # fmt: skip
    return get(engine, principal.workspace, job_id)


# Built once: a status poll runs it, and building a statement costs more than executing it.
_GET = select(jobs).where(jobs.c.id == bindparam("job_id"), jobs.c.workspace == bindparam("workspace"))


def get(engine: Engine, workspace: str, job_id: str) -> dict[str, Any] | None:
    with engine.connect() as conn:
        row = conn.execute(_GET, {"job_id": job_id, "workspace": workspace}).first()
    return _public(row) if row else None


def get_any(conn: Connection, job_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(jobs).where(jobs.c.id == job_id)).first()
    return _public(row) if row else None


def list_(
    engine: Engine, workspace: str, *, project: str | None = None, status: str | None = None, limit: int = 100,
) -> list[dict[str, Any]]:
    """Newest first."""
    stmt = select(jobs).where(jobs.c.workspace == workspace)
    if project:
        stmt = stmt.where(jobs.c.project == project)
    if status:
        stmt = stmt.where(jobs.c.status == status)
    with engine.connect() as conn:
        rows = conn.execute(stmt.order_by(jobs.c.seq.desc()).limit(limit)).all()
    return [_public(r) for r in rows]


def count_waiting(engine: Engine, workspace: str) -> int:
    with engine.connect() as conn:
        return conn.execute(
            select(func.count()).select_from(jobs)
            .where(jobs.c.workspace == workspace, jobs.c.status.in_(("queued", "running")))
        ).scalar_one()


def request_cancel(engine: Engine, principal: Principal, job_id: str) -> dict[str, Any] | None:
    """A queued job is cancelled at once; a running one is flagged and its pool stops the process."""
    with engine.begin() as conn:
        job = get_any(conn, job_id)
        if job is None or job["workspace"] != principal.workspace:
            return None
        if job["status"] not in ("queued", "running"):
            return job  # already final: cancelling is a no-op, not an error
        stopped = conn.execute(jobs.update().where(jobs.c.id == job_id, jobs.c.status == "queued")
                               .values(status="cancelled", finished_at=utcnow(), cancel_requested=True)).rowcount
        if not stopped:  # running, or claimed by a pool since we read it: its pool stops the process
            conn.execute(jobs.update().where(jobs.c.id == job_id).values(cancel_requested=True))
        audit.record(conn, actor=principal.actor, role=principal.role, workspace=principal.workspace,
                     action="job.cancel", target=job_id, dataset_fingerprint=job["dataset_fingerprint"],
                     detail={"status_before": job["status"]})
    return get(engine, principal.workspace, job_id)


def delete(engine: Engine, principal: Principal, job_id: str) -> bool:
    """Remove a final job's record (its files are removed by the caller); the audit log keeps its history."""
    with engine.begin() as conn:
        job = get_any(conn, job_id)
        if job is None or job["workspace"] != principal.workspace:
            return False
        conn.execute(jobs.delete().where(jobs.c.id == job_id))
        audit.record(conn, actor=principal.actor, role=principal.role, workspace=principal.workspace,
                     action="job.delete", target=job_id, dataset_fingerprint=job["dataset_fingerprint"],
                     detail={"status": job["status"], "name": job["name"]})
    return True


# The worker pool's side -------------------------------------------------------------------------
def claim_next(engine: Engine, worker: str) -> dict[str, Any] | None:
    """Take the oldest queued job for ``worker``; None when the queue is empty."""
    for _ in range(5):  # another instance may win the race for the same row; then try the next one
        with engine.begin() as conn:
            job_id = conn.execute(
                select(jobs.c.id).where(jobs.c.status == "queued").order_by(jobs.c.seq).limit(1)
            ).scalar_one_or_none()
            if job_id is None:
                return None
            now = utcnow()
            claimed = conn.execute(
                jobs.update().where(jobs.c.id == job_id, jobs.c.status == "queued")
                .values(status="running", worker=worker, started_at=now, heartbeat_at=now,
                        attempts=jobs.c.attempts + 1, error=None)
            ).rowcount
            if claimed:
                job = get_any(conn, job_id)
                audit.record(conn, actor=audit.SYSTEM, role="system", workspace=job["workspace"],
                             action="job.start", target=job_id, dataset_fingerprint=job["dataset_fingerprint"],
                             detail={"attempt": job["attempts"], "worker": worker})
                return job
    return None


def set_pid(engine: Engine, job_id: str, pid: int) -> None:
    with engine.begin() as conn:
        conn.execute(jobs.update().where(jobs.c.id == job_id).values(pid=pid))


def heartbeat(engine: Engine, worker: str, job_ids: list[str]) -> tuple[list[str], list[str]]:
    """Mark the pool's running jobs alive. Return (cancel requested, lost): a job is lost when
    another instance took it over after missing heartbeats, so this pool must stop its process."""
    if not job_ids:
        return [], []
    with engine.begin() as conn:
        conn.execute(jobs.update().where(jobs.c.id.in_(job_ids), jobs.c.worker == worker,
                                         jobs.c.status == "running").values(heartbeat_at=utcnow()))
        rows = conn.execute(select(jobs.c.id, jobs.c.worker, jobs.c.status, jobs.c.cancel_requested)
                            .where(jobs.c.id.in_(job_ids))).all()
    mine = {r.id for r in rows if r.worker == worker and r.status == "running"}
    flagged = [r.id for r in rows if r.id in mine and r.cancel_requested]
    return flagged, [i for i in job_ids if i not in mine]


def cancel_requested(engine: Engine, job_ids: list[str]) -> list[str]:
    if not job_ids:
        return []
    with engine.connect() as conn:
        return list(conn.execute(
            select(jobs.c.id).where(jobs.c.id.in_(job_ids), jobs.c.cancel_requested.is_(True))
        ).scalars())


def finish(
    engine: Engine,
    job_id: str,
    status: str,
    *,
    error: str | None = None,
    run_path: str | None = None,
    summary: dict[str, Any] | None = None,
    epsilon: float | None = None,
    retained: bool | None = None,
    worker: str | None = None,
) -> None:
    """Record the end of a job's run; the audit record carries the epsilon it spent.

    With ``worker``, only while that instance still owns the job (not after a takeover)."""
    values: dict[str, Any] = dict(status=status, finished_at=utcnow(), error=error, run_path=run_path,
                                  summary=summary, epsilon_spent=epsilon, pid=None)
    if retained is not None:
        values["dataset_retained"] = retained
    with engine.begin() as conn:
        job = get_any(conn, job_id)
        if job is None or (worker is not None and (job["worker"] != worker or job["status"] != "running")):
            return  # deleted, or re-queued and taken over by another instance
        conn.execute(jobs.update().where(jobs.c.id == job_id).values(**values))
        audit.record(conn, actor=audit.SYSTEM, role="system", workspace=job["workspace"],
                     action=f"job.{status}", target=job_id, dataset_fingerprint=job["dataset_fingerprint"],
                     epsilon=epsilon, detail={"attempt": job["attempts"], **({"error": error} if error else {})})


def requeue_orphans(
    engine: Engine, *, worker: str, stale_after: float, max_attempts: int, foreign_now: bool = False,
) -> dict[str, str]:
    """Re-queue running jobs whose instance stopped: no heartbeat for ``stale_after`` seconds or, with
    ``foreign_now`` (SQLite: one instance per data directory, so at start-up every running job that
    is not ours was interrupted), any other instance's job. Return ``{job id: new status}``."""
    cutoff = utcnow() - dt.timedelta(seconds=stale_after)
    orphaned = or_(jobs.c.heartbeat_at < cutoff, jobs.c.heartbeat_at.is_(None))
    if foreign_now:
        orphaned = or_(orphaned, jobs.c.worker != worker)
    affected: dict[str, str] = {}
    with engine.begin() as conn:
        rows = conn.execute(select(jobs).where(and_(jobs.c.status == "running", orphaned))).all()
        for row in rows:
            job = _public(row)
            final = job["cancel_requested"] or job["attempts"] >= max_attempts
            status = ("cancelled" if job["cancel_requested"] else "interrupted") if final else "queued"
            values: dict[str, Any] = dict(status=status, worker=None, pid=None, heartbeat_at=None,
                                          error=f"interrupted: its API instance {job['worker']} stopped")
            if final:
                values["finished_at"] = utcnow()
            conn.execute(jobs.update().where(jobs.c.id == job["id"], jobs.c.status == "running").values(**values))
            audit.record(conn, actor=audit.SYSTEM, role="system", workspace=job["workspace"],
                         action="job.requeue" if status == "queued" else f"job.{status}", target=job["id"],
                         dataset_fingerprint=job["dataset_fingerprint"],
                         detail={"attempt": job["attempts"], "previous_worker": job["worker"]})
            affected[job["id"]] = status
    return affected
