"""Load: parallel CLI runs on one artifact directory, two writers on one run, 20 SDK runs in one
process. No clashes: distinct run folders, serialised writers, separate logs."""

from __future__ import annotations

import json
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pandas as pd
import pytest
from tests.reliability.conftest import ROWS, TRAIN_ARGS, cli_process

from safe_synthesizer import SafeSynthesizer
from safe_synthesizer.cli.main import main
from safe_synthesizer.errors import UserInputError
from safe_synthesizer.run_directory import MANIFEST, RunDirectory

pytestmark = pytest.mark.slow


def _rows(path: Path) -> int:
    with path.open(encoding="utf-8") as f:
        return sum(1 for _ in f) - 1


def test_four_cli_runs_in_parallel_on_one_artifact_directory(adult: Path, tmp_path: Path) -> None:
    arts = tmp_path / "arts"
    args = ("run", "--data-source", adult, "--artifact-path", arts, "--training__epochs", "1", "--no-replace-pii",
            "--generation__num_records", "40", "--evaluation__enabled", "false")
    children = [cli_process(*args, cwd=tmp_path) for _ in range(4)]
    for child in children:
        _, err = child.communicate(timeout=600)
        assert child.returncode == 0, err
    runs = sorted(p.parent for p in arts.glob(f"*/*/{MANIFEST}"))
    assert len(runs) == 4  # same config, data and (mostly) second: still four folders
    pids = set()
    for path in runs:
        manifest = RunDirectory.open(path).manifest()
        assert manifest.status == "completed"
        pids.add(manifest.pid)
        assert _rows(path / "generate" / "synthetic_data.csv") == 40
    assert pids == {c.pid for c in children}


@pytest.fixture(scope="module")
def trained(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("trained")
    source = folder / "adult.csv"
    with (shared_data / "adult.csv").open(encoding="utf-8") as f:
        source.write_text("".join(line for _, line in zip(range(ROWS + 1), f, strict=False)), encoding="utf-8")
    assert main(["run", "train", "--data-source", str(source), "--run-path", str(folder / "run"),
                 *TRAIN_ARGS[:6]]) == 0
    return folder / "run"


def _copy(run: Path, tmp_path: Path) -> Path:
    shutil.copytree(run, tmp_path / "run", ignore=shutil.ignore_patterns(".lock"))
    return tmp_path / "run"


def test_two_generates_on_one_run_are_serialised(trained: Path, tmp_path: Path) -> None:
    run_path = _copy(trained, tmp_path)
    children = [cli_process("run", "generate", "--run-path", run_path, "--generation__num_records", n,
                            "--evaluation__enabled", "false", cwd=tmp_path) for n in (5000, 7000)]
    outcomes = [(c.communicate(timeout=600)[1], c.returncode) for c in children]
    run = RunDirectory.open(run_path)
    done = [g for g in run.manifest().generations if g.status == "completed"]
    for err, code in outcomes:
        # The second waits for the lock; if the first takes longer than that it is refused, by name.
        assert code == 0 or (code == 2 and "is in use by process" in err), err
    assert len(done) == sum(code == 0 for _, code in outcomes) >= 1
    for g in done:  # each generation's file holds exactly its own records
        assert _rows(run.generate_dir / g.folder / "synthetic_data.csv") == g.records
    assert _rows(run.synthetic_csv) == done[-1].records


def test_a_held_run_refuses_a_second_writer_by_pid(trained: Path, tmp_path: Path, monkeypatch) -> None:
    run_path = _copy(trained, tmp_path)
    monkeypatch.setattr("safe_synthesizer.run_directory.LOCK_WAIT_SECONDS", 0.3)
    holder = RunDirectory.open(run_path)
    with holder.session():
        with pytest.raises(UserInputError) as info:
            SafeSynthesizer.load_from_save_path(run_path).generate(20)
        assert str(info.value).startswith(f"{run_path} is in use by process {os.getpid()} (waited 0.3 s)")
        assert "safe-synthesizer run --resume" in str(info.value)
    assert [g.number for g in holder.manifest().generations] == []  # the refused writer wrote nothing


def test_twenty_sdk_runs_in_one_process(shared_data: Path, tmp_path: Path) -> None:
    data = pd.read_csv(shared_data / "adult.csv", nrows=220)

    def one(i: int) -> tuple[Path, int]:
        results = (SafeSynthesizer(artifact_path=tmp_path / "arts", config_name="load")
                   .with_data_source(data).with_data(random_state=i).with_replace_pii(False)
                   .with_train(epochs=1).with_generate(num_records=10 + i).with_evaluate(False).run())
        return results.run_path, len(results.synthetic_data)

    with ThreadPoolExecutor(max_workers=4) as pool:
        outcomes = list(pool.map(one, range(20)))
    paths = [p for p, _ in outcomes]
    assert len(set(paths)) == 20
    assert [n for _, n in outcomes] == [10 + i for i in range(20)]
    for path, _ in outcomes:
        manifest = RunDirectory.open(path).manifest()
        assert manifest.status == "completed" and manifest.seed is not None
        # Each run's log has its own records only (threads share the package logger).
        messages = [json.loads(line)["message"] for line in (path / "logs" / "run.jsonl").open(encoding="utf-8")]
        assert sum(m.startswith("generate: ") for m in messages) == 1
