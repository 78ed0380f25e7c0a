"""JumpForwardDecoder: forced tokens fed without sampling, every record valid, budgets respected."""

from __future__ import annotations

import os

import pytest
import torch

from safe_synthesizer.models.llm.grammar import compile_grammar
from safe_synthesizer.models.llm.jump_forward import JumpForwardDecoder
from safe_synthesizer.models.llm.sampling import InverseCdfSampler

pytest.importorskip("xgrammar")


@pytest.fixture(scope="module")
def setup(tiny_tokenizer, tiny_model, tiny_spec, tiny_grammar_info, tiny_prompt):
    return tiny_tokenizer, tiny_model, tiny_spec, tiny_grammar_info, tiny_prompt


def _decoder(setup, records: int) -> JumpForwardDecoder:
    tokenizer, model, spec, info, _prompt = setup
    return JumpForwardDecoder(
        model,
        compile_grammar(spec, info, records),
        InverseCdfSampler(0.9),
        eos=tokenizer.eos_token_id,
        pad=tokenizer.pad_token_id,
    )


def _spied(decoder: JumpForwardDecoder) -> list[tuple[list[list[int]], torch.Tensor, int]]:
    """Record each forward's chunks, next-token logits and the compactions made before it."""
    seen: list[tuple[list[list[int]], torch.Tensor, int]] = []
    original = decoder._forward

    def spy(cache, chunks, attention, position, device):
        assert os.environ.get("TRANSFORMERS_SDPA_FORCE_GQA") == "1"  # SDPA shares the kv heads (CPU)
        logits, attention, position = original(cache, chunks, attention, position, device)
        seen.append(([list(c) for c in chunks], logits.clone(), decoder.compactions))
        return logits, attention, position

    decoder._forward = spy
    return seen


def test_every_sequence_writes_its_records_then_eos(setup):
    tokenizer, _model, spec, _info, prompt = setup
    torch.manual_seed(0)
    decoder = _decoder(setup, 3)
    out = decoder.generate(prompt, rows=5, max_new_tokens=2000)
    for seq in out.tolist():
        assert tokenizer.eos_token_id in seq
        text = tokenizer.decode(seq[: seq.index(tokenizer.eos_token_id)])
        lines = text.split("\n")
        assert lines[-1] == "" and len(lines) == 4
        assert all(spec.parse(line) is not None for line in lines[:-1])
    # most of a record is keys and punctuation: more tokens forced than drawn, fewer forwards than tokens
    assert decoder.forced_tokens > decoder.sampled_tokens
    written = sum(s.index(tokenizer.eos_token_id) + 1 for s in out.tolist())
    assert decoder.forced_tokens + decoder.sampled_tokens + 5 >= written  # EOS of a complete grammar is free
    assert decoder.forwards < written / 5


def test_ragged_chunks_and_compaction_give_the_logits_of_plain_decoding(setup):
    """Left pads, positions, the shared cache and dropping the pads from the cache change nothing:
    each row's next-token logits after a chunk equal a plain forward of its prompt and tokens so
    far (no cache, no padding)."""
    _tokenizer, model, _spec, _info, prompt = setup
    torch.manual_seed(1)
    decoder = _decoder(setup, 3)
    seen = _spied(decoder)
    rows = 3
    os.environ["TRANSFORMERS_SDPA_FORCE_GQA"] = "0"
    try:
        out = decoder.generate(prompt, rows=rows, max_new_tokens=800).tolist()
        assert os.environ["TRANSFORMERS_SDPA_FORCE_GQA"] == "0"  # restored for training and generate
    finally:
        del os.environ["TRANSFORMERS_SDPA_FORCE_GQA"]
    so_far: list[list[int]] = [[] for _ in range(rows)]
    checked_after_compaction = 0
    for chunks, logits, compactions in seen:
        if len(chunks) < rows:  # a row finished: slots no longer equal rows
            break
        for row in range(rows):
            so_far[row] += chunks[row]
            with torch.no_grad():
                plain = model(input_ids=torch.tensor([prompt + so_far[row]])).logits[0, -1].float()
            assert torch.allclose(logits[row], plain, atol=1e-4)
        checked_after_compaction += compactions > 0
    # what the model was fed is what the sequence wrote
    assert all(out[row][: len(so_far[row])] == so_far[row] and len(so_far[row]) > 20 for row in range(rows))
    assert any(len({len(c) for c in chunks}) > 1 for chunks, _, _ in seen[:3])  # padding was exercised
    assert checked_after_compaction >= 3  # the cache lost its pads and decoding went on unchanged


def test_budget_cuts_a_sequence_without_eos(setup):
    tokenizer, _model, _spec, _info, prompt = setup
    torch.manual_seed(2)
    out = _decoder(setup, 3).generate(prompt, rows=2, max_new_tokens=12)
    assert out.shape[1] <= 12
    assert all(tokenizer.eos_token_id not in seq for seq in out.tolist())


