"""LLMBackend on a tiny local Llama: train, save, reload in a new backend, generate valid records."""

from __future__ import annotations

import json
import logging

import pytest

from safe_synthesizer.config.applicability import inapplicable_fields, warn_inapplicable
from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.errors import UserInputError
from safe_synthesizer.models.backend import get_backend
from safe_synthesizer.models.llm import LLMBackend
from safe_synthesizer.models.llm.generation import GenerationStoppedError, RecordSpec, parse_text

from .conftest import tiny_llm_params


@pytest.fixture(scope="module")
def trained(tmp_path_factory, tiny_model_dir, tiny_data, tiny_schema):
    params = tiny_llm_params(tiny_model_dir)
    model_dir = tmp_path_factory.mktemp("llm-run") / "model"
    result = get_backend(params).train(tiny_data, tiny_schema, params, model_dir)
    return params, model_dir, result


def test_train_writes_a_self_contained_model_dir(trained, tiny_model_dir):
    _params, model_dir, result = trained
    assert {p.name for p in model_dir.iterdir()} == {"adapter", "tokenizer", "record_spec.json", "llm.json"}
    assert (model_dir / "adapter" / "adapter_model.safetensors").is_file()
    adapter_config = json.loads((model_dir / "adapter" / "adapter_config.json").read_text())
    assert adapter_config["r"] == 4 and adapter_config["use_rslora"] is True
    assert sorted(adapter_config["target_modules"]) == ["k_proj", "o_proj", "q_proj", "v_proj"]
    manifest = json.loads((model_dir / "llm.json").read_text())
    assert manifest["source"]["location"] == str(tiny_model_dir.resolve()) and manifest["privacy"] is None
    assert result.metrics["backend"] == "llm" and result.metrics["steps"] >= 1
    assert result.metrics["n_trainable_parameters"] < result.metrics["n_parameters"] / 2
    assert result.privacy is None


def test_constrained_generation_is_all_valid(trained, tiny_data):
    params, model_dir, _ = trained
    params = params.model_copy(deep=True)
    params.generation.batch_size = 4
    result = LLMBackend().generate(model_dir, params, num_records=25)  # a new backend: reloads from disk
    assert len(result.data) == 25 and list(result.data.columns) == list(tiny_data.columns)
    assert result.metrics["num_invalid_records"] == 0 and result.metrics["valid_record_fraction"] == 1.0
    spec = RecordSpec.from_dict(json.loads((model_dir / "record_spec.json").read_text()))
    allowed = set(spec.columns[1].enum)
    assert set(result.data["workclass"].dropna()) <= allowed
    assert result.data["age"].between(spec.columns[0].minimum, spec.columns[0].maximum).all()


def test_unconstrained_sampling_counts_invalid_records(trained):
    params, model_dir, _ = trained
    params = params.model_copy(deep=True)
    params.generation.structured_generation.enabled = False
    params.generation.batch_size, params.generation.patience = 4, 2
    counters: dict = {}
    # The barely trained tiny model writes almost no valid JSON: the stop rule ends generation.
    with pytest.raises(GenerationStoppedError, match=r"invalid in 2 batches in a row .*structured_generation"):
        list(LLMBackend().iter_generate(model_dir, params, num_records=10, counters=counters))
    assert counters["num_invalid_records"] > 0 and counters["stopped_early"] is True


def test_parse_text_counts_each_bad_line():
    spec = RecordSpec.from_dict({"columns": [{"name": "a", "kind": "integer", "nullable": False, "minimum": 0,
                                              "maximum": 9}]})
    valid, invalid = parse_text('{"a":1}\n{"a":12}\nnonsense\n{"a":3}\n{"a"', spec, finished=False,
                                enforce_range=True)
    assert [r["a"] for r in valid] == [1, 3] and invalid == 3  # out of range, not JSON, cut by the budget
    assert parse_text('{"a":1}\n{"a":2}', spec, finished=True, enforce_range=True) == ([{"a": 1}, {"a": 2}], 0)


def test_seed_data_is_refused_clearly(trained, tiny_data):
    params, model_dir, _ = trained
    with pytest.raises(UserInputError, match="conditional generation is not available"):
        list(LLMBackend().iter_generate(model_dir, params, num_records=2, seed_data=tiny_data.head(1)))


def test_inapplicable_fields_are_warned_once(caplog):
    params = SafeSynthesizerParameters()
    params.training.lora_r = 8
    params.generation.patience = 5
    assert [f for f, _, _ in inapplicable_fields(params, "builtin")] == ["training.lora_r", "generation.patience"]
    with caplog.at_level(logging.WARNING):
        first = warn_inapplicable(params, "builtin")
        again = warn_inapplicable(params, "builtin")
    assert first == ["training.lora_r", "generation.patience"] and again == []
    assert "training.lora_r=8 is ignored: LLM path only" in caplog.text
    llm = SafeSynthesizerParameters()
    llm.training.pretrained_model = "smollm2"
    llm.training.model_size = "large"
    assert [f for f, _, _ in inapplicable_fields(llm, "llm")] == ["training.model_size"]
    assert inapplicable_fields(SafeSynthesizerParameters(), "builtin") == []


def test_dp_only_warnings_for_llm():
    params = SafeSynthesizerParameters()
    params.training.pretrained_model = "smollm2"
    params.privacy.dp_enabled = True
    params.training.gradient_accumulation_steps = 4
    assert [f for f, _, _ in inapplicable_fields(params, "llm")] == ["training.gradient_accumulation_steps"]


def test_missing_llm_extra_is_a_clear_error(monkeypatch):
    import sys

    from safe_synthesizer.errors import StageNotBuiltError

    params = SafeSynthesizerParameters()
    params.training.pretrained_model = "smollm2"
    for name in [m for m in sys.modules if m == "safe_synthesizer.models.llm" or m.startswith(
            ("safe_synthesizer.models.llm.", "peft"))]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "peft", None)  # import peft -> ImportError
    with pytest.raises(StageNotBuiltError, match=r"needs the 'llm' extra \(peft is missing\)"):
        get_backend(params)
