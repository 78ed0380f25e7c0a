"""End to end: the CLI runs every stage on a 1,000-row Adult slice; reload, conditional
generation and PII guarantees hold on real data."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from safe_synthesizer.cli.main import main

pytestmark = pytest.mark.slow

SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"


@pytest.fixture(scope="module")
def adult_slice(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("data") / "adult_1000.csv"
    pd.read_csv(SHARED / "adult.csv").sample(1000, random_state=3).to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def finished_run(adult_slice: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    artifacts = tmp_path_factory.mktemp("artifacts")
    code = main(["run", "--data-source", str(adult_slice), "--artifact-path", str(artifacts),
                 "--generation__num_records", "400", "--training__max_training_time", "0.5",
                 "--data__random_state", "11"])
    assert code == 0
    (run,) = [p.parent for p in artifacts.glob("*/*/manifest.json")]
    return run


def test_run_writes_the_reference_layout_and_a_complete_manifest(finished_run: Path) -> None:
    assert finished_run.parent.name == "default---adult_1000"
    for relative in ("dataset/training.csv", "dataset/test.csv", "dataset/transformed_training.csv",
                     "dataset/schema.json", "generate/synthetic_data.csv", "generate/evaluation_report.html",
                     "generate/evaluation_metrics.json", "logs/run.jsonl", "config.yaml"):
        assert (finished_run / relative).is_file(), relative
    manifest = json.loads((finished_run / "manifest.json").read_text())
    assert manifest["status"] == "completed"
    assert manifest["seed"] == 11
    assert len(manifest["input"]["sha256"]) == 64
    assert set(manifest["stages"]) >= {"data", "replace_pii", "train", "generate", "evaluate"}
    assert all(s["status"] == "completed" for s in manifest["stages"].values())
    assert manifest["config"]["training"]["learning_rate"] != "auto"
    synthetic = pd.read_csv(finished_run / "generate" / "synthetic_data.csv")
    assert len(synthetic) == 400
    assert list(synthetic.columns) == list(pd.read_csv(finished_run / "dataset" / "training.csv").columns)
    metrics = json.loads((finished_run / "generate" / "evaluation_metrics.json").read_text())
    assert 0 <= metrics["synthetic_data_quality_score"]["score"] <= 10
    assert metrics["data_privacy_score"]["grade"] in {"Poor", "Moderate", "Good", "Very Good", "Excellent"}


def test_logs_are_json_lines_without_data_values(finished_run: Path) -> None:
    lines = (finished_run / "logs" / "run.jsonl").read_text().splitlines()
    assert lines and all(json.loads(line)["message"] for line in lines)


def test_generate_reloads_a_trained_run_in_a_new_invocation(finished_run: Path, tmp_path: Path) -> None:
    out = tmp_path / "more.csv"
    code = main(["run", "generate", "--run-path", str(finished_run), "--generation__num_records", "150",
                 "--output-file", str(out)])
    assert code == 0
    assert len(pd.read_csv(out)) == 150


def test_seed_data_fixes_columns(finished_run: Path, tmp_path: Path) -> None:
    seed = tmp_path / "seed.csv"
    pd.DataFrame({"sex": ["Female"] * 30, "income": [">50K"] * 30}).to_csv(seed, index=False)
    out = tmp_path / "conditional.csv"
    assert main(["run", "generate", "--run-path", str(finished_run), "--seed-data", str(seed),
                 "--output-file", str(out)]) == 0
    result = pd.read_csv(out)
    assert len(result) == 30
    assert (result["sex"] == "Female").all() and (result["income"] == ">50K").all()


def test_user_mistakes_exit_2_with_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", "--data-source", str(tmp_path / "missing.csv")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "file not found" in err and "Traceback" not in err
