"""Worker processes and restarts: a job interrupted by a killed server is re-queued and completes."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from safe_synthesizer.errors import UserInputError
from safe_synthesizer.service import jobs
from safe_synthesizer.service.app import _lock_data_dir
from safe_synthesizer.service.db import make_engine
from safe_synthesizer.service.settings import ServiceSettings

from .live import FAST_CONFIG, Live, adult_slice, kill, make_token, start_subprocess_server, submit, wait_job

pytestmark = pytest.mark.slow
# The interrupted job trains twice: skip what the restart does not exercise.
LIGHT = {**FAST_CONFIG, "replace_pii": {"enabled": False}, "evaluation": {"enabled": False}}


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has finished; only its exit status waits to be collected


def _wait_stage(client, job_id: str, stage: str, timeout: float = 300) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get(f"/v1/workspaces/default/jobs/{job_id}").json()
        if job["status"] == "running" and job["stage"] == stage:
            return job
        assert job["status"] in ("queued", "running"), job
        time.sleep(0.2)
    raise TimeoutError(f"job {job_id} never reached stage {stage}")


def test_a_job_interrupted_by_a_server_kill_is_requeued_and_completes(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    settings = ServiceSettings(data_dir=data_dir)
    token = make_token(settings, "default", "member")
    data = adult_slice(tmp_path / "adult300.csv")
    server, url = start_subprocess_server(data_dir, "--workers", "1")
    try:
        with Live(url, settings).client(token) as client:
            client.post("/v1/workspaces/default/projects", json={"name": "p"})
            first = submit(client, name="interrupted", data=data, config=LIGHT).json()
            second = submit(client, name="behind", data=data, action="validate").json()
            _wait_stage(client, first["id"], "train")
        engine = make_engine(settings.url)
        pid = jobs.get(engine, "default", first["id"])["pid"]
        assert pid and _alive(pid)
        kill(server)
        deadline = time.monotonic() + 15
        while _alive(pid) and time.monotonic() < deadline:  # the worker dies with its server
            time.sleep(0.1)
        assert not _alive(pid)
        assert jobs.get(engine, "default", first["id"])["status"] == "running"  # nobody has noticed yet

        server, url = start_subprocess_server(data_dir, "--workers", "1")
        with Live(url, settings).client(token) as client:
            done = wait_job(client, first["id"], timeout=600)
            behind = wait_job(client, second["id"], timeout=300)
        assert done["status"] == "completed" and done["attempts"] == 2, done
        assert behind["status"] == "completed" and behind["started_at"] > done["started_at"]  # order kept
        assert done["summary"]["num_valid_records"] == 100
        log = (data_dir / "jobs" / first["id"] / "job.log").read_text()
        assert log.count("--- attempt") == 2
        with Live(url, settings).client(make_token(settings, "default", "owner")) as owner:
            actions = [r["action"] for r in owner.get("/v1/workspaces/default/audit",
                                                       params={"target": first["id"]}).json()["records"]]
        assert actions == ["job.create", "job.start", "job.requeue", "job.start", "job.completed"]
        engine.dispose()
    finally:
        kill(server)


def test_a_second_server_on_the_same_sqlite_data_dir_is_refused(tmp_path: Path) -> None:
    settings = ServiceSettings(data_dir=tmp_path)
    held = _lock_data_dir(settings)
    try:
        with pytest.raises(UserInputError, match="another safe-synthesizer server already uses this data directory"):
            _lock_data_dir(settings)
    finally:
        held.close()
    _lock_data_dir(settings).close()  # free again once the first server is gone
