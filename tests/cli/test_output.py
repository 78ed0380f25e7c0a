"""What a user sees when output is piped: the console script, exit codes, unwrapped paths."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from safe_synthesizer.cli.main import main
from safe_synthesizer.run_directory import RunDirectory

SCRIPT = Path(sys.executable).parent / "safe-synthesizer"


def _script(*argv: object, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SCRIPT), *map(str, argv)], cwd=cwd, capture_output=True, text=True, timeout=120)


@pytest.mark.skipif(not SCRIPT.exists(), reason="console script not installed in this environment")
def test_console_script_round_trip_and_misspelled_key(tmp_path: Path) -> None:
    created = _script("config", "create", "-o", "c.yaml", cwd=tmp_path)
    assert (created.returncode, created.stderr) == (0, "")
    assert _script("config", "validate", "--config", "c.yaml", cwd=tmp_path).returncode == 0
    config = tmp_path / "c.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("max_holdout:", "max_holdot:"), encoding="utf-8")
    bad = _script("config", "validate", "--config", "c.yaml", cwd=tmp_path)
    assert bad.returncode == 2
    assert bad.stdout == ""
    assert bad.stderr == "error: c.yaml: unknown config key 'data.max_holdot'; did you mean 'data.max_holdout'?\n"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("safe-synthesizer, version ")


def test_unknown_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["synthesize"]) == 2
    assert capsys.readouterr().err == "error: No such command 'synthesize'.\n"


def test_paths_are_not_wrapped_when_piped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deep = tmp_path / ("a-rather-long-folder-name-" * 3) / "artifacts"
    run = RunDirectory.create(deep, "config", "dataset")
    run.update_manifest(status="interrupted")
    run.release()
    assert main(["artifacts", "clean", "--dry-run", "--artifact-path", str(deep)]) == 0
    assert f"would delete {run.path} (interrupted)\n" in capsys.readouterr().out


def test_summary_paths_are_whole_when_piped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from safe_synthesizer.cli.output import print_summary

    run_path = tmp_path / "safe-synthesizer-artifacts" / "default---adult" / "2026-11-23T20:21:36"
    synthetic = run_path / "generate" / "synthetic_data.csv"
    print_summary({"run_path": str(run_path), "outputs": {"synthetic_data": str(synthetic)}, "metrics": {"sqs": 7.0}})
    out = capsys.readouterr().out
    assert str(run_path) in out
    assert str(synthetic) in out


def test_summary_states_the_noise_reference_of_history_metrics(capsys: pytest.CaptureFixture[str]) -> None:
    from safe_synthesizer.cli.output import print_summary

    sequences = {
        "events_per_entity": {"js": 0.094, "noise_reference": 0.13, "within_noise": True},
        "inter_event_time": {"js": 0.2, "noise_reference": 0.05, "within_noise": False},
    }
    print_summary({"run_path": "run", "metrics": {"sqs": 9.1, "sequences": sequences}})
    out = capsys.readouterr().out
    assert "events per entity (JS)" in out and "0.094 (noise reference 0.13: within sampling noise)" in out
    assert "noise reference 0.05: above sampling noise" in out
