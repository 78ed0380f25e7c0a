"""The bounded pool on a real server: queued jobs start in submission order, never more at once
than there are workers, and none is lost."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from safe_synthesizer.service.settings import ServiceSettings

from .live import adult_slice, submit, thread_server, wait_job

pytestmark = pytest.mark.slow


def _at(stamp: str) -> float:
    return dt.datetime.fromisoformat(stamp.rstrip("Z")).timestamp()


def test_queued_jobs_start_in_order_within_the_worker_limit(tmp_path: Path) -> None:
    settings = ServiceSettings(data_dir=tmp_path / "data", max_workers=2, poll_seconds=0.2)
    data = adult_slice(tmp_path / "adult300.csv")  # as the served fixture's validate job
    with thread_server(settings) as live, live.client(live.token("default", "member")) as member:
        assert member.post("/v1/workspaces/default/projects", json={"name": "p"}).status_code == 201
        ids = [submit(member, name=f"v{i}", action="validate", data=data).json()["id"] for i in range(5)]
        done = [wait_job(member, job_id, timeout=600) for job_id in ids]
    assert [j["status"] for j in done] == ["completed"] * 5, [j["error"] for j in done]
    assert all(j["attempts"] == 1 for j in done)
    starts = [_at(j["started_at"]) for j in done]
    assert starts == sorted(starts)  # submission order
    events = sorted([(_at(j["started_at"]), 1) for j in done] + [(_at(j["finished_at"]), -1) for j in done])
    running = peak = 0
    for _, step in events:  # a finish at the same instant as a start sorts first and frees its slot
        running += step
        peak = max(peak, running)
    assert peak == 2  # both workers used, never a third job at once
