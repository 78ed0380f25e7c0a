"""Whole-pipeline benchmarks: the SDK stages on a resampled Adult file, before/after code, small-run artifacts."""

from __future__ import annotations

import json
import resource
import shutil
import time
from pathlib import Path

from scale_common import DATA, hwm_mb, resampled_adult, run_child, save_results


def child_run(path: Path, minutes: float, run_path: Path) -> dict:
    """Every pipeline stage through the SDK (what ``safe-synthesizer run`` calls), CPU s and the peak
    RSS so far after each stage."""
    import shutil

    from safe_synthesizer.run_directory import RunDirectory
    from safe_synthesizer.sdk import SafeSynthesizer

    shutil.rmtree(run_path, ignore_errors=True)
    config = {"data": {"random_state": 0}, "training": {"max_training_time": minutes}}
    synth = SafeSynthesizer(config, run_path=run_path, force=True).with_data_source(path)
    cpu, peak = {}, {}
    for stage in ("process_data", "train", "generate", "evaluate"):
        start = time.process_time()
        getattr(synth, stage)()
        cpu[stage] = round(time.process_time() - start, 1)
        peak[stage] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    run = RunDirectory(run_path)
    manifest = run.read_manifest()
    train_facts = manifest.get("stages", {}).get("train", {})
    return {"rows": manifest["input"]["rows"], "budget_minutes": minutes, "stage_cpu_seconds": cpu,
            "peak_rss_mb_after": peak, "stage_seconds": {k: round(v, 1) for k, v in run.timings().items()},
            "sqs": manifest.get("scores", {}).get("sqs"), "steps": train_facts.get("steps"),
            "stopped_by": train_facts.get("stopped_by")}


def run(args) -> dict:
    """The whole pipeline per row count; with ``--before-src`` the older code first, back to back
    (results under ``runio/``: the out-of-core input comparison)."""
    out = {}
    for rows in args.rows:
        path = Path(args.model_dir) / f"adult_resampled_{rows}.csv"
        if not path.exists():
            resampled_adult(rows).to_csv(path, index=False)
        labels = ["before", "after"] if args.before_src else [None]
        for label in labels:
            env = {"PYTHONPATH": args.before_src} if label == "before" else {}
            key = f"runio/{label}/{rows}/{args.budget}min" if label else f"run/{rows}/{args.budget}min"
            run_path = Path(args.model_dir) / (f"run{rows}" + (f"-{label}" if label else ""))
            record = run_child(["--child-run", str(path), str(args.budget), str(run_path)], env)
            record["file_mb"] = round(path.stat().st_size / 2**20)
            print(key, record, flush=True)
            out[key] = record
            save_results({key: record})
            shutil.rmtree(run_path, ignore_errors=True)  # 3M rows: about 1 GB of splits
    return out


def identical(args) -> dict:
    """The same small run (2,000 Adult rows, 1 epoch, fixed seed) with ``--before-src`` and with this
    code: every artifact's sha256 compared (builtin.json and evaluation_metrics.json without timings)."""
    import hashlib

    work = Path(args.model_dir) / "identical"
    work.mkdir(parents=True, exist_ok=True)
    source = work / "small.csv"
    source.write_text("".join(DATA.joinpath("adult_train.csv").open().readlines()[:2001]))
    hashes = {}
    for label in ("before", "after"):
        env = {"PYTHONPATH": args.before_src} if label == "before" else {}
        run_path = work / label
        run_child(["--child-small", str(source), str(run_path)], env)
        files = {}
        for path in sorted(run_path.rglob("*")):
            if path.is_file() and path.suffix in (".csv", ".json", ".safetensors", ".yaml") \
                    and path.name not in ("run_manifest.json", "manifest.json") and "log" not in path.name:
                if path.name in ("builtin.json", "evaluation_metrics.json"):  # without their timings
                    data = json.loads(path.read_text())
                    data.get("metrics", {}).pop("train_seconds", None)
                    data.pop("timings", None)
                    content = json.dumps(data, sort_keys=True).encode()
                else:
                    content = path.read_bytes()
                files[str(path.relative_to(run_path))] = hashlib.sha256(content).hexdigest()[:16]
        hashes[label] = files
        shutil.rmtree(run_path, ignore_errors=True)
    record = {"files": hashes["after"], "differ": sorted(k for k in set(hashes["before"]) | set(hashes["after"])
                                                        if hashes["before"].get(k) != hashes["after"].get(k))}
    print(record, flush=True)
    save_results({"identical/small": record})
    return record


def child_small(source: Path, run_path: Path) -> dict:
    from safe_synthesizer.sdk import SafeSynthesizer

    config = {"data": {"random_state": 0}, "training": {"epochs": 1, "model_size": "small", "num_threads": 1},
              "generation": {"num_records": 300}}
    synth = SafeSynthesizer(config, run_path=run_path, force=True).with_data_source(source)
    synth.process_data().train().generate().evaluate()
    return {"ok": True}


def child_evaluate(run_path: Path) -> dict:
    """The evaluate stage alone on a finished run (the code on ``sys.path``): CPU s and peak RSS."""
    from safe_synthesizer import pipeline
    from safe_synthesizer.config.io import parse_config
    from safe_synthesizer.run_directory import RunDirectory

    run = RunDirectory.open(run_path)
    manifest = run.read_manifest()
    params = parse_config(manifest["config"])
    base_rss = hwm_mb()
    cpu, started = time.process_time(), time.monotonic()
    outcome = pipeline.evaluate(run, params)
    return {"rows": manifest["input"]["rows"], "cpu_seconds_stage": round(time.process_time() - cpu, 1),
            "seconds": round(time.monotonic() - started, 1), "rss_before_mb": round(base_rss),
            "peak_rss_mb": round(hwm_mb()),
            "sqs": outcome.metrics.get("sqs")}


def evaluate_stage(args) -> dict:
    """``evaluate`` on the finished ``run`` benchmark's run folder, ``after`` then ``before`` (--before-src)."""
    out = {}
    for rows in args.rows:
        run_path = Path(args.model_dir) / f"run{rows}"
        for label in ["after"] + (["before"] if args.before_src else []):
            env = {"PYTHONPATH": args.before_src} if label == "before" else {}
            key = f"evaluate/{label}/{rows}"
            record = run_child(["--child-evaluate", str(run_path)], env)
            print(key, record, flush=True)
            out[key] = record
            save_results({key: record})
    return out
