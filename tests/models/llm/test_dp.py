"""DP-SGD on the LoRA weights: same accounting as the built-in path, only the adapter moves."""

from __future__ import annotations

import json

import pytest
import torch

from safe_synthesizer.models.builtin.dp import plan_dp_training
from safe_synthesizer.models.llm import LLMBackend
from safe_synthesizer.models.llm.dp import LoraDPStep, plan_lora_dp
from safe_synthesizer.models.llm.examples import build_examples
from safe_synthesizer.models.llm.loading import load_model
from safe_synthesizer.models.llm.trainer import LoraSettings, attach_lora

from .conftest import small_schema


@pytest.fixture
def dp_params(llm_params):
    p = llm_params
    p.privacy.dp_enabled = True
    p.privacy.epsilon = 8.0
    p.privacy.accountant = "rdp"  # the same planning code for either; PRV calibration is slow on 2 cores
    p.training.batch_size = 8
    p.training.epochs = 2
    return p


def test_accounting_equals_the_builtin_path(dp_params, tiny_data):
    schema = small_schema(tiny_data)
    builtin = plan_dp_training(tiny_data, schema, dp_params, seed=1).budget.plan
    lora = plan_lora_dp(tiny_data, schema, dp_params, batch_size=8, epochs=2, seed=1).budget.plan
    assert lora == builtin
    assert lora.steps == 20 and lora.noise_multiplier > 0.5  # q = 8/80, 2 epochs


def test_dp_step_noises_only_lora_weights(dp_params, tiny_data, tiny_schema, tiny_source, tiny_tokenizer):
    schema, source, tokenizer = tiny_schema, tiny_source, tiny_tokenizer
    plan = plan_lora_dp(tiny_data, schema, dp_params, batch_size=8, epochs=2, seed=1)
    model = attach_lora(load_model(source), LoraSettings(4, 1.0, 0.0, ("q_proj", "v_proj")))
    examples = build_examples(tiny_data, schema, tokenizer, max_length=400, context=1024, records_per_example=10,
                              unit_ids=plan.units.ids)
    step = LoraDPStep(model, examples, plan, pad_id=tokenizer.pad_token_id, learning_rate=1e-2)
    assert step.dp.params and all(p.requires_grad for p in step.dp.params)
    names = {id(p): n for n, p in model.named_parameters()}
    assert all("lora_" in names[id(p)] for p in step.dp.params)
    frozen = {n: p.detach().clone() for n, p in model.named_parameters() if not p.requires_grad}
    lora_before = {n: p.detach().clone() for n, p in model.named_parameters() if p.requires_grad}
    losses = [step(i, 1e-2) for i in range(3)]
    assert plan.budget.steps_taken == 3
    assert any(loss == loss for loss in losses)  # at least one non-empty Poisson batch
    assert all(torch.equal(frozen[n], p) for n, p in model.named_parameters() if not p.requires_grad)
    assert any(not torch.equal(lora_before[n], p) for n, p in model.named_parameters() if p.requires_grad)


def test_dp_training_through_the_backend(dp_params, tiny_data, tmp_path):
    dp_params.training.epochs = 1
    result = LLMBackend().train(tiny_data, small_schema(tiny_data), dp_params, tmp_path / "model")
    privacy = result.privacy
    assert privacy is not None and privacy["dp_enabled"] is True
    assert privacy["epsilon_total"] <= 8.0 + 1e-6 and privacy["steps"] == privacy["steps_planned"] == 10
    assert result.metrics["steps"] == 10 and result.metrics["examples"] == len(tiny_data)
    manifest = json.loads((tmp_path / "model" / "llm.json").read_text())
    assert manifest["seed"] is None and manifest["record_tokens"] is None  # nothing private kept
    spec = json.loads((tmp_path / "model" / "record_spec.json").read_text())
    assert all(c["nullable"] for c in spec["columns"])
