"""Training benchmarks: a resampled Adult table trained in a time budget, and the steps from raw cells to tokens."""

from __future__ import annotations

import json
import resource
import time
from pathlib import Path

from scale_common import DATA, adult_schema, bench_params, resampled_adult, run_child, save_results


def child_train(rows: int, minutes: float, work: Path) -> dict:
    import pandas as pd

    from safe_synthesizer.evaluation import evaluate
    from safe_synthesizer.models.builtin.backend import BuiltinBackend

    train = resampled_adult(rows)
    holdout = pd.read_csv(DATA / "adult_holdout.csv")
    schema = adult_schema(train)
    model_dir = work / f"train{rows}"
    params = bench_params(max_training_time=minutes)
    started = time.monotonic()
    result = BuiltinBackend().train(train, schema, params, model_dir)
    train_seconds = time.monotonic() - started
    rss_train = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    synthetic = BuiltinBackend().generate(model_dir, params, num_records=len(holdout)).data
    sample = train.sample(n=min(len(train), 50_000), random_state=0)  # the evaluation's stated sample
    scores = evaluate(sample, synthetic, holdout, schema=schema, params=params.evaluation)
    m = result.metrics
    return {"rows": rows, "budget_minutes": minutes, "train_seconds": round(train_seconds, 1),
            "epochs": m["epochs"], "steps": m["steps"], "stopped_by": m["stopped_by"],
            "records_seen": m["steps"] * json.loads((model_dir / "builtin.json").read_text())["settings"]["batch_size"],
            "best_validation_loss": m["best_validation_loss"], "peak_rss_mb_training": round(rss_train),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            "sqs": scores.sqs, "evaluation_sample_rows": len(sample)}


def child_prepare(rows: int) -> dict:
    """CPU s of each step between a raw table and its training tokens (the code on ``sys.path``)."""
    from safe_synthesizer.data.typed_frame import apply_schema
    from safe_synthesizer.models.builtin.codec import Protection, TabularCodec

    try:  # the code under test may predate the sampled schema or compact encoding (a "before" run)
        from safe_synthesizer.data.sampled_schema import infer_schema_sampled as infer
    except ImportError:
        from safe_synthesizer.data.private_schema import infer_run_schema as infer
    raw = resampled_adult(rows).astype(str)  # the cells as a CSV reader gives them
    params = bench_params()
    cpu: dict[str, float] = {}

    def timed(name, fn):
        start = time.process_time()
        out = fn()
        cpu[name] = round(time.process_time() - start, 2)
        return out

    schema = timed("schema", lambda: infer(raw, params))
    data = timed("apply_schema", lambda: apply_schema(raw, schema))
    codec = timed("fit", lambda: TabularCodec.fit(data, schema, protection=Protection(), seed=0))
    encode = getattr(codec, "encode_compact", codec.encode)
    tokens = timed("encode", lambda: encode(data))
    timed("pairs", lambda: codec.find_pairs(tokens))
    total = sum(cpu.values())
    return {"rows": rows, "steps_cpu_seconds": cpu, "total_cpu_seconds": round(total, 2),
            "cpu_us_per_row": round(total / rows * 1e6, 2), "token_bytes_per_cell": tokens.dtype.itemsize,
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def prepare(args) -> dict:
    out = {}
    for rows in args.rows:
        for label in ["after"] + (["before"] if args.before_src else []):
            env = {"PYTHONPATH": args.before_src} if label == "before" else {}
            key = f"{args.prepare_key}/{label}/{rows}"
            record = run_child(["--child-prepare", str(rows)], env)
            print(key, record, flush=True)
            out[key] = record
            save_results({key: record})
    return out


def train(args) -> dict:
    out = {}
    for rows in args.rows:
        key = f"train/{rows}/{args.budget}min"
        record = run_child(["--child-train", str(rows), str(args.budget), str(args.model_dir)])
        print(key, record, flush=True)
        out[key] = record
        save_results({key: record})
    return out
