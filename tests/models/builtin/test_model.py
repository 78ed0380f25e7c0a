"""The slot model: legal tokens only, per-record losses, text step == parallel text features."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import torch

from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.models.builtin.codec import TabularCodec
from safe_synthesizer.models.builtin.model import ModelConfig, SlotModel
from safe_synthesizer.models.builtin.sampler import sample_tokens
from safe_synthesizer.models.builtin.trainer import random_ranks


def _mixed(read_slice) -> tuple[pd.DataFrame, TableSchema]:
    df = read_slice("womens_clothing_reviews.csv", 300)
    schema = TableSchema(
        [
            ColumnSchema("Age", ColumnType.INTEGER),
            ColumnSchema("Title", ColumnType.TEXT),
            ColumnSchema("Rating", ColumnType.INTEGER),
            ColumnSchema("Class Name", ColumnType.CATEGORICAL),
        ]
    )
    return df[schema.names], schema


def test_sampled_tokens_are_always_legal(read_slice):
    df, schema = _mixed(read_slice)
    codec = TabularCodec.fit(df, schema, text_max_tokens=12)
    torch.manual_seed(0)
    model = SlotModel(ModelConfig.for_slots(codec.slots, "small"))
    sizes = np.array([s.size for s in codec.slots])
    for temperature in (0.5, 1.0, 5.0):
        tokens = sample_tokens(model, 500, temperature=temperature, generator=torch.Generator().manual_seed(1))
        assert ((tokens >= 0) & (tokens < sizes)).all()
    decoded = codec.decode(tokens, np.random.default_rng(0))
    assert len(decoded) == 500 and list(decoded.columns) == schema.names


def test_record_loss_is_per_record_and_independent_of_the_batch(read_slice):
    df, schema = _mixed(read_slice)
    codec = TabularCodec.fit(df, schema, text_max_tokens=12)
    model = SlotModel(ModelConfig.for_slots(codec.slots, "small"))
    tokens = torch.from_numpy(codec.encode(df))
    ranks = random_ranks(model, len(tokens), 0.5, np.random.default_rng(0))
    full = model.record_loss(tokens, ranks)
    assert full.shape == (len(tokens),)
    part = model.record_loss(tokens[:7], ranks[:7])
    assert torch.allclose(full[:7], part, atol=1e-5)


def test_text_step_features_match_the_parallel_ones(read_slice):
    df, schema = _mixed(read_slice)
    codec = TabularCodec.fit(df, schema, text_max_tokens=12)
    model = SlotModel(ModelConfig.for_slots(codec.slots, "small"))
    tokens = torch.from_numpy(codec.encode(df))[:5]
    c = model.text_columns[0]
    seq = tokens[:, model.text_slots[c]]
    context = torch.randn(5, model.config.hidden)
    parallel = model.text_features(0, context, seq[:, :-1])
    for p in range(seq.shape[1]):
        step = model.text_features(0, context, seq[:, :p])[:, -1]
        assert torch.allclose(parallel[:, p], step, atol=1e-6)
        assert torch.allclose(parallel[:, p], model.next_text_features(0, context, seq[:, :p]), atol=1e-6)


def test_only_opacus_friendly_layers(read_slice):
    df, schema = _mixed(read_slice)
    model = SlotModel(ModelConfig.for_slots(TabularCodec.fit(df, schema).slots, "small"))
    allowed = (torch.nn.Linear, torch.nn.Embedding, torch.nn.LayerNorm)
    for module in model.modules():
        if any(True for _ in module.parameters(recurse=False)):
            assert isinstance(module, allowed), type(module)


def test_opacus_per_sample_gradients_match_single_record_gradients(read_slice):
    """The later DP-SGD stage wraps the model in Opacus' GradSampleModule (hooks mode)."""
    opacus = pytest.importorskip("opacus")
    df, schema = _mixed(read_slice)
    codec = TabularCodec.fit(df, schema, text_max_tokens=12)
    torch.manual_seed(0)
    model = SlotModel(ModelConfig.for_slots(codec.slots, "small"))
    tokens = torch.from_numpy(codec.encode(df))[:6]
    ranks = random_ranks(model, len(tokens), 0.5, np.random.default_rng(0))
    wrapped = opacus.GradSampleModule(model, loss_reduction="sum")
    wrapped.train()
    model.record_loss(tokens, ranks).sum().backward()
    per_sample = {name: p.grad_sample.clone() for name, p in model.named_parameters()}
    assert all(g.shape[0] == len(tokens) for g in per_sample.values())
    wrapped.zero_grad()
    single = SlotModel(model.config)
    single.load_state_dict(model.state_dict())
    single.record_loss(tokens[2:3], ranks[2:3]).sum().backward()
    for name, p in single.named_parameters():
        assert torch.allclose(per_sample[name][2], p.grad, atol=1e-5), name
