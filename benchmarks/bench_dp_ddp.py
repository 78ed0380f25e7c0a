"""DP-SGD under torchrun vs one process: same epsilon, loss curve within the run-to-run noise, CPU s.

    .venv/bin/python benchmarks/bench_dp_ddp.py --rows 10000 --epsilon 4 --repeats 2

Trains the built-in model with ``privacy.dp_enabled`` on the first ``--rows`` rows of
../shared/data/adult_train.csv, ``--repeats`` times in one process and ``--repeats`` times under
``torchrun --nproc_per_node 2`` (gloo, CPU, one thread per process in both cases), each with its
own fresh secret seed. Per run: the privacy block (epsilon, sigma, q, steps), the mean training
loss per epoch of the sampled batches (the whole batch's loss, on every rank), the final loss on
2,000 rows of Adult's holdout (mean record loss in table order), wall seconds and CPU seconds
(user + system of the child processes, torchrun's launcher included). With ``--audit-seed`` one
more pair runs with the same known seed (privacy audits only), where the 2-process weights must
equal the 1-process weights up to float summation order. Results: ``benchmarks/results/<--tag>.json``
and ``.md`` (default ``dp_ddp``); runs with the loop split also give the CPU seconds of the training
loop and of everything before it (imports, DP statistics, codec), summed over the processes. The
machine is shared: compare CPU seconds, and read wall time with the load.
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

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results"
ADULT_INTEGERS = ("age", "fnlwgt", "education-num", "capital-gain", "capital-loss", "hours-per-week")
HOLDOUT_ROWS = 2000


def child(rows: int, epsilon: float, out: Path, audit_seed: int | None) -> None:
    """One training (run under torchrun or alone); rank 0 writes ``out/result.json``."""
    import numpy as np
    import pandas as pd
    import torch
    from safetensors.torch import load_file

    import safe_synthesizer.models.builtin.backend as backend
    from safe_synthesizer.config.parameters import SafeSynthesizerParameters
    from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
    from safe_synthesizer.models.builtin.backend import WEIGHTS_FILE, BuiltinBackend
    from safe_synthesizer.models.builtin.codec import TabularCodec
    from safe_synthesizer.models.builtin.distributed import DistributedContext
    from safe_synthesizer.models.builtin.model import ModelConfig, SlotModel
    from safe_synthesizer.models.builtin.trainer import evaluate
    from safe_synthesizer.privacy.training import DPStepFunction

    df = pd.read_csv(DATA / "adult_train.csv", nrows=rows)
    schema = TableSchema([ColumnSchema(c, ColumnType.INTEGER if c in ADULT_INTEGERS else ColumnType.CATEGORICAL)
                          for c in df.columns], n_rows=len(df))
    params = SafeSynthesizerParameters()
    params.training.num_threads = int(os.environ.get("WORLD_SIZE", "1"))  # one thread per process
    params.privacy.dp_enabled = True
    params.privacy.epsilon = epsilon
    losses: list[tuple[int, float]] = []  # (step, loss of the whole batch): the same on every rank
    call = DPStepFunction.__call__

    def spy(self, model, tokens, ranks, lr):
        loss = call(self, model, tokens, ranks, lr)
        losses.append((self.budget.steps_taken, loss))
        return loss

    DPStepFunction.__call__ = spy  # type: ignore[method-assign]
    train_model, cpu = backend.train_model, {}

    def timed(*a, **k):  # CPU seconds of the training loop alone (DP-SGD steps), per process
        start = time.process_time()
        outcome = train_model(*a, **k)
        cpu["loop"] = time.process_time() - start
        return outcome

    backend.train_model = timed
    context = DistributedContext.from_env()
    result = BuiltinBackend(audit_seed=audit_seed).train(df, schema, params, out)
    (out / f"cpu{context.rank}.json").write_text(json.dumps({"loop": cpu["loop"], "process": time.process_time()}))
    context.barrier()
    if not context.is_main:
        return
    per_rank = [json.loads((out / f"cpu{r}.json").read_text()) for r in range(context.world_size)]
    per_epoch = max(1, round(1 / result.privacy["sample_rate"]))
    curve = [float(np.nanmean([v for s, v in losses if (s - 1) // per_epoch == e]))
             for e in range(int(np.ceil(len(losses) / per_epoch)))]
    codec = TabularCodec.load(out)
    model = SlotModel(ModelConfig.load(out))
    model.load_state_dict(load_file(str(out / WEIGHTS_FILE)))
    holdout = pd.read_csv(DATA / "adult_holdout.csv", nrows=HOLDOUT_ROWS)
    holdout_loss = evaluate(model, torch.from_numpy(np.asarray(codec.encode(holdout), dtype=np.int64)))
    privacy = result.privacy
    summary = {k: privacy[k] for k in ("epsilon_total", "noise_multiplier", "sample_rate", "steps",
                                       "steps_planned", "expected_units_per_step")}
    (out / "result.json").write_text(json.dumps({
        "privacy": summary, "epoch_loss": curve, "holdout_loss": holdout_loss,
        "train_seconds": result.metrics["train_seconds"], "world_size": context.world_size,
        "loop_cpu_s": round(sum(c["loop"] for c in per_rank), 1),
        "before_loop_cpu_s": round(sum(c["process"] - c["loop"] for c in per_rank), 1)}))


def run(kind: str, rows: int, epsilon: float, out: Path, audit_seed: int | None) -> dict:
    """Train once in a child (``one``: a plain process; ``two``: torchrun with 2 processes)."""
    args = [str(Path(__file__).resolve()), "child", "--rows", str(rows), "--epsilon", str(epsilon),
            "--out", str(out)] + (["--audit-seed", str(audit_seed)] if audit_seed is not None else [])
    cmd = [sys.executable, *args] if kind == "one" else [
        sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2", *args]
    env = {k: v for k, v in os.environ.items() if k not in ("RANK", "WORLD_SIZE", "LOCAL_RANK")}
    env["OMP_NUM_THREADS"] = "1"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    load = os.getloadavg()[0]
    start = time.monotonic()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=3600)
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{kind} run failed:\n{done.stderr[-3000:]}")
    result = json.loads((out / "result.json").read_text())
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"kind": kind, "audit_seed": audit_seed is not None, "wall_s": round(wall, 1), "cpu_s": round(cpu, 1),
            "load_start": round(load, 1), "load_end": round(os.getloadavg()[0], 1), **result}


def weight_gap(a: Path, b: Path) -> float:
    """Largest weight difference between two runs, relative to the largest weight."""
    from safetensors.torch import load_file

    wa, wb = load_file(str(a / "model.safetensors")), load_file(str(b / "model.safetensors"))
    return max(float((wa[k] - wb[k]).abs().max()) for k in wa) / max(float(wa[k].abs().max()) for k in wa)


def report(rows: int, epsilon: float, runs: list[dict], gap: float | None) -> str:
    lines = [f"# DP-SGD under torchrun (2 processes, gloo, CPU) vs one process: Adult {rows:,} rows, "
             f"epsilon {epsilon}", "",
             "Fresh secret seed per run; one thread per process. CPU s = user + system of all processes "
             "(torchrun's launcher included). Loss = mean record loss of the sampled batches per epoch; "
             f"holdout = mean record loss on {HOLDOUT_ROWS:,} rows of adult_holdout.csv.", "",
             "| run | processes | epsilon | sigma | q | steps | CPU s | CPU s loop / before | wall s | load | "
             "holdout loss | epoch losses (first, middle, last) |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for i, r in enumerate(runs):
        p, c = r["privacy"], r["epoch_loss"]
        label = f"{i + 1}" + (" (audit seed)" if r["audit_seed"] else "")
        lines.append(
            f"| {label} | {r['world_size']} | {p['epsilon_total']:.6f} | {p['noise_multiplier']:.4f} | "
            f"{p['sample_rate']:.4f} | {p['steps']}/{p['steps_planned']} | {r['cpu_s']} | "
            f"{r.get('loop_cpu_s', '-')} / {r.get('before_loop_cpu_s', '-')} | {r['wall_s']} | "
            f"{r['load_start']}-{r['load_end']} | {r['holdout_loss']:.4f} | "
            f"{c[0]:.3f}, {c[len(c) // 2]:.3f}, {c[-1]:.3f} |")
    if gap is not None:
        lines += ["", f"Same audit seed, 1 vs 2 processes: largest weight difference {gap:.2e} of the largest "
                  "weight (float summation order only)."]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mode", nargs="?", default="bench", choices=["bench", "child"])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--epsilon", type=float, default=4.0)
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--audit-seed", type=int, default=None)
    parser.add_argument("--out", type=Path, default=Path("/tmp/bench_dp_ddp"))
    parser.add_argument("--tag", default="dp_ddp")
    args = parser.parse_args()
    if args.mode == "child":
        child(args.rows, args.epsilon, args.out, args.audit_seed)
        return
    runs = []
    for i in range(args.repeats):
        for kind in ("one", "two"):  # interleaved: both see the same load drift
            runs.append(run(kind, args.rows, args.epsilon, args.out / f"{kind}{i}", None))
            print(json.dumps(runs[-1]), flush=True)
    gap = None
    if args.audit_seed is not None:
        for kind in ("one", "two"):
            runs.append(run(kind, args.rows, args.epsilon, args.out / f"{kind}_audit", args.audit_seed))
            print(json.dumps(runs[-1]), flush=True)
        gap = weight_gap(args.out / "one_audit", args.out / "two_audit")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{args.tag}.json").write_text(json.dumps(
        {"rows": args.rows, "epsilon": args.epsilon, "runs": runs, "audit_weight_gap": gap}, indent=1))
    (RESULTS / f"{args.tag}.md").write_text(report(args.rows, args.epsilon, runs, gap))
    print(report(args.rows, args.epsilon, runs, gap))


if __name__ == "__main__":
    main()
