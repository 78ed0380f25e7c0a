"""``safe-synthesizer artifacts clean``: dry run lists, failed-only filters, clean deletes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from safe_synthesizer.run_directory import RunDirectory


def _runs(root: Path) -> tuple[RunDirectory, RunDirectory]:
    done = RunDirectory.create(root, "cfg", "adult")
    done.update_manifest(status="completed")
    failed = RunDirectory.create(root, "cfg", "pbcseq")
    failed.update_manifest(status="failed")
    for run in (done, failed):  # finished: their writers let go of the lock
        run.release()
    return done, failed


def test_dry_run_lists_and_keeps(cli, tmp_path: Path) -> None:
    done, failed = _runs(tmp_path)
    result = cli("artifacts", "clean", "--dry-run", "--artifact-path", tmp_path)
    assert result.code == 0
    assert f"would delete {done.path} (completed)" in result.out
    assert f"would delete {failed.path} (failed)" in result.out
    assert "2 run(s) to delete" in result.out
    assert done.path.is_dir()
    assert failed.path.is_dir()


def test_failed_only(cli, tmp_path: Path) -> None:
    done, failed = _runs(tmp_path)
    result = cli("artifacts", "clean", "--failed-only", "--artifact-path", tmp_path)
    assert result.code == 0
    assert "1 run(s) deleted" in result.out
    assert done.path.is_dir()
    assert not failed.path.exists()
    assert not failed.path.parent.exists()  # the empty <config>---<dataset> folder goes too


def test_clean_everything(cli, tmp_path: Path) -> None:
    _runs(tmp_path)
    (tmp_path / "unrelated.txt").write_text("keep me", encoding="utf-8")
    result = cli("artifacts", "clean", "--artifact-path", tmp_path)
    assert result.code == 0
    assert "2 run(s) deleted" in result.out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["unrelated.txt"]


def test_empty_artifact_path(cli, tmp_path: Path) -> None:
    result = cli("artifacts", "clean", "--dry-run", "--artifact-path", tmp_path / "none")
    assert (result.code, result.out.strip()) == (0, "0 run(s) to delete")


def test_env_var_sets_artifact_path(cli, tmp_path: Path, monkeypatch) -> None:
    _runs(tmp_path)
    monkeypatch.setenv("NSS_ARTIFACTS_PATH", str(tmp_path))
    result = cli("artifacts", "clean", "--dry-run")
    assert "2 run(s) to delete" in result.out


def test_live_runs_are_never_deleted(cli, tmp_path: Path) -> None:
    _runs(tmp_path)
    live = RunDirectory.create(tmp_path, "cfg", "live")  # holds its lock, as a running process does
    result = cli("artifacts", "clean", "--failed-only", "--artifact-path", tmp_path)
    assert result.code == 0
    assert f"skipping {live.path} (in use by process {os.getpid()})" in result.out
    assert "1 run(s) deleted; 1 live run(s) left alone" in result.out
    assert (live.path / "manifest.json").is_file()
    live.release()


def test_live_run_of_another_process_is_kept_and_a_dead_one_goes(cli, tmp_path: Path) -> None:
    run = RunDirectory.create(tmp_path, "cfg", "other")
    run.release()
    # Another process takes the run's lock, as 'safe-synthesizer run' does while it works.
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from safe_synthesizer.run_directory import RunDirectory; "
         "r = RunDirectory(sys.argv[1]); r._acquire(5); print('locked', flush=True); time.sleep(60)", str(run.path)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = cli("artifacts", "clean", "--artifact-path", tmp_path)
        assert f"(in use by process {holder.pid})" in result.out
        assert run.path.is_dir()
    finally:
        holder.kill()  # like kill -9: the kernel drops the lock
        holder.wait()
    result = cli("artifacts", "clean", "--artifact-path", tmp_path)
    assert "1 run(s) deleted" in result.out and not run.path.exists()
