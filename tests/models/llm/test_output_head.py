"""The output layer's matmul must not copy its weight once per row in multi-token forwards (models.llm.output_head)."""

from __future__ import annotations

import inspect

import pytest
import torch
from torch.profiler import ProfilerActivity, profile

from safe_synthesizer.models.llm.output_head import contiguous_head_input

ROWS, CACHED, CHUNK = 6, 12, 4


@pytest.fixture
def frozen_model():
    """A tiny Llama whose weights do not require grad, as a merged generation model's do."""
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(0)
    config = LlamaConfig(vocab_size=512, hidden_size=32, intermediate_size=64, num_hidden_layers=1,
                         num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=64,
                         tie_word_embeddings=True)
    model = LlamaForCausalLM(config).eval()
    model.requires_grad_(False)
    return model


def _chunk_forward(model) -> tuple[torch.Tensor, list[tuple[str, list]]]:
    """Next-token logits of a ``CHUNK``-token forward over a cache, and the ops it ran with their input shapes."""
    torch.manual_seed(1)
    with torch.no_grad():
        first = model(input_ids=torch.randint(0, 512, (ROWS, CACHED)), use_cache=True)
        cache = first.get("cache") or first.past_key_values  # transformers 5 renamed it
        ids = torch.randint(0, 512, (ROWS, CHUNK))
        mask = torch.ones((ROWS, CACHED + CHUNK), dtype=torch.long)
        cache_arg = "cache" if "cache" in inspect.signature(model.forward).parameters else "past_key_values"
        with profile(activities=[ProfilerActivity.CPU], record_shapes=True) as prof:
            out = model(input_ids=ids, attention_mask=mask, use_cache=True, logits_to_keep=1, **{cache_arg: cache})
    return out.logits[:, -1].clone(), [(e.name, e.input_shapes) for e in prof.events()]


def _copies_of_weight_per_row(ops: list[tuple[str, list]]) -> list[str]:
    """Ops that took the output weight expanded over the rows: ``(rows, hidden, vocab)``."""
    return [name for name, shapes in ops if [ROWS, 32, 512] in shapes]


def test_the_frozen_head_copies_its_weight_per_row_without_the_hook(frozen_model):
    # The cost the hook removes: if torch ever folds this case itself, this fails and the hook can go.
    assert not frozen_model.lm_head._forward_pre_hooks
    _, ops = _chunk_forward(frozen_model)
    assert _copies_of_weight_per_row(ops)


def test_the_hook_keeps_one_mm_and_the_same_logits(frozen_model):
    before, _ = _chunk_forward(frozen_model)
    assert contiguous_head_input(frozen_model)
    assert contiguous_head_input(frozen_model)  # asked twice: still one hook
    assert len(frozen_model.lm_head._forward_pre_hooks) == 1
    after, ops = _chunk_forward(frozen_model)
    assert _copies_of_weight_per_row(ops) == []
    torch.testing.assert_close(after, before, rtol=1e-5, atol=1e-5)


def test_a_model_without_an_output_layer_is_left_alone():
    assert contiguous_head_input(torch.nn.Linear(2, 2)) is False
