"""File locks: exclusive across open files (threads, processes), holder's pid readable, freed on death."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from safe_synthesizer.utils.locking import FileLock, LockHeld, lock_holder, pid_alive


def test_second_lock_in_the_same_process_is_refused_with_the_holder(tmp_path: Path) -> None:
    first, second = FileLock(tmp_path / ".lock"), FileLock(tmp_path / ".lock")
    assert lock_holder(tmp_path / ".lock") is None
    with first.held():
        assert lock_holder(tmp_path / ".lock") == os.getpid()
        start = time.monotonic()
        with pytest.raises(LockHeld) as info:
            second.acquire(wait=0.3)
        assert time.monotonic() - start >= 0.3  # it waited before refusing
        assert info.value.holder == os.getpid() and str(info.value).endswith(f"locked by process {os.getpid()}")
    second.acquire()  # free again
    second.release()
    assert lock_holder(tmp_path / ".lock") is None


def test_a_killed_holder_frees_the_lock(tmp_path: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from safe_synthesizer.utils.locking import FileLock; "
         "lock = FileLock(sys.argv[1]); lock.acquire(); print('held', flush=True); time.sleep(60)",
         str(tmp_path / ".lock")],
        stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "held"
    assert lock_holder(tmp_path / ".lock") == child.pid
    with pytest.raises(LockHeld):
        FileLock(tmp_path / ".lock").acquire(wait=0)
    child.kill()
    child.wait()
    FileLock(tmp_path / ".lock").acquire(wait=2)  # no stale lock after kill -9


def test_pid_alive() -> None:
    assert pid_alive(os.getpid())
    assert not pid_alive(0)
