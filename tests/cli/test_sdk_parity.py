"""SDK/CLI parity: the same settings through the builder and through flags give the same run."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from safe_synthesizer import SafeSynthesizer
from safe_synthesizer.cli.options import build_params
from safe_synthesizer.cli.run import train as train_command
from safe_synthesizer.config import SafeSynthesizerParameters, load_yaml

FLAGS = [
    "--training__learning_rate", "3e-4",
    "--training__max_training_time", "5",
    "--training__lora_target_modules", "[q_proj, v_proj]",
    "--generation__num_records", "50",
    "--generation__temperature", "0.8",
    "--evaluation__quasi_identifier_count", "4",
    "--privacy__dp_enabled", "true",
    "--privacy__epsilon", "2.0",
    "--data__group_training_examples_by", "id",
    "--data__holdout", "0.1",
]  # fmt: skip


def _sdk(config: object = None) -> SafeSynthesizer:
    return (
        SafeSynthesizer(config)
        .with_train(learning_rate=3e-4, max_training_time=5, lora_target_modules=["q_proj", "v_proj"])
        .with_generate(num_records=50, temperature=0.8)
        .with_evaluate(quasi_identifier_count=4)
        .with_differential_privacy(epsilon=2.0)
        .with_data(group_training_examples_by="id", holdout=0.1)
        .with_replace_pii(enable=False)
    )


def _cli_params(args: list[str], config: Path | None = None) -> SafeSynthesizerParameters:
    """What ``run train`` builds from its command line (the same call the command makes)."""
    argv = ["--data-source", "unused.csv", *(["--config", str(config)] if config else []), *args]
    ctx = train_command.make_context("train", argv)
    return build_params(ctx, ctx.params["config"], no_replace_pii=ctx.params["no_replace_pii"])


def test_builder_and_flags_give_the_same_parameters() -> None:
    cli = _cli_params([*FLAGS, "--no-replace-pii"])
    sdk = _sdk().params
    assert cli == sdk
    assert sdk.privacy.dp_enabled
    assert sdk.replace_pii.enabled is False
    assert sdk != SafeSynthesizerParameters()


def test_config_create_with_flags_matches_builder(cli, tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    assert cli("config", "create", "-o", path, *FLAGS, "--replace_pii__enabled", "false").code == 0
    assert load_yaml(path) == _sdk().params


def test_yaml_plus_flags_matches_yaml_plus_builder(tmp_path: Path) -> None:
    path = tmp_path / "base.yaml"
    path.write_text("training:\n  learning_rate: 0.01\n  epochs: 3\ngeneration:\n  num_records: 7\n", encoding="utf-8")
    cli = _cli_params([*FLAGS, "--no-replace-pii"], config=path)
    sdk = _sdk(path).params
    assert cli == sdk
    assert sdk.training.learning_rate == 3e-4  # flag / builder beats YAML
    assert sdk.training.epochs == 3  # YAML beats default
    assert sdk.generation.num_records == 50


def test_no_replace_pii_flag_equals_section_flag() -> None:
    assert _cli_params(["--no-replace-pii"]) == _cli_params(["--replace_pii__enabled", "false"])


def _dataset_artifacts(run_path: Path) -> dict[str, str]:
    dataset = run_path / "dataset"
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(dataset.iterdir())}


@pytest.mark.parametrize(
    ("name", "nrows", "flags"),
    [
        ("pbcseq_visits.csv", None, ["--data__group_training_examples_by", "id", "--data__holdout", "0.1"]),
        ("womens_clothing_reviews.csv", 1200, ["--data__holdout", "100"]),
    ],
    ids=["pbcseq", "womens"],
)
def test_data_processing_parity(data_slice: Callable[..., Path], tmp_path: Path, name: str, nrows, flags) -> None:
    source = data_slice(name, nrows)
    # CLI route: flags -> params -> the file path, exactly as `run train` does before training.
    cli_params = _cli_params([*flags, "--data__random_state", "11", "--no-replace-pii"])
    via_cli = SafeSynthesizer(cli_params, artifact_path=tmp_path / "cli").with_data_source(source).process_data()
    # SDK route: builder settings and a DataFrame the user read with pandas defaults.
    settings = {k.removeprefix("--data__"): v for k, v in zip(flags[::2], flags[1::2], strict=True)}
    settings["holdout"] = float(settings["holdout"])
    via_sdk = (
        SafeSynthesizer(artifact_path=tmp_path / "sdk")
        .with_data_source(pd.read_csv(source))
        .with_data(random_state=11, **settings)
        .with_replace_pii(enable=False)
        .process_data()
    )
    assert _dataset_artifacts(via_cli.run_path) == _dataset_artifacts(via_sdk.run_path)
    cli_manifest = json.loads((via_cli.run_path / "manifest.json").read_text(encoding="utf-8"))
    sdk_manifest = json.loads((via_sdk.run_path / "manifest.json").read_text(encoding="utf-8"))
    assert cli_manifest["config"] == sdk_manifest["config"]
    assert cli_manifest["stages"]["data"] == {
        **sdk_manifest["stages"]["data"],
        "seconds": cli_manifest["stages"]["data"]["seconds"],
    }
    assert (cli_manifest["input"]["rows"], cli_manifest["input"]["columns"]) == (
        sdk_manifest["input"]["rows"],
        sdk_manifest["input"]["columns"],
    )


@pytest.mark.parametrize(
    ("content", "name"),
    [("a,b,a\n1,2,3\n", "dup.csv"), ("", "empty.csv"), ("a,b\n", "header.csv"), (None, "missing.csv")],
)
def test_sdk_raises_the_line_the_cli_prints(cli, tmp_path: Path, content: str | None, name: str) -> None:
    from safe_synthesizer.errors import UserInputError

    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(UserInputError) as info:
        SafeSynthesizer(artifact_path=tmp_path / "arts").with_data_source(path).process_data()
    result = cli("run", "--data-source", path, "--artifact-path", tmp_path / "arts")
    assert (result.code, result.err) == (2, f"error: {info.value}\n")
    assert not (tmp_path / "arts").exists()


def test_sdk_without_data_source() -> None:
    from safe_synthesizer.errors import UserInputError

    with pytest.raises(UserInputError) as info:
        SafeSynthesizer().process_data()
    assert str(info.value) == "no data source; call .with_data_source(path_or_dataframe) first"


def test_sdk_unknown_setting_names_the_key() -> None:
    from safe_synthesizer.errors import ConfigError

    with pytest.raises(ConfigError) as info:
        SafeSynthesizer().with_train(learnin_rate=1e-3)
    assert str(info.value) == "SDK: unknown config key 'training.learnin_rate'; did you mean 'training.learning_rate'?"


def test_builder_can_reset_to_none() -> None:
    sdk = SafeSynthesizer().with_train(max_training_time=5).with_train(max_training_time=None)
    cli = _cli_params(["--training__max_training_time", "5", "--training__max_training_time", "null"])
    assert cli.training.max_training_time is None
    assert sdk.params == cli


def test_builder_without_num_records_keeps_the_configured_count() -> None:
    sdk = SafeSynthesizer().with_generate(num_records=50).with_generate(temperature=0.8)
    assert sdk.params.generation.num_records == 50
