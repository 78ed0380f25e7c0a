"""DP hyperparameters on Adult side by side: one pipeline run per variant, CPU seconds and scores.

    .venv/bin/python benchmarks/bench_privacy_tuning.py --epsilon 1 --tag dp_tuning_eps1 \\
        --variant base= --variant share25=privacy__preprocessing_epsilon_share=0.25 \\
        --variant b4096=training__batch_size=4096,training__epochs=20 --jobs 2

Each variant is ``name=key=value,key=value`` (``benchmarks/run.py`` overrides; empty for the
defaults) and runs ``run.py``'s Adult run (fixed split, 26,049 training rows, scored on the 6,512
holdout rows) in its own process with one torch thread, ``--jobs`` at a time. Reported per run:
process CPU seconds of the whole run (train + generate + evaluate) and of training alone, the
solved DP-SGD plan (sigma, steps, expected batch, DP-SGD epsilon) and the SQS parts.

``--pin-seed S`` replaces the DP run's fresh OS-entropy seed by ``S`` in the benchmark process
only (common random numbers for paired comparisons of variants). It voids the guarantee of those
runs, which is why the product never offers it; without it every run is one independent draw.
Writes ``benchmarks/results/<tag>.json`` and ``.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT / "benchmarks"))


def run_variant(overrides: list[str], pin_seed: int | None) -> dict:
    """One Adult pipeline run in this process; returns run.py's row plus plan and CPU seconds.

    An override ``patch:module:NAME=value`` sets a module constant instead of a config field
    (rules under trial that have no config field yet).
    """
    import ast
    import importlib

    import safe_synthesizer.privacy.codec_statistics as planning

    for item in [o for o in overrides if o.startswith("patch:")]:
        target, _, value = item[len("patch:") :].partition("=")
        module, _, name = target.partition(":")
        setattr(importlib.import_module(module), name, ast.literal_eval(value))
    overrides = [o for o in overrides if not o.startswith("patch:")]

    captured: dict = {}
    plan_budget = planning.plan_budget  # what plan_run_budget calls, for every backend

    def recording_plan_budget(**kwargs):
        plan = plan_budget(**kwargs)
        captured.update(
            sigma=plan.noise_multiplier,
            steps=plan.steps,
            expected_batch=plan.expected_units_per_step,
            sgd_epsilon=plan.sgd_epsilon,
            preprocessing_epsilon=plan.preprocessing_epsilon,
            max_grad_norm=plan.max_grad_norm,
            composition="joint" if plan.joint else "basic",
            preprocessing_mu=plan.preprocessing_mu,
        )
        return plan

    planning.plan_budget = recording_plan_budget
    if pin_seed is not None:
        import safe_synthesizer.data.private_schema as private_schema
        import safe_synthesizer.models.builtin.backend as backend

        backend.fresh_seed = lambda: pin_seed  # benchmark-only: see the module docstring
        private_schema.fresh_seed = lambda: pin_seed

    # Share of units clipped per DP-SGD step (a diagnostic for privacy.per_sample_max_grad_norm:
    # near 1 the bound only scales the update, which AdamW undoes; low, the noise drowns more).
    from safe_synthesizer.privacy.dp_sgd import DPStep

    clipped: list[float] = []
    dp_step = DPStep.step

    def recording_step(self, per_row_loss, unit_index):
        stats = dp_step(self, per_row_loss, unit_index)
        if stats.num_units:
            clipped.append(stats.clipped_share)
        return stats

    DPStep.step = recording_step

    import run as pipeline_run
    from safe_synthesizer.models.builtin import backend as builtin_backend

    train_cpu: list[float] = []
    train_model = builtin_backend.train_model

    def timed_train_model(*args, **kwargs):
        start = time.process_time()
        try:
            return train_model(*args, **kwargs)
        finally:
            train_cpu.append(time.process_time() - start)

    builtin_backend.train_model = timed_train_model
    start = time.process_time()
    row = pipeline_run.run_one("adult", overrides)
    row["cpu_seconds"] = round(time.process_time() - start, 1)
    row["train_cpu_seconds"] = round(sum(train_cpu), 1) if train_cpu else None
    row["plan"] = captured
    if clipped:
        tenth = max(1, len(clipped) // 10)
        row["clipped_share"] = {
            "first_tenth": round(sum(clipped[:tenth]) / tenth, 3),
            "last_tenth": round(sum(clipped[-tenth:]) / tenth, 3),
            "mean": round(sum(clipped) / len(clipped), 3),
        }
    return row


def _launch(name: str, overrides: list[str], pin_seed: int | None) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix=f"ss-tune-{name}-"))
    out = tmp / "row.json"
    command = [sys.executable, __file__, "--one", str(out), "--set", *overrides]
    if pin_seed is not None:
        command += ["--pin-seed", str(pin_seed)]
    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "TMPDIR": str(tmp),
        # A private ledger per run: benchmark runs are not releases of the user's data.
        "SAFE_SYNTHESIZER_LEDGER": str(tmp / "ledger.json"),
        "OMP_NUM_THREADS": "1",
        "OMP_WAIT_POLICY": "PASSIVE",
    }
    started = time.perf_counter()
    log = (RESULTS.parent / f".tune-{name}.log").open("w", encoding="utf-8")
    try:
        subprocess.run(command, check=True, env=env, stdout=log, stderr=subprocess.STDOUT)
        row = json.loads(out.read_text(encoding="utf-8"))
    finally:
        log.close()
        shutil.rmtree(tmp, ignore_errors=True)
    row["variant"], row["overrides"], row["seed"] = name, overrides, pin_seed
    row["wall_seconds"] = round(time.perf_counter() - started, 1)
    row["load_after"] = round(os.getloadavg()[0], 1)
    print(f"[tuning] {name}: SQS {_sqs(row)['score']:.2f}  cpu {row['cpu_seconds']} s", flush=True)
    return row


def _sqs(row: dict) -> dict:
    return row.get("metrics", {}).get("synthetic_data_quality_score", {})


_BASE_PREFIXES = ("privacy__dp_enabled=", "privacy__epsilon=", "training__num_threads=")


def _epsilon(row: dict) -> float:
    found = [float(o.split("=", 1)[1]) for o in row["overrides"] if o.startswith("privacy__epsilon=")]
    return found[0] if found else float("nan")


def _own_overrides(row: dict) -> str:
    """The variant's overrides without the settings every run of the bench has."""
    return " ".join(o for o in row["overrides"] if not o.startswith(_BASE_PREFIXES)) or "defaults"


