"""Cost of structured generation per decoding step (issue 12 target: at most +20 % over unconstrained).

Used by ``bench_llm.py`` (``--overhead-only`` on the untrained SmolLM2-135M, or the overhead phase
of a trained run). Same prompt, same batch, same number of steps in every mode; modes alternate
back to back (the order reversed every other repeat, so neither always runs first on a machine
whose load drifts) after one warm-up call each, and the median of the repeats is reported with
the median of the per-pair ratios.

Modes, "before" being the code of the previous session:

- ``unconstrained_hf`` / ``structured_hf`` (before): transformers' sampling (``torch.multinomial``),
  the grammar through ``xgrammar.contrib.hf.LogitsProcessor``;
- ``unconstrained`` / ``structured`` (after): ``InverseCdfSampler`` and, when structured,
  ``GrammarLogitsProcessor`` (``safe_synthesizer.models.llm``), as generation now runs.

CPU seconds per step come from a clock processor placed first in the list: the time between its
first and last call covers the decoding steps only (forward, processors, sampling), not the
prompt's prefill. The processors' own CPU time is reported beside it. ``mask_only`` replays real
Adult records through bare xgrammar matchers (no model) to price the grammar alone, with and
without the numeric ranges in it.
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import time
from typing import Any

# Before torch loads OpenMP: without it idle worker threads spin between forwards and the CPU
# seconds measured here grow 4-25x at 2 threads (measured: 0.35-2.4 vs 0.09 CPU s per forward).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import torch
from transformers import LogitsProcessor

MODES = ("unconstrained_hf", "structured_hf", "unconstrained", "structured", "structured_jump_forward")


class StepClock(LogitsProcessor):
    """Process CPU time at each decoding step (first in the list: it sees every step)."""

    def __init__(self) -> None:
        self.times: list[float] = []

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        self.times.append(time.process_time())
        return scores


def _timed_hf_processor(grammar: Any) -> Any:
    """xgrammar's own HF processor, with its CPU time kept like ``GrammarLogitsProcessor.cpu_seconds``."""
    from xgrammar.contrib.hf import LogitsProcessor as XgrHF

    class Timed(XgrHF):
        cpu_seconds = 0.0

        def __call__(self, input_ids, scores):
            began = time.process_time()
            out = super().__call__(input_ids, scores)
            self.cpu_seconds += time.process_time() - began
            return out

    return Timed(grammar)


def one_call(
    model: Any,
    tokenizer: Any,
    prompt: torch.Tensor,
    grammar: Any,
    mode: str,
    new_tokens: int,
    seed: int,
    temperature: float = 0.9,
) -> dict[str, Any]:
    """One ``generate`` call in ``mode``: CPU seconds per decoding step and the grammar's share."""
    from safe_synthesizer.models.llm.constrained import GrammarLogitsProcessor
    from safe_synthesizer.models.llm.generation import sampling_kwargs

    if mode == "structured_jump_forward":
        return _jump_forward_call(model, tokenizer, prompt, grammar, new_tokens, seed, temperature)
    clock = StepClock()
    structured = mode.startswith("structured")
    grammar_proc = None
    if mode.endswith("_hf"):
        grammar_proc = _timed_hf_processor(grammar) if structured else None
        kwargs = {
            "do_sample": True,
            "temperature": temperature,
            "top_k": 0,
            "logits_processor": [clock] + ([grammar_proc] if grammar_proc else []),
        }
    else:
        grammar_proc = GrammarLogitsProcessor(grammar) if structured else None
        kwargs = sampling_kwargs(temperature, 1.0, grammar_proc)
        kwargs["logits_processor"] = [clock, *kwargs["logits_processor"]]
    torch.manual_seed(seed)
    began = time.process_time()
    with torch.no_grad():
        out = model.generate(
            input_ids=prompt,
            attention_mask=torch.ones_like(prompt),
            max_new_tokens=new_tokens,
            eos_token_id=None,
            pad_token_id=tokenizer.pad_token_id,
            use_cache=True,
            **kwargs,
        )
    total = time.process_time() - began
    steps = len(clock.times) - 1
    text = tokenizer.batch_decode(out[:, prompt.shape[1] :], skip_special_tokens=True)
    return {
        "cpu_per_step": (clock.times[-1] - clock.times[0]) / steps,
        "cpu_per_call_step": total / (steps + 1),  # prefill included
        "grammar_cpu_per_step": (grammar_proc.cpu_seconds / (steps + 1)) if grammar_proc is not None else 0.0,
        "steps": steps + 1,
        "first_line_sample": text[0].split("\n")[0][:80] if structured else None,
    }


