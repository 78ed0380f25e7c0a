"""Advisory file locks that name their holder, and a probe that says whether a lock is held.

The lock is ``flock`` on a small file that holds the holder's pid. The kernel drops it when the
holder dies (even ``kill -9``), so a stale lock never blocks anyone. ``flock`` locks belong to an
open file, so two lock objects in one process also exclude each other (20 SDK runs in threads).
Where ``fcntl`` is missing (Windows) locking is a no-op; atomic writes still prevent torn files.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

POLL_SECONDS = 0.1


class LockHeld(Exception):
    """Another process (or another writer in this one) holds the lock."""

    def __init__(self, path: Path, holder: int | None) -> None:
        self.path = path
        self.holder = holder
        who = f"process {holder}" if holder else "another process"
        super().__init__(f"{path} is locked by {who}")


def _read_pid(path: Path) -> int | None:
    try:
        text = path.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


class FileLock:
    """An exclusive lock on ``path``; ``acquire(wait)`` waits up to ``wait`` seconds.

    Example:
        >>> lock = FileLock(Path("run/.lock"))  # doctest: +SKIP
        >>> with lock.held(wait=5): ...          # doctest: +SKIP
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._handle: IO[str] | None = None

    @property
    def is_held(self) -> bool:
        return self._handle is not None

    def acquire(self, wait: float = 0.0) -> None:
        """Take the lock or raise :class:`LockHeld` naming the holder's pid after ``wait`` seconds."""
        if self._handle is not None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = self.path.open("a+", encoding="utf-8")
        if fcntl is None:  # pragma: no cover - Windows
            self._handle = handle
            return
        deadline = time.monotonic() + max(0.0, wait)
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    handle.close()
                    raise LockHeld(self.path, _read_pid(self.path)) from None
                time.sleep(POLL_SECONDS)
        # The pid is written only once the lock is ours, so a reader never sees a loser's pid.
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        with contextlib.suppress(OSError):
            handle.seek(0)
            handle.truncate()
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()

    @contextlib.contextmanager
    def held(self, wait: float = 0.0) -> Iterator[FileLock]:
        already = self.is_held
        self.acquire(wait)
        try:
            yield self
        finally:
            if not already:
                self.release()


def lock_holder(path: Path) -> int | None:
    """The pid holding the lock on ``path`` (0 when held but unnamed), or ``None`` when it is free."""
    path = Path(path)
    if fcntl is None or not path.exists():  # pragma: no cover - Windows
        return None
    try:
        handle = path.open("r", encoding="utf-8")
    except OSError:
        return None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            return _read_pid(path) or 0
        fcntl.flock(handle, fcntl.LOCK_UN)
    return None


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists on this machine."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True
