"""``LLMBackend``: a pretrained LLM fine-tuned with LoRA (``training.pretrained_model``).

``train`` writes into ``model_dir``: ``adapter/`` (peft ``adapter_config.json`` +
``adapter_model.safetensors``), ``tokenizer/``, ``record_spec.json`` (the grammar/validator of a
record) and ``llm.json`` (base model source, resolved settings, metrics, privacy). The base
weights are not copied: ``llm.json`` names them (a local directory, GGUF file or Hugging Face id),
and ``generate`` loads them from there plus everything else from ``model_dir``. A killed training
resumes from ``model_dir/checkpoint/``.

Example:
    >>> params.training.pretrained_model = "smollm2"                               # doctest: +SKIP
    >>> LLMBackend().train(train_df, schema, params, Path("run/train/model"))      # doctest: +SKIP
    >>> LLMBackend().generate(Path("run/train/model"), params, num_records=100)    # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import peft  # noqa: F401  (the optional 'llm' extra: fail at backend choice, with get_backend's message)
import torch

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.schema import TableSchema
from safe_synthesizer.errors import ConfigError, UserInputError
from safe_synthesizer.models.backend import GenerateResult, TrainResult, collect_generated
from safe_synthesizer.models.llm import loading
from safe_synthesizer.models.llm.examples import build_examples, chat_prompt, prompt_ids, record_lengths
from safe_synthesizer.models.llm.generation import (
    GenerationCounters,
    SamplingSettings,
    choose_engine,
    sample_batches,
    sample_with_vllm,
)
from safe_synthesizer.models.llm.grammar import RecordSpec, build_record_spec
from safe_synthesizer.models.llm.trainer import (
    LLMTrainSettings,
    LoraSettings,
    attach_lora,
    cpu_has_fast_bf16,
    train_lora,
)
from safe_synthesizer.privacy.entropy import fresh_seed
from safe_synthesizer.privacy.guidance import check_privacy_filter
from safe_synthesizer.utils.atomic import atomic_write_json
from safe_synthesizer.utils.checkpoints import fingerprint_of

logger = logging.getLogger(__name__)

MANIFEST_FILE = "llm.json"
SPEC_FILE = "record_spec.json"
ADAPTER_DIR = "adapter"
TOKENIZER_DIR = "tokenizer"
CHECKPOINT_DIR = "checkpoint"
# Reference defaults: records seen in training, records per example, context cap.
DEFAULT_RECORDS_TO_SAMPLE = 25_000
DEFAULT_RECORDS_PER_EXAMPLE = 10
MAX_AUTO_CONTEXT = 2048
DEFAULT_TEMPERATURE = 0.9
# CPU: a decoding step's fixed cost (reading the weights) is shared by the batch; 48 sequences cost
# 2.2x less CPU per token than 8 (measured); more only grows the KV cache.
CPU_GENERATION_BATCH, GPU_GENERATION_BATCH = 64, 256
# Under DP (auto): a larger Poisson batch keeps the noise per update small; few epochs on CPU.
DP_AUTO_BATCH_SHARE, DP_AUTO_MIN_BATCH, DP_AUTO_MAX_BATCH, DP_AUTO_EPOCHS = 0.02, 8, 256, 3


def _set_threads(params: SafeSynthesizerParameters) -> None:
    t = params.training.num_threads
    n = (os.cpu_count() or 1) if t == "auto" else int(t)
    if torch.get_num_threads() != n:
        torch.set_num_threads(max(1, n))


def _check_gpu_options(params: SafeSynthesizerParameters) -> None:
    t = params.training
    if t.use_unsloth:
        loading.check_unsloth()
    if t.quantize_model:
        loading.quantization_config(t.quantization_bits)


def records_per_example(params: SafeSynthesizerParameters) -> int:
    k = params.data.max_sequences_per_example
    if params.privacy.dp_enabled:
        return 1
    return DEFAULT_RECORDS_PER_EXAMPLE if k == "auto" else int(k)


def context_budget(params: SafeSynthesizerParameters, model: Any) -> tuple[int, int]:
    """``(example budget, model context)`` in tokens."""
    context = int(getattr(model.config, "max_position_embeddings", MAX_AUTO_CONTEXT) or MAX_AUTO_CONTEXT)
    wanted = params.training.max_sequence_length
    if wanted == "auto":
        return min(context, MAX_AUTO_CONTEXT), context
    if int(wanted) > context:
        raise ConfigError(
            f"training.max_sequence_length: {wanted} exceeds the model's context of {context} tokens; set it to "
            f"{context} or less"
        )
    return int(wanted), context


class LLMBackend:
    """LoRA fine-tuning of a pretrained causal LM; structured JSON-lines generation."""

    name = "llm"

    def __init__(self, *, audit_seed: int | None = None) -> None:
        self.audit_seed = audit_seed

    # -- training ----------------------------------------------------------------------------
    def train(
        self,
        training: pd.DataFrame,
        schema: TableSchema,
        params: SafeSynthesizerParameters,
        model_dir: Path,
    ) -> TrainResult:
        started = time.monotonic()
        model_dir = Path(model_dir)
        model_dir.mkdir(parents=True, exist_ok=True)
        t, p = params.training, params.privacy
        assert t.pretrained_model is not None
        missing = [c for c in schema.names if c not in training.columns]
        if missing:
            raise UserInputError(f"training data lacks schema column(s) {missing}; re-run the data stage")
        _check_gpu_options(params)
        source = loading.resolve_model(t.pretrained_model)
        _set_threads(params)
        dp_on = bool(p.dp_enabled)
        seed = self.audit_seed if self.audit_seed is not None else (
            fresh_seed() if dp_on else int(params.data.random_state or 0))
        torch.manual_seed(seed)
        training = training.reset_index(drop=True)
        tokenizer = loading.load_tokenizer(source)
        model = loading.load_model(source, quantize_bits=t.quantization_bits if t.quantize_model else None)
        max_length, context = context_budget(params, model)
        k = records_per_example(params)
        group_by = params.data.group_training_examples_by
        order_by = params.data.order_training_examples_by or (
            params.time_series.timestamp_column if params.time_series.is_timeseries else None)
        learning_rate = loading.default_learning_rate(source) if t.learning_rate == "auto" else float(t.learning_rate)

        dp_plan = None
        if dp_on:
            from safe_synthesizer.models.llm.dp import LoraDPStep, one_row_per_unit, plan_lora_dp
            from safe_synthesizer.privacy import privacy_units

            n_units = privacy_units(training, group_by).n_units
            batch = (max(DP_AUTO_MIN_BATCH, min(DP_AUTO_MAX_BATCH, round(DP_AUTO_BATCH_SHARE * n_units)))
                     if t.batch_size == "auto" else int(t.batch_size))
            epochs = DP_AUTO_EPOCHS if t.epochs == "auto" else max(1, math.ceil(float(t.epochs)))
            dp_plan = plan_lora_dp(training, schema, params, batch_size=batch, epochs=epochs, seed=seed)
            spec = build_record_spec(
                one_row_per_unit(training, dp_plan.units, seed), schema,
                rare_threshold=t.rare_category_threshold, quantile=t.numeric_protection_quantile,
                dp_statistics=dp_plan.statistics,
            )
            examples = build_examples(training, schema, tokenizer, max_length=max_length, context=context,
                                      records_per_example=1, unit_ids=dp_plan.units.ids, group_by=group_by,
                                      order_by=order_by, seed=seed)
            settings = LLMTrainSettings(learning_rate, dp_plan.batch_size, 1, dp_plan.steps, t.warmup_ratio,
                                        t.lr_scheduler, _seconds(t.max_training_time), seed)
        else:
            spec = build_record_spec(training, schema, value_protection=t.value_protection,
                                     rare_threshold=t.rare_category_threshold, quantile=t.numeric_protection_quantile)
            examples = build_examples(training, schema, tokenizer, max_length=max_length, context=context,
                                      records_per_example=k, group_by=group_by, order_by=order_by, seed=seed)
            batch = 1 if t.batch_size == "auto" else int(t.batch_size)
            per_step = batch * t.gradient_accumulation_steps
            if t.epochs != "auto":
                records_to_see = float(t.epochs) * len(training)
            else:
                records_to_see = (DEFAULT_RECORDS_TO_SAMPLE if t.num_input_records_to_sample == "auto"
                                  else int(t.num_input_records_to_sample))
            records_per_ex = len(training) / max(1, len(examples))
            steps = max(1, math.ceil(records_to_see / records_per_ex / per_step))
            settings = LLMTrainSettings(learning_rate, batch, t.gradient_accumulation_steps, steps, t.warmup_ratio,
                                        t.lr_scheduler, _seconds(t.max_training_time), seed)

        lora = LoraSettings(t.lora_r, t.lora_alpha_over_r, t.lora_dropout, tuple(t.lora_target_modules))
        model = attach_lora(model, lora)
        n_trainable = sum(p_.numel() for p_ in model.parameters() if p_.requires_grad)
        logger.info("LoRA fine-tuning %s: %d examples, %d steps, %d trainable parameters",
                    source.label, len(examples), settings.total_steps, n_trainable)
        pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
        data_hash = hashlib.sha256(json.dumps([e.input_ids for e in examples]).encode()).hexdigest()
        # The time budget is not part of the key: raising it must resume, not restart.
        fingerprint = fingerprint_of({**settings.to_dict(), "max_seconds": None}, lora.__dict__, source.to_dict(),
                                     data_hash)
        dp_step = None
        optimizer = None
        if dp_plan is not None:
            shutil.rmtree(model_dir / CHECKPOINT_DIR, ignore_errors=True)  # a DP budget is never resumed
            dp_step = LoraDPStep(model, examples, dp_plan, pad_id=pad_id, learning_rate=learning_rate)
            optimizer = dp_step.optimizer
        outcome = train_lora(model, examples, settings, model_dir / CHECKPOINT_DIR, pad_id=pad_id,
                             fingerprint=fingerprint, optimizer=optimizer, dp_step=dp_step,
                             progress=_progress(settings.total_steps))
        _save_dir(lambda d: model.save_pretrained(str(d), safe_serialization=True), model_dir / ADAPTER_DIR)
        _save_dir(lambda d: tokenizer.save_pretrained(str(d)), model_dir / TOKENIZER_DIR)
        atomic_write_json(model_dir / SPEC_FILE, spec.to_dict())
        metrics = {
            "backend": self.name,
            "model": source.label,
            "train_rows": len(training),
            "examples": len(examples),
            "records_per_example": k,
            "n_parameters": sum(p_.numel() for p_ in model.parameters()),
            "n_trainable_parameters": n_trainable,
            "steps": outcome.steps,
            "stopped_by": outcome.stopped_by,
            "final_train_loss": outcome.final_loss,
            "resumed_from_step": outcome.resumed_from_step,
            "tokens_seen": outcome.tokens_seen,
            "seconds_per_step": round(outcome.seconds / max(1, outcome.steps), 3),
            "train_seconds": round(time.monotonic() - started, 3),
        }
        privacy = {"dp_enabled": True, **dp_plan.budget.summary()} if dp_plan else None
        atomic_write_json(model_dir / MANIFEST_FILE, {
            "source": source.to_dict(),
            "seed": None if dp_plan else seed,  # a DP seed is secret: it would replay the noise
            "settings": settings.to_dict(),
            "lora": {**lora.__dict__, "target_modules": list(lora.target_modules)},
            "max_length": max_length,
            "context": context,
            "records_per_example": k,
            # Under DP record lengths are private: generation budgets use max_length instead.
            "record_tokens": None if dp_plan else record_lengths(tokenizer, training, schema),
            "metrics": metrics,
            "history": outcome.history[-200:],
            "privacy": privacy,
        })
        shutil.rmtree(model_dir / CHECKPOINT_DIR, ignore_errors=True)
        return TrainResult(metrics=metrics, privacy=privacy)

    # -- generation --------------------------------------------------------------------------
    def generate(
        self,
        model_dir: Path,
        params: SafeSynthesizerParameters,
        *,
        num_records: int,
        seed_data: pd.DataFrame | None = None,
        training: pd.DataFrame | None = None,
    ) -> GenerateResult:
        return collect_generated(
            self, model_dir, params, num_records=num_records, seed_data=seed_data, training=training
        )

    def iter_generate(
        self,
        model_dir: Path,
        params: SafeSynthesizerParameters,
        *,
        num_records: int,
        seed_data: pd.DataFrame | None = None,
        training: pd.DataFrame | None = None,
        counters: dict | None = None,
    ) -> Iterator[pd.DataFrame]:
        """Yield valid records in chunks; ``counters`` receives the generation counters."""
        if seed_data is not None:
            raise UserInputError(
                "seed data: conditional generation is not available with training.pretrained_model; "
                "use the built-in model (remove training.pretrained_model) to fix columns per record"
            )
        model_dir = Path(model_dir)
        manifest_path = model_dir / MANIFEST_FILE
        if not manifest_path.exists():
            raise UserInputError(f"{model_dir} holds no LLM model ({MANIFEST_FILE} missing); run the train stage first")
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        dp_model = manifest.get("privacy") is not None
        g = params.generation
        check_privacy_filter(dp=dp_model or params.privacy.dp_enabled, privacy_filter=g.privacy_filter)
        _set_threads(params)
        source = loading.ModelSource.from_dict(manifest["source"])
        spec = RecordSpec.from_dict(json.loads((model_dir / SPEC_FILE).read_text(encoding="utf-8")))
        from transformers import AutoTokenizer

        tokenizer = AutoTokenizer.from_pretrained(str(model_dir / TOKENIZER_DIR))
        if tokenizer.pad_token is None:
            tokenizer.pad_token = tokenizer.eos_token
        engine = choose_engine(g.engine)
        seed = fresh_seed() if dp_model else int(params.data.random_state or 0)
        k = int(manifest["records_per_example"])
        head = prompt_ids(tokenizer, spec.names)
        room = int(manifest["context"]) - len(head) - 1
        record_tokens = manifest.get("record_tokens")
        if record_tokens and g.structured_generation.enabled:
            # The grammar forces whole records, however the model splits them into tokens; a token
            # holds at least one byte, so the longest training record in bytes bounds a record
            # (x1.5 for numbers and strings longer than seen). The model stops at EOS anyway.
            budget = k * math.ceil(record_tokens["max_bytes"] * 1.5 + 8) + 8
        elif record_tokens:
            budget = k * math.ceil(record_tokens["max"] * 1.3 + 4) + 8
        else:
            budget = int(manifest["max_length"]) - len(head)
        gpu = engine == "vllm"
        sampling = SamplingSettings(
            temperature=DEFAULT_TEMPERATURE if g.temperature == "auto" else float(g.temperature),
            top_p=g.top_p,
            repetition_penalty=g.repetition_penalty,
            batch_size=(GPU_GENERATION_BATCH if gpu else CPU_GENERATION_BATCH) if g.batch_size == "auto"
            else int(g.batch_size),
            # vLLM's guided decoding takes one JSON object per sequence.
            records_per_sequence=1 if gpu and g.structured_generation.enabled else k,
            max_new_tokens=max(8, min(budget, room)),
            structured=g.structured_generation.enabled,
            patience=g.patience,
            invalid_fraction_threshold=g.invalid_fraction_threshold,
            enforce_numeric_range=g.validation.enforce_numeric_range,
            seed=seed,
            jump_forward=g.structured_generation.jump_forward,
            record_tokens=int(record_tokens["max"]) if record_tokens else None,
        )
        stats = GenerationCounters()
        if gpu:
            batches = sample_with_vllm(source.location if not source.gguf_file else
                                       str(Path(source.location) / source.gguf_file),
                                       str(model_dir / ADAPTER_DIR), chat_prompt(tokenizer, spec.names), spec,
                                       sampling, num_records, stats)
        else:
            model = self._load_for_generation(source, model_dir)
            batches = sample_batches(model, tokenizer, head, spec, sampling, num_records, stats)
        try:
            yield from self._filtered(batches, params, training, num_records, counters, stats,
                                      lambda n: sample_batches(model, tokenizer, head, spec, sampling, n, stats)
                                      if not gpu else iter(()))
        finally:
            if counters is not None:
                counters.update(stats.to_dict())
        logger.info("LLM generation: %d valid, %d invalid records in %.1f s", stats.num_valid_records,
                    stats.num_invalid_records, stats.seconds)

    @staticmethod
    def _filtered(batches, params, training, num_records, counters, stats, more) -> Iterator[pd.DataFrame]:
        """Apply the optional privacy filter, regenerating what it drops (at most 20 rounds)."""
        g = params.generation
        names = None
        privacy = None
        if g.privacy_filter and training is not None:
            from safe_synthesizer.models.builtin.privacy_filter import PrivacyFilter

            if isinstance(training, PrivacyFilter):  # a large split's, built from its file (pipeline.generate)
                privacy, names = training, list(training.columns)
            else:
                names = [c for c in training.columns]
                privacy = PrivacyFilter(training, g.privacy_filter_distance, columns=names)
        kept = 0
        for _ in range(20):
            for chunk in batches:
                if privacy is not None:
                    drop = np.asarray(privacy.too_close(chunk))
                    if counters is not None:
                        counters["num_filtered_records"] = counters.get("num_filtered_records", 0) + int(drop.sum())
                    chunk = chunk[~drop].reset_index(drop=True)
                chunk = chunk.head(num_records - kept)
                kept += len(chunk)
                if counters is not None:
                    counters.update(stats.to_dict())
                if len(chunk):
                    yield chunk
            if kept >= num_records or stats.stopped_early or privacy is None:
                return
            batches = more(num_records - kept)

    @staticmethod
    def _load_for_generation(source: loading.ModelSource, model_dir: Path) -> Any:
        from peft import PeftModel

        base = loading.load_model(source)
        model = PeftModel.from_pretrained(base, str(model_dir / ADAPTER_DIR))
        # Merged weights make each decoding step one matmul per layer instead of base + LoRA.
        merged = model.merge_and_unload().eval()
        if not torch.cuda.is_available() and cpu_has_fast_bf16():
            # Decoding on a CPU is bound by reading the weights each step: bfloat16 halves that
            # (7.7 vs 11.2 CPU ms per token at 48 sequences, measured); logits are sampled in float32.
            merged = merged.to(torch.bfloat16)
        return merged


def _seconds(minutes: float | str | None) -> float | None:
    """``training.max_training_time`` in seconds; ``auto`` means no cap on the LLM path."""
    return None if minutes is None or minutes == "auto" else float(minutes) * 60.0


def _save_dir(write: Any, target: Path) -> None:
    """Write a directory next to ``target`` then swap it in (a reader never sees half of it)."""
    tmp = target.with_name(target.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    write(tmp)
    old = target.with_name(target.name + ".old")
    if target.exists():
        target.replace(old)
    tmp.replace(target)
    shutil.rmtree(old, ignore_errors=True)


def _progress(total: int) -> Any:
    every = max(1, total // 20)

    def report(step: int, loss: float) -> None:
        if step % every == 0 or step == total:
            logger.info("LoRA step %d/%d, loss %s", step, total, "n/a" if math.isnan(loss) else f"{loss:.4f}")

    return report