def _jump_forward_call(
    model: Any, tokenizer: Any, prompt: torch.Tensor, grammar: Any, new_tokens: int, seed: int, temperature: float
) -> dict[str, Any]:
    """``JumpForwardDecoder`` for ``new_tokens`` tokens per row: CPU per token written, the prefill excluded.

    It advances a row by a drawn token plus its forced run per forward, so its cost per token is
    what compares with a ``generate`` step (one token per row).
    """
    from safe_synthesizer.models.llm.jump_forward import JumpForwardDecoder
    from safe_synthesizer.models.llm.sampling import InverseCdfSampler

    decoder = JumpForwardDecoder(
        model, grammar, InverseCdfSampler(temperature), eos=tokenizer.eos_token_id, pad=tokenizer.pad_token_id
    )
    torch.manual_seed(seed)
    began = time.process_time()
    out = decoder.generate(prompt[0].tolist(), prompt.shape[0], new_tokens)
    total = time.process_time() - began - decoder.prefill_cpu_seconds
    tokens_per_row = (out != tokenizer.pad_token_id).sum().item() / out.shape[0]
    text = tokenizer.decode(out[0], skip_special_tokens=True)
    return {
        "cpu_per_step": total / tokens_per_row,
        "cpu_per_call_step": (total + decoder.prefill_cpu_seconds) / tokens_per_row,
        "grammar_cpu_per_step": decoder.grammar_cpu_seconds / tokens_per_row,
        "steps": decoder.forwards,
        "forced_share": round(decoder.forced_tokens / max(1, decoder.forced_tokens + decoder.sampled_tokens), 3),
        "first_line_sample": text.split("\n")[0][:80],
    }


def measure(
    model: Any,
    tokenizer: Any,
    spec: Any,
    *,
    batches: tuple[int, ...] = (16, 48),
    repeats: int = 3,
    new_tokens: int = 64,
    modes: tuple[str, ...] = MODES,
) -> dict[str, Any]:
    """Alternated repeats of every mode at each batch size (see the module docstring)."""
    from safe_synthesizer.models.llm.examples import prompt_ids
    from safe_synthesizer.models.llm.grammar import compile_grammar, tokenizer_info

    vocab = model.get_output_embeddings().weight.shape[0]
    began = time.process_time()
    info = tokenizer_info(tokenizer, vocab)
    grammar = compile_grammar(spec, info, 2)  # 2 records: never finished within new_tokens
    compile_seconds = time.process_time() - began
    ids = prompt_ids(tokenizer, spec.names)
    result: dict[str, Any] = {
        "grammar_compile_cpu_seconds": round(compile_seconds, 3),
        "new_tokens": new_tokens,
        "repeats": repeats,
        "load_average_start": round(os.getloadavg()[0], 1),
        "batches": {},
    }
    for batch in batches:
        prompt = torch.tensor([ids]).expand(batch, -1)
        for mode in modes:  # warm-up: first-call allocations and kernel choices stay out of the repeats
            one_call(model, tokenizer, prompt, grammar, mode, 4, seed=99)
        calls: dict[str, list[dict]] = {m: [] for m in modes}
        for r in range(repeats):
            for mode in modes if r % 2 == 0 else tuple(reversed(modes)):
                calls[mode].append(one_call(model, tokenizer, prompt, grammar, mode, new_tokens, seed=r))
        result["batches"][str(batch)] = _summary(calls)
        result["batches"][str(batch)]["load_average"] = round(os.getloadavg()[0], 1)
    result["load_average_end"] = round(os.getloadavg()[0], 1)
    return result


