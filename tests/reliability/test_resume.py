"""Training interrupted by SIGTERM or kill -9, then ``run --resume``: the same model and records as
an uninterrupted run with the same seed, no temporary files left, the manifest telling what happened."""

from __future__ import annotations

import hashlib
import json
import signal
from pathlib import Path

import pytest
from tests.reliability.conftest import (
    ROWS,
    TRAIN_ARGS,
    cli_process,
    stop,
    temp_files,
    wait_for,
    wait_unlocked,
)

from safe_synthesizer.cli.main import main
from safe_synthesizer.run_directory import RunDirectory

pytestmark = pytest.mark.slow


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _epochs_checkpointed(run_path: Path) -> int:
    try:
        state = json.loads((run_path / "train/model/checkpoint/checkpoint.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0
    return int(state["state"]["epoch"])


@pytest.fixture(scope="module")
def source(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("data") / "adult.csv"
    with (shared_data / "adult.csv").open(encoding="utf-8") as f:
        path.write_text("".join(line for _, line in zip(range(ROWS + 1), f, strict=False)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def uninterrupted(source: Path, tmp_path_factory: pytest.TempPathFactory) -> RunDirectory:
    run_path = tmp_path_factory.mktemp("base") / "run"
    assert main(["run", "--data-source", str(source), "--run-path", str(run_path), *TRAIN_ARGS]) == 0
    return RunDirectory.open(run_path)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL], ids=["sigterm", "kill-9"])
def test_training_resumes_to_the_uninterrupted_result(
    sig: signal.Signals, source: Path, uninterrupted: RunDirectory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_path = tmp_path / "run"
    child = cli_process("run", "--data-source", source, "--run-path", run_path, *TRAIN_ARGS, cwd=tmp_path)
    wait_for(lambda: _epochs_checkpointed(run_path) >= 1, child)
    code, err = stop(child, sig)
    run = RunDirectory.open(run_path)
    manifest = run.manifest()
    if sig == signal.SIGTERM:
        assert code == 143 and "interrupted: SIGTERM received" in err
        assert manifest.status == "interrupted" and manifest.interrupted == "SIGTERM received during train"
        assert manifest.stages["train"].status == "interrupted"
        assert temp_files(run_path) == []  # the atomic writers cleaned up while unwinding
    else:
        assert code == -signal.SIGKILL
        assert manifest.status == "running"  # nobody could write anything: the next locker finds out
        wait_unlocked(run_path)
    assert run.holder() is None
    assert (run.model_dir / "checkpoint").is_dir()
    # 'run generate' on it points to resume instead of "train one first".
    assert main(["run", "generate", "--run-path", str(run_path)]) == 2
    assert f"training did not finish (interrupted); continue it with 'safe-synthesizer run --resume {run_path}'" in (
        capsys.readouterr().err)

    assert main(["run", "--resume", str(run_path)]) == 0

    manifest = run.manifest()
    assert manifest.status == "completed" and manifest.resumed == 1
    assert manifest.stages["train"].model_extra["resumed_from_epoch"] >= 1
    if sig == signal.SIGKILL:
        assert "stopped without finishing" in manifest.interrupted
    assert _sha(run.model_dir / "model.safetensors") == _sha(uninterrupted.model_dir / "model.safetensors")
    assert _sha(run.synthetic_csv) == _sha(uninterrupted.synthetic_csv)
    assert not (run.model_dir / "checkpoint").exists()
    assert temp_files(run_path) == []


def test_resume_refuses_dp_training_and_completed_runs(source: Path, uninterrupted: RunDirectory,
                                                       tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from safe_synthesizer import SafeSynthesizer

    dp = SafeSynthesizer(artifact_path=tmp_path).with_data_source(source).with_differential_privacy(epsilon=8)
    dp.with_data(random_state=1).process_data()
    dp._run.update_manifest(status="interrupted")  # as after a Ctrl-C during DP training
    capsys.readouterr()
    assert main(["run", "--resume", str(dp.run_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: cannot resume {dp.run_path}: DP training (privacy.dp_enabled) cannot continue")
    assert "start a new run" in err and len(err.strip().splitlines()) == 1

    assert main(["run", "--resume", str(uninterrupted.path)]) == 2
    assert "this run completed; nothing to resume" in capsys.readouterr().err
    assert main(["run", "--resume", str(uninterrupted.path), "--data-source", str(source)]) == 2
    assert "--resume RUN continues RUN with its own data and config" in capsys.readouterr().err
