"""DP batch source and step function inside the built-in trainer's loop."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.models.builtin.codec.codec import TabularCodec
from safe_synthesizer.models.builtin.model import ModelConfig, SlotModel
from safe_synthesizer.models.builtin.trainer import TrainSettings, evaluate, train_model
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
