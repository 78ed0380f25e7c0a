"""``safe-synthesizer run ...``: --validate prints schema and preflight; user mistakes are one line."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest


@pytest.mark.parametrize(
    ("name", "nrows", "extra"),
    [
        ("adult.csv", 1500, []),
        ("womens_clothing_reviews.csv", 1500, []),
        ("pbcseq_visits.csv", None, ["--data__group_training_examples_by", "id"]),
    ],
    ids=["adult", "womens", "pbcseq"],
)
def test_validate_prints_schema_and_preflight(
    cli,
    schema_rows,
    expected_types,
    data_slice: Callable[..., Path],
    tmp_path: Path,
    name: str,
    nrows: int | None,
    extra: list,
) -> None:
    expected = expected_types[name]
    source = data_slice(name, nrows)
    artifacts = tmp_path / "arts"
    result = cli("run", "train", "--validate", "--data-source", source, "--artifact-path", artifacts, *extra)
    assert result.code == 0, result.err
    assert schema_rows(result.out) == expected
    rows = len(source.read_text(encoding="utf-8").splitlines()) - 1 if nrows is None else nrows
    assert f"{rows} rows x {len(expected)} columns" in result.out  # the table title (wrapped to table width)
    assert "preflight: no problems found" in result.out
    assert not artifacts.exists()  # --validate writes nothing


def test_validate_marks_group_column_and_formats(cli, data_slice: Callable[..., Path]) -> None:
    source = data_slice("pbcseq_visits.csv")
    result = cli(
        "run", "train", "--validate", "--data-source", source,
        "--data__group_training_examples_by", "id", "--data__column_types", "{stage: categorical}",
    )  # fmt: skip
    assert result.code == 0, result.err
    lines = {line.split("│")[1].strip(): line for line in result.out.splitlines() if line.startswith("│")}
    assert "entity (group by)" in lines["id"]
    assert "2 decimals" in lines["albumin"]
    assert "categorical (set)" in lines["stage"]


def test_validate_prints_warnings(cli, data_slice: Callable[..., Path]) -> None:
    source = data_slice("adult.csv", 500)
    result = cli("run", "train", "--validate", "--data-source", source, "--privacy__dp_enabled", "true")
    assert result.code == 0
    assert f"warning: {source}: only 500 rows; expect weaker quality below 1000" in result.out
    assert "warning: differential privacy with 500 records: under 10000 the noise usually costs much quality" in (
        result.out
    )


def test_validate_with_preflight_error_exits_2(cli, data_slice: Callable[..., Path]) -> None:
    source = data_slice("adult.csv", 150)
    result = cli("run", "train", "--validate", "--data-source", source)
    assert result.code == 2
    assert f"error: {source}: 150 rows; at least 200 are needed to train and evaluate a model" in result.out
    assert "Traceback" not in result.out + result.err


def test_validate_with_missing_group_column(cli, data_slice: Callable[..., Path]) -> None:
    source = data_slice("pbcseq_visits.csv")
    result = cli("run", "train", "--validate", "--data-source", source, "--data__group_training_examples_by", "patient")
    assert result.code == 2
    assert f"error: data.group_training_examples_by: column 'patient' is not in {source}; columns are" in (
        result.out.replace("\n", "")
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["run", "train", "--validate"],
        ["run", "train"],
        ["run"],  # the full pipeline
    ],
    ids=["validate", "train", "pipeline"],
)
def test_missing_data_file_is_one_line(cli, tmp_path: Path, argv: list[str]) -> None:
    missing = tmp_path / "nope.csv"
    result = cli(*argv, "--data-source", missing, "--artifact-path", tmp_path / "arts")
    assert result.code == 2
    assert result.err == f"error: {missing}: file not found; check the path given as --data-source\n"
    assert "Traceback" not in result.out


def test_bad_input_file_is_one_line(cli, tmp_path: Path) -> None:
    bad = tmp_path / "dup.csv"
    bad.write_text("a,b,a\n1,2,3\n", encoding="utf-8")
    result = cli("run", "train", "--validate", "--data-source", bad)
    assert result.code == 2
    assert result.err == f"error: {bad}: duplicate column name 'a' (columns 1 and 3); rename one of them\n"


def test_unknown_config_option_on_run(cli, tmp_path: Path) -> None:
    result = cli("run", "--data-source", tmp_path / "x.csv", "--training__learnin_rate", "1e-3")
    assert result.code == 2
    assert result.err == (
        "error: unknown config option '--training__learnin_rate'; did you mean '--training__learning_rate'?\n"
    )


def test_missing_required_option(cli) -> None:
    result = cli("run", "train", "--validate")
    assert result.code == 2
    assert "--data-source" in result.err


def test_generate_needs_a_run(cli, tmp_path: Path) -> None:
    result = cli("run", "generate")
    assert (result.code, result.err) == (2, "error: give --run-path DIR (or --auto-discover-adapter)\n")
    result = cli("run", "generate", "--run-path", tmp_path)
    assert result.code == 2
    assert result.err == (
        f"error: {tmp_path}: not a run directory (no manifest.json); pass the folder printed by "
        "'safe-synthesizer run'\n"
    )
    result = cli("run", "generate", "--auto-discover-adapter", "--artifact-path", tmp_path)
    assert (result.code, result.err) == (
        2,
        f"error: {tmp_path}: no trained run found; run 'safe-synthesizer run train' first\n",
    )


def test_log_format_json_is_accepted(cli, data_slice: Callable[..., Path]) -> None:
    result = cli("run", "train", "--validate", "--data-source", data_slice("adult.csv", 300), "--log-format", "json")
    assert result.code == 0
    bad = cli("run", "train", "--validate", "--data-source", "x.csv", "--log-format", "xml")
    assert bad.code == 2


def test_generate_from_untrained_run_is_a_user_error(cli, data_slice: Callable[..., Path], tmp_path: Path) -> None:
    from safe_synthesizer import SafeSynthesizer

    processed = (
        SafeSynthesizer(artifact_path=tmp_path / "arts")
        .with_data_source(data_slice("adult.csv", 300))
        .with_replace_pii(enable=False)
        .process_data()
    )
    result = cli("run", "generate", "--run-path", processed.run_path)
    assert result.code == 2
    assert result.err.count("\n") == 1
    assert "run train" in result.err
    manifest = json.loads((processed.run_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["status"] != "failed"


def test_validate_with_impossible_holdout(cli, data_slice: Callable[..., Path]) -> None:
    result = cli("run", "train", "--validate", "--data-source", data_slice("adult.csv", 300), "--data__holdout", "300")
    assert (result.code, result.out) == (2, "")
    assert result.err == (
        "error: data.holdout: 300.0 would hold out all 300 rows; use a fraction below 1 or a smaller count\n"
    )


def test_validate_with_bad_column_override(cli, data_slice: Callable[..., Path]) -> None:
    source = data_slice("adult.csv", 300)
    result = cli("run", "train", "--validate", "--data-source", source, "--data__column_types", "{workclass: integer}")
    assert result.code == 2
    assert result.err == (
        "error: data.column_types.workclass: 'integer' but the column has non-numeric values; use categorical or text\n"
    )


@pytest.mark.slow
def test_train_then_generate_from_the_newest_run(
    data_slice: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`run train` prints the run path and the next command; `run generate --auto-discover-adapter` finds it.

    Uses ``main`` directly (not the widened ``cli`` fixture) so the output is what a pipe receives.
    """
    from safe_synthesizer.cli.main import main

    artifacts = tmp_path / "arts"
    source = data_slice("adult.csv", 400)
    code = main(["run", "train", "--data-source", str(source), "--artifact-path", str(artifacts), "--no-replace-pii",
                 "--training__max_training_time", "0.05", "--data__random_state", "1"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    (run_path,) = [p.parent for p in artifacts.glob("*/*/manifest.json")]
    assert f"trained: {run_path}\n" in out
    assert f"next: safe-synthesizer run generate --run-path '{run_path}'\n" in out
    assert json.loads((run_path / "manifest.json").read_text(encoding="utf-8"))["stages"]["train"]["status"] == (
        "completed"
    )
    code = main(["run", "generate", "--auto-discover-adapter", "--artifact-path", str(artifacts),
                 "--generation__num_records", "40"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    manifest = json.loads((run_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "completed"
    assert len(pd.read_csv(run_path / "generate" / "synthetic_data.csv")) == 40
    assert "synthetic_data" in out  # the summary table


@pytest.mark.slow
def test_run_without_holdout_evaluates_without_test_split(data_slice: Callable[..., Path], tmp_path: Path) -> None:
    """``data.holdout 0`` leaves an empty test split: every stage must still run (no holdout-based metrics)."""
    from safe_synthesizer.cli.main import main

    artifacts = tmp_path / "arts"
    code = main(["run", "--data-source", str(data_slice("adult.csv", 300)), "--artifact-path", str(artifacts),
                 "--data__holdout", "0", "--training__max_training_time", "0.05", "--generation__num_records", "100",
                 "--data__random_state", "3"])  # fmt: skip
    assert code == 0
    (run_path,) = [p.parent for p in artifacts.glob("*/*/manifest.json")]
    manifest = json.loads((run_path / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["status"] == "completed"
    assert 0 <= manifest["scores"]["sqs"] <= 10
