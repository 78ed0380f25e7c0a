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
    .venv/bin/python benchmarks/bench_scale.py steps --rows 1000000 --steps 200 --seeds 0 1 2 --before-src /tmp/b/src
    .venv/bin/python benchmarks/bench_scale.py evalnoise --run-folder /tmp/bench_scale/steps1000000-after-0

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
SDK calls) on Adult resampled to N rows: CPU s and peak RSS after each stage. ``steps`` and
``evalnoise`` (scale_quality) compare the out-of-core path's quality at a fixed step budget and
measure the evaluation's reference-draw noise. Results go to
``benchmarks/results/scale.json`` (merged per key) and
``scale.md``. The machine is shared: compare CPU seconds and ratios, not wall time alone.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from scale_generate import child_generate, columns, generate
from scale_pii import child_pii, pii
from scale_pipeline import child_evaluate, child_run, child_small, evaluate_stage, identical, run
from scale_quality import child_evalnoise, child_score, child_steps, evalnoise, steps
from scale_train import child_prepare, child_train, prepare, train


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
    if len(sys.argv) > 1 and sys.argv[1] == "--child-steps":
        path, n_steps, seed, records, run_path, codec_rows = sys.argv[2:8]
        print(json.dumps(child_steps(Path(path), int(n_steps), int(seed), int(records), Path(run_path),
                                     int(codec_rows))))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--child-score":
        print(json.dumps(child_score(Path(sys.argv[2]))))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--child-evalnoise":
        print(json.dumps(child_evalnoise(Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--child-train":
        rows, minutes, work = sys.argv[2:5]
        print(json.dumps(child_train(int(rows), float(minutes), Path(work))))
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["generate", "columns", "train", "prepare", "pii", "run", "evaluate",
                                         "identical", "steps", "evalnoise"])
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
    parser.add_argument("--steps", type=int, default=200, help="steps: optimiser steps of every run")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2], help="steps: data.random_state values")
    parser.add_argument("--records", type=int, default=5000, help="steps: synthetic records a run; evalnoise: scored")
    parser.add_argument("--after-src", default=None, help="steps: a src/ folder for 'after' (default: this tree)")
    parser.add_argument("--score-src", default=None, help="steps: src/ folder of the common SQS (default: this tree)")
    parser.add_argument("--keep-runs", action="store_true", help="steps: keep the run folders")
    parser.add_argument("--run-folder", default=None, help="evalnoise: a finished run folder")
    parser.add_argument("--sample-seeds", type=int, default=6, help="evalnoise: streamed samples of the split")
    parser.add_argument("--eval-seeds", type=int, default=3, help="evalnoise: evaluation seeds on the whole split")
    args = parser.parse_args()
    args.columns_default = 15
    Path(args.model_dir).mkdir(parents=True, exist_ok=True)
    modes = {"generate": generate, "columns": columns, "train": train, "prepare": prepare, "pii": pii, "run": run,
             "evaluate": evaluate_stage, "identical": identical, "steps": steps, "evalnoise": evalnoise}
    modes[args.what](args)


if __name__ == "__main__":
    main()
