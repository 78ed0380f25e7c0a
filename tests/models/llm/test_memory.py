"""Memory plan of LLM decoding: batches stay within the budget; decoding computes last-position logits only."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
import torch

from safe_synthesizer.models.llm import memory
from safe_synthesizer.models.llm.generation import GenerationCounters, SamplingSettings, batch_rows, sample_batches
from safe_synthesizer.models.llm.memory import DecodeFootprint, rows_within


def _fake_model(layers=30, heads=9, kv_heads=3, hidden=576, vocab=49152, dtype=torch.bfloat16):
    """SmolLM2-135M's dimensions without its weights."""
    config = SimpleNamespace(
        num_hidden_layers=layers,
        num_attention_heads=heads,
        num_key_value_heads=kv_heads,
        hidden_size=hidden,
        head_dim=None,
    )
    head = SimpleNamespace(weight=torch.empty(vocab, 1))
    return SimpleNamespace(
        config=config, parameters=lambda: iter([torch.empty(1, dtype=dtype)]), get_output_embeddings=lambda: head
    )


def _settings(batch=64, k=10, budget=3000, memory_bytes=memory.GENERATION_MEMORY_BYTES, record_tokens=None):
    return SamplingSettings(
        temperature=0.9,
        top_p=1.0,
        repetition_penalty=1.0,
        batch_size=batch,
        records_per_sequence=k,
        max_new_tokens=budget,
        structured=True,
        patience=3,
        invalid_fraction_threshold=0.5,
        enforce_numeric_range=True,
        seed=0,
        memory_budget_bytes=memory_bytes,
        record_tokens=record_tokens,
    )


def test_footprint_follows_the_model_dimensions():
    smol = DecodeFootprint.of_model(_fake_model())
    # keys and values: 2 x 30 layers x 3 kv heads x 64 dims x 2 bytes, plus a chunk's attention scores
    assert smol.bytes_per_token == 2 * 30 * 3 * 64 * 2 + 9 * memory.CHUNK_WIDTH * 4
    assert smol.bytes_per_row == memory.LOGIT_ROW_COPIES * 49152 * 4
    fp32 = DecodeFootprint.of_model(_fake_model(dtype=torch.float32))
    assert fp32.bytes_per_token - 9 * memory.CHUNK_WIDTH * 4 == 2 * (smol.bytes_per_token - 9 * memory.CHUNK_WIDTH * 4)


@pytest.mark.parametrize("budget", [1 << 20, 300 << 20, 2 << 30, 8 << 30])
@pytest.mark.parametrize("tokens", [200, 900, 2400])
def test_planned_rows_fit_the_budget_and_one_more_would_not(budget, tokens):
    footprint = DecodeFootprint.of_model(_fake_model())
    rows = rows_within(budget, footprint, tokens)
    assert rows >= 1
    if rows > 1:
        assert rows * footprint.sequence_bytes(tokens) <= budget
    assert (rows + 1) * footprint.sequence_bytes(tokens) > budget


def test_batch_rows_respect_the_memory_budget():
    footprint = DecodeFootprint.of_model(_fake_model())
    prompt = 180
    roomy = _settings(record_tokens=120)
    assert batch_rows(300, 6, roomy, footprint, prompt) == 56  # need-limited as before (the Adult run: 56)
    tight = _settings(record_tokens=120, memory_bytes=500 << 20)
    rows = batch_rows(300, 6, tight, footprint, prompt)
    assert 1 <= rows < 56
    assert rows * footprint.sequence_bytes(prompt + 6 * 120 + 1) <= 500 << 20
    # without the training records' length (DP), the whole token budget is planned for
    blind = _settings(memory_bytes=500 << 20)
    assert batch_rows(300, 6, blind, footprint, prompt) < rows
    assert batch_rows(300, 6, _settings(memory_bytes=1), footprint, prompt) == 1


def test_generation_holds_its_batches_to_the_budget(tiny_model, tiny_tokenizer, tiny_spec, tiny_prompt):
    pytest.importorskip("xgrammar")
    footprint = DecodeFootprint.of_model(tiny_model)
    settings = _settings(batch=16, k=2, budget=400, record_tokens=40)
    per_row = footprint.sequence_bytes(len(tiny_prompt) + 2 * 40 + 1)
    tight = SamplingSettings(**{**settings.__dict__, "memory_budget_bytes": 3 * per_row})
    widths: list[int] = []
    original = tiny_model.forward

    def spy(*args, **kwargs):
        out = original(*args, **kwargs)
        widths.append(out.logits.shape[1])
        return out

    counters = GenerationCounters()
    tiny_model.forward = spy
    try:
        frames = list(sample_batches(tiny_model, tiny_tokenizer, tiny_prompt, tiny_spec, tight, 12, counters))
    finally:
        del tiny_model.forward
    assert sum(len(f) for f in frames) == 12 and counters.num_invalid_records == 0
    assert counters.max_batch_rows == 3  # 16 allowed by batch_size, 3 by memory
    assert widths and set(widths) == {1}  # every decoding forward computed the last position's logits only


def _drive_like_the_decoder(tokens: int) -> int:
    """Grow one SmolLM2-shaped cache layer as the jump-forward decoder does; the most positions its buffer held.

    Two rows take 4-token chunks in turn while the other pads 3 (ragged chunks), and the decoder's
    compaction drops the padding whenever it reaches its limit; stops when a row reaches ``tokens``.
    """
    from transformers.cache_utils import DynamicLayer

    from safe_synthesizer.models.llm.jump_forward import JumpForwardDecoder
    from safe_synthesizer.models.llm.spare_cache import SpareDynamicLayer

    layer = DynamicLayer()
    layer.__class__ = SpareDynamicLayer
    cache, decoder = SimpleNamespace(layers=[layer]), SimpleNamespace(compactions=0)
    prompt = min(150, tokens // 2)
    filled = torch.zeros(2, 3, prompt, 64, dtype=torch.bfloat16)
    layer.update(filled, filled.clone())
    attention = torch.ones((2, prompt), dtype=torch.long)
    most, step = layer._key_buffer.shape[2], 0
    while int(attention.sum(dim=1).max()) + 4 <= tokens:
        real = torch.tensor([[1, 1, 1, 1], [0, 0, 0, 1]]).roll(step, dims=0)
        chunk = torch.zeros(2, 3, 4, 64, dtype=torch.bfloat16)
        layer.update(chunk, chunk.clone())
        most = max(most, layer._key_buffer.shape[2])
        attention = JumpForwardDecoder._compact(decoder, cache, torch.cat([attention, real], dim=1))
        assert layer.keys.data_ptr() == layer._key_buffer.data_ptr()  # compaction wrote back into the buffer
        step += 1
    assert decoder.compactions > 0
    return most


@pytest.mark.parametrize("tokens", [200, 870, 1350, 2000])
def test_the_plan_counts_the_padding_and_spare_room_the_cache_really_holds(tokens):
    """Session 22's spare room (a quarter more, at least 64 positions) was not in the plan: its flat
    25 % covered padding and one concatenation only, so 870 tokens were planned at 26.3 MB of cache
    and attention scores for SmolLM2 while the buffers alone reach ~29 MB."""
    footprint = DecodeFootprint.of_model(_fake_model())
    most = _drive_like_the_decoder(tokens)
    assert most <= memory.cache_positions(tokens)
    layers, kv_bytes = 30, 2 * 30 * 3 * 64 * 2
    held = kv_bytes * most * (layers + 1) // layers  # every layer's buffer, one of them twice while it grows
    assert footprint.sequence_bytes(tokens) - footprint.bytes_per_row >= held
