"""Scale benchmark of the built-in model: generation and training time and peak memory vs rows/columns.

    .venv/bin/python benchmarks/bench_scale.py generate --rows 10000 100000 1000000 10000000
    .venv/bin/python benchmarks/bench_scale.py generate --rows 1000000 --formats parquet --processes 2
    .venv/bin/python benchmarks/bench_scale.py columns --rows 100000 --columns 5 15 30
    .venv/bin/python benchmarks/bench_scale.py train --rows 100000 1000000 --budget 10
    .venv/bin/python benchmarks/bench_scale.py prepare --rows 10000 100000 1000000 --before-src /tmp/old/src
    .venv/bin/python benchmarks/bench_scale.py prepare --rows 1000000 --before-src /tmp/b --prepare-key prepare-typing
    .venv/bin/python benchmarks/bench_scale.py pii --rows 100000 1000000
    .venv/bin/python benchmarks/bench_scale.py run --rows 100000 1000000 --budget 10
    .venv/bin/python benchmarks/bench_scale.py evaluate --rows 1000000 --before-src /tmp/old/src

``generate`` trains one model on ../shared/data/adult_train.csv (a short fixed budget, cached in
``--model-dir``) and then generates each row count in a fresh child process through
``generate_to_file`` (the pipeline's path): wall seconds, CPU seconds (user + system of the child
and its shard processes) and peak RSS (the largest of the child and its shards; a sharded run's
processes run side by side, so their sum is also given). ``columns`` does the same at one row
count for Adult cut or widened to k columns (each model trained on 26,049 rows). ``train`` builds
a table of N rows by resampling Adult's training split with noise (ages and hours +-2, fnlwgt
+-5 %, categories kept), trains with ``training.max_training_time = --budget`` minutes in a child
process, generates as many rows as the holdout and scores SQS on Adult's real holdout with a
bounded evaluation sample. ``prepare`` times each step from a raw table (cells as text) to its
training tokens: schema inference, typing, codec fit, encoding, pair search. ``pii`` runs the PII
stage on a table with four PII columns (100,000 Faker persons resampled to N rows) in memory as
before and chunk by chunk, back to back. ``run`` is the whole pipeline (``safe-synthesizer run``'s
SDK calls) on Adult resampled to N rows: CPU s and peak RSS after each stage. Results go to
``benchmarks/results/scale.json`` (merged per key) and
``scale.md``. The machine is shared: compare CPU seconds and ratios, not wall time alone.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results"
ADULT_INTEGERS = ("age", "fnlwgt", "education-num", "capital-gain", "capital-loss", "hours-per-week")


def _schema(df):
    from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema

    return TableSchema(
        [ColumnSchema(c, ColumnType.INTEGER if c.split("__")[0] in ADULT_INTEGERS else ColumnType.CATEGORICAL)
         for c in df.columns], n_rows=len(df))


def _adult(n_columns: int | None = None):
    import pandas as pd

    df = pd.read_csv(DATA / "adult_train.csv")
    if n_columns is None or n_columns == df.shape[1]:
        return df
    if n_columns < df.shape[1]:
        return df.iloc[:, :n_columns]
    # Wider: repeat columns from a shifted row order (new columns, related within each copy).
    parts, k = [df], 1
    while sum(p.shape[1] for p in parts) < n_columns:
        extra = df.sample(frac=1.0, random_state=k).reset_index(drop=True).add_suffix(f"__{k}")
        parts.append(extra)
        k += 1
    return pd.concat(parts, axis=1).iloc[:, :n_columns]


def _params(**training):
    from safe_synthesizer.config.parameters import SafeSynthesizerParameters

    params = SafeSynthesizerParameters()
    params.data.random_state = 0
    for key, value in training.items():
        setattr(params.training, key, value)
    return params


def _train_model(model_dir: Path, n_columns: int | None, minutes: float) -> None:
    from safe_synthesizer.models.builtin.backend import BuiltinBackend

    if (model_dir / "builtin.json").exists():
        return
    df = _adult(n_columns)
    BuiltinBackend().train(df, _schema(df), _params(max_training_time=minutes), model_dir)


def _hwm_mb() -> float:
    """This process's peak RSS (VmHWM): unlike ru_maxrss it starts afresh at exec, so a child does not
    report the peak of the parent that built its input table."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def child_generate(model_dir: Path, rows: int, fmt: str, processes: int, out: Path) -> dict:
    from safe_synthesizer.models.builtin.sharded import generate_to_file

    path = out.with_suffix(f".{fmt}")
    started = time.monotonic()
    outcome = generate_to_file(model_dir, _params(), num_records=rows, path=path, processes=processes)
    seconds = time.monotonic() - started
    own, shards = _peak_mb()
    size = path.stat().st_size
    path.unlink()
    return {"rows": outcome.n_rows, "seconds": round(seconds, 2), "peak_rss_mb": round(max(own, shards)),
            "parent_rss_mb": round(own), "shard_rss_mb": round(shards) if processes > 1 else None,
            "file_mb": round(size / 2**20, 1), "shard_rows": outcome.shard_rows}


