"""Peak memory of the LLM path (SmolLM2-135M, CPU), each measurement in a fresh process.

Peak RSS only grows within a process, so every case runs in its own (``--case``) and the
driver alternates them. Cases:

- ``train_full_logits`` / ``train_chunked``: ``--steps`` LoRA steps on Adult examples of 10
  records (the benchmark's default packing, batch 1 x 2 accumulated), through ``per_example_loss``:
  the model's own forward with full-sequence logits (``models.llm.chunked_loss`` switched off), or
  the chunked loss (the default);
- ``generate_<MB>``: ``--records`` structured Adult records (untrained model in bfloat16, the
  ``bench_llm`` grammar, batch 64, up to 10 records per sequence, jump-forward) with a memory
  budget of ``<MB>`` (``generate_0``: no budget, the batch as before ``models.llm.memory``).

Writes ``results/llm_memory.json`` and ``.md``. Example (~6 CPU minutes)::

    .venv/bin/python benchmarks/llm_memory.py --steps 4 --records 96
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # before torch: idle OpenMP threads must not spin

RESULTS = Path(__file__).parent / "results"


def _rss_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _rss_now_mb() -> int:
    with open("/proc/self/statm") as f:
        return round(int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20)


def train_case(chunked: bool, steps: int, threads: int) -> dict[str, Any]:
    import torch

    from bench_builtin import _load
    from safe_synthesizer.config.parameters import SafeSynthesizerParameters
    from safe_synthesizer.models.llm import chunked_loss, loading
    from safe_synthesizer.models.llm.examples import build_examples
    from safe_synthesizer.models.llm.trainer import LoraSettings, attach_lora, collate, per_example_loss

    torch.set_num_threads(threads)
    if not chunked:
        chunked_loss.PLAIN_HEAD_FAMILIES = frozenset()  # every model takes the full-logits fallback
    t = SafeSynthesizerParameters().training
    source = loading.resolve_model(loading.SMOLLM2_PRESET)
    tokenizer = loading.load_tokenizer(source)
    model = loading.load_model(source)
    lora = LoraSettings(t.lora_r, t.lora_alpha_over_r, t.lora_dropout, tuple(t.lora_target_modules))
    model = attach_lora(model, lora)
    model.train()
    loaded = _rss_mb()
    train, _holdout, schema = _load("adult")
    examples = build_examples(train.head(1000).reset_index(drop=True), schema, tokenizer, max_length=2048,
                              context=8192, records_per_example=10, seed=0)
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    began, losses, tokens, per_step = time.process_time(), [], 0, []
    for i in range(steps * 2):  # batch 1, 2 accumulated per step
        ids, labels, mask = collate([examples[i]], pad)
        loss = per_example_loss(model, ids, labels, mask)
        (loss.sum() / 2).backward()
        losses.append(round(float(loss.detach()), 5))
        tokens += int(mask.sum())
        if i % 2:
            model.zero_grad(set_to_none=True)
            per_step.append((_rss_now_mb(), _rss_mb()))
    return {"rss_now_and_peak_per_step_mb": per_step,
            "case": "train_chunked" if chunked else "train_full_logits", "steps": steps, "tokens": tokens,
            "cpu_seconds": round(time.process_time() - began, 1), "losses": losses,
            "rss_after_load_mb": loaded, "peak_rss_mb": _rss_mb()}


def generate_case(budget_mb: int, records: int, threads: int) -> dict[str, Any]:
    from bench_builtin import _load
    from llm_overhead import load_untrained
    from safe_synthesizer.models.llm.examples import prompt_ids, record_lengths
    from safe_synthesizer.models.llm.generation import GenerationCounters, SamplingSettings, sample_batches
    from safe_synthesizer.models.llm.grammar import build_record_spec

    model, tokenizer = load_untrained(threads)
    loaded = _rss_mb()
    train, _holdout, schema = _load("adult")
    train = train.head(1000).reset_index(drop=True)
    spec = build_record_spec(train, schema)
    lengths = record_lengths(tokenizer, train, schema)
    settings = SamplingSettings(
        temperature=0.9, top_p=1.0, repetition_penalty=1.0, batch_size=64, records_per_sequence=10,
        max_new_tokens=2000, structured=True, patience=3, invalid_fraction_threshold=0.5,
        enforce_numeric_range=True, seed=0, memory_budget_bytes=(budget_mb << 20) if budget_mb else 1 << 50,
        record_tokens=int(lengths["max"]),
    )
    counters = GenerationCounters()
    frames = list(sample_batches(model, tokenizer, prompt_ids(tokenizer, spec.names), spec, settings, records,
                                 counters))
    return {"case": f"generate_{budget_mb}", "records": sum(len(f) for f in frames), **counters.to_dict(),
            "rss_after_load_mb": loaded, "peak_rss_mb": _rss_mb()}


def run_case(case: str, args: argparse.Namespace) -> dict[str, Any]:
    if case.startswith("train_"):
        return train_case(case == "train_chunked", args.steps, args.threads)
    return generate_case(int(case.split("_", 1)[1]), args.records, args.threads)


def drive(args: argparse.Namespace) -> dict[str, Any]:
    out: dict[str, Any] = {"started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()),
                           "threads": args.threads, "steps": args.steps, "records": args.records, "runs": []}
    for case in args.cases.split(","):
        load = round(os.getloadavg()[0], 1)
        cmd = [sys.executable, __file__, "--case", case, "--steps", str(args.steps), "--records",
               str(args.records), "--threads", str(args.threads)]
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout, check=True)
        run = json.loads(done.stdout.strip().splitlines()[-1])
        run["load_average"] = f"{load}-{round(os.getloadavg()[0], 1)}"
        out["runs"].append(run)
        print(json.dumps(run), flush=True)
    return out


def to_markdown(row: dict[str, Any]) -> str:
    lines = [
        "# LLM path peak memory (SmolLM2-135M, CPU), one fresh process per case",
        "",
        f"{row['started']}; {row['threads']} torch thread(s). Peak RSS is the whole process (model included).",
        "",
        "| case | peak RSS MB | RSS after model load MB | CPU s | detail | load |",
        "|---|---|---|---|---|---|",
    ]
    for r in row["runs"]:
        if r["case"].startswith("train_"):
            detail = f"{r['steps']} steps, {r['tokens']} tokens, losses {r['losses'][0]}..{r['losses'][-1]}"
            cpu = r["cpu_seconds"]
        else:
            detail = (f"{r['records']} records, max batch rows {r['max_batch_rows']}, {r['num_sequences']} sequences, "
                      f"{r['num_forward_passes']} forwards")
            cpu = r["generate_cpu_seconds"]
        lines.append(f"| {r['case']} | {r['peak_rss_mb']} | {r['rss_after_load_mb']} | {cpu} | {detail} | "
                     f"{r['load_average']} |")
    return "\n".join(lines) + "\n\n```json\n" + json.dumps(row, indent=1) + "\n```\n"


def main() -> None:
    sys.path.insert(0, str(Path(__file__).parent))
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--case", help="run one case in this process and print its JSON line")
    parser.add_argument("--cases", default="train_full_logits,train_chunked,generate_0,generate_512")
    parser.add_argument("--steps", type=int, default=4)
    parser.add_argument("--records", type=int, default=96)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=900)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(run_case(args.case, args)))
        return
    from safe_synthesizer.utils.atomic import atomic_write_json, atomic_write_text

    row = drive(args)
    tag = os.environ.get("BENCH_LLM_TAG", "")
    name = f"llm_memory{'_' + tag if tag else ''}"
    atomic_write_json(RESULTS / f"{name}.json", row)
    atomic_write_text(RESULTS / f"{name}.md", to_markdown(row))
    print(to_markdown(row))


if __name__ == "__main__":
    main()
