"""Config YAML I/O, unknown keys with suggestions, value errors naming the key, overrides."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from safe_synthesizer.config import SafeSynthesizerParameters, apply_overrides, load_yaml, parse_config, save_yaml
from safe_synthesizer.config.io import field_paths, to_plain_dict
from safe_synthesizer.errors import ConfigError


def _config_error(func, *args, **kwargs) -> str:
    with pytest.raises(ConfigError) as info:
        func(*args, **kwargs)
    message = str(info.value)
    assert "\n" not in message
    return message


# Round trip -------------------------------------------------------------------------------------
def test_yaml_round_trip_of_defaults(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    save_yaml(SafeSynthesizerParameters(), path)
    assert load_yaml(path) == SafeSynthesizerParameters()
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert list(raw) == ["data", "training", "generation", "privacy", "replace_pii", "evaluation", "time_series"]
    assert raw["privacy"]["delta"] == "auto"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.yaml"]


def test_yaml_round_trip_of_changed_values(tmp_path: Path) -> None:
    params = apply_overrides(
        SafeSynthesizerParameters(),
        {
            "training__learning_rate": "3e-4",
            "data__column_types": "{zip: categorical}",
            "data__datetime_formats": "{when: '%d.%m.%Y'}",
            "replace_pii__entity_strategies": "{email: hash}",
            "generation__structured_generation__enabled": "true",
            "privacy__delta": "1e-6",
        },
    )
    path = tmp_path / "c.yaml"
    params.to_yaml(path)
    again = SafeSynthesizerParameters.from_yaml(path)
    assert again == params
    assert again.data.column_types["zip"].value == "categorical"
    assert again.privacy.delta == 1e-6


def test_partial_yaml_fills_defaults(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("training:\n  max_training_time: 5\n", encoding="utf-8")
    params = load_yaml(path)
    assert params.training.max_training_time == 5
    assert params.generation.num_records == 1000


@pytest.mark.parametrize("text", ["", "# only a comment\n"])
def test_empty_yaml_is_all_defaults(tmp_path: Path, text: str) -> None:
    path = tmp_path / "e.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_yaml(path) == SafeSynthesizerParameters()


def test_missing_yaml(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    assert _config_error(load_yaml, path) == (
        f"{path}: config file not found; create one with 'safe-synthesizer config create -o {path}'"
    )


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("training:\n  learning_rate: 1\n   batch_size: [\n", encoding="utf-8")
    assert _config_error(load_yaml, path) == f"{path}: not valid YAML at line 3; check indentation and quoting"


def test_top_level_must_be_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "list.yaml"
    path.write_text("- a\n- b\n", encoding="utf-8")
    assert _config_error(load_yaml, path) == f"{path}: the top level must be a mapping of sections, got list"


# Unknown keys -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"trainig": {}}, "unknown config key 'trainig'; did you mean 'training'?"),
        (
            {"training": {"learning_rat": 1e-3}},
            "unknown config key 'training.learning_rat'; did you mean 'training.learning_rate'?",
        ),
        ({"data": {"hold_out": 0.1}}, "unknown config key 'data.hold_out'; did you mean 'data.holdout'?"),
        (
            {"generation": {"structured_generation": {"enabeld": True}}},
            "unknown config key 'generation.structured_generation.enabeld'; "
            "did you mean 'generation.structured_generation.enabled'?",
        ),
        (
            {"replace_pii": {"globals": {"locale": ["en_US"]}}},
            "unknown config key 'replace_pii.globals.locale'; did you mean 'replace_pii.globals.locales'?",
        ),
        (
            {"xyzzy": {}},
            "unknown config key 'xyzzy'; valid keys here: data, evaluation, generation, privacy, replace_pii, "
            "time_series, training",
        ),
    ],
)
def test_unknown_key_suggests_the_closest(raw: dict, message: str) -> None:
    assert _config_error(parse_config, raw, source="c.yaml") == f"c.yaml: {message}"


def test_misspelled_key_in_yaml_file(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    save_yaml(SafeSynthesizerParameters(), path)
    path.write_text(path.read_text(encoding="utf-8").replace("learning_rate:", "learning_rat:"), encoding="utf-8")
    assert _config_error(load_yaml, path) == (
        f"{path}: unknown config key 'training.learning_rat'; did you mean 'training.learning_rate'?"
    )


# Bad values ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            {"data": {"holdout": -0.1}},
            "invalid value for 'data.holdout': Input should be greater than or equal to 0 (got -0.1)",
        ),
        ({"privacy": {"epsilon": 0}}, "invalid value for 'privacy.epsilon': Input should be greater than 0 (got 0)"),
        (
            {"generation": {"num_records": "many"}},
            "invalid value for 'generation.num_records': Input should be a valid integer, "
            "unable to parse string as an integer (got 'many')",
        ),
        (
            {"data": {"column_types": {"zip": "zipcode"}}},
            "invalid value for 'data.column_types.zip': Input should be 'integer', 'float', 'categorical', "
            "'datetime', 'text', 'identifier', 'constant' or 'empty' (got 'zipcode')",
        ),
        (
            {"replace_pii": {"default_strategy": "shred"}},
            "invalid value for 'replace_pii.default_strategy': Input should be 'fake', 'hash', 'redact' or 'keep' "
            "(got 'shred')",
        ),
        (
            {"training": 5},
            "invalid value for 'training': Input should be a valid dictionary or instance of "
            "TrainingParameters (got 5)",
        ),
    ],
)
def test_bad_value_message(raw: dict, message: str) -> None:
    assert _config_error(parse_config, raw, source="c.yaml") == f"c.yaml: {message}"


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ({"training": {"learning_rate": "fast"}}, "training.learning_rate"),
        ({"generation": {"temperature": 0}}, "generation.temperature"),
        ({"data": {"column_types": {"zip": "zipcode"}}}, "data.column_types.zip"),
        ({"data": {"max_holdout": -5}}, "data.max_holdout"),
        ({"evaluation": {"quasi_identifier_count": 0}}, "evaluation.quasi_identifier_count"),
        ({"time_series": {"timestamp_interval_seconds": -1}}, "time_series.timestamp_interval_seconds"),
    ],
)
def test_bad_value_names_the_key(raw: dict, key: str) -> None:
    assert f"invalid value for '{key}':" in _config_error(parse_config, raw)


# Overrides -------------------------------------------------------------------------------------
def test_overrides_parse_scalars_and_both_separators() -> None:
    params = apply_overrides(
        SafeSynthesizerParameters(),
        {
            "training__learning_rate": "3e-4",
            "training.max_training_time": "5",
            "evaluation__enabled": "false",
            "data__random_state": "null",
            "training__lora_target_modules": "[q_proj, v_proj]",
            "generation__num_records": 20,
        },
    )
    assert params.training.learning_rate == 3e-4
    assert params.training.max_training_time == 5
    assert params.evaluation.enabled is False
    assert params.data.random_state is None
    assert params.training.lora_target_modules == ["q_proj", "v_proj"]
    assert params.generation.num_records == 20


def test_overrides_do_not_mutate_input() -> None:
    base = SafeSynthesizerParameters()
    apply_overrides(base, {"generation__num_records": "5"})
    assert base.generation.num_records == 1000


def test_precedence_flag_over_yaml_over_default(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("training:\n  learning_rate: 0.01\n  max_training_time: 7\n", encoding="utf-8")
    from_yaml = load_yaml(path)
    final = apply_overrides(from_yaml, {"training__learning_rate": "0.002"})
    assert final.training.learning_rate == 0.002  # flag beats YAML
    assert final.training.max_training_time == 7  # YAML beats default
    assert final.training.lora_r == SafeSynthesizerParameters().training.lora_r  # default


@pytest.mark.parametrize(
    ("override", "message"),
    [
        (
            "training__learnin_rate",
            "command line: unknown config key 'training.learnin_rate'; did you mean 'training.learning_rate'?",
        ),
        ("trainin__learning_rate", "command line: unknown config key 'trainin'; did you mean 'training'?"),
    ],
)
def test_unknown_override_key(override: str, message: str) -> None:
    assert _config_error(apply_overrides, SafeSynthesizerParameters(), {override: "1"}) == message


@pytest.mark.parametrize("column", ["123", "yes", "2020"])
def test_override_string_field_keeps_numeric_looking_text(column: str) -> None:
    params = apply_overrides(SafeSynthesizerParameters(), {"data__group_training_examples_by": column})
    assert params.data.group_training_examples_by == column


def test_field_paths_cover_every_leaf() -> None:
    paths = field_paths()
    assert "training__learning_rate" in paths
    assert "generation__structured_generation__enabled" in paths
    assert "replace_pii__globals__locales" in paths
    assert "generation__structured_generation" not in paths
    assert len(paths) == len(set(paths))
    # Every path is accepted by apply_overrides with its own default value.
    defaults = SafeSynthesizerParameters()
    plain = to_plain_dict(defaults)
    for path in paths:
        node = plain
        for part in path.split("__"):
            node = node[part]
        assert apply_overrides(defaults, {path: node}) == defaults, path


def test_empty_section_means_defaults(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("training:\n  # learning_rate: 0.01\ngeneration:\n  num_records: 5\n", encoding="utf-8")
    params = load_yaml(path)
    assert params.training == SafeSynthesizerParameters().training
    assert params.generation.num_records == 5


def test_empty_nested_section_means_defaults(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("generation:\n  validation:\n  num_records: 5\n", encoding="utf-8")
    params = load_yaml(path)
    assert params.generation.validation == SafeSynthesizerParameters().generation.validation
    assert params.generation.num_records == 5


def test_null_value_of_a_key_is_still_validated(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("generation:\n  num_records:\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"invalid value for 'generation\.num_records'"):
        load_yaml(path)
