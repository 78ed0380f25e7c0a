"""LoRA trainer: steps change only the adapter, schedule, checkpoint + exact resume."""

from __future__ import annotations

import pytest
import torch

from safe_synthesizer.models.llm import trainer as trainer_mod
from safe_synthesizer.models.llm.examples import build_examples
from safe_synthesizer.models.llm.loading import load_model
from safe_synthesizer.models.llm.trainer import (
    LLMTrainSettings,
    LoraSettings,
    attach_lora,
    lr_factor,
    train_lora,
    trainable_state,
)

LORA = LoraSettings(r=4, alpha_over_r=1.0, dropout=0.1, target_modules=("q_proj", "v_proj"))


@pytest.fixture(scope="module")
def setup(tiny_source, tiny_tokenizer, tiny_data, tiny_schema):
    examples = build_examples(tiny_data, tiny_schema, tiny_tokenizer, max_length=400, context=1024,
                              records_per_example=4)
    return tiny_source, tiny_tokenizer, examples


def _model(source):
    torch.manual_seed(0)
    return attach_lora(load_model(source), LORA)


def test_lora_steps_train_only_the_adapter(setup, tmp_path):
    source, tokenizer, examples = setup
    model = _model(source)
    frozen = {n: p.detach().clone() for n, p in model.named_parameters() if not p.requires_grad}
    before = {n: v.clone() for n, v in trainable_state(model).items()}
    assert before and all("lora_" in n for n in before)
    settings = LLMTrainSettings(learning_rate=1e-2, batch_size=2, gradient_accumulation_steps=2, total_steps=6,
                                warmup_ratio=0.0, seed=1)
    out = train_lora(model, examples, settings, tmp_path / "ckpt", pad_id=tokenizer.pad_token_id, fingerprint="f")
    assert out.steps == 6 and out.stopped_by == "steps" and out.tokens_seen > 0
    after = trainable_state(model)
    assert any(not torch.equal(before[n], after[n]) for n in before)
    assert all(torch.equal(frozen[n], p) for n, p in model.named_parameters() if not p.requires_grad)
    assert out.history[0]["loss"] > out.history[-1]["loss"]


def test_unknown_target_module_is_named(setup):
    from safe_synthesizer.errors import ConfigError

    with pytest.raises(ConfigError, match=r"training.lora_target_modules: \['c_attn'\] not found.*q_proj"):
        attach_lora(load_model(setup[0]), LoraSettings(4, 1.0, 0.0, ("c_attn",)))


def test_schedule():
    s = LLMTrainSettings(1.0, 1, 1, total_steps=100, warmup_ratio=0.1, scheduler="cosine")
    assert lr_factor(0, s) == pytest.approx(0.1) and lr_factor(9, s) == pytest.approx(1.0)
    assert lr_factor(99, s) < 0.01
    assert lr_factor(55, LLMTrainSettings(1.0, 1, 1, 100, 0.1, "linear")) == pytest.approx(0.5)
    assert lr_factor(80, LLMTrainSettings(1.0, 1, 1, 100, 0.1, "constant")) == 1.0


def test_resume_from_checkpoint_matches_uninterrupted(setup, tmp_path, monkeypatch):
    source, tokenizer, examples = setup
    settings = LLMTrainSettings(learning_rate=1e-2, batch_size=2, gradient_accumulation_steps=1, total_steps=6,
                                warmup_ratio=0.0, seed=2)
    reference = _model(source)
    train_lora(reference, examples, settings, tmp_path / "a", pad_id=tokenizer.pad_token_id, fingerprint="f")

    monkeypatch.setattr(trainer_mod, "CHECKPOINT_SECONDS", 0.0)  # checkpoint after every step

    def crash(step, loss):
        if step == 3:
            raise KeyboardInterrupt

    model = _model(source)
    with pytest.raises(KeyboardInterrupt):
        train_lora(model, examples, settings, tmp_path / "b", pad_id=tokenizer.pad_token_id, fingerprint="f",
                   progress=crash)
    assert (tmp_path / "b" / trainer_mod.CHECKPOINT_STATE).exists()
    resumed = _model(source)  # a new process: fresh adapter, state comes from the checkpoint
    out = train_lora(resumed, examples, settings, tmp_path / "b", pad_id=tokenizer.pad_token_id, fingerprint="f")
    assert out.resumed_from_step == 3 and out.steps == 6
    ref, got = trainable_state(reference), trainable_state(resumed)
    assert all(torch.allclose(ref[n], got[n], atol=1e-6) for n in ref)
    other = _model(source)
    out = train_lora(other, examples, settings, tmp_path / "b", pad_id=tokenizer.pad_token_id, fingerprint="g")
    assert out.resumed_from_step is None  # another configuration never resumes this checkpoint


def test_bf16_autocast_keeps_the_loss_and_can_be_turned_off(setup, monkeypatch):
    source, tokenizer, examples = setup
    model = _model(source).eval()
    ids, labels, mask = trainer_mod.collate(examples[:2], tokenizer.pad_token_id)
    monkeypatch.setenv("SAFE_SYNTHESIZER_CPU_BF16", "0")
    assert not trainer_mod.cpu_has_fast_bf16()
    assert not trainer_mod.autocast_for(model)._enabled
    exact = trainer_mod.per_example_loss(model, ids, labels, mask).detach()
    monkeypatch.delenv("SAFE_SYNTHESIZER_CPU_BF16")
    fast = trainer_mod.per_example_loss(model, ids, labels, mask).detach()
    # bfloat16 keeps ~3 significant digits of the logits: the per-example losses agree to 2 %.
    assert fast.shape == exact.shape == (2,)
    assert torch.allclose(fast, exact, rtol=0.02)


def test_an_all_ones_mask_gives_the_same_loss_as_a_padded_batch(setup):
    source, tokenizer, examples = setup
    model = _model(source).eval()
    one = min(examples, key=lambda e: len(e.input_ids))
    alone = trainer_mod.per_example_loss(model, *trainer_mod.collate([one], tokenizer.pad_token_id)).detach()
    longer = max(examples, key=lambda e: len(e.input_ids))
    assert len(longer.input_ids) > len(one.input_ids)
    padded = trainer_mod.per_example_loss(model, *trainer_mod.collate([one, longer], tokenizer.pad_token_id))
    assert torch.allclose(alone[0], padded.detach()[0], rtol=0.02)
