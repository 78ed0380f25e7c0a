"""Generation stopped by SIGTERM or kill -9: the earlier generation stays the latest, no temporary
file outlives the next writer, and every 'run generate' keeps its own numbered folder."""

from __future__ import annotations

import hashlib
import signal
from pathlib import Path

import pytest
from tests.reliability.conftest import TRAIN_ARGS, cli_process, stop, temp_files, wait_for, wait_unlocked

from safe_synthesizer.cli.main import main
from safe_synthesizer.run_directory import RunDirectory

pytestmark = pytest.mark.slow


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(path: Path) -> int:
    with path.open(encoding="utf-8") as f:
        return sum(1 for _ in f) - 1


def test_interrupted_generations_leave_the_latest_intact(adult: Path, tmp_path: Path) -> None:
    run_path = tmp_path / "run"
    assert main(["run", "--data-source", str(adult), "--run-path", str(run_path), *TRAIN_ARGS]) == 0
    run = RunDirectory.open(run_path)
    first = _sha(run.synthetic_csv)

    # SIGTERM while the records stream into generation-002's temporary file.
    child = cli_process("run", "generate", "--run-path", run_path, "--generation__num_records", 3_000_000,
                        cwd=tmp_path)
    wait_for(lambda: any(p.stat().st_size > 0 for p in temp_files(run.generate_dir / "generation-002")), child)
    code, err = stop(child, signal.SIGTERM)
    assert code == 143 and "interrupted: SIGTERM received" in err
    assert "continue with: safe-synthesizer run --resume" not in err  # that hint goes to stdout
    assert temp_files(run_path) == []
    manifest = run.manifest()
    assert manifest.status == "interrupted" and manifest.interrupted == "SIGTERM received during generate"
    assert [g.status for g in manifest.generations] == ["completed", "interrupted"]
    assert _sha(run.synthetic_csv) == first  # the reference path still holds the last complete generation

    # kill -9: nothing can clean up; the next writer sweeps the leftovers and records what happened.
    child = cli_process("run", "generate", "--run-path", run_path, "--generation__num_records", 3_000_000,
                        cwd=tmp_path)
    wait_for(lambda: any(p.stat().st_size > 0 for p in temp_files(run.generate_dir / "generation-003")), child)
    code, _ = stop(child, signal.SIGKILL)
    assert code == -signal.SIGKILL and temp_files(run_path) != []
    wait_unlocked(run_path)
    assert _sha(run.synthetic_csv) == first

    assert main(["run", "generate", "--run-path", str(run_path), "--generation__num_records", "30"]) == 0
    manifest = run.manifest()
    assert temp_files(run_path) == []
    assert manifest.status == "completed"
    assert [(g.number, g.status) for g in manifest.generations] == [
        (1, "completed"), (2, "interrupted"), (3, "interrupted"), (4, "completed")]
    latest = run.generate_dir / "generation-004" / "synthetic_data.csv"
    assert _sha(run.synthetic_csv) == _sha(latest) and _rows(latest) == 30
    assert _sha(run.generate_dir / "generation-001" / "synthetic_data.csv") == first  # nothing overwritten
