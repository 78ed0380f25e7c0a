"""Pipeline benchmark: one command, every bundled dataset, a JSON + Markdown table.

    .venv/bin/python benchmarks/run.py                    # all datasets
    .venv/bin/python benchmarks/run.py --datasets adult   # one

Each dataset runs in its own process (peak RSS is per dataset). Adult uses the fixed split of
../shared/data (adult_train.csv / adult_holdout.csv); other datasets use the pipeline's holdout.
Timings on a shared 2-core machine are noisy: compare ratios from one run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results"

DATASETS: dict[str, dict] = {
    "adult": {"train": "adult_train.csv", "holdout": "adult_holdout.csv", "records": None},
    "womens_clothing_reviews": {"train": "womens_clothing_reviews.csv", "holdout": None, "records": 5000},
    "california_housing": {"train": "california_housing.csv", "holdout": None, "records": None},
}


def run_one(name: str, extra: list[str]) -> dict:
    """Train, generate and evaluate one dataset in this process."""
    import pandas as pd

    from safe_synthesizer import SafeSynthesizer
    from safe_synthesizer.config.io import apply_overrides
    from safe_synthesizer.data.readers import read_table
    from safe_synthesizer.data.schema import TableSchema
    from safe_synthesizer.data.typed_frame import apply_schema
    from safe_synthesizer.evaluation import evaluate
    from safe_synthesizer.run_directory import TRANSFORMED_CSV, TRANSFORMED_TEST_CSV

    spec = DATASETS[name]
    fixed_holdout = spec["holdout"] is not None
    source = DATA / spec["train"]
    n_train_rows = len(pd.read_csv(source))
    synth = SafeSynthesizer(artifact_path=Path(tempfile.mkdtemp(prefix="ss-bench-")), config_name="bench")
    overrides = {"data__random_state": 0, "evaluation__enabled": False,
                 "generation__num_records": spec["records"] or n_train_rows}
    if fixed_holdout:
        overrides["data__holdout"] = 0
    for item in extra:
        key, _, value = item.partition("=")
        overrides[key] = value
    synth._params = apply_overrides(synth.params, overrides, source="benchmark")
    synth.with_data_source(source).run()
    run = synth._run
    timings = run.timings()
    manifest = run.read_manifest()
    schema = TableSchema.load(run.schema_json)
    training = apply_schema(read_table(run.dataset_file(TRANSFORMED_CSV)), schema)
    synthetic = synth.results.synthetic_data
    if fixed_holdout:
        holdout = apply_schema(read_table(DATA / spec["holdout"]), schema)
    else:
        holdout = apply_schema(read_table(run.dataset_file(TRANSFORMED_TEST_CSV)), schema)
    start = time.perf_counter()
    metrics = evaluate(training, synthetic, holdout, schema=schema, seed=0).to_dict()
    eval_seconds = time.perf_counter() - start
    generate = manifest["stages"]["generate"]
    return {
        "dataset": name,
        "train_rows": len(training),
        "columns": training.shape[1],
        "synthetic_rows": len(synthetic),
        "train_seconds": timings.get("train"),
        "generate_seconds": timings.get("generate"),
        "rows_per_second": round(len(synthetic) / max(timings.get("generate", 1e-9), 1e-9)),
        "invalid_records": generate.get("num_invalid_records", 0),
        "evaluate_seconds": round(eval_seconds, 2),
        "pii_seconds": timings.get("replace_pii"),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "metrics": metrics,
    }


def fmt(value: object) -> str:
    return "-" if value is None else f"{value:.2f}" if isinstance(value, float) else str(value)


def _score(metrics: dict, *path: str):
    node = metrics
    for key in path:
        if not isinstance(node, dict) or key not in node:
            return None
        node = node[key]
    return node


def to_markdown(rows: list[dict]) -> str:
    header = ("| dataset | rows x cols | train s | generate s | rows/s | invalid | eval s | peak RSS MB "
              "| SQS | DPS | exact match (synth / holdout) | DCR share |")
    lines = [header, "|" + "---|" * 12]
    for r in rows:
        m = r.get("metrics", {})
        exact = m.get("exact_match")
        exact_text = "-" if not isinstance(exact, dict) else (
            f"{exact.get('synthetic_rate', float('nan')):.4f} / {exact.get('baseline_rate', float('nan')):.4f}")
        dcr = _score(m, "distance_to_closest_record", "share_closer_to_training")
        lines.append(
            f"| {r['dataset']} | {r['train_rows']} x {r['columns']} | {fmt(r['train_seconds'])} "
            f"| {fmt(r['generate_seconds'])} | {r['rows_per_second']} | {r['invalid_records']} "
            f"| {fmt(r['evaluate_seconds'])} | {r['peak_rss_mb']} "
            f"| {fmt(_score(m, 'synthetic_data_quality_score', 'score'))} "
            f"| {fmt(_score(m, 'data_privacy_score', 'score'))} "
            f"| {exact_text} | {fmt(dcr)} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--datasets", nargs="*", default=list(DATASETS), choices=list(DATASETS))
    parser.add_argument("--set", nargs="*", default=[], metavar="section__field=VALUE",
                        help="config overrides for every dataset, e.g. privacy__dp_enabled=true")
    parser.add_argument("--tag", default="pipeline", help="results file name stem")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        Path(args.out).write_text(json.dumps(run_one(args.one, args.set), default=str), encoding="utf-8")
        return
    rows = []
    for name in args.datasets:
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
            out = handle.name
        command = [sys.executable, __file__, "--one", name, "--out", out, "--set", *args.set]
        print(f"[benchmark] {name} ...", flush=True)
        subprocess.run(command, check=True, env={**os.environ, "HF_HUB_OFFLINE": "1"})
        rows.append(json.loads(Path(out).read_text(encoding="utf-8")))
        os.unlink(out)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{args.tag}.json").write_text(json.dumps(rows, indent=2, default=str), encoding="utf-8")
    (RESULTS / f"{args.tag}.md").write_text(to_markdown(rows), encoding="utf-8")
    print(to_markdown(rows))


if __name__ == "__main__":
    main()
