"""Sampling records from the fine-tuned LLM: batched ``generate`` (KV cache), parse, validate, count.

Every sequence starts from the same chat prompt and asks for ``K`` records (the packing of
training). With ``generation.structured_generation.enabled`` (default) an xgrammar logits
processor (``models.llm.constrained``) only lets the model write ``K`` valid records then EOS
(``models.llm.grammar``); without it the model writes freely and each line is parsed and
validated the same way, invalid lines are counted. Tokens are drawn by ``models.llm.sampling``
(same distribution as transformers' sampling, without its costly ``torch.multinomial``). With
``generation.structured_generation.jump_forward`` (and no repetition penalty), structured batches
run ``models.llm.jump_forward`` (default): the tokens the grammar forces (keys, punctuation, the
rest of a category) are fed to the model, not sampled one per step.
A batch runs at most ``generation.batch_size`` sequences and no more than fit
``models.llm.memory.GENERATION_MEMORY_BYTES`` of KV cache (sized from the model's dimensions).
Generation stops early when the share of invalid records of a batch reaches
``generation.invalid_fraction_threshold`` for ``generation.patience`` batches in a row.

The token budget of a sequence follows the record lengths seen in training (at most the model's
context); under DP, where those lengths are private, it is the public ``max_sequence_length``.

vLLM (``generation.engine``) is used when installed with a CUDA GPU; it is imported lazily and
asked for on a CPU it raises a one-line error.
"""

from __future__ import annotations

import importlib.util
import inspect
import logging
import math
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import torch

from safe_synthesizer.errors import SafeSynthesizerError, StageNotBuiltError
from safe_synthesizer.models.llm.constrained import GrammarLogitsProcessor
from safe_synthesizer.models.llm.grammar import RecordSpec, compile_grammar, tokenizer_info
from safe_synthesizer.models.llm.jump_forward import JumpForwardDecoder, available
from safe_synthesizer.models.llm.memory import GENERATION_MEMORY_BYTES, DecodeFootprint, rows_within
from safe_synthesizer.models.llm.output_head import contiguous_head_input
from safe_synthesizer.models.llm.sampling import InverseCdfSampler
from safe_synthesizer.models.llm.spare_cache import spare_dynamic_cache

logger = logging.getLogger(__name__)

# The generate path prefills the shared prompt once for the batch (new_tokens); False prefills every row.
SHARED_PREFILL = True


class GenerationStoppedError(SafeSynthesizerError):
    """Too many invalid records: the model cannot yet write this table."""


@dataclass(frozen=True)
class SamplingSettings:
    """Resolved ``generation`` settings of the LLM path."""

    temperature: float
    top_p: float
    repetition_penalty: float
    batch_size: int
    records_per_sequence: int
    max_new_tokens: int
    structured: bool
    patience: int
    invalid_fraction_threshold: float
    enforce_numeric_range: bool
    seed: int
    # Structured batches feed the grammar's forced tokens without sampling them (models.llm.jump_forward);
    # only without a repetition penalty, which that loop does not apply. In fresh processes 96 Adult
    # records cost 73 CPU s this way against 140+ through ``generate`` (benchmarks/results/llm_overhead_fresh.md).
    jump_forward: bool = True
    # Batches are sized so their KV cache and per-row buffers stay within this (models.llm.memory).
    memory_budget_bytes: int = GENERATION_MEMORY_BYTES
    # Tokens of the longest training record: the expected length of a generated one (None under DP).
    record_tokens: int | None = None


@dataclass
class GenerationCounters:
    """What generation did; added to the stage's metrics."""

    num_valid_records: int = 0
    num_invalid_records: int = 0
    num_sequences: int = 0
    num_new_tokens: int = 0
    stopped_early: bool = False
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    grammar_cpu_seconds: float = 0.0
    num_forward_passes: int = 0
    num_forced_tokens: int = 0
    max_batch_rows: int = 0
    batch_invalid_fractions: list[float] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        total = self.num_valid_records + self.num_invalid_records
        return {
            "num_valid_records": self.num_valid_records,
            "num_invalid_records": self.num_invalid_records,
            "valid_record_fraction": round(self.num_valid_records / total, 4) if total else None,
            "num_sequences": self.num_sequences,
            "num_new_tokens": self.num_new_tokens,
            "stopped_early": self.stopped_early,
            "generate_seconds": round(self.seconds, 3),
            # CPU time of this process while sampling: the comparable cost on a shared machine.
            "generate_cpu_seconds": round(self.cpu_seconds, 3),
            # The part of it spent in the grammar's token masks (structured generation only).
            "grammar_cpu_seconds": round(self.grammar_cpu_seconds, 3),
            # Decoding forwards of the model (prefills included) and tokens the grammar forced
            # without a draw (jump-forward): fewer forwards than new tokens is the point of it.
            "num_forward_passes": self.num_forward_passes,
            "num_forced_tokens": self.num_forced_tokens,
            # The widest batch run: the memory plan (models.llm.memory) may hold it under batch_size.
            "max_batch_rows": self.max_batch_rows,
        }


