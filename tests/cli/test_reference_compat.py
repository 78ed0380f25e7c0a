"""The reference CLI's spellings and the one-line errors of issue 14: --run-path on run and run
train, NSS_* environment variables, run generate --evaluation__*, 'run' (not 'run pipeline') in help,
and no 'unexpected failure' for damaged files, huge cells or unwritable outputs."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml

from safe_synthesizer.cli.main import main
from safe_synthesizer.run_directory import RunDirectory

FAST = ("--training__epochs", "1", "--generation__num_records", "30", "--no-replace-pii")


@pytest.fixture(scope="module")
def trained(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A run trained once for the module; tests that damage it work on a copy."""
    folder = tmp_path_factory.mktemp("trained")
    source = folder / "adult.csv"
    with (shared_data / "adult.csv").open(encoding="utf-8") as f:
        source.write_text("".join(line for _, line in zip(range(301), f, strict=False)), encoding="utf-8")
    assert main(["run", "train", "--data-source", str(source), "--run-path", str(folder / "run"),
                 "--training__epochs", "1", "--no-replace-pii"]) == 0
    return folder / "run"


def _copy(run: Path, tmp_path: Path) -> Path:
    target = tmp_path / "copy"
    shutil.copytree(run, target, ignore=shutil.ignore_patterns(".lock"))
    return target


def _one_line_error(result) -> str:
    """The error line (log warnings before it are fine), which is the last line on stderr."""
    assert result.code == 2, result.err
    assert "unexpected failure" not in result.err and "Traceback" not in result.err
    errors = [line for line in result.err.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and result.err.strip().splitlines()[-1] == errors[0], result.err
    return errors[0]


def test_help_shows_run_not_run_pipeline(cli) -> None:
    result = cli("run", "--help")
    assert result.out.startswith("Usage: safe-synthesizer run [OPTIONS]")
    assert "pipeline" not in result.out
    for flag in ("--run-path", "--resume", "--force"):
        assert flag in result.out
    assert "--run-path" in cli("run", "train", "--help").out


def test_run_and_run_train_accept_run_path(cli, data_slice, tmp_path: Path) -> None:
    source = data_slice("adult.csv", 250)
    target = tmp_path / "exact" / "place"
    result = cli("run", "--data-source", source, "--run-path", target, *FAST, "--evaluation__enabled", "false")
    assert result.code == 0, result.err
    run = RunDirectory.open(target)
    assert run.manifest().status == "completed" and run.synthetic_csv.is_file()
    again = cli("run", "train", "--data-source", source, "--run-path", target, *FAST[:2])
    assert _one_line_error(again).startswith(f"error: --run-path {target} already holds a run; continue it with")


def test_environment_variables(cli, data_slice, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = data_slice("adult.csv", 250)
    config = tmp_path / "env.yaml"
    config.write_text(yaml.safe_dump({"training": {"epochs": 1}, "generation": {"num_records": 12},
                                      "evaluation": {"enabled": False}, "replace_pii": {"enabled": False}}))
    monkeypatch.setenv("NSS_CONFIG", str(config))
    monkeypatch.setenv("NSS_ARTIFACTS_PATH", str(tmp_path / "arts"))
    monkeypatch.setenv("NSS_LOG_FORMAT", "json")
    monkeypatch.setenv("NSS_LOG_FILE", str(tmp_path / "log.jsonl"))
    result = cli("run", "--data-source", source)
    assert result.code == 0, result.err
    runs = list((tmp_path / "arts").glob("env---*/*/manifest.json"))  # config name from NSS_CONFIG
    assert len(runs) == 1
    manifest = json.loads(runs[0].read_text(encoding="utf-8"))
    assert manifest["config"]["generation"]["num_records"] == 12
    assert all(json.loads(line) for line in result.err.splitlines() if line.strip())  # JSON console logs
    assert any("generate: 12 records" in line for line in (tmp_path / "log.jsonl").read_text().splitlines())


def test_run_generate_takes_evaluation_overrides(cli, trained: Path, tmp_path: Path) -> None:
    run = _copy(trained, tmp_path)
    result = cli("run", "generate", "--run-path", run, "--generation__num_records", "25",
                 "--evaluation__enabled", "false")
    assert result.code == 0, result.err
    assert not RunDirectory.open(run).report_html.exists()  # evaluation switched off by the option
    bad = cli("run", "generate", "--run-path", run, "--training__epochs", "3")
    assert "accepts only --generation__* and --evaluation__*" in _one_line_error(bad)


def test_each_generate_keeps_its_own_folder(cli, trained: Path, tmp_path: Path) -> None:
    run_path = _copy(trained, tmp_path)
    for n in (20, 3):
        assert cli("run", "generate", "--run-path", run_path, "--generation__num_records", n,
                   "--evaluation__enabled", "false").code == 0
    run = RunDirectory.open(run_path)
    assert [(g.number, g.records) for g in run.manifest().generations] == [(1, 20), (2, 3)]
    assert len(run.synthetic_csv.read_text().splitlines()) == 4  # the latest (3 rows) at the reference path
    assert len((run.generate_dir / "generation-001" / "synthetic_data.csv").read_text().splitlines()) == 21


def test_damaged_files_are_one_line_errors(cli, trained: Path, tmp_path: Path) -> None:
    run = _copy(trained, tmp_path)
    weights = run / "train" / "model" / "model.safetensors"
    weights.write_bytes(weights.read_bytes()[: weights.stat().st_size // 2])
    err = _one_line_error(cli("run", "generate", "--run-path", run))
    assert err.startswith(f"error: {weights}: the trained model is damaged") and "train again" in err
    (run / "manifest.json").write_text('{"status": "comp', encoding="utf-8")
    err = _one_line_error(cli("run", "generate", "--run-path", run))
    assert err.startswith(f"error: {run / 'manifest.json'}: broken manifest (not valid JSON")
    (run / "manifest.json").write_text('{"status": "done"}', encoding="utf-8")
    assert "broken manifest (status:" in _one_line_error(cli("run", "generate", "--run-path", run))


def test_a_five_megabyte_cell_is_a_one_line_error(cli, data_slice, tmp_path: Path) -> None:
    source = data_slice("adult.csv", 250)
    lines = source.read_text(encoding="utf-8").splitlines()
    cells = lines[3].split(",")
    cells[3] = "x" * 5_000_000
    lines[3] = ",".join(cells)
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    err = _one_line_error(cli("run", "--data-source", source, "--artifact-path", tmp_path / "arts"))
    assert err.startswith(f"error: {source}: cannot be read as CSV") and "Parquet" in err


def test_evaluate_names_the_missing_flag(cli, data_slice, tmp_path: Path) -> None:
    training = data_slice("adult.csv", 250)
    err = _one_line_error(cli("evaluate", "--training", training, "--synthetic", tmp_path / "missing.csv"))
    assert "--synthetic" in err and "--data-source" not in err
