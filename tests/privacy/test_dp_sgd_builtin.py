"""DP-SGD on the built-in model: both engines agree, including its text head, per entity."""

from __future__ import annotations

import copy

import numpy as np
import torch

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.models.builtin.codec.codec import TabularCodec
from safe_synthesizer.models.builtin.model import ModelConfig, SlotModel
from safe_synthesizer.models.builtin.trainer import random_ranks
from safe_synthesizer.privacy.dp_sgd import DPStep


def test_ghost_and_opacus_agree_on_the_builtin_model(reviews):
    df = reviews[["Age", "Rating", "Division Name", "Review Text"]].head(300).reset_index(drop=True)
    schema = infer_schema(df)
    assert "text" in {c.type.value for c in schema.columns}
    codec = TabularCodec.fit(df, schema, text_vocab_size=300, text_max_tokens=12, seed=0)
    tokens = torch.from_numpy(codec.encode(df))
    torch.manual_seed(0)
    ghost_model = SlotModel(ModelConfig.for_slots(codec.slots, "small"))
    opacus_model = copy.deepcopy(ghost_model)
    rows = torch.arange(48)
    ranks = random_ranks(ghost_model, len(rows), 0.5, np.random.default_rng(0))
    units = rows // 4  # entities of four records
    out = []
    for model, mode in ((ghost_model, "ghost"), (opacus_model, "opacus")):
        dp = DPStep(
            model,
            torch.optim.SGD(model.parameters(), lr=0.0),
            noise_multiplier=0.0,
            max_grad_norm=2.0,
            expected_units_per_step=12.0,
            mode=mode,
        )
        model.train()
        out.append(dp.private_gradient(model.record_loss(tokens[rows], ranks), units))
    (g_ghost, s_ghost), (g_opacus, s_opacus) = out
    assert s_ghost == s_opacus
    assert s_ghost.clipped_share > 0
    for a, b in zip(g_ghost, g_opacus, strict=True):
        torch.testing.assert_close(a, b, rtol=1e-3, atol=1e-6)