def _summary(calls: dict[str, list[dict]]) -> dict[str, Any]:
    med = {m: statistics.median(c["cpu_per_step"] for c in v) for m, v in calls.items()}
    out: dict[str, Any] = {
        "cpu_seconds_per_step_median": {m: round(v, 4) for m, v in med.items()},
        "cpu_seconds_per_step_all": {m: [round(c["cpu_per_step"], 4) for c in v] for m, v in calls.items()},
        "grammar_cpu_ms_per_step_median": {
            m: round(1000 * statistics.median(c["grammar_cpu_per_step"] for c in v), 2)
            for m, v in calls.items()
            if m.startswith("structured")
        },
        "sample_line": next(
            (c["first_line_sample"] for v in calls.values() for c in v if c["first_line_sample"]), None
        ),
    }
    for label, s, u in (("before", "structured_hf", "unconstrained_hf"), ("after", "structured", "unconstrained")):
        if s in calls and u in calls:
            pairs = [a["cpu_per_step"] / b["cpu_per_step"] - 1 for a, b in zip(calls[s], calls[u], strict=True)]
            out[f"overhead_{label}"] = round(med[s] / med[u] - 1, 3)
            out[f"overhead_{label}_pairs"] = [round(p, 3) for p in pairs]
            out[f"overhead_{label}_pair_median"] = round(statistics.median(pairs), 3)
    if "structured_jump_forward" in calls and "unconstrained" in calls:
        # per token written (a row advances several tokens per forward) vs per unconstrained step
        jf = [
            a["cpu_per_step"] / b["cpu_per_step"] - 1
            for a, b in zip(calls["structured_jump_forward"], calls["unconstrained"], strict=True)
        ]
        out["overhead_jump_forward"] = round(med["structured_jump_forward"] / med["unconstrained"] - 1, 3)
        out["overhead_jump_forward_pair_median"] = round(statistics.median(jf), 3)
        out["jump_forward_forwards_per_call"] = [c["steps"] for c in calls["structured_jump_forward"]]
        out["jump_forward_forced_share"] = [c["forced_share"] for c in calls["structured_jump_forward"]]
    if "structured_hf" in med and "structured" in med:
        out["structured_speedup"] = round(med["structured_hf"] / med["structured"], 3)
    return out


def mask_only(spec: Any, tokenizer: Any, vocab: int, lines: list[str], rows: int = 48) -> dict[str, Any]:
    """CPU ms per step to fill every row's mask, replaying real records (no model), ranges on and off."""
    import copy

    import xgrammar as xgr

    from safe_synthesizer.models.llm.grammar import compile_grammar, tokenizer_info

    info = tokenizer_info(tokenizer, vocab)
    lines = [line for line in lines if spec.parse(line) is not None]
    ids = [
        tokenizer(lines[i % len(lines)] + "\n" + lines[(i + 1) % len(lines)] + "\n", add_special_tokens=False)[
            "input_ids"
        ]
        for i in range(rows)
    ]
    steps = min(len(x) for x in ids)
    out = {"rows": rows, "steps": steps}
    no_range = copy.deepcopy(spec)
    for col in no_range.columns:
        col.minimum = col.maximum = None
    for label, s in (("with_ranges", spec), ("without_ranges", no_range)):
        grammar = compile_grammar(s, info, 2)
        matchers = [xgr.GrammarMatcher(grammar) for _ in range(rows)]
        bitmask = xgr.allocate_token_bitmask(rows, vocab)
        began = time.process_time()
        for step in range(steps):
            for i, m in enumerate(matchers):
                m.fill_next_token_bitmask(bitmask, i)
            for i, m in enumerate(matchers):
                if not m.accept_token(ids[i][step]):
                    raise RuntimeError(f"record token {step} of row {i} refused by the grammar ({label})")
        out[f"fill_ms_per_step_{label}"] = round(1000 * (time.process_time() - began) / steps, 3)
    logits = torch.randn(rows, vocab)
    began = time.process_time()
    for _ in range(20):
        xgr.apply_token_bitmask_inplace(logits, bitmask)
    out["apply_ms_per_step"] = round(1000 * (time.process_time() - began) / 20, 3)
    return out