def choose_engine(engine: str) -> str:
    """``transformers`` or ``vllm`` for ``generation.engine`` on this machine."""
    has_gpu = bool(torch.cuda.is_available())
    has_vllm = importlib.util.find_spec("vllm") is not None
    if engine == "vllm":
        if not has_gpu:
            raise StageNotBuiltError(
                "generation.engine: vllm needs a CUDA GPU and this machine has none; set generation.engine: auto"
            )
        if not has_vllm:
            raise StageNotBuiltError(
                "generation.engine: vllm is not installed; pip install 'safe-synthesizer[gpu]' or set "
                "generation.engine: auto"
            )
        return "vllm"
    if engine == "auto" and has_gpu and has_vllm:
        return "vllm"
    return "transformers"


def parse_text(text: str, spec: RecordSpec, *, finished: bool, enforce_range: bool) -> tuple[list[dict], int]:
    """Valid records and the number of invalid ones in one generated sequence.

    A last line cut by the token budget (``finished`` False) counts as invalid: the record is lost.
    """
    lines = text.split("\n")
    tail = lines.pop()  # text after the last newline: a complete record only if the model stopped
    if tail.strip() and finished:
        lines.append(tail)
    valid, invalid = [], 0 if finished or not tail.strip() else 1
    for line in lines:
        if not line.strip():
            continue
        record = spec.parse(line, enforce_range)
        if record is None:
            invalid += 1
        else:
            valid.append(record)
    return valid, invalid


def records_per_sequence(need: int, settings: SamplingSettings) -> int:
    """Records one sequence is asked for: fewer than ``K`` when that fills the batch better.

    A decoding step costs about the same for 8 or 64 sequences on a CPU (reading the weights
    dominates), so ``need`` records are best spread over a full batch of short sequences rather
    than a few long ones. Only structured generation can be told to stop after fewer records (its
    grammar ends with EOS); free sampling writes the ``K`` it learnt.
    """
    k = settings.records_per_sequence
    if not settings.structured:
        return k
    return max(1, min(k, math.ceil(need * 1.1 / max(1, settings.batch_size))))


def token_budget(settings: SamplingSettings, per_sequence: int) -> int:
    """``max_new_tokens`` for ``per_sequence`` records (the budget scales with the records asked)."""
    k = max(1, settings.records_per_sequence)
    return max(8, math.ceil(settings.max_new_tokens * per_sequence / k))


def planned_tokens(settings: SamplingSettings, per_sequence: int, prompt_tokens: int) -> int:
    """Positions a sequence of ``per_sequence`` records is expected to reach, for the memory plan."""
    budget = token_budget(settings, per_sequence)
    if settings.record_tokens:
        budget = min(budget, per_sequence * settings.record_tokens + 1)
    return prompt_tokens + budget


def batch_rows(need: int, per_sequence: int, settings: SamplingSettings, footprint: DecodeFootprint,
               prompt_tokens: int) -> int:
    """Sequences of the next batch: enough for ``need`` (+10 %), at most ``batch_size``, within the memory budget."""
    fit = rows_within(settings.memory_budget_bytes, footprint, planned_tokens(settings, per_sequence, prompt_tokens))
    return min(settings.batch_size, fit, max(1, math.ceil(need / per_sequence * 1.1)))


