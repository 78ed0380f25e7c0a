"""GrammarLogitsProcessor: the same masks as xgrammar's own HF processor, less work per step."""

from __future__ import annotations

import pytest
import torch

from safe_synthesizer.models.llm.constrained import GrammarLogitsProcessor
from safe_synthesizer.models.llm.grammar import compile_grammar

xgr = pytest.importorskip("xgrammar")


@pytest.fixture(scope="module")
def grammar(tiny_spec, tiny_grammar_info):
    return compile_grammar(tiny_spec, tiny_grammar_info, 2)  # every sequence: 2 records then EOS


def _allowed(scores: torch.Tensor) -> list[list[int]]:
    return [torch.nonzero(torch.isfinite(row)).flatten().tolist() for row in scores]


def test_masks_equal_xgrammars_hf_processor_step_by_step(grammar, tiny_vocab):
    """Drive both processors with the same sampled tokens: every step's allowed set is identical."""
    from xgrammar.contrib.hf import LogitsProcessor

    vocab = tiny_vocab
    ours, theirs = GrammarLogitsProcessor(grammar), LogitsProcessor(grammar)
    rows = 3
    ids = torch.zeros((rows, 1), dtype=torch.long)
    g = torch.Generator().manual_seed(0)
    steps = 0
    while steps < 400:
        scores = torch.randn((rows, vocab), generator=g)
        a, b = ours(ids, scores.clone()), theirs(ids, scores.clone())
        live = ours.active
        assert _allowed(a[live]) == _allowed(b[live])
        if not live:
            break
        # sample among the allowed tokens; a finished row keeps writing EOS (generate pads it)
        nxt = torch.distributions.Categorical(logits=a).sample()
        nxt[[i for i in range(rows) if i not in live]] = grammar.tokenizer_info.stop_token_ids[0]
        ids = torch.cat([ids, nxt[:, None]], dim=1)
        steps += 1
    assert ours.active == [] and ours.rejected == 0  # all three wrote their 2 records and EOS
    assert ours.calls == steps + 1 and ours.cpu_seconds > 0


def test_generate_writes_only_valid_records_and_leaves_finished_rows_alone(
    grammar, tiny_model, tiny_tokenizer, tiny_spec, tiny_prompt
):
    from safe_synthesizer.models.llm.generation import sampling_kwargs

    model, tokenizer, spec = tiny_model, tiny_tokenizer, tiny_spec
    torch.manual_seed(1)
    prompt = torch.tensor([tiny_prompt]).expand(4, -1)
    processor = GrammarLogitsProcessor(grammar)
    with torch.no_grad():
        out = model.generate(
            input_ids=prompt,
            attention_mask=torch.ones_like(prompt),
            max_new_tokens=400,
            eos_token_id=tokenizer.eos_token_id,
            pad_token_id=tokenizer.pad_token_id,
            **sampling_kwargs(0.9, 1.0, processor),
        )
    texts = tokenizer.batch_decode(out[:, prompt.shape[1] :], skip_special_tokens=True)
    lines = [line for t in texts for line in t.split("\n") if line.strip()]
    assert len(lines) == 8 and all(spec.parse(line) is not None for line in lines)
    assert all(tokenizer.eos_token_id in row for row in out[:, prompt.shape[1] :].tolist())
    # generate stops on the last EOS without another call: at most that row is still listed
    assert len(processor.active) <= 1 and processor.rejected == 0


def test_finished_and_unconstrained_rows_are_not_masked(grammar, tiny_vocab):
    vocab = tiny_vocab
    processor = GrammarLogitsProcessor(grammar)
    first = processor(torch.zeros((2, 1), dtype=torch.long), torch.zeros((2, vocab)))
    assert all(0 < len(a) < vocab for a in _allowed(first))
    processor.active = [1]  # row 0 finished: generate pads it from now on
    second = processor(torch.tensor([[0, _allowed(first)[0][0]]] * 2), torch.zeros((2, vocab)))
    assert len(_allowed(second[:1])[0]) == vocab and len(_allowed(second[1:])[0]) < vocab


def test_a_refused_token_drops_the_row_from_the_constraint(grammar, tiny_vocab):
    vocab = tiny_vocab
    processor = GrammarLogitsProcessor(grammar)
    first = processor(torch.zeros((2, 1), dtype=torch.long), torch.zeros((2, vocab)))
    allowed = _allowed(first)[0]
    refused = next(t for t in range(vocab) if t not in set(allowed) and t not in grammar.tokenizer_info.stop_token_ids)
    processor(torch.tensor([[0, refused], [0, allowed[0]]]), torch.zeros((2, vocab)))
    assert processor.rejected == 1 and processor.active == [1]


def test_wrong_vocabulary_or_batch_is_refused(grammar, tiny_vocab):
    vocab = tiny_vocab
    with pytest.raises(RuntimeError, match="compiled for"):
        GrammarLogitsProcessor(grammar)(torch.zeros((1, 1), dtype=torch.long), torch.zeros((1, vocab + 1)))
    processor = GrammarLogitsProcessor(grammar)
    processor(torch.zeros((2, 1), dtype=torch.long), torch.zeros((2, vocab)))
    with pytest.raises(RuntimeError, match="one generate call of 2 sequences"):
        processor(torch.zeros((3, 2), dtype=torch.long), torch.zeros((3, vocab)))
