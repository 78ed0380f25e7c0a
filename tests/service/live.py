"""A real job service on loopback for tests: uvicorn in a thread, or ``safe-synthesizer serve`` in a
subprocess (for restart tests, where the server must be killable)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx

from safe_synthesizer.service.auth import create_token
from safe_synthesizer.service.db import make_engine, migrate
from safe_synthesizer.service.settings import ServiceSettings

ADULT = Path(__file__).resolve().parents[2] / "src" / "safe_synthesizer" / "sample_data" / "adult_sample.csv"
# Small and fast but a real run: 1 epoch of the small built-in model on one thread.
FAST_CONFIG = {
    "data": {"holdout": 100},  # the privacy score needs at least 100 holdout records
    "training": {"epochs": 1, "model_size": "small", "num_threads": 1},
    "generation": {"num_records": 100},
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def adult_slice(path: Path, rows: int = 300) -> Path:
    lines = ADULT.read_text(encoding="utf-8").splitlines(keepends=True)[: rows + 1]
    path.write_text("".join(lines), encoding="utf-8")
    return path


def make_token(settings: ServiceSettings, workspace: str = "default", role: str = "owner") -> str:
    engine = make_engine(settings.url)
    migrate(engine)
    try:
        return create_token(engine, workspace, role, label=f"test-{role}")
    finally:
        engine.dispose()


@dataclass
class Live:
    url: str
    settings: ServiceSettings

    def client(self, token: str | None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=30)

    def token(self, workspace: str = "default", role: str = "owner") -> str:
        return make_token(self.settings, workspace, role)


def wait_healthy(url: str, timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        time.sleep(0.1)
    raise TimeoutError(f"service at {url} did not start in {timeout} s")


@contextlib.contextmanager
def thread_server(settings: ServiceSettings, start_workers: bool = True) -> Iterator[Live]:
    """The app under uvicorn in a daemon thread; stopped (and its workers killed) on exit."""
    import uvicorn

    from safe_synthesizer.service.app import create_app

    port = free_port()
    app = create_app(settings, start_workers=start_workers)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url)
        yield Live(url, settings)
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def start_subprocess_server(data_dir: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "safe_synthesizer", "serve", "--data-dir", str(data_dir), "--port", str(port), *extra],
        stdout=subprocess.DEVNULL, stderr=open(data_dir / f"serve-{port}.log", "w"),  # noqa: SIM115
        env={**os.environ},
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url)
    except TimeoutError:
        process.kill()
        raise
    return process, url


def kill(process: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def submit(client: httpx.Client, *, name: str, project: str = "p", config: dict | None = None,
           data: Path | None = None, action: str = "synthesize", workspace: str = "default") -> httpx.Response:
    import json

    spec = {"name": name, "project": project, "action": action, "config": FAST_CONFIG if config is None else config}
    files = {"data": (data.name, data.read_bytes(), "text/csv")} if data else None
    return client.post(f"/v1/workspaces/{workspace}/jobs", data={"spec": json.dumps(spec)}, files=files)


def wait_job(client: httpx.Client, job_id: str, *, until: tuple[str, ...] = ("completed", "failed", "cancelled",
             "interrupted"), timeout: float = 600, workspace: str = "default") -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            job = client.get(f"/v1/workspaces/{workspace}/jobs/{job_id}").json()
        except httpx.TransportError:  # a keep-alive connection closed under us on a loaded machine
            time.sleep(0.25)
            continue
        if job["status"] in until:
            return job
        time.sleep(0.25)
    raise TimeoutError(f"job {job_id} not in {until} after {timeout} s")
