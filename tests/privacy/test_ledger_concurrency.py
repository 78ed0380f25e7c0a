"""The privacy ledger under concurrent writers: every release recorded, the file always valid JSON."""

from __future__ import annotations

import json
import multiprocessing
import threading
from pathlib import Path

from safe_synthesizer.privacy.ledger import PrivacyLedger

WRITERS, RELEASES = 6, 15


def _write(path: str, writer: int) -> None:
    ledger = PrivacyLedger(Path(path))
    for i in range(RELEASES):
        ledger.record(f"sha256:{writer % 2}", epsilon=0.5, delta=1e-6, run_path=f"run-{writer}-{i}")


def test_processes_appending_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "ledger.json"
    context = multiprocessing.get_context("fork")
    workers = [context.Process(target=_write, args=(str(path), w)) for w in range(WRITERS)]
    for w in workers:
        w.start()
    # A reader polling meanwhile never sees a torn file (write-then-rename).
    ledger = PrivacyLedger(path)
    while any(w.is_alive() for w in workers):
        if path.exists():
            json.loads(path.read_text(encoding="utf-8"))
    for w in workers:
        w.join()
        assert w.exitcode == 0
    runs = [r["run_path"] for fp in ("sha256:0", "sha256:1") for r in ledger.releases(fp)]
    assert sorted(runs) == sorted(f"run-{w}-{i}" for w in range(WRITERS) for i in range(RELEASES))
    assert ledger.spent("sha256:0")[0] == 0.5 * RELEASES * (WRITERS // 2)


def test_threads_appending_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "ledger.json"
    threads = [threading.Thread(target=_write, args=(str(path), w)) for w in range(WRITERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ledger = PrivacyLedger(path)
    assert len(ledger.releases("sha256:0")) + len(ledger.releases("sha256:1")) == WRITERS * RELEASES