def _run_child(args: list[str], env: dict[str, str] | None = None) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    result = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=False,
                            env={**os.environ, **(env or {})})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-3000:])
    record = json.loads(result.stdout.strip().splitlines()[-1])
    record["cpu_seconds"] = round((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), 1)
    record["wall_with_startup"] = round(time.monotonic() - started, 1)
    record["load_average"] = round(os.getloadavg()[0], 1)
    return record


def generate(args) -> dict:
    model_dir = Path(args.model_dir) / f"cols{args.columns_default}"
    _train_model(model_dir, None, args.model_minutes)
    rows_out = {}
    for fmt in args.formats:
        for processes in args.processes:
            for rows in args.rows:
                key = f"generate/{fmt}/p{processes}/{rows}"
                record = _run_child(["--child-generate", str(model_dir), str(rows), fmt, str(processes),
                                     str(Path(args.model_dir) / "out")])
                record["rows_per_second"] = round(rows / record["seconds"])
                record["cpu_us_per_row"] = round(1e6 * record["cpu_seconds"] / rows, 1)
                print(key, record, flush=True)
                rows_out[key] = record
                _save({key: record})
    return rows_out


def columns(args) -> dict:
    out = {}
    for k in args.columns:
        model_dir = Path(args.model_dir) / f"cols{k}"
        _train_model(model_dir, k, args.model_minutes)
        rows = args.rows[0]
        record = _run_child(["--child-generate", str(model_dir), str(rows), "csv", "1",
                             str(Path(args.model_dir) / "out")])
        record["columns"] = k
        record["rows_per_second"] = round(rows / record["seconds"])
        record["cpu_us_per_row"] = round(1e6 * record["cpu_seconds"] / rows, 1)
        key = f"columns/{k}/{rows}"
        print(key, record, flush=True)
        out[key] = record
        _save({key: record})
    return out


def resampled_adult(n: int, seed: int = 0):
    """``n`` rows drawn from Adult's training split with noise on the numeric columns."""
    import numpy as np

    df = _adult()
    rng = np.random.default_rng(seed)
    out = df.iloc[rng.integers(0, len(df), n)].reset_index(drop=True)
    out["age"] = (out["age"] + rng.integers(-2, 3, n)).clip(17, 90)
    out["hours-per-week"] = (out["hours-per-week"] + rng.integers(-2, 3, n)).clip(1, 99)
    out["fnlwgt"] = (out["fnlwgt"] * rng.uniform(0.95, 1.05, n)).round().astype("int64")
    return out


