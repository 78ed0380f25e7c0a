"""The bounded worker pool: at most ``max_workers`` job processes per API instance.

One supervisor thread per API instance claims queued jobs in submission order, starts each as its
own process (``runner``), beats the heartbeat of the jobs it runs, stops those whose cancellation
was requested and records how each one ended. Separate processes keep a crashing or memory-hungry
training away from the API, and let a cancel kill the work outright.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sqlalchemy import Engine

from safe_synthesizer.service import jobs
from safe_synthesizer.service.runner import ERROR, LOG, PARENT_PID_ENV, PROGRESS, RESULT, remove_raw_data
from safe_synthesizer.service.settings import ServiceSettings

logger = logging.getLogger(__name__)


@dataclass
class _Running:
    job_id: str
    process: subprocess.Popen
    log: IO[bytes]
    cancel_sent_at: float | None = None


def job_dir(settings: ServiceSettings, job_id: str) -> Path:
    return settings.jobs_dir / job_id


class WorkerPool:
    """Start with :meth:`start`, stop with :meth:`stop`; :meth:`wake` after a submission or cancel."""

    def __init__(self, engine: Engine, settings: ServiceSettings) -> None:
        self.engine = engine
        self.settings = settings
        self.worker_id = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self._running: dict[str, _Running] = {}
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_beat = 0.0
        self._last_orphan_check = 0.0

    # Life cycle ----------------------------------------------------------------------------
    def start(self) -> None:
        sqlite = self.engine.dialect.name == "sqlite"
        requeued = jobs.requeue_orphans(
            self.engine, worker=self.worker_id, stale_after=self.settings.stale_after_seconds,
            max_attempts=self.settings.max_attempts, foreign_now=sqlite,
        )
        self._after_orphans(requeued)
        self._thread = threading.Thread(target=self._loop, name="nss-worker-pool", daemon=True)
        self._thread.start()

    def stop(self, kill_running: bool = True) -> None:
        """Stop the loop; running jobs are killed and will be re-queued by the next start."""
        self._stop.set()
        self._wake.set()
        if self._thread:
            self._thread.join(timeout=10)
        if kill_running:
            for run in list(self._running.values()):
                run.process.kill()
                run.process.wait(timeout=10)
                run.log.close()
            self._running.clear()

    def wake(self) -> None:
        self._wake.set()

    @property
    def running(self) -> list[str]:
        return list(self._running)

    # Loop ----------------------------------------------------------------------------------
    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                self._tick()
            except Exception:  # a database hiccup must not kill the pool; the next tick retries
                logger.exception("worker pool tick failed")
            self._wake.wait(self.settings.poll_seconds)
            self._wake.clear()

    def _tick(self) -> None:
        self._reap()
        now = time.monotonic()
        if self._running:
            if now - self._last_beat >= self.settings.heartbeat_seconds:
                self._last_beat = now
                flagged, lost = jobs.heartbeat(self.engine, self.worker_id, list(self._running))
                for job_id in lost:
                    self._abandon(job_id)
            else:  # a cancel must not wait for the next heartbeat: one cheap query per tick
                flagged = jobs.cancel_requested(self.engine, list(self._running))
            for job_id in flagged:
                if job_id in self._running:
                    self._cancel(self._running[job_id])
        if self.engine.dialect.name != "sqlite" and now - self._last_orphan_check >= self.settings.heartbeat_seconds:
            self._last_orphan_check = now  # several instances share the queue: take over a dead one's jobs
            self._after_orphans(jobs.requeue_orphans(
                self.engine, worker=self.worker_id, stale_after=self.settings.stale_after_seconds,
                max_attempts=self.settings.max_attempts,
            ))
        while len(self._running) < self.settings.max_workers and not self._stop.is_set():
            job = jobs.claim_next(self.engine, self.worker_id)
            if job is None:
                break
            self._launch(job)

    def _launch(self, job: dict) -> None:
        directory = job_dir(self.settings, job["id"])
        for name in (RESULT, ERROR, PROGRESS):
            (directory / name).unlink(missing_ok=True)
        log = open(directory / LOG, "ab")  # noqa: SIM115 (closed when the process is reaped)
        log.write(f"--- attempt {job['attempts']} on {self.worker_id}\n".encode())
        log.flush()
        env = {**os.environ, PARENT_PID_ENV: str(os.getpid()), "PYTHONUNBUFFERED": "1"}
        process = subprocess.Popen(
            [sys.executable, "-m", "safe_synthesizer.service.runner", str(directory)],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env, cwd=directory,
        )
        self._running[job["id"]] = _Running(job["id"], process, log)
        jobs.set_pid(self.engine, job["id"], process.pid)
        logger.info("job %s started (attempt %d, pid %d)", job["id"], job["attempts"], process.pid)

    def _cancel(self, run: _Running) -> None:
        if run.cancel_sent_at is None:
            run.cancel_sent_at = time.monotonic()
            run.process.send_signal(signal.SIGTERM)
        elif time.monotonic() - run.cancel_sent_at > self.settings.cancel_grace_seconds:
            run.process.kill()

    def _abandon(self, job_id: str) -> None:
        """Another instance re-queued this job (our heartbeats stopped reaching the database): kill
        our copy without recording anything, the job now belongs to the other attempt."""
        run = self._running.pop(job_id)
        run.process.kill()
        run.process.wait(timeout=30)
        run.log.close()
        logger.warning("job %s was taken over by another instance; stopped its process here", job_id)

    def _reap(self) -> None:
        for job_id, run in list(self._running.items()):
            code = run.process.poll()
            if code is None:
                continue
            run.log.close()
            del self._running[job_id]
            self._record_end(run, code)
            self._wake.set()  # a slot is free: claim the next job without waiting a poll period

    def _after_orphans(self, affected: dict[str, str]) -> None:
        """Log re-queued jobs; remove the raw data of those that ended (their runner never cleaned up)."""
        requeued = [job_id for job_id, status in affected.items() if status == "queued"]
        if requeued:
            logger.warning("re-queued %d job(s) interrupted by a restart: %s", len(requeued), ", ".join(requeued))
        for job_id, status in affected.items():
            if status != "queued" and not self.settings.retain_uploads:
                remove_raw_data(job_dir(self.settings, job_id))

    def _record_end(self, run: _Running, code: int) -> None:
        directory = job_dir(self.settings, run.job_id)
        if not self.settings.retain_uploads:  # a stopped or killed runner did not get to clean up
            remove_raw_data(directory)
        retained = (directory / "upload").exists()
        if run.cancel_sent_at is not None:
            jobs.finish(self.engine, run.job_id, "cancelled", error="cancelled on request", retained=retained,
                        worker=self.worker_id)
        elif code == 0 and (directory / RESULT).is_file():
            result = json.loads((directory / RESULT).read_text(encoding="utf-8"))
            jobs.finish(self.engine, run.job_id, "completed", run_path=result.get("run_path"),
                        summary=result.get("summary"), epsilon=result.get("epsilon"), retained=retained,
                        worker=self.worker_id)
        else:
            error = f"worker process ended with exit code {code}; see the job's logs"
            if (directory / ERROR).is_file():
                error = json.loads((directory / ERROR).read_text(encoding="utf-8")).get("error", error)
            jobs.finish(self.engine, run.job_id, "failed", error=error, retained=retained, worker=self.worker_id)
        logger.info("job %s ended (exit code %s)", run.job_id, code)
