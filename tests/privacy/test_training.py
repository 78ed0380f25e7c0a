"""DP batch source and step function inside the built-in trainer's loop."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.models.builtin.codec.codec import TabularCodec
from safe_synthesizer.models.builtin.model import ModelConfig, SlotModel
from safe_synthesizer.models.builtin.trainer import TrainSettings, evaluate, random_ranks, train_model
from safe_synthesizer.privacy.budget import PrivacyBudget, plan_budget
from safe_synthesizer.privacy.sampling import privacy_units
from safe_synthesizer.privacy.training import DPStepFunction, PoissonBatches


def test_dp_training_in_the_builtin_loop_spends_exactly_the_plan(pbcseq, tmp_path):
    df = pbcseq[["id", "age", "sex", "edema", "stage", "bili"]]
    units = privacy_units(df, "id")
    schema = infer_schema(df.drop(columns=["id"]))
    codec = TabularCodec.fit(df, schema, seed=0)
    tokens = codec.encode(df)
    plan = plan_budget(
        epsilon=6.0,
        delta="auto",
        n_units=units.n_units,
        unit=units.label,
        expected_units_per_step=32,
        epochs=3,
        max_grad_norm=1.0,
        accountant="rdp",
    )
    budget = PrivacyBudget(plan)
    torch.manual_seed(0)
    model = SlotModel(ModelConfig.for_slots(codec.slots, "small"))
    start = evaluate(model, torch.from_numpy(tokens))
    batches = PoissonBatches(units.ids, plan, seed=0, budget=budget)
    step = DPStepFunction(model, batches, plan, budget=budget, seed=0)
    settings = TrainSettings(learning_rate=3e-3, batch_size=32, max_epochs=4, patience=100, warmup_steps=5)
    outcome = train_model(model, tokens, None, settings, tmp_path / "ckpt", batches=batches, step=step)
    # Training stopped at the planned number of DP steps, not at the epochs asked for.
    assert budget.steps_taken == plan.steps == outcome.steps
    summary = budget.summary()
    assert summary["epsilon_total"] <= 6.0
    assert summary["steps"] == plan.steps
    assert summary["unit"] == "entity:id"
    assert evaluate(model, torch.from_numpy(tokens)) < start


def test_step_function_needs_its_batch_source(pbcseq):
    units = privacy_units(pbcseq, "id")
    plan = plan_budget(
        epsilon=6.0,
        delta="auto",
        n_units=units.n_units,
        unit=units.label,
        expected_units_per_step=32,
        steps=3,
        max_grad_norm=1.0,
        accountant="rdp",
    )
    model = torch.nn.Linear(2, 2)
    batches = PoissonBatches(units.ids, plan, seed=0)
    step = DPStepFunction(model, batches, plan, budget=PrivacyBudget(plan))
    with pytest.raises(RuntimeError, match="PoissonBatches"):
        step(model, torch.zeros((5, 2), dtype=torch.long), torch.zeros((5, 2), dtype=torch.long), 0.1)
    assert np.all(np.diff([len(list(batches.epoch(e))) for e in range(2)]) == 0)


def _four_dp_steps(df, units, codec, average_steps):
    """Four DP steps on a fresh small model (same seeds every call); weights after each step."""
    tokens = torch.from_numpy(codec.encode(df))
    plan = plan_budget(
        epsilon=6.0,
        delta="auto",
        n_units=units.n_units,
        unit=units.label,
        expected_units_per_step=32,
        steps=4,
        max_grad_norm=1.0,
        accountant="rdp",
    )
    budget = PrivacyBudget(plan)
    torch.manual_seed(0)
    model = SlotModel(ModelConfig.for_slots(codec.slots, "small"))
    batches = PoissonBatches(units.ids, plan, seed=0, budget=budget)
    step = DPStepFunction(model, batches, plan, budget=budget, seed=0, average_steps=average_steps)
    iterates = []
    for rows in batches.epoch(0):
        ranks = random_ranks(model, len(rows), 0.0, np.random.default_rng(0))
        step(model, tokens[torch.from_numpy(rows)], ranks, 0.05)
        iterates.append([p.detach().clone() for p in model.parameters()])
    assert budget.steps_taken == 4
    return iterates


def test_weight_average_is_loaded_after_the_last_planned_step(pbcseq):
    df = pbcseq[["id", "age", "sex", "stage"]]
    units = privacy_units(df, "id")
    codec = TabularCodec.fit(df, infer_schema(df.drop(columns=["id"])), seed=0)
    plain = _four_dp_steps(df, units, codec, None)
    averaged = _four_dp_steps(df, units, codec, 2.0)
    # Same seeds, same noise: the first three iterates agree; after the last planned step the
    # model holds the moving average (decay 1 - 1/2) of all four, not the last iterate.
    for a, b in zip(plain[2], averaged[2], strict=True):
        assert torch.allclose(a, b)
    expected = plain[0]
    for weights in plain[1:]:
        expected = [0.5 * e + 0.5 * w for e, w in zip(expected, weights, strict=True)]
    for got, want in zip(averaged[3], expected, strict=True):
        assert torch.allclose(got, want, atol=1e-6)
    assert any(not torch.allclose(a, b) for a, b in zip(averaged[3], plain[3], strict=True))