def child_train(rows: int, minutes: float, work: Path) -> dict:
    import pandas as pd

    from safe_synthesizer.evaluation import evaluate
    from safe_synthesizer.models.builtin.backend import BuiltinBackend

    train = resampled_adult(rows)
    holdout = pd.read_csv(DATA / "adult_holdout.csv")
    schema = _schema(train)
    model_dir = work / f"train{rows}"
    params = _params(max_training_time=minutes)
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
    from safe_synthesizer.data.inference import apply_schema
    from safe_synthesizer.models.builtin.codec import Protection, TabularCodec

    try:  # the code under test may predate the sampled schema or compact encoding (a "before" run)
        from safe_synthesizer.data.sampled_schema import infer_schema_sampled as infer
    except ImportError:
        from safe_synthesizer.data.private_schema import infer_run_schema as infer
    raw = resampled_adult(rows).astype(str)  # the cells as a CSV reader gives them
    params = _params()
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
            record = _run_child(["--child-prepare", str(rows)], env)
            print(key, record, flush=True)
            out[key] = record
            _save({key: record})
    return out


def train(args) -> dict:
    out = {}
    for rows in args.rows:
        key = f"train/{rows}/{args.budget}min"
        record = _run_child(["--child-train", str(rows), str(args.budget), str(args.model_dir)])
        print(key, record, flush=True)
        out[key] = record
        _save({key: record})
    return out


def _pii_table(rows: int, work: Path) -> Path:
    """Adult resampled to ``rows`` rows plus four PII columns drawn from 100,000 Faker persons, written
    as the data stage writes its splits (training.csv, test.csv with 2,000 rows, schema.json)."""
    folder = work / f"pii{rows}"
    if (folder / "schema.json").exists():
        return folder
    import numpy as np
    import pandas as pd
    from faker import Faker

    from safe_synthesizer.data.inference import apply_schema, infer_schema
    from safe_synthesizer.data.streaming import TableWriter

    fake = Faker("en_US")
    fake.seed_instance(0)
    n_people = 100_000
    people = pd.DataFrame({"customer_name": [fake.name() for _ in range(n_people)],
                           "email": [fake.email() for _ in range(n_people)],
                           "phone": [fake.phone_number() for _ in range(n_people)],
                           "ssn": [fake.ssn() for _ in range(n_people)]})
    table = resampled_adult(rows)
    picks = np.random.default_rng(1).integers(0, n_people, rows)
    table = pd.concat([table, people.iloc[picks].reset_index(drop=True)], axis=1).astype(str)
    schema = infer_schema(table.sample(n=min(rows, 100_000), random_state=0))
    folder.mkdir(parents=True, exist_ok=True)
    typed = apply_schema(table, schema)
    for name, part in (("training.csv", typed.iloc[2000:]), ("test.csv", typed.iloc[:2000])):
        with TableWriter(folder / name, schema) as out:
            for start in range(0, len(part), 100_000):
                out.write(part.iloc[start:start + 100_000])
    schema.save(folder / "schema.json")
    return folder


def child_pii(folder: Path, mode: str) -> dict:
    """The PII stage on the splits in ``folder``: ``memory`` (the former in-memory stage: both splits
    read whole, concatenated, replaced, written) or ``chunked`` (``replace_pii_files``)."""
    import pandas as pd

    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import apply_schema
    from safe_synthesizer.data.readers import read_table
    from safe_synthesizer.data.schema import TableSchema
    from safe_synthesizer.data.writers import csv_safe
    from safe_synthesizer.pii import replace_pii
    from safe_synthesizer.pii.replace import replace_pii_files

    schema = TableSchema.load(folder / "schema.json")
    params = ReplacePiiParameters(free_text_ner=False)
    sources = [folder / "training.csv", folder / "test.csv"]
    targets = [folder / f"out_{mode}_training.csv", folder / f"out_{mode}_test.csv"]
    base_rss = _hwm_mb()
    cpu, started = time.process_time(), time.monotonic()
    if mode == "memory":
        parts = [apply_schema(read_table(p), schema) for p in sources]
        result = replace_pii(pd.concat(parts, ignore_index=True), schema, params, seed=0)
        report = result.report
        csv_safe(result.data.iloc[: len(parts[0])]).to_csv(targets[0], index=False)
        csv_safe(result.data.iloc[len(parts[0]):]).to_csv(targets[1], index=False)
    else:
        report = replace_pii_files(sources, targets, schema, params, seed=0)
    out = {"mode": mode, "rows": report.n_rows, "cpu_seconds_stage": round(time.process_time() - cpu, 1),
           "seconds": round(time.monotonic() - started, 1), "rss_before_mb": round(base_rss),
           "peak_rss_mb": round(_hwm_mb()),
           "columns_replaced": sorted(c.column for c in report.columns if c.n_values_replaced)}
    for target in targets:
        target.unlink()
    return out