def sampling_kwargs(temperature: float, top_p: float, grammar: GrammarLogitsProcessor | None) -> dict[str, Any]:
    """``generate`` arguments that sample with ``InverseCdfSampler`` after the grammar's mask.

    ``generate`` runs greedy (``do_sample=False``): the sampler, the last processor, leaves one
    finite score per row, so the argmax is its draw. transformers' own processors (the repetition
    penalty) still run first, as in its sampling mode; its warpers are replaced by the sampler's
    temperature and top-p.
    """
    processors: list[Any] = [grammar] if grammar is not None else []
    processors.append(InverseCdfSampler(temperature, top_p))
    # None clears sampling flags a model's own generation_config may carry (e.g. top_k=50), which
    # greedy decoding would otherwise warn about and which the sampler already replaces.
    return {"do_sample": False, "temperature": None, "top_p": None, "top_k": None, "logits_processor": processors}


def new_tokens(
    model: Any,
    prompt: torch.Tensor,
    rows: int,
    grammar: Any | None,
    settings: SamplingSettings,
    budget: int,
    eos: int,
    pad: int,
    counters: GenerationCounters,
) -> torch.Tensor:
    """``(rows, n)`` new tokens of one batch from ``prompt`` (``(1, P)``): EOS when finished, then ``pad``.

    Structured without a repetition penalty (and an xgrammar with token-level jump-forward):
    ``JumpForwardDecoder``; otherwise transformers
    ``generate`` with ``GrammarLogitsProcessor`` (when structured) and ``InverseCdfSampler``.
    """
    if grammar is not None and settings.jump_forward and settings.repetition_penalty == 1.0 and available():
        sampler = InverseCdfSampler(settings.temperature, settings.top_p)
        decoder = JumpForwardDecoder(model, grammar, sampler, eos=eos, pad=pad)
        new = decoder.generate(prompt[0].tolist(), rows, budget)
        counters.grammar_cpu_seconds += decoder.grammar_cpu_seconds
        counters.num_forward_passes += decoder.forwards
        counters.num_forced_tokens += decoder.forced_tokens
        return new
    processor = GrammarLogitsProcessor(grammar) if grammar is not None else None  # one per call: matcher state
    kwargs = sampling_kwargs(settings.temperature, settings.top_p, processor)
    # A cache with spare room: each step writes its keys in place instead of concatenating the whole cache.
    cache = spare_dynamic_cache(model)
    if cache is not None:
        arg = _generate_cache_arg(model)
        if SHARED_PREFILL and prompt.shape[1] > 1:
            # Every row starts from the same prompt: prefill all but its last token once and repeat that
            # cache over the rows (as jump-forward does), so generate only feeds each row the last one.
            with torch.no_grad():
                model(input_ids=prompt[:, :-1], use_cache=True, logits_to_keep=1, **{arg: cache})
            cache.batch_repeat_interleave(rows)
            counters.num_forward_passes += 1
        kwargs[arg] = cache
    with torch.no_grad():
        out = model.generate(
            input_ids=prompt.expand(rows, -1),
            attention_mask=torch.ones((rows, prompt.shape[1]), dtype=torch.long, device=prompt.device),
            **kwargs,
            repetition_penalty=settings.repetition_penalty,
            max_new_tokens=budget,
            eos_token_id=eos,
            pad_token_id=pad,
            use_cache=True,
        )
    if processor is not None:
        counters.grammar_cpu_seconds += processor.cpu_seconds
    counters.num_forward_passes += out.shape[1] - prompt.shape[1]  # the prefill and one per new token
    return out[:, prompt.shape[1] :]


def _generate_cache_arg(model: Any) -> str:
    """``generate``'s name for a cache passed in: ``cache`` since transformers 5 renamed it (the old name warns)."""
    return "cache" if "cache" in inspect.signature(model.forward).parameters else "past_key_values"


