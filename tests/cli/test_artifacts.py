"""``safe-synthesizer artifacts clean``: dry run lists, failed-only filters, clean deletes."""

from __future__ import annotations

from pathlib import Path

from safe_synthesizer.run_directory import RunDirectory


def _runs(root: Path) -> tuple[RunDirectory, RunDirectory]:
    done = RunDirectory.create(root, "cfg", "adult")
    done.update_manifest(status="completed")
    failed = RunDirectory.create(root, "cfg", "pbcseq")
    failed.update_manifest(status="failed")
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
