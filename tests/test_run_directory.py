"""Run directory: reference layout, manifest for governance, failed stages, atomic artifacts."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
import yaml

from safe_synthesizer import SafeSynthesizer, pipeline
from safe_synthesizer.config.io import parse_config
from safe_synthesizer.errors import ConfigError, UserInputError
from safe_synthesizer.run_directory import LOCK_FILE, MANIFEST, RunDirectory, file_sha256

STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(-\d+)?$")


def _temp_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if (p.name.startswith(".") and p.name != LOCK_FILE) or p.suffix == ".tmp"]


def test_layout(tmp_path: Path) -> None:
    run = RunDirectory.create(tmp_path / "arts", "my config", "adult.v2")
    assert run.path.parent == tmp_path / "arts" / "my_config---adult.v2"
    assert STAMP.match(run.path.name)
    assert sorted(p.name for p in run.path.iterdir()) == [LOCK_FILE, "dataset", "generate", "logs", MANIFEST, "train"]
    assert run.is_live() and run.holder() == os.getpid()  # locked from birth by its creator
    assert run.model_dir == run.path / "train" / "model"
    manifest = run.read_manifest()
    assert manifest["status"] == "running"
    assert manifest["stages"] == {}
    assert manifest["privacy"] == {"dp_enabled": False}
    assert {"python", "pandas", "numpy", "torch", "safe-synthesizer"} <= set(manifest["package_versions"])


def test_same_second_runs_do_not_collide(tmp_path: Path) -> None:
    paths = {RunDirectory.create(tmp_path, "c", "d").path for _ in range(3)}
    assert len(paths) == 3
    assert all(STAMP.match(p.name) for p in paths)


def test_open_rejects_non_run_folder(tmp_path: Path) -> None:
    with pytest.raises(UserInputError) as info:
        RunDirectory.open(tmp_path)
    assert str(info.value) == (
        f"{tmp_path}: not a run directory (no manifest.json); pass the folder printed by 'safe-synthesizer run'"
    )


def test_stage_success_records_timing_and_facts(tmp_path: Path) -> None:
    run = RunDirectory.create(tmp_path, "c", "d")
    with run.stage("data") as facts:
        assert run.read_manifest()["stages"]["data"] == {"status": "running"}
        facts["rows"] = 10
    record = run.read_manifest()["stages"]["data"]
    assert record["status"] == "completed"
    assert record["rows"] == 10
    assert record["seconds"] >= 0
    assert run.timings() == {"data": record["seconds"]}
    assert run.read_manifest()["status"] == "running"  # only finish() completes a run


def test_failed_stage_marks_run_failed(tmp_path: Path) -> None:
    run = RunDirectory.create(tmp_path, "c", "d")
    with run.stage("data"):
        pass
    with pytest.raises(RuntimeError, match="boom"), run.stage("train") as facts:
        facts["steps"] = 3
        raise RuntimeError("boom")
    manifest = run.read_manifest()
    assert manifest["status"] == "failed"
    assert manifest["failed_stage"] == "train"
    assert manifest["stages"]["train"]["status"] == "failed"
    assert manifest["stages"]["train"]["error"] == "boom"
    assert manifest["stages"]["train"]["steps"] == 3
    assert manifest["stages"]["data"]["status"] == "completed"
    assert _temp_files(run.path) == []


def test_long_error_is_truncated(tmp_path: Path) -> None:
    run = RunDirectory.create(tmp_path, "c", "d")
    with pytest.raises(ValueError), run.stage("x"):
        raise ValueError("e" * 2000)
    assert len(run.read_manifest()["stages"]["x"]["error"]) == 500


# Through the SDK: the data stage writes the governance manifest ---------------------------------
@pytest.fixture
def pbc_run(data_slice: Callable[..., Path], tmp_path: Path) -> tuple[Path, SafeSynthesizer]:
    source = data_slice("pbcseq_visits.csv")
    synth = (
        SafeSynthesizer(artifact_path=tmp_path / "arts", config_name="pbc")
        .with_data_source(source)
        .with_replace_pii(enable=False)
        .with_data(group_training_examples_by="id", order_training_examples_by="day", holdout=0.1)
        .with_differential_privacy(epsilon=4.0)
        .process_data()
    )
    return source, synth


def test_manifest_after_data_stage(pbc_run: tuple[Path, SafeSynthesizer], tmp_path: Path) -> None:
    source, synth = pbc_run
    run_path = synth.run_path
    assert run_path.parent == tmp_path / "arts" / "pbc---pbcseq_visits"
    manifest = json.loads((run_path / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["input"] == {
        "source": "pbcseq_visits",
        "sha256": file_sha256(source),
        "rows": 1945,
        "columns": 19,
        # The privacy ledger's key: a canonical rendering of the table, as for a DataFrame.
        "ledger_key": manifest["input"]["ledger_key"],
    }
    assert manifest["input"]["ledger_key"].startswith("sha256:")
    config = parse_config(manifest["config"])
    assert config.data.random_state == manifest["seed"]
    assert isinstance(manifest["seed"], int)
    assert config.privacy.delta == pytest.approx(312**-1.2)  # resolved from the 312 patients
    assert config.data.max_sequences_per_example == "auto"  # LLM-only, left unset on the built-in path
    assert config.privacy.epsilon == 4.0
    data_stage = manifest["stages"]["data"]
    assert data_stage["status"] == "completed"
    assert data_stage["n_train"] + data_stage["n_test"] == 1945
    assert data_stage["group_by"] == "id"
    assert manifest["stages"]["replace_pii"]["enabled"] is False
    # config.yaml holds the same resolved config.
    assert yaml.safe_load((run_path / "config.yaml").read_text(encoding="utf-8")) == manifest["config"]


def test_dataset_artifacts_after_data_stage(pbc_run: tuple[Path, SafeSynthesizer]) -> None:
    _, synth = pbc_run
    dataset = synth.run_path / "dataset"
    assert sorted(p.name for p in dataset.iterdir()) == [
        "pii_report.json", "preflight.json", "schema.json", "test.csv", "training.csv",
        "transformed_test.csv", "transformed_training.csv",
    ]  # fmt: skip
    train = pd.read_csv(dataset / "training.csv")
    test = pd.read_csv(dataset / "test.csv")
    assert not set(train["id"]) & set(test["id"])
    assert len(train) + len(test) == 1945
    schema = json.loads((dataset / "schema.json").read_text(encoding="utf-8"))
    assert schema["group_by"] == "id"
    assert schema["order_by"] == "day"
    assert {c["name"]: c["type"] for c in schema["columns"]}["id"] == "identifier"
    preflight = json.loads((dataset / "preflight.json").read_text(encoding="utf-8"))
    assert {"level": "warning", "message": (
        "differential privacy with 312 entities ('id'): under 10000 the noise usually costs much quality"
    )} in preflight  # fmt: skip
    # PII off: the transformed split is the split itself.
    pd.testing.assert_frame_equal(pd.read_csv(dataset / "transformed_training.csv"), train)
    assert (synth.run_path / "logs" / "run.jsonl").is_file()
    assert _temp_files(synth.run_path) == []


def test_impossible_holdout_fails_before_a_run_exists(data_slice: Callable[..., Path], tmp_path: Path) -> None:
    synth = (
        SafeSynthesizer(artifact_path=tmp_path)
        .with_data_source(data_slice("adult.csv", 300))
        .with_replace_pii(enable=False)
        .with_data(holdout=5000)  # more rows than the table has
    )
    with pytest.raises(ConfigError) as info:
        synth.process_data()
    assert str(info.value) == (
        "data.holdout: 5000.0 would hold out all 300 rows; use a fraction below 1 or a smaller count"
    )
    assert list(tmp_path.glob(f"*/*/{MANIFEST}")) == []


def test_failed_pii_stage_marks_run_failed(pbc_run: tuple[Path, SafeSynthesizer]) -> None:
    _, synth = pbc_run
    run = RunDirectory.open(synth.run_path)
    (run.dataset_dir / "training.csv").unlink()  # a damaged run, rerun from its PII stage
    with pytest.raises(UserInputError, match="file not found"):
        pipeline.replace_pii(run, synth.params)
    manifest = run.read_manifest()
    assert manifest["status"] == "failed"
    assert manifest["failed_stage"] == "replace_pii"
    assert "training.csv: file not found" in manifest["stages"]["replace_pii"]["error"]
    assert _temp_files(run.path) == []


def test_preflight_error_creates_no_run(data_slice: Callable[..., Path], tmp_path: Path) -> None:
    synth = SafeSynthesizer(artifact_path=tmp_path).with_data_source(data_slice("adult.csv", 150))
    with pytest.raises(UserInputError) as info:
        synth.process_data()
    assert str(info.value).endswith("150 rows; at least 200 are needed to train and evaluate a model")
    assert list(tmp_path.glob(f"*/*/{MANIFEST}")) == []


def test_failed_stage_in_pipeline_marks_run_failed(pbc_run: tuple[Path, SafeSynthesizer]) -> None:
    _, synth = pbc_run
    (synth.run_path / "dataset" / "transformed_training.csv").unlink()  # a damaged run
    with pytest.raises(Exception):  # noqa: B017 - any failure; the manifest is what matters
        synth.train()
    manifest = json.loads((synth.run_path / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["status"] == "failed"
    assert manifest["failed_stage"] == "train"
    assert manifest["stages"]["train"]["error"]


def test_resume_a_saved_run(pbc_run: tuple[Path, SafeSynthesizer]) -> None:
    _, synth = pbc_run
    resumed = SafeSynthesizer.load_from_save_path(synth.run_path)
    assert resumed.run_path == synth.run_path
    manifest = json.loads((synth.run_path / MANIFEST).read_text(encoding="utf-8"))
    assert resumed.params == parse_config(manifest["config"])  # the resolved config, seed included
    assert resumed.params.data.random_state == manifest["seed"]


def test_run_log_is_json_lines_without_data_values(data_slice: Callable[..., Path], tmp_path: Path) -> None:
    source = data_slice("womens_clothing_reviews.csv", 400)
    synth = (
        SafeSynthesizer(artifact_path=tmp_path)
        .with_data_source(source)
        .with_replace_pii(enable=False)
        .with_data(random_state=3)
        .process_data()
    )
    lines = (synth.run_path / "logs" / "run.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert records
    assert all({"time", "level", "logger", "message"} <= set(r) for r in records)
    assert any(r["message"] == "data: 380 training rows, 20 holdout rows" for r in records)
    reviews = pd.read_csv(source)["Review Text"].dropna().str[:40]
    text = "\n".join(lines)
    assert not [r for r in reviews if r in text]


def test_manifest_privacy_reflects_config(pbc_run: tuple[Path, SafeSynthesizer]) -> None:
    _, synth = pbc_run  # built with .with_differential_privacy(epsilon=4.0)
    manifest = json.loads((synth.run_path / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["privacy"]["dp_enabled"] is True
    # Before training: the plan from the resolved config (training replaces it with what was spent).
    assert manifest["privacy"]["epsilon"] == 4.0
    assert manifest["privacy"]["delta"] == manifest["config"]["privacy"]["delta"] != "auto"


def test_config_name_comes_from_the_yaml_file(data_slice: Callable[..., Path], tmp_path: Path) -> None:
    config = tmp_path / "my config.yaml"
    config.write_text("data:\n  holdout: 0.1\n", encoding="utf-8")
    synth = (
        SafeSynthesizer(config, artifact_path=tmp_path / "arts")
        .with_data_source(data_slice("adult.csv", 300, out_name="adult slice.csv"))
        .with_replace_pii(enable=False)
        .process_data()
    )
    assert synth.run_path.parent == tmp_path / "arts" / "my_config---adult_slice"
    assert json.loads((synth.run_path / MANIFEST).read_text(encoding="utf-8"))["stages"]["data"]["n_test"] == 30


def _autos(node: object, path: str = "") -> list[str]:
    if isinstance(node, dict):
        return [hit for key, value in node.items() for hit in _autos(value, f"{path}.{key}".lstrip("."))]
    return [path] if node == "auto" else []


def test_run_config_has_no_auto_left(pbc_run: tuple[Path, SafeSynthesizer]) -> None:
    # LLM-only fields mean nothing to the built-in model: they stay as written (and are warned
    # about when set); every field the run used is resolved.
    from safe_synthesizer.config.applicability import LLM_ONLY_FIELDS

    _, synth = pbc_run
    left = _autos(yaml.safe_load((synth.run_path / "config.yaml").read_text(encoding="utf-8")))
    assert [key for key in left if key not in LLM_ONLY_FIELDS] == []


def test_run_config_resolves_the_data_dependent_autos(pbc_run: tuple[Path, SafeSynthesizer]) -> None:
    _, synth = pbc_run
    left = _autos(yaml.safe_load((synth.run_path / "config.yaml").read_text(encoding="utf-8")))
    for key in (
        "privacy.delta",
        "training.learning_rate",
        "training.epochs",
        "training.batch_size",
        "generation.temperature",
    ):
        assert key not in left


def test_session_status_and_recovery_of_a_dead_writer(tmp_path: Path) -> None:
    run = RunDirectory.create(tmp_path, "c", "d")
    run.release()
    with run.session():
        assert run.manifest().status == "running" and run.manifest().pid == os.getpid()
    assert run.manifest().status == "completed"
    with pytest.raises(KeyboardInterrupt), run.session():
        raise KeyboardInterrupt
    assert (run.manifest().status, run.manifest().interrupted) == ("interrupted", "SIGINT received (Ctrl-C)")
    with pytest.raises(UserInputError), run.session():  # an error outside any stage keeps the status
        raise UserInputError("no")
    assert run.manifest().status == "interrupted"
    # A writer killed mid-stage: 'running' on disk, a temporary file left, nobody holding the lock.
    run.update_manifest(status="running", pid=999_999_999, stages={"train": {"status": "running"}})
    leftover = run.model_dir / ".model.safetensors.abc.tmp"
    leftover.parent.mkdir(parents=True, exist_ok=True)
    leftover.write_bytes(b"partial")
    with run.session():
        pass
    manifest = run.manifest()
    assert manifest.interrupted == "the process (pid 999999999) stopped without finishing (killed or crashed)"
    assert manifest.stages["train"].status == "interrupted" and not leftover.exists()


def test_numbered_generations_adopt_a_legacy_layout(tmp_path: Path) -> None:
    run = RunDirectory.create(tmp_path, "c", "d")
    run.synthetic_csv.write_text("a\n1\n", encoding="utf-8")  # written before numbered generations
    run.report_html.write_text("<html>old</html>", encoding="utf-8")
    second = run.new_generation()
    assert second.number == 2
    assert (run.generate_dir / "generation-001" / "synthetic_data.csv").read_text() == "a\n1\n"
    second.synthetic_csv.write_text("a\n2\n", encoding="utf-8")
    run.publish(second)
    assert run.synthetic_csv.read_text() == "a\n2\n"
    assert not run.report_html.exists()  # the old report described generation 1, which keeps it
    assert (run.generate_dir / "generation-001" / "evaluation_report.html").is_file()
    assert [(g.number, g.status) for g in run.manifest().generations] == [(1, "completed"), (2, "running")]