def pii(args) -> dict:
    out = {}
    for rows in args.rows:
        folder = _pii_table(rows, Path(args.model_dir))
        for mode in ("memory", "chunked"):
            key = f"pii/{mode}/{rows}"
            record = _run_child(["--child-pii", str(folder), mode])
            print(key, record, flush=True)
            out[key] = record
            _save({key: record})
    return out


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
            record = _run_child(["--child-run", str(path), str(args.budget), str(run_path)], env)
            record["file_mb"] = round(path.stat().st_size / 2**20)
            print(key, record, flush=True)
            out[key] = record
            _save({key: record})
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
        _run_child(["--child-small", str(source), str(run_path)], env)
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
    _save({"identical/small": record})
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
    base_rss = _hwm_mb()
    cpu, started = time.process_time(), time.monotonic()
    outcome = pipeline.evaluate(run, params)
    return {"rows": manifest["input"]["rows"], "cpu_seconds_stage": round(time.process_time() - cpu, 1),
            "seconds": round(time.monotonic() - started, 1), "rss_before_mb": round(base_rss),
            "peak_rss_mb": round(_hwm_mb()),
            "sqs": outcome.metrics.get("sqs")}


def evaluate_stage(args) -> dict:
    """``evaluate`` on the finished ``run`` benchmark's run folder, ``after`` then ``before`` (--before-src)."""
    out = {}
    for rows in args.rows:
        run_path = Path(args.model_dir) / f"run{rows}"
        for label in ["after"] + (["before"] if args.before_src else []):
            env = {"PYTHONPATH": args.before_src} if label == "before" else {}
            key = f"evaluate/{label}/{rows}"
            record = _run_child(["--child-evaluate", str(run_path)], env)
            print(key, record, flush=True)
            out[key] = record
            _save({key: record})
    return out


def _save(new: dict) -> None:
    path = RESULTS / "scale.json"
    data = json.loads(path.read_text()) if path.exists() else {}
    data.update(new)
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    (RESULTS / "scale.md").write_text(render(data))