def sample_batches(
    model: Any,
    tokenizer: Any,
    prompt: list[int],
    spec: RecordSpec,
    settings: SamplingSettings,
    num_records: int,
    counters: GenerationCounters,
) -> Iterator[pd.DataFrame]:
    """Yield DataFrames of valid records until ``num_records`` or the stop rule (see module docs)."""
    started, cpu_started = time.monotonic(), time.process_time()
    vocab = model.get_output_embeddings().weight.shape[0]
    info = tokenizer_info(tokenizer, vocab) if settings.structured else None
    grammars: dict[int, Any] = {}  # records per sequence -> compiled grammar (compiled once each)
    torch.manual_seed(settings.seed)
    prompt_t = torch.tensor([prompt], dtype=torch.long, device=next(model.parameters()).device)
    eos = tokenizer.eos_token_id
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else eos
    bad_batches, produced = 0, 0
    footprint = DecodeFootprint.of_model(model)
    model.eval()
    # Multi-token forwards would otherwise copy the output weight once per row (models.llm.output_head).
    contiguous_head_input(model)
    while produced < num_records:
        need = num_records - produced
        per_sequence = records_per_sequence(need, settings)
        rows = batch_rows(need, per_sequence, settings, footprint, len(prompt))
        counters.max_batch_rows = max(counters.max_batch_rows, rows)
        compiled = None
        if info is not None:
            if per_sequence not in grammars:
                grammars[per_sequence] = compile_grammar(spec, info, per_sequence)
            compiled = grammars[per_sequence]
        budget = token_budget(settings, per_sequence)
        new = new_tokens(model, prompt_t, rows, compiled, settings, budget, eos, pad, counters)
        records, invalid = [], 0
        for seq in new.tolist():
            finished = eos in seq
            n_tokens = seq.index(eos) if finished else len(seq)
            counters.num_new_tokens += n_tokens
            text = tokenizer.decode(seq[:n_tokens], skip_special_tokens=True)
            valid, bad = parse_text(text, spec, finished=finished, enforce_range=settings.enforce_numeric_range)
            records += valid
            invalid += bad
        counters.num_sequences += rows
        counters.num_invalid_records += invalid
        records = records[:need]
        counters.num_valid_records += len(records)
        produced += len(records)
        total = len(records) + invalid
        share = invalid / total if total else 1.0
        counters.batch_invalid_fractions.append(round(share, 4))
        bad_batches = bad_batches + 1 if share >= settings.invalid_fraction_threshold else 0
        counters.seconds = time.monotonic() - started
        counters.cpu_seconds = time.process_time() - cpu_started
        if records:
            yield pd.DataFrame.from_records(records, columns=spec.names)
        if bad_batches >= settings.patience:
            counters.stopped_early = True
            message = (
                f"generation stopped: at least {settings.invalid_fraction_threshold:.0%} of the records were invalid "
                f"in {settings.patience} batches in a row ({produced} valid of {num_records} wanted); train longer "
                "(training.epochs or training.max_training_time) or set generation.structured_generation.enabled: true"
            )
            if produced == 0:
                raise GenerationStoppedError(message)
            logger.warning(message)
            return


def sample_with_vllm(
    base_location: str,
    adapter_dir: str,
    prompt_text: str,
    spec: RecordSpec,
    settings: SamplingSettings,
    num_records: int,
    counters: GenerationCounters,
) -> Iterator[pd.DataFrame]:
    """The GPU path: vLLM with the LoRA adapter and JSON-schema guided decoding (not runnable on CPU)."""
    import json

    from vllm import LLM, SamplingParams
    from vllm.lora.request import LoRARequest

    llm = LLM(model=base_location, enable_lora=True, max_lora_rank=64, seed=settings.seed)
    extra: dict[str, Any] = {}
    if settings.structured:
        from vllm.sampling_params import GuidedDecodingParams

        extra["guided_decoding"] = GuidedDecodingParams(json=json.dumps(spec.json_schema()))
    params = SamplingParams(
        temperature=settings.temperature,
        top_p=settings.top_p,
        repetition_penalty=settings.repetition_penalty,
        max_tokens=settings.max_new_tokens,
        **extra,
    )
    produced, bad_batches, started = 0, 0, time.monotonic()
    while produced < num_records:
        need = num_records - produced
        adapter = LoRARequest("adapter", 1, adapter_dir)
        outputs = llm.generate([prompt_text] * settings.batch_size, params, lora_request=adapter)
        records, invalid = [], 0
        for o in outputs:
            valid, bad = parse_text(o.outputs[0].text, spec, finished=o.outputs[0].finish_reason == "stop",
                                    enforce_range=settings.enforce_numeric_range)
            records += valid
            invalid += bad
        records = records[:need]
        counters.num_valid_records += len(records)
        counters.num_invalid_records += invalid
        produced += len(records)
        share = invalid / max(1, len(records) + invalid)
        bad_batches = bad_batches + 1 if share >= settings.invalid_fraction_threshold else 0
        counters.seconds = time.monotonic() - started
        if records:
            yield pd.DataFrame.from_records(records, columns=spec.names)
        if bad_batches >= settings.patience:
            counters.stopped_early = True
            return
