"""Differential-privacy benchmark: accounting agreement, DP-SGD step cost, privacy-utility table.

    .venv/bin/python benchmarks/bench_privacy.py                    # everything on adult
    .venv/bin/python benchmarks/bench_privacy.py --parts accounting step
    .venv/bin/python benchmarks/bench_privacy.py --epsilons 8 3 1 --tag privacy
    .venv/bin/python benchmarks/bench_privacy.py --parts utility --dataset pbcseq --epsilons 6 1 --tag privacy_pbcseq

Parts:
- ``accounting``: our epsilon vs Opacus's accountants (fed step by step) for several
  (sigma, q, steps, delta), and the calibrated sigmas of REFERENCE.md section 7.
- ``step``: seconds per optimisation step of the built-in model on adult (batch 512): plain
  AdamW vs DP-SGD with the ghost engine and with Opacus per-sample gradients.
- ``utility``: the built-in model (``BuiltinBackend``, the product's path) trained on
  adult_train (or pbcseq, protected per patient) without DP and with DP at each epsilon (delta
  auto), then generated and evaluated on the holdout: train seconds, SQS, DPS, epsilon spent.

Writes ``benchmarks/results/<tag>.json`` and ``.md``. Timings on a shared 2-core box are noisy.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT / "benchmarks"))


def accounting() -> dict:
    from opacus.accountants import PRVAccountant, RDPAccountant

    from safe_synthesizer.privacy.accounting import calibrate_noise_multiplier, compute_epsilon

    rows = []
    for sigma, q, steps, delta in [(1.0, 0.01, 1000, 1e-5), (0.7, 0.02, 600, 3e-6), (1.1, 0.005, 2500, 1e-6)]:
        for name, cls in (("rdp", RDPAccountant), ("prv", PRVAccountant)):
            acc = cls()
            for _ in range(steps):
                acc.step(noise_multiplier=sigma, sample_rate=q)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                theirs = acc.get_epsilon(delta=delta)
            ours = compute_epsilon(sigma, q, steps, delta, accountant=name)
            rows.append(
                {
                    "sigma": sigma,
                    "q": q,
                    "steps": steps,
                    "delta": delta,
                    "accountant": name,
                    "ours": round(ours, 4),
                    "opacus": round(theirs, 4),
                    "rel_diff": round(abs(ours - theirs) / theirs, 6),
                }
            )
    calib = []
    for name in ("rdp", "prv"):
        for target in (1.0, 3.0, 8.0):
            start = time.perf_counter()
            sigma = calibrate_noise_multiplier(target, 1e-5, 0.01, 1000, accountant=name)
            calib.append(
                {
                    "accountant": name,
                    "target": target,
                    "sigma": round(sigma, 4),
                    "epsilon": round(compute_epsilon(sigma, 0.01, 1000, 1e-5, name), 4),
                    "seconds": round(time.perf_counter() - start, 2),
                }
            )
    return {"agreement": rows, "calibration": calib}


def _adult():
    from bench_builtin import _load

    return _load("adult")


def step_cost(repeats: int = 15) -> dict:
    import numpy as np
    import torch

    from safe_synthesizer.models.builtin.codec.codec import TabularCodec
    from safe_synthesizer.models.builtin.model import ModelConfig, SlotModel
    from safe_synthesizer.models.builtin.trainer import AdamWStep, random_ranks
    from safe_synthesizer.privacy.dp_sgd import DPStep

    train, _, schema = _adult()
    codec = TabularCodec.fit(train, schema, seed=0)
    tokens = torch.from_numpy(codec.encode(train))
    rng = np.random.default_rng(0)
    out = {"batch": 512, "threads": torch.get_num_threads()}
    for label in ("plain", "dp_ghost", "dp_opacus"):
        torch.manual_seed(0)
        model = SlotModel(ModelConfig.for_slots(codec.slots, "medium"))
        model.train()
        if label == "plain":
            plain = AdamWStep(model, 1e-4)

            def run(rows, ranks, model=model, plain=plain):
                plain(model, tokens[rows], ranks, 1e-3)
        else:
            opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
            dp = DPStep(
                model,
                opt,
                noise_multiplier=1.0,
                max_grad_norm=1.0,
                expected_units_per_step=512.0,
                mode="ghost" if label == "dp_ghost" else "opacus",
            )

            def run(rows, ranks, model=model, dp=dp):
                dp.step(model.record_loss(tokens[rows], ranks), torch.from_numpy(rows))

        times = []
        for i in range(repeats + 2):
            rows = np.sort(rng.choice(len(tokens), 512, replace=False))
            ranks = random_ranks(model, len(rows), 0.5, rng)
            start = time.perf_counter()
            run(rows, ranks)
            if i >= 2:
                times.append(time.perf_counter() - start)
        out[f"{label}_seconds_per_step"] = round(float(np.median(times)), 4)
        out["parameters"] = sum(p.numel() for p in model.parameters())
    out["ratio_ghost"] = round(out["dp_ghost_seconds_per_step"] / out["plain_seconds_per_step"], 2)
    out["ratio_opacus"] = round(out["dp_opacus_seconds_per_step"] / out["plain_seconds_per_step"], 2)
    return out


def _pbcseq():
    """pbcseq visits with a patient-grouped 20% holdout and the inferred schema."""
    import pandas as pd

    from safe_synthesizer.data.holdout import split_holdout
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.data.typed_frame import apply_schema

    df = pd.read_csv(DATA / "pbcseq_visits.csv")
    schema = infer_schema(df, group_by="id")
    df = apply_schema(df, schema)
    train, holdout, _ = split_holdout(df, holdout=0.2, max_holdout=10**9, seed=0, group_by="id")
    return train.reset_index(drop=True), holdout.reset_index(drop=True), schema


def utility(
    epsilons: list[float],
    baseline: bool = True,
    share: float | None = None,
    training: dict | None = None,
    dataset: str = "adult",
) -> list[dict]:
    """Train, generate and evaluate through ``BuiltinBackend`` (the product's path), without DP
    and at each epsilon; pbcseq is protected per patient (``group_training_examples_by="id"``)."""
    from bench_builtin import dcr_share, marginal_tv
    from safe_synthesizer.config.parameters import SafeSynthesizerParameters
    from safe_synthesizer.data.typed_frame import apply_schema
    from safe_synthesizer.evaluation import evaluate
    from safe_synthesizer.models.builtin.backend import BuiltinBackend

    train, holdout, schema = _adult() if dataset == "adult" else _pbcseq()
    rows = []
    for epsilon in [None, *epsilons] if baseline else epsilons:
        params = SafeSynthesizerParameters()
        params.data.random_state = 0
        if dataset == "pbcseq":
            params.data.group_training_examples_by = "id"
        if epsilon is not None:
            params.privacy.dp_enabled = True
            params.privacy.epsilon = epsilon
            for key, value in (training or {}).items():
                if value is not None:
                    setattr(params.training, key, value)
        if share is not None:
            params.privacy.preprocessing_epsilon_share = share
        model_dir = Path(tempfile.mkdtemp(prefix="bench-privacy-"))
        backend = BuiltinBackend()
        print(f"[bench_privacy] {dataset}: training epsilon={epsilon} ...", flush=True)
        start = time.perf_counter()
        result = backend.train(train, schema, params, model_dir)
        row = {
            "dataset": dataset,
            "epsilon": "none" if epsilon is None else epsilon,
            "train_seconds": round(time.perf_counter() - start, 2),
            "steps": result.metrics["steps"],
        }
        if result.privacy is not None:
            priv = result.privacy
            row |= {
                "unit": priv["unit"],
                "epsilon_spent": round(priv["epsilon_total"], 4),
                "delta": priv["delta"],
                "noise_multiplier": round(priv["noise_multiplier"], 4),
                "sample_rate": round(priv["sample_rate"], 5),
                "preprocessing_epsilon": round(sum(i["epsilon"] for i in priv["items"] if i["name"] != "dp_sgd"), 4),
            }
        synthetic = backend.generate(model_dir, params, num_records=len(train)).data
        scores = evaluate(
            apply_schema(train, schema),
            apply_schema(synthetic, schema),
            apply_schema(holdout, schema),
            schema=schema,
            seed=0,
        )
        row["sqs"] = round(scores.sqs, 2)
        row["dps"] = round(scores.dps, 2)
        row["dcr_share"] = round(dcr_share(train, holdout, synthetic, schema), 4)
        row["marginal_tv_mean"] = round(sum(marginal_tv(train, synthetic, schema).values()) / len(schema.columns), 4)
        rows.append(row)
        print(f"[bench_privacy] {row}", flush=True)
    return rows


def to_markdown(res: dict) -> str:
    lines = []
    if "accounting" in res:
        lines += [
            "## Accounting agreement with Opacus",
            "",
            "| sigma | q | steps | delta | accountant | ours | Opacus | rel. diff |",
            "|---|---|---|---|---|---|---|---|",
        ]
        lines += [
            f"| {r['sigma']} | {r['q']} | {r['steps']} | {r['delta']} | {r['accountant']} | {r['ours']} "
            f"| {r['opacus']} | {r['rel_diff']} |"
            for r in res["accounting"]["agreement"]
        ]
        lines += ["", "| accountant | target epsilon | sigma | epsilon at sigma | seconds |", "|---|---|---|---|---|"]
        lines += [
            f"| {r['accountant']} | {r['target']} | {r['sigma']} | {r['epsilon']} | {r['seconds']} |"
            for r in res["accounting"]["calibration"]
        ]
        lines.append("")
    if "step" in res:
        s = res["step"]
        lines += [
            "## Seconds per step (adult, batch 512, medium model)",
            "",
            "| plain AdamW | DP ghost | DP Opacus per-sample | ghost / plain | Opacus / plain |",
            "|---|---|---|---|---|",
            f"| {s['plain_seconds_per_step']} | {s['dp_ghost_seconds_per_step']} | {s['dp_opacus_seconds_per_step']} "
            f"| {s['ratio_ghost']} | {s['ratio_opacus']} |",
            "",
        ]
    if "utility" in res:
        lines += [
            "## Privacy-utility (delta auto)",
            "",
            "| dataset | epsilon | unit | spent | sigma | steps | train s | SQS | DPS | DCR share | marginal TV |",
            "|---|---|---|---|---|---|---|---|---|---|---|",
        ]
        lines += [
            f"| {r['dataset']} | {r['epsilon']} | {r.get('unit', '-')} | {r.get('epsilon_spent', '-')} "
            f"| {r.get('noise_multiplier', '-')} | {r['steps']} "
            f"| {r['train_seconds']} | {r['sqs']} | {r['dps']} | {r['dcr_share']} | {r['marginal_tv_mean']} |"
            for r in res["utility"]
        ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--parts", nargs="*", default=["accounting", "step", "utility"], choices=["accounting", "step", "utility"]
    )
    parser.add_argument("--epsilons", nargs="*", type=float, default=[8.0, 3.0, 1.0])
    parser.add_argument("--tag", default="privacy")
    parser.add_argument("--no-baseline", action="store_true", help="skip the non-DP run")
    parser.add_argument("--dataset", default="adult", choices=["adult", "pbcseq"], help="pbcseq: DP per patient")
    parser.add_argument("--share", type=float, help="privacy.preprocessing_epsilon_share override")
    parser.add_argument("--dp-batch", type=int, help="expected units per DP step (default: auto)")
    parser.add_argument("--dp-epochs", type=float, help="DP epochs (default: auto)")
    parser.add_argument("--dp-lr", type=float, help="DP learning rate (default: auto)")
    parser.add_argument("--dp-order-share", type=float, help="share of random column orders under DP (default: auto)")
    args = parser.parse_args()
    res: dict = {}
    if "accounting" in args.parts:
        res["accounting"] = accounting()
    if "step" in args.parts:
        res["step"] = step_cost()
    if "utility" in args.parts:
        training = {
            "batch_size": args.dp_batch,
            "epochs": args.dp_epochs,
            "learning_rate": args.dp_lr,
            "random_order_share": args.dp_order_share,
        }
        res["utility"] = utility(args.epsilons, not args.no_baseline, args.share, training, args.dataset)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{args.tag}.json").write_text(json.dumps(res, indent=2, default=str) + "\n", encoding="utf-8")
    (RESULTS / f"{args.tag}.md").write_text(to_markdown(res), encoding="utf-8")
    print(to_markdown(res))


if __name__ == "__main__":
    main()
