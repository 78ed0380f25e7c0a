"""Helpers for fault and load tests: a small real table and the CLI as a separate process.

Faults are real: the CLI runs in a child process that gets SIGTERM or SIGKILL at a point the test
waits for on disk (a training checkpoint, a generation's temporary file).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from safe_synthesizer.utils.locking import lock_holder

# Small enough for seconds per epoch on a shared 2-core box, large enough for a holdout.
ROWS = 400
SEED = 7
# No wall-clock budget: with one, where training stops (and the time-decayed learning rate)
# depends on the clock by design, so no two runs, resumed or not, are bit-identical.
TRAIN_ARGS = ("--data__random_state", str(SEED), "--training__epochs", "3", "--training__max_training_time", "null",
              "--generation__num_records", "100", "--evaluation__enabled", "false")


@pytest.fixture
def adult(data_slice: Callable[..., Path]) -> Path:
    return data_slice("adult.csv", ROWS)


def cli_process(*args: object, cwd: Path) -> subprocess.Popen:
    """``safe-synthesizer ARGS`` as a child process (its own interpreter, as a user runs it)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "safe_synthesizer", *map(str, args)], cwd=cwd, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(predicate: Callable[[], bool], process: subprocess.Popen, timeout: float = 240) -> None:
    """Poll until ``predicate`` holds; fail with the child's output if it ends first."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if process.poll() is not None:
            out, err = process.communicate()
            pytest.fail(f"the CLI ended (exit {process.returncode}) before the fault point:\n{out}\n{err}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("fault point not reached in time")
        time.sleep(0.05)


def stop(process: subprocess.Popen, sig: signal.Signals) -> tuple[int, str]:
    process.send_signal(sig)
    _, err = process.communicate(timeout=120)
    return process.returncode, err


def wait_unlocked(run_path: Path, timeout: float = 10) -> None:
    """After SIGKILL the kernel drops the lock as the process is reaped; wait for that."""
    deadline = time.monotonic() + timeout
    while lock_holder(run_path / ".lock") is not None and time.monotonic() < deadline:
        time.sleep(0.05)


def temp_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob(".*.tmp"))