@pytest.mark.parametrize("penalty", [1.0, 1.2])
def test_sample_batches_uses_jump_forward_unless_a_repetition_penalty_is_set(setup, penalty):
    from safe_synthesizer.models.llm.generation import GenerationCounters, SamplingSettings, sample_batches

    tokenizer, model, spec, _info, prompt = setup
    settings = SamplingSettings(
        temperature=0.9,
        top_p=1.0,
        repetition_penalty=penalty,
        batch_size=4,
        records_per_sequence=2,
        max_new_tokens=600,
        structured=True,
        patience=2,
        invalid_fraction_threshold=0.5,
        enforce_numeric_range=True,
        seed=0,
        jump_forward=True,
    )
    counters = GenerationCounters()
    frames = list(sample_batches(model, tokenizer, prompt, spec, settings, 8, counters))
    assert sum(len(f) for f in frames) == 8 and counters.num_invalid_records == 0
    if penalty == 1.0:  # forced runs fed in one forward each
        assert counters.num_forced_tokens > 0 and counters.num_forward_passes < counters.num_new_tokens / 3
    else:  # generate: one forward per new token, nothing forced
        assert counters.num_forced_tokens == 0 and counters.num_forward_passes >= counters.num_new_tokens / 4


def test_the_decoder_and_sample_batches_keep_the_output_layer_input_contiguous(setup, monkeypatch):
    """Multi-token chunks would copy the output weight per row in a frozen model (models.llm.output_head)."""
    import copy

    from safe_synthesizer.models.llm import generation

    tokenizer, model, spec, info, prompt = setup
    fresh = copy.deepcopy(model)
    head = fresh.get_output_embeddings()
    head._forward_pre_hooks.clear()
    head.__dict__.pop("_safe_synthesizer_contiguous_input", None)
    JumpForwardDecoder(fresh, compile_grammar(spec, info, 1), InverseCdfSampler(0.9),
                       eos=tokenizer.eos_token_id, pad=tokenizer.pad_token_id)
    assert len(head._forward_pre_hooks) == 1
    seen = []
    monkeypatch.setattr(generation, "contiguous_head_input", seen.append)
    settings = generation.SamplingSettings(
        temperature=0.9, top_p=1.0, repetition_penalty=1.2, batch_size=2, records_per_sequence=1,
        max_new_tokens=300, structured=True, patience=2, invalid_fraction_threshold=0.5,
        enforce_numeric_range=True, seed=0, jump_forward=True,
    )
    list(generation.sample_batches(model, tokenizer, prompt, spec, settings, 1, generation.GenerationCounters()))
    assert seen == [model]  # the generate path (repetition penalty) too: its batched prefill is a multi-token forward


def test_the_generate_path_writes_into_spare_room_with_the_same_tokens(setup, monkeypatch):
    """With a repetition penalty ``generate`` gets a cache with spare room (models.llm.spare_cache): its
    steps write in place instead of concatenating the cache, the shared prompt is prefilled once for the
    batch, not once per row, and the tokens are those of generate's own cache and prefill."""
    import functools

    from safe_synthesizer.models.llm import generation
    from safe_synthesizer.models.llm.spare_cache import SpareDynamicLayer

    tokenizer, model, spec, _info, prompt = setup
    settings = generation.SamplingSettings(
        temperature=0.9, top_p=1.0, repetition_penalty=1.2, batch_size=3, records_per_sequence=2,
        max_new_tokens=600, structured=True, patience=2, invalid_fraction_threshold=0.5,
        enforce_numeric_range=True, seed=4, jump_forward=True,
    )
    updates: list[int] = []
    update = SpareDynamicLayer.update
    monkeypatch.setattr(SpareDynamicLayer, "update", lambda self, *a, **k: updates.append(1) or update(self, *a, **k))
    tokens: list[list[list[int]]] = []
    new_tokens = generation.new_tokens
    monkeypatch.setattr(generation, "new_tokens", lambda *a, **k: tokens.append(new_tokens(*a, **k).tolist()) or
                        torch.tensor(tokens[-1]))
    shapes: list[tuple[int, ...]] = []
    forward = model.forward
    monkeypatch.setattr(model, "forward", functools.wraps(forward)(
        lambda *a, **k: shapes.append(tuple(k["input_ids"].shape)) or forward(*a, **k)))
    runs = []
    for spare in (True, False):
        if not spare:
            monkeypatch.setattr(generation, "spare_dynamic_cache", lambda model: None)  # generate's own cache
        tokens.clear()
        updates.clear()
        shapes.clear()
        counters = generation.GenerationCounters()
        frames = list(generation.sample_batches(model, tokenizer, prompt, spec, settings, 6, counters))
        assert sum(len(f) for f in frames) == 6 and counters.num_forced_tokens == 0  # generate, not jump-forward
        runs.append((list(tokens), len(updates)))
        rows = {shape[0] for shape in shapes[1:]}
        if spare:  # the prompt but its last token once, then one token per row and step
            assert shapes[0] == (1, len(prompt) - 1) and {shape[1] for shape in shapes[1:]} == {1} and rows == {3}
        else:  # generate prefills every row
            assert shapes[0] == (3, len(prompt))
    (spare_tokens, spare_updates), (plain_tokens, plain_updates) = runs
    assert spare_updates > 0 and plain_updates == 0
    assert spare_tokens == plain_tokens
