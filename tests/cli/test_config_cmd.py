"""``safe-synthesizer config create|validate|modify``: round trip, suggestions, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from safe_synthesizer.config import SafeSynthesizerParameters, load_yaml


def test_create_then_validate_round_trips(cli, tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    created = cli("config", "create", "-o", path)
    assert (created.code, created.out.strip(), created.err) == (0, f"wrote {path}", "")
    validated = cli("config", "validate", "--config", path)
    assert (validated.code, validated.out.strip(), validated.err) == (0, f"{path}: valid", "")
    assert load_yaml(path) == SafeSynthesizerParameters()


def test_create_with_overrides(cli, tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    result = cli(
        "config", "create", "-o", path, "--training__learning_rate", "3e-4", "--data__holdout=0.1",
        "--generation__structured_generation__enabled", "true",
    )  # fmt: skip
    assert result.code == 0
    params = load_yaml(path)
    assert params.training.learning_rate == 3e-4
    assert params.data.holdout == 0.1
    assert params.generation.structured_generation.enabled is True


def test_misspelled_key_in_yaml_exits_2_with_suggestion(cli, tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    cli("config", "create", "-o", path)
    path.write_text(path.read_text(encoding="utf-8").replace("learning_rate:", "learning_rat:"), encoding="utf-8")
    result = cli("config", "validate", "--config", path)
    assert result.code == 2
    assert result.out == ""
    assert result.err == (
        f"error: {path}: unknown config key 'training.learning_rat'; did you mean 'training.learning_rate'?\n"
    )


def test_misspelled_section_in_yaml(cli, tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("generaton:\n  num_records: 5\n", encoding="utf-8")
    result = cli("config", "validate", "--config", path)
    assert (result.code, result.err) == (
        2,
        f"error: {path}: unknown config key 'generaton'; did you mean 'generation'?\n",
    )


def test_unknown_config_option_exits_2_with_suggestion(cli, tmp_path: Path) -> None:
    result = cli("config", "create", "-o", tmp_path / "c.yaml", "--training__learnin_rate", "3e-4")
    assert result.code == 2
    assert result.err == (
        "error: unknown config option '--training__learnin_rate'; did you mean '--training__learning_rate'?\n"
    )
    assert not (tmp_path / "c.yaml").exists()


def test_unknown_plain_option_suggests_a_known_one(cli, tmp_path: Path) -> None:
    result = cli("config", "create", "-o", tmp_path / "c.yaml", "--outpt", tmp_path / "d.yaml")
    assert (result.code, result.err) == (2, "error: unknown option '--outpt'; did you mean '--output'?\n")


def test_bad_value_from_option_names_the_key(cli, tmp_path: Path) -> None:
    result = cli("config", "create", "-o", tmp_path / "c.yaml", "--data__holdout", "-1")
    assert result.code == 2
    assert "'data.holdout'" in result.err
    assert "greater than or equal to 0 (got -1)" in result.err
    assert result.err.count("\n") == 1


def test_option_without_value(cli, tmp_path: Path) -> None:
    result = cli("config", "create", "-o", tmp_path / "c.yaml", "--training__epochs")
    assert (result.code, result.err) == (2, "error: option '--training__epochs' needs a value\n")


def test_missing_config_file(cli, tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    result = cli("config", "validate", "--config", path)
    assert result.code == 2
    assert result.err == (
        f"error: {path}: config file not found; create one with 'safe-synthesizer config create -o {path}'\n"
    )
    assert "Traceback" not in result.out + result.err


def test_verbose_shows_the_traceback(cli, tmp_path: Path) -> None:
    result = cli("config", "validate", "--config", tmp_path / "nope.yaml", "-v")
    assert result.code == 2
    assert "Traceback" in result.err
    assert result.err.rstrip().endswith(
        f"config file not found; create one with 'safe-synthesizer config create -o {tmp_path / 'nope.yaml'}'"
    )


def test_modify_in_place_and_to_output(cli, tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    cli("config", "create", "-o", path, "--training__learning_rate", "0.01")
    out = tmp_path / "m.yaml"
    assert cli("config", "modify", "--config", path, "--output", out, "--training__epochs", "3").code == 0
    modified = load_yaml(out)
    assert (modified.training.epochs, modified.training.learning_rate) == (3, 0.01)  # YAML value kept
    assert load_yaml(path).training.epochs == "auto"
    assert cli("config", "modify", "--config", path, "--privacy__dp_enabled", "true").code == 0
    assert load_yaml(path).privacy.dp_enabled is True


@pytest.mark.parametrize("argv", [["config"], ["config", "create"], ["config", "nosuch"]])
def test_usage_errors_exit_2(cli, argv: list[str]) -> None:
    result = cli(*argv)
    assert result.code in (0, 2)  # a bare group prints its help
    if argv != ["config"]:
        assert result.code == 2
        assert result.err.startswith("error: ")


def test_validate_reports_a_bad_value_with_its_key(cli, tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("privacy:\n  epsilon: -3\n", encoding="utf-8")
    result = cli("config", "validate", "--config", path)
    assert result.code == 2
    assert result.err == (
        f"error: {path}: invalid value for 'privacy.epsilon': Input should be greater than 0 (got -3)\n"
    )


def test_create_into_new_folder(cli, tmp_path: Path) -> None:
    path = tmp_path / "configs" / "new" / "c.yaml"
    assert cli("config", "create", "-o", path).code == 0
    assert sorted(p.name for p in path.parent.iterdir()) == ["c.yaml"]


def test_verbose_before_the_subcommand(cli, tmp_path: Path) -> None:
    result = cli("-v", "config", "validate", "--config", tmp_path / "nope.yaml")
    assert result.code == 2
    assert "Traceback" in result.err
    assert "config file not found" in result.err