def load_untrained(threads: int) -> tuple[Any, Any]:
    """SmolLM2-135M as generation runs it (bfloat16 on a CPU that has it), no LoRA: the step costs the same."""
    from safe_synthesizer.models.llm import loading
    from safe_synthesizer.models.llm.trainer import cpu_has_fast_bf16

    torch.set_num_threads(threads)
    source = loading.resolve_model(loading.SMOLLM2_PRESET)
    tokenizer = loading.load_tokenizer(source)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    model = loading.load_model(source).eval()
    if cpu_has_fast_bf16():
        model = model.to(torch.bfloat16)
    return model, tokenizer


FRESH_MODES = ("generate", "jump_forward")


def fresh_call(mode: str, records: int, batch: int, rows: int, threads: int, seed: int) -> dict[str, Any]:
    """One end-to-end ``sample_batches`` run in this (fresh) process: ``records`` structured Adult records.

    What a user's generation stage pays, first-batch costs included: the untrained SmolLM2 in
    bfloat16, the grammar of ``rows`` Adult rows, ``records_per_sequence`` from the records asked
    (e.g. 96 records at batch 32: 27 sequences of 4). CPU seconds of the process, model loading
    reported apart.
    """
    from bench_builtin import _load
    from safe_synthesizer.models.llm.examples import prompt_ids
    from safe_synthesizer.models.llm.generation import GenerationCounters, SamplingSettings, sample_batches
    from safe_synthesizer.models.llm.grammar import build_record_spec

    began = time.process_time()
    model, tokenizer = load_untrained(threads)
    load_cpu = time.process_time() - began
    train, _holdout, schema = _load("adult")
    spec = build_record_spec(train.head(rows).reset_index(drop=True), schema)
    settings = SamplingSettings(
        temperature=0.9, top_p=1.0, repetition_penalty=1.0, batch_size=batch, records_per_sequence=10,
        max_new_tokens=2000, structured=True, patience=3, invalid_fraction_threshold=0.5,
        enforce_numeric_range=True, seed=seed, jump_forward=mode == "jump_forward",
    )
    counters = GenerationCounters()
    frames = list(sample_batches(model, tokenizer, prompt_ids(tokenizer, spec.names), spec, settings, records,
                                 counters))
    return {
        "mode": mode,
        "records": sum(len(f) for f in frames),
        "model_load_cpu_seconds": round(load_cpu, 1),
        **counters.to_dict(),
        "records_per_cpu_second": round(sum(len(f) for f in frames) / max(counters.cpu_seconds, 1e-9), 3),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def fresh_end_to_end(
    records: int, batch: int, rows: int, threads: int, repeats: int, timeout: float
) -> dict[str, Any]:
    """Each mode in its own new process (``python llm_overhead.py --fresh MODE``), alternated ``repeats`` times.

    Warmed-up per-step numbers (``measure``) leave out what a real run pays once per process and
    per batch; this is the comparison that decides the default.
    """
    import subprocess
    import sys

    out: dict[str, Any] = {"records": records, "batch": batch, "rows": rows, "threads": threads,
                           "load_average_start": round(os.getloadavg()[0], 1), "runs": []}
    for r in range(repeats):
        for mode in FRESH_MODES if r % 2 == 0 else tuple(reversed(FRESH_MODES)):
            cmd = [sys.executable, __file__, "--fresh", mode, "--records", str(records), "--batch", str(batch),
                   "--rows", str(rows), "--threads", str(threads), "--seed", str(r)]
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=True)
            run = json.loads(done.stdout.strip().splitlines()[-1])
            run["load_average"] = round(os.getloadavg()[0], 1)
            out["runs"].append(run)
    for mode in FRESH_MODES:
        cpu = [x["generate_cpu_seconds"] for x in out["runs"] if x["mode"] == mode]
        out[f"{mode}_cpu_seconds_median"] = round(statistics.median(cpu), 1)
    ratio = out["jump_forward_cpu_seconds_median"] / out["generate_cpu_seconds_median"]
    out["jump_forward_vs_generate"] = round(ratio, 3)
    out["load_average_end"] = round(os.getloadavg()[0], 1)
    return out