def _clipped(row: dict) -> str:
    share = row.get("clipped_share")
    return f"{share['first_tenth']:.2f}/{share['last_tenth']:.2f}" if share else "-"


def to_markdown(rows: list[dict], epsilon: float) -> str:
    lines = [
        f"Adult, total epsilon {epsilon}, one run per variant (DP noise from fresh entropy unless pinned).",
        "",
        "| variant | overrides | composition | sigma | steps | batch | SGD eps | SQS | column shape | pair trends "
        "| deep structure | DPS | DCR share | clipped start/end | seed | train CPU s | run CPU s | load |",
        "|" + "---|" * 18,
    ]
    for r in rows:
        s, p = _sqs(r), r.get("plan", {})
        dcr = r["metrics"].get("distance_to_closest_record", {}).get("share_closer_to_training")
        dps = r["metrics"].get("data_privacy_score", {}).get("score")
        lines.append(
            f"| {r['variant']} | {_own_overrides(r)} | {p.get('composition', 'basic')} "
            f"| {p.get('sigma', 0):.2f} "
            f"| {p.get('steps', '-')} | {p.get('expected_batch', 0):.0f} | {p.get('sgd_epsilon', 0):.3f} "
            f"| {s['score']:.2f} | {s['column_distribution_stability']:.2f} "
            f"| {s['column_correlation_stability']:.2f} | {s['deep_structure_stability']:.2f} "
            f"| {dps:.2f} | {dcr:.3f} | {_clipped(r)} | {r.get('seed') or 'fresh'} "
            f"| {r['train_cpu_seconds']} | {r['cpu_seconds']} | {r['load_after']} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--epsilon", type=float, default=1.0)
    parser.add_argument("--variant", action="append", default=[], metavar="NAME=K=V,K=V")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--pin-seed", type=int, default=None)
    parser.add_argument("--tag", default="dp_tuning")
    parser.add_argument(
        "--collect", nargs="+", metavar="TAG", help="write --tag's table from these earlier results instead of running"
    )
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--set", nargs="*", default=[], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        row = run_variant(args.set, args.pin_seed)
        Path(args.one).write_text(json.dumps(row, default=str), encoding="utf-8")
        return
    if args.collect:  # runs made by separate invocations (one per seed), in one table per epsilon
        rows = [row for tag in args.collect for row in json.loads((RESULTS / f"{tag}.json").read_text("utf-8"))]
        (RESULTS / f"{args.tag}.json").write_text(json.dumps(rows, indent=2, default=str), encoding="utf-8")
        by_epsilon: dict[float, list[dict]] = {}
        for row in rows:
            by_epsilon.setdefault(_epsilon(row), []).append(row)
        text = "\n".join(to_markdown(group, eps) for eps, group in sorted(by_epsilon.items()))
        (RESULTS / f"{args.tag}.md").write_text(text, encoding="utf-8")
        print(text)
        return
    base = ["privacy__dp_enabled=true", f"privacy__epsilon={args.epsilon}", "training__num_threads=1"]
    variants = []
    for spec in args.variant or ["defaults="]:
        name, _, rest = spec.partition("=")
        variants.append((name, base + [item for item in rest.split(",") if item]))
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        rows = list(pool.map(lambda v: _launch(v[0], v[1], args.pin_seed), variants))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{args.tag}.json").write_text(json.dumps(rows, indent=2, default=str), encoding="utf-8")
    (RESULTS / f"{args.tag}.md").write_text(to_markdown(rows, args.epsilon), encoding="utf-8")
    print(to_markdown(rows, args.epsilon))


if __name__ == "__main__":
    main()
