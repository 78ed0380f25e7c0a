"""The queue's state changes on a real database: claim order, heartbeats, re-queue after a restart."""

from __future__ import annotations

from pathlib import Path

import pytest

from safe_synthesizer.service import audit, jobs
from safe_synthesizer.service.auth import authenticate, create_token
from safe_synthesizer.service.db import make_engine, migrate


@pytest.fixture
def engine(tmp_path: Path):
    engine = make_engine(f"sqlite:///{tmp_path / 'service.db'}")
    migrate(engine)
    return engine


def _submit(engine, who, n: int) -> list[str]:
    ids = []
    for i in range(n):
        job_id = jobs.new_job_id()
        jobs.create(engine, who, job_id=job_id, project="p", name=f"j{i}", action="validate", config={},
                    dataset_name="d.csv", dataset_fingerprint=f"sha256:{i}", dataset_bytes=1, retained=True)
        ids.append(job_id)
    return ids


def test_jobs_are_claimed_once_in_submission_order(engine) -> None:
    who = authenticate(engine, create_token(engine, "w", "member"))
    ids = _submit(engine, who, 4)
    claimed = [jobs.claim_next(engine, "worker-a")["id"] for _ in range(4)]
    assert claimed == ids
    assert jobs.claim_next(engine, "worker-b") is None  # nothing left, nothing claimed twice
    assert all(jobs.get(engine, "w", i)["attempts"] == 1 for i in ids)


def test_interrupted_jobs_go_back_to_the_queue_until_their_attempts_run_out(engine) -> None:
    who = authenticate(engine, create_token(engine, "w", "member"))
    (job_id,) = _submit(engine, who, 1)
    for attempt in (1, 2):
        assert jobs.claim_next(engine, f"old-{attempt}")["attempts"] == attempt
        # A fresh heartbeat: only the start-up rule (another instance's job on SQLite) re-queues it.
        assert jobs.requeue_orphans(engine, worker="new", stale_after=60, max_attempts=2) == {}
        expected = {job_id: "queued" if attempt == 1 else "interrupted"}
        assert jobs.requeue_orphans(engine, worker="new", stale_after=60, max_attempts=2, foreign_now=True) == expected
    job = jobs.get(engine, "w", job_id)
    assert job["status"] == "interrupted" and "stopped" in job["error"]
    actions = [r["action"] for r in audit.query(engine, "w", target=job_id)]
    assert actions == ["job.create", "job.start", "job.requeue", "job.start", "job.interrupted"]


def test_a_cancel_request_reaches_the_worker_through_the_heartbeat(engine) -> None:
    who = authenticate(engine, create_token(engine, "w", "member"))
    queued, running = _submit(engine, who, 2)
    assert jobs.claim_next(engine, "a")["id"] == queued  # first in, first out
    assert jobs.request_cancel(engine, who, running)["status"] == "cancelled"  # still queued: at once
    assert jobs.request_cancel(engine, who, queued)["cancel_requested"] is True
    assert jobs.heartbeat(engine, "a", [queued]) == ([queued], [])


def test_a_silent_instance_loses_its_jobs_to_the_others(engine) -> None:
    """PostgreSQL, several instances: no heartbeat for ``stale_after`` seconds and the job is re-queued."""
    who = authenticate(engine, create_token(engine, "w", "member"))
    (job_id,) = _submit(engine, who, 1)
    jobs.claim_next(engine, "instance-a")
    assert jobs.requeue_orphans(engine, worker="instance-b", stale_after=30, max_attempts=3) == {}
    assert jobs.requeue_orphans(engine, worker="instance-b", stale_after=0, max_attempts=3) == {job_id: "queued"}
    assert jobs.claim_next(engine, "instance-b")["attempts"] == 2
    assert jobs.heartbeat(engine, "instance-a", [job_id]) == ([], [job_id])  # a learns it lost the job
    jobs.finish(engine, job_id, "failed", error="late", worker="instance-a")  # ignored: not a's any more
    assert jobs.get(engine, "w", job_id)["status"] == "running"
    jobs.finish(engine, job_id, "completed", worker="instance-b")
    assert jobs.get(engine, "w", job_id)["status"] == "completed"