def fresh_markdown(row: dict[str, Any]) -> str:
    lines = [
        "# Jump-forward vs generate end to end, each run in a fresh process (SmolLM2-135M, Adult grammar, CPU)",
        "",
        f"{row.get('started', '')}; {row['records']} structured records per run, batch {row['batch']}, "
        f"{row['threads']} torch threads, grammar of {row['rows']} Adult rows; load average "
        f"{row['load_average_start']} -> {row['load_average_end']}. CPU s of generation (model loading apart).",
        "",
        "| mode | generation CPU s | records per CPU s | sequences | forwards | forced tokens | new tokens "
        "| grammar CPU s | invalid | load |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for x in row["runs"]:
        lines.append(
            f"| {x['mode']} | {x['generate_cpu_seconds']} | {x['records_per_cpu_second']} | {x['num_sequences']} | "
            f"{x['num_forward_passes']} | {x['num_forced_tokens']} | {x['num_new_tokens']} | "
            f"{x['grammar_cpu_seconds']} | {x['num_invalid_records']} | {x['load_average']} |"
        )
    lines += ["", f"Median CPU s: generate {row['generate_cpu_seconds_median']}, jump-forward "
              f"{row['jump_forward_cpu_seconds_median']} (ratio {row['jump_forward_vs_generate']})."]
    return "\n".join(lines) + "\n\n```json\n" + json.dumps(row, indent=1) + "\n```\n"


def to_markdown(row: dict[str, Any]) -> str:
    lines = [
        "# Structured generation overhead per decoding step (SmolLM2-135M, Adult grammar, CPU)",
        "",
        f"{row.get('started', '')}; {row['new_tokens']} decoding steps per call, {row['repeats']} alternated "
        f"repeats per batch after a warm-up; load average {row['load_average_start']} -> {row['load_average_end']}; "
        f"grammar compile {row['grammar_compile_cpu_seconds']} CPU s. Before = transformers sampling + "
        "xgrammar's HF processor; after = InverseCdfSampler + GrammarLogitsProcessor.",
        "",
        "| batch | CPU s/step: unconstrained before / structured before | overhead before (pair median) "
        "| CPU s/step: unconstrained after / structured after | overhead after (pair median) "
        "| grammar CPU ms/step before / after | jump-forward: CPU s per token / vs unconstrained after (pair median) "
        "| load |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for batch, b in row["batches"].items():
        m, g = b["cpu_seconds_per_step_median"], b["grammar_cpu_ms_per_step_median"]
        lines.append(
            f"| {batch} | {m.get('unconstrained_hf')} / {m.get('structured_hf')} | {b.get('overhead_before')} "
            f"({b.get('overhead_before_pair_median')}) | {m.get('unconstrained')} / {m.get('structured')} | "
            f"{b.get('overhead_after')} ({b.get('overhead_after_pair_median')}) | {g.get('structured_hf')} / "
            f"{g.get('structured')} | {m.get('structured_jump_forward')} / {b.get('overhead_jump_forward')} "
            f"({b.get('overhead_jump_forward_pair_median')}) | {b['load_average']} |"
        )
    mo = row.get("mask_only")
    if mo:
        lines += [
            "",
            f"Grammar alone (no model), {mo['rows']} rows replaying real Adult records, {mo['steps']} steps: "
            f"filling every row's mask {mo['fill_ms_per_step_with_ranges']} CPU ms per step with the numeric "
            f"ranges in the grammar, {mo['fill_ms_per_step_without_ranges']} without; applying it to the "
            f"logits {mo['apply_ms_per_step']} ms.",
        ]
    return "\n".join(lines) + "\n\n```json\n" + json.dumps(row, indent=1) + "\n```\n"


if __name__ == "__main__":  # one fresh-process run for ``fresh_end_to_end``: prints a JSON line
    import argparse
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    parser = argparse.ArgumentParser()
    parser.add_argument("--fresh", choices=FRESH_MODES, required=True)
    parser.add_argument("--records", type=int, default=96)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    a = parser.parse_args()
    print(json.dumps(fresh_call(a.fresh, a.records, a.batch, a.rows, a.threads, a.seed)))
