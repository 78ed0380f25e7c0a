"""Chunked next-token loss: the full model's loss and LoRA gradients, without full-sequence logits."""

from __future__ import annotations

import pytest
import torch
from torch.nn import functional as F

from safe_synthesizer.models.llm import chunked_loss
from safe_synthesizer.models.llm.chunked_loss import per_token_cross_entropy, plain_output_layer
from safe_synthesizer.models.llm.examples import IGNORE_INDEX, build_examples
from safe_synthesizer.models.llm.loading import load_model
from safe_synthesizer.models.llm.trainer import LoraSettings, attach_lora, collate, per_example_loss

LORA = LoraSettings(r=4, alpha_over_r=1.0, dropout=0.0, target_modules=("q_proj", "v_proj", "down_proj"))


def _reference_loss(model, ids, labels, mask):
    """The pre-chunking computation: the model's own full logits, then cross-entropy."""
    logits = model(input_ids=ids, attention_mask=mask, use_cache=False).logits[:, :-1]
    target = labels[:, 1:]
    ce = F.cross_entropy(
        logits.reshape(-1, logits.shape[-1]).float(), target.reshape(-1), ignore_index=IGNORE_INDEX, reduction="none"
    ).view(target.shape)
    return ce.sum(dim=1) / (target != IGNORE_INDEX).sum(dim=1).clamp(min=1)


@pytest.fixture(scope="module")
def batch(tiny_tokenizer, tiny_data, tiny_schema):
    examples = build_examples(
        tiny_data, tiny_schema, tiny_tokenizer, max_length=400, context=1024, records_per_example=3
    )
    return collate(examples[:3], tiny_tokenizer.pad_token_id)


def _lora_model(source):
    torch.manual_seed(0)
    model = attach_lora(load_model(source), LORA)
    with torch.no_grad():  # non-zero B so the adapter's gradients are all non-trivial
        for name, p in model.named_parameters():
            if "lora_B" in name:
                p.normal_(0, 0.05)
    return model


def test_same_loss_and_lora_gradients_as_full_logits(tiny_source, batch, monkeypatch):
    monkeypatch.setenv("SAFE_SYNTHESIZER_CPU_BF16", "0")  # float32: compare to rounding only
    monkeypatch.setattr(chunked_loss, "LOSS_CHUNK_ELEMENTS", 7 * 400)  # several chunks, the last one short
    ids, labels, mask = batch
    model = _lora_model(source=tiny_source)
    assert plain_output_layer(model) is not None
    ours = per_example_loss(model, ids, labels, mask)
    (ours * torch.tensor([1.0, 0.5, 2.0])).sum().backward()
    ours_grads = {n: p.grad.clone() for n, p in model.named_parameters() if p.requires_grad}
    model.zero_grad(set_to_none=True)
    ref = _reference_loss(model, ids, labels, mask)
    (ref * torch.tensor([1.0, 0.5, 2.0])).sum().backward()
    torch.testing.assert_close(ours, ref, rtol=1e-5, atol=1e-5)
    assert ours_grads
    for n, p in model.named_parameters():
        if p.requires_grad:
            torch.testing.assert_close(ours_grads[n], p.grad, rtol=1e-4, atol=1e-6)


def test_the_output_layer_never_sees_more_than_one_chunk(tiny_source, batch, monkeypatch):
    """The old loss ran ``lm_head`` over every position of the batch at once."""
    monkeypatch.setattr(chunked_loss, "LOSS_CHUNK_ELEMENTS", 16 * 400)
    ids, labels, mask = batch
    model = _lora_model(tiny_source)
    vocab = model.get_output_embeddings().weight.shape[0]
    widest = []
    real_matmul = torch.Tensor.__matmul__

    def spy(a, b):
        out = real_matmul(a, b)
        if out.shape[-1] == vocab:
            widest.append(out.numel() // vocab)
        return out

    seen = []
    hook = model.get_output_embeddings().register_forward_hook(lambda m, i, o: seen.append(o.shape))
    monkeypatch.setattr(torch.Tensor, "__matmul__", spy)
    try:
        per_example_loss(model, ids, labels, mask).sum().backward()
    finally:
        hook.remove()
    assert seen == []  # the model's own lm_head forward (full-sequence logits) did not run
    assert widest and max(widest) <= chunked_loss.chunk_tokens(vocab) < ids.numel()


def test_ignored_positions_cost_nothing_and_score_zero():
    torch.manual_seed(1)
    hidden = torch.randn(2, 5, 8, requires_grad=True)
    weight = torch.randn(11, 8)
    targets = torch.tensor([[3, IGNORE_INDEX, 4, 0, IGNORE_INDEX], [IGNORE_INDEX] * 5])
    ce = per_token_cross_entropy(hidden, weight, targets)
    full = F.cross_entropy(
        (hidden @ weight.T).reshape(-1, 11), targets.reshape(-1), ignore_index=IGNORE_INDEX, reduction="none"
    ).view(2, 5)
    torch.testing.assert_close(ce, full)
    ce.sum().backward()
    assert torch.all(hidden.grad[1] == 0) and torch.all(hidden.grad[0, 1] == 0)


def test_other_heads_keep_the_model_forward(tiny_source):
    model = load_model(tiny_source)
    assert plain_output_layer(model) is None  # a trainable head needs its own weight gradient
    model.requires_grad_(False)
    assert plain_output_layer(model) is not None
    lora_head = attach_lora(load_model(tiny_source), LoraSettings(4, 1.0, 0.0, ("q_proj", "lm_head")))
    assert plain_output_layer(lora_head) is None  # a LoRA-wrapped head is not a plain Linear
    model.config.model_type = "gemma2"  # soft-capped logits: not lm_head alone
    assert plain_output_layer(model) is None
