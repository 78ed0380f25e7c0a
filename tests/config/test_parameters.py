"""Section defaults follow the reference product; nonsense values are rejected."""

from __future__ import annotations

import pytest

from safe_synthesizer.config import SafeSynthesizerParameters, parse_config
from safe_synthesizer.config.replace_pii import DEFAULT_ENTITIES
from safe_synthesizer.errors import ConfigError

REFERENCE_ENTITIES = [
    "first_name", "last_name", "name", "street_address", "city", "state", "postcode", "address",
    "phone_number", "fax_number", "email", "ssn", "national_id", "tax_id", "credit_debit_card",
]  # fmt: skip


def test_reference_defaults() -> None:
    p = SafeSynthesizerParameters()
    assert (p.data.holdout, p.data.max_holdout, p.data.random_state) == (0.05, 2000, None)
    assert p.data.max_sequences_per_example == "auto"
    assert (p.training.learning_rate, p.training.gradient_accumulation_steps) == ("auto", 8)
    assert (p.training.lora_r, p.training.lora_alpha_over_r) == (32, 1.0)
    assert p.training.lora_target_modules == ["q_proj", "k_proj", "v_proj", "o_proj"]
    assert (p.generation.num_records, p.generation.top_p, p.generation.repetition_penalty) == (1000, 1.0, 1.0)
    assert (p.generation.patience, p.generation.invalid_fraction_threshold) == (3, 0.8)
    assert p.generation.structured_generation.enabled is True  # issue 12: on by default (LLM path)
    assert p.generation.validation.enforce_numeric_range is True
    assert (p.privacy.dp_enabled, p.privacy.epsilon, p.privacy.delta) == (False, 8.0, "auto")
    assert p.privacy.per_sample_max_grad_norm == 1.0
    assert p.replace_pii.enabled is True
    assert p.replace_pii.globals.locales == ["en_US"]
    assert p.replace_pii.globals.ner_threshold == 0.3
    assert p.replace_pii.entities == DEFAULT_ENTITIES
    assert DEFAULT_ENTITIES[:15] == REFERENCE_ENTITIES  # the reference's list first; extras may follow
    assert (p.evaluation.enabled, p.evaluation.mia_enabled, p.evaluation.aia_enabled) == (True, True, True)
    assert p.evaluation.quasi_identifier_count == 3
    assert p.time_series.is_timeseries is False


def test_defaults_are_independent_instances() -> None:
    a, b = SafeSynthesizerParameters(), SafeSynthesizerParameters()
    a.training.lora_target_modules.append("x")
    assert b.training.lora_target_modules == ["q_proj", "k_proj", "v_proj", "o_proj"]


def test_assignment_is_validated() -> None:
    params = SafeSynthesizerParameters()
    with pytest.raises(ValueError):
        params.generation.num_records = 0


@pytest.mark.parametrize(
    "raw",
    [
        {"training": {"learning_rate": -1}},
        {"training": {"batch_size": 0}},
        {"training": {"epochs": -2}},
        {"training": {"num_threads": 0}},
        {"generation": {"batch_size": -1}},
        {"data": {"max_sequences_per_example": 0}},
        {"privacy": {"delta": 5}},
        {"privacy": {"delta": -1}},
    ],
)
def test_out_of_range_values_rejected(raw: dict) -> None:
    section, values = next(iter(raw.items()))
    key = f"{section}.{next(iter(values))}"
    with pytest.raises(ConfigError, match=rf"invalid value for '{key}'"):
        parse_config(raw)


@pytest.mark.parametrize(
    "raw",
    [
        {"training": {"learning_rate": "auto", "batch_size": 4, "epochs": 2.5}},
        {"privacy": {"delta": 1e-5, "dp_enabled": True}},
        {"data": {"holdout": 250, "max_sequences_per_example": 1}},
        {"training": {"pretrained_model": "HuggingFaceTB/SmolLM2-135M", "validation_ratio": 0.0}},
    ],
)
def test_valid_values_accepted(raw: dict) -> None:
    params = parse_config(raw)
    for section, values in raw.items():
        for key, value in values.items():
            assert getattr(getattr(params, section), key) == value, f"{section}.{key}"


def test_schema_keys_of_the_data_section() -> None:
    p = SafeSynthesizerParameters.model_validate(
        {"data": {"column_decimals": {"price": 2}, "number_formats": {"price": {"thousands": ",", "prefix": "$"}}}}
    )
    assert (p.data.column_decimals, p.data.dp_default_decimals) == ({"price": 2}, 2)
    assert p.data.number_formats["price"].as_schema() == {"thousands": ",", "decimal": ".", "prefix": "$", "suffix": ""}
    parens = {"negative": "parentheses", "fixed_decimals": True}
    assert SafeSynthesizerParameters.model_validate({"data": {"number_formats": {"x": parens}}}).data.number_formats[
        "x"
    ].as_schema() == {"thousands": "", "decimal": ".", "prefix": "", "suffix": "", "negative": "parentheses",
                      "fixed_decimals": "true"}
    for bad in ({"column_decimals": {"x": 11}}, {"number_formats": {"x": {"decimal": ";"}}},
                {"number_formats": {"x": {"currency": "$"}}}):
        with pytest.raises(ValueError):
            SafeSynthesizerParameters.model_validate({"data": bad})