def render(data: dict) -> str:
    lines = ["# Scale benchmark (benchmarks/bench_scale.py)", "",
             "Machine: 2 shared cores (load average in the table), 24 GB RAM, no GPU. CPU s is user + system "
             "time of the generating process(es); compare it and the ratios, wall time depends on the load.", ""]
    gen = {k: v for k, v in data.items() if k.startswith("generate/")}
    if gen:
        lines += ["## Generation (Adult model, 15 columns)", "",
                  "| format | processes | rows | wall s | rows/s | CPU s | CPU µs/row | peak RSS MB | file MB | load |",
                  "|---|---|---|---|---|---|---|---|---|---|"]
        for key in sorted(gen, key=lambda k: (k.split("/")[1], k.split("/")[2], int(k.split("/")[3]))):
            _, fmt, procs, rows = key.split("/")
            r = gen[key]
            lines.append(f"| {fmt} | {procs[1:]} | {int(rows):,} | {r['seconds']} | {r['rows_per_second']:,} | "
                         f"{r['cpu_seconds']} | {r['cpu_us_per_row']} | {r['peak_rss_mb']} | {r['file_mb']} | "
                         f"{r['load_average']} |")
        lines.append("")
    cols = {k: v for k, v in data.items() if k.startswith("columns/")}
    if cols:
        lines += ["## Generation vs columns (CSV, one process)", "",
                  "| columns | rows | wall s | rows/s | CPU µs/row | peak RSS MB | load |",
                  "|---|---|---|---|---|---|---|"]
        for key in sorted(cols, key=lambda k: int(k.split("/")[1])):
            r = cols[key]
            lines.append(f"| {r['columns']} | {r['rows']:,} | {r['seconds']} | {r['rows_per_second']:,} | "
                         f"{r['cpu_us_per_row']} | {r['peak_rss_mb']} | {r['load_average']} |")
        lines.append("")
    prep = {k: v for k, v in data.items() if k.startswith("prepare/")}
    if prep:
        lines += ["## From raw table to training tokens (Adult resampled with noise, cells as text)", "",
                  "Schema inference, typing (apply_schema), codec fit, encoding and the deterministic-pair "
                  "search, CPU s of each in one child process; `before` is the code before the vectorised "
                  "codec (commit 23a1797), run back to back with `after`.", "",
                  "| rows | code | schema | apply | fit | encode | pairs | total CPU s | CPU µs/row | "
                  "bytes/token | peak RSS MB | load |",
                  "|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for key in sorted(prep, key=lambda k: (int(k.split("/")[2]), k.split("/")[1] != "before")):
            r, c = prep[key], prep[key]["steps_cpu_seconds"]
            lines.append(f"| {r['rows']:,} | {key.split('/')[1]} | {c['schema']} | {c['apply_schema']} | {c['fit']} | "
                         f"{c['encode']} | {c['pairs']} | {r['total_cpu_seconds']} | {r['cpu_us_per_row']} | "
                         f"{r['token_bytes_per_cell']} | {r['peak_rss_mb']} | {r['load_average']} |")
        lines.append("")
    typing = {k: v for k, v in data.items() if k.startswith("prepare-typing/")}
    if typing:
        lines += ["### Typing fast path (apply_schema, data.fast_typing)", "",
                  "`prepare --before-src` with the code before the pyarrow fast path (commit 146a337) as "
                  "`before`, back to back in one session.", "",
                  "| rows | code | schema | apply | fit | encode | pairs | total CPU s | peak RSS MB | load |",
                  "|---|---|---|---|---|---|---|---|---|---|"]
        for key in sorted(typing, key=lambda k: (int(k.split("/")[2]), k.split("/")[1] != "before")):
            r, c = typing[key], typing[key]["steps_cpu_seconds"]
            lines.append(f"| {r['rows']:,} | {key.split('/')[1]} | {c['schema']} | {c['apply_schema']} | {c['fit']} | "
                         f"{c['encode']} | {c['pairs']} | {r['total_cpu_seconds']} | {r['peak_rss_mb']} | "
                         f"{r['load_average']} |")
        lines.append("")
    tr = {k: v for k, v in data.items() if k.startswith("train/")}
    if tr:
        lines += ["## Training (Adult resampled with noise; SQS on Adult's real holdout)", "",
                  "| rows | budget min | train s | CPU s | epochs | steps | records seen | stopped by | "
                  "peak RSS MB (training / with evaluation) | SQS | load |",
                  "|---|---|---|---|---|---|---|---|---|---|---|"]
        for key in sorted(tr, key=lambda k: int(k.split("/")[1])):
            r = tr[key]
            lines.append(f"| {r['rows']:,} | {r['budget_minutes']} | {r['train_seconds']} | {r['cpu_seconds']} | "
                         f"{r['epochs']} | {r['steps']} | {r['records_seen']:,} | {r['stopped_by']} | "
                         f"{r['peak_rss_mb_training']} / {r['peak_rss_mb']} | {r['sqs']} | {r['load_average']} |")
        lines.append("")
    piis = {k: v for k, v in data.items() if k.startswith("pii/")}
    if piis:
        lines += ["## PII stage (Adult resampled + 4 PII columns from 100,000 persons)", "",
                  "`memory` is the former stage (both splits read whole, concatenated, replaced, written); "
                  "`chunked` is `replace_pii_files` (100,000-row chunks, plan on a 100,000-row sample). One "
                  "child process each, back to back; CPU s of the stage itself, peak RSS of the process "
                  "(the imports alone: `RSS before`).", "",
                  "| rows | mode | stage CPU s | CPU µs/row | wall s | RSS before MB | peak RSS MB | load |",
                  "|---|---|---|---|---|---|---|---|"]
        for key in sorted(piis, key=lambda k: (int(k.split("/")[2]), k.split("/")[1] != "memory")):
            r = piis[key]
            lines.append(f"| {r['rows']:,} | {r['mode']} | {r['cpu_seconds_stage']} | "
                         f"{round(1e6 * r['cpu_seconds_stage'] / r['rows'], 1)} | {r['seconds']} | "
                         f"{r['rss_before_mb']} | {r['peak_rss_mb']} | {r['load_average']} |")
        lines.append("")
    runs = {k: v for k, v in data.items() if k.startswith("run/")}
    if runs:
        lines += ["## Whole pipeline (SDK stages of `safe-synthesizer run`; Adult resampled with noise)", "",
                  "CPU s per stage (process_data = read, schema, preflight, split and PII), the peak RSS "
                  "reached by the end of each stage, SQS on the run's own holdout.", "",
                  "| rows | budget min | process_data CPU s (µs/row) | train CPU s | generate CPU s | "
                  "evaluate CPU s | peak RSS MB after data / train / generate / evaluate | train wall s | "
                  "steps | stopped by | SQS | load |",
                  "|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for key in sorted(runs, key=lambda k: int(k.split("/")[1])):
            r = runs[key]
            c, p, w = r["stage_cpu_seconds"], r["peak_rss_mb_after"], r["stage_seconds"]
            lines.append(f"| {r['rows']:,} | {r['budget_minutes']} | {c['process_data']} "
                         f"({round(1e6 * c['process_data'] / r['rows'], 1)}) | {c['train']} | {c['generate']} | "
                         f"{c['evaluate']} | {p['process_data']} / {p['train']} / {p['generate']} / {p['evaluate']} | "
                         f"{w.get('train')} | {r['steps']} | {r['stopped_by']} | {r['sqs']} | {r['load_average']} |")
        lines.append("")
    lines += _render_out_of_core(data)
    evals = {k: v for k, v in data.items() if k.startswith("evaluate/")}
    if evals:
        lines += ["## Evaluate stage alone (the `run` benchmark's run folder)", "",
                  "`before`: the training split read whole; `after`: over 64 MB it is read as a uniform "
                  "100,000-row sample by streaming. One child process each, back to back.", "",
                  "| rows | code | stage CPU s | wall s | RSS before MB | peak RSS MB | SQS | load |",
                  "|---|---|---|---|---|---|---|---|"]
        for key in sorted(evals, key=lambda k: (int(k.split("/")[2]), k.split("/")[1] != "before")):
            r = evals[key]
            lines.append(f"| {r['rows']:,} | {key.split('/')[1]} | {r['cpu_seconds_stage']} | {r['seconds']} | "
                         f"{r['rss_before_mb']} | {r['peak_rss_mb']} | {r['sqs']} | {r['load_average']} |")
        lines.append("")
    return "\n".join(lines)


def _render_out_of_core(data: dict) -> list[str]:
    runs = {k: v for k, v in data.items() if k.startswith("runio/")}
    lines: list[str] = []
    if runs:
        lines += ["## Out-of-core input (whole pipeline, before/after; Adult resampled with noise)", "",
                  "`before`: the table read whole by `inspect_data` and the training split read whole; `after`: "
                  "a file over 64 MB is inspected and split by streaming (data.out_of_core) and trained from its "
                  "file (data.training_file: codec on a 200,000-row sample, tokens memory-mapped). One child "
                  "process each, back to back; peak RSS (ru_maxrss) reached by the end of each stage.", "",
                  "| rows | file MB | code | process_data CPU s (µs/row) | train CPU s | generate CPU s | "
                  "evaluate CPU s | peak RSS MB after data / train / generate / evaluate | steps | SQS | load |",
                  "|---|---|---|---|---|---|---|---|---|---|---|"]
        for key in sorted(runs, key=lambda k: (int(k.split("/")[2]), k.split("/")[1] != "before")):
            r = runs[key]
            c, p = r["stage_cpu_seconds"], r["peak_rss_mb_after"]
            lines.append(f"| {r['rows']:,} | {r.get('file_mb')} | {key.split('/')[1]} | {c['process_data']} "
                         f"({round(1e6 * c['process_data'] / r['rows'], 1)}) | {c['train']} | {c['generate']} | "
                         f"{c['evaluate']} | {p['process_data']} / {p['train']} / {p['generate']} / {p['evaluate']} | "
                         f"{r['steps']} | {r['sqs']} | {r['load_average']} |")
        lines.append("")
    same = data.get("identical/small")
    if same:
        lines += ["## Small table: the same artifacts before and after", "",
                  "2,000 Adult rows, 1 epoch, `data.random_state: 0`, run with the code before the out-of-core "
                  f"change and after: {len(same['files'])} artifacts compared by sha256 (builtin.json and "
                  "evaluation_metrics.json without their timings); differing: "
                  f"{', '.join(same['differ']) or 'none'}.", ""]
    return lines


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child-generate":
        model_dir, rows, fmt, processes, out = sys.argv[2:7]
        print(json.dumps(child_generate(Path(model_dir), int(rows), fmt, int(processes), Path(out))))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--child-prepare":
        print(json.dumps(child_prepare(int(sys.argv[2]))))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--child-evaluate":
        print(json.dumps(child_evaluate(Path(sys.argv[2]))))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--child-pii":
        print(json.dumps(child_pii(Path(sys.argv[2]), sys.argv[3])))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--child-run":
        path, minutes, run_path = sys.argv[2:5]
        print(json.dumps(child_run(Path(path), float(minutes), Path(run_path))))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--child-small":
        print(json.dumps(child_small(Path(sys.argv[2]), Path(sys.argv[3]))))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--child-train":
        rows, minutes, work = sys.argv[2:5]
        print(json.dumps(child_train(int(rows), float(minutes), Path(work))))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["generate", "columns", "train", "prepare", "pii", "run", "evaluate",
                                                 "identical"])
    parser.add_argument("--rows", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--formats", nargs="+", default=["csv"], choices=["csv", "parquet"])
    parser.add_argument("--processes", type=int, nargs="+", default=[1])
    parser.add_argument("--columns", type=int, nargs="+", default=[5, 15, 30])
    parser.add_argument("--budget", type=float, default=10.0, help="training budget, minutes")
    parser.add_argument("--model-minutes", type=float, default=2.0, help="training budget of the generation models")
    parser.add_argument("--model-dir", default="/tmp/bench_scale")
    parser.add_argument("--prepare-key", default="prepare", choices=["prepare", "prepare-typing"],
                        help="prepare: results key (prepare-typing: the apply_schema fast-path pair)")
    parser.add_argument("--before-src", default=None,
                        help="prepare: a src/ folder of older code to run back to back (git archive <commit> src)")
    args = parser.parse_args()
    args.columns_default = 15
    Path(args.model_dir).mkdir(parents=True, exist_ok=True)
    modes = {"generate": generate, "columns": columns, "train": train, "prepare": prepare, "pii": pii, "run": run,
             "evaluate": evaluate_stage, "identical": identical}
    modes[args.what](args)


if __name__ == "__main__":
    main()
