"""Differential-privacy benchmark: accounting agreement, DP-SGD step cost, privacy-utility table.

    .venv/bin/python benchmarks/bench_privacy.py                    # everything on adult
    .venv/bin/python benchmarks/bench_privacy.py --parts accounting step
    .venv/bin/python benchmarks/bench_privacy.py --epsilons 8 3 1 --tag privacy

Parts:
- ``accounting``: our epsilon vs Opacus's accountants (fed step by step) for several
  (sigma, q, steps, delta), and the calibrated sigmas of REFERENCE.md section 7.
- ``step``: seconds per optimisation step of the built-in model on adult (batch 512): plain
  AdamW vs DP-SGD with the ghost engine and with Opacus per-sample gradients.
- ``utility``: the built-in model trained on adult_train without DP (the product's path) and
  with DP at each epsilon (delta auto, record level), then generated and evaluated on the
  holdout: train seconds, SQS, DPS, epsilon actually spent. The DP path is wired here by hand
  from the privacy package exactly as the trainer integration is meant to do it.

Writes ``benchmarks/results/<tag>.json`` and ``.md``. Timings on a shared 2-core box are noisy.
"""

from __future__ import annotations

import argparse
import json
import math
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


def train_dp(
    train, schema, params, model_dir: Path, epsilon: float, codec_stats: str = "dp", dp: dict | None = None
) -> dict:
    """The DP training path: DP codec statistics, Poisson units, DP-SGD, no loss-based selection."""
    import torch
    from safetensors.torch import save_file

    from safe_synthesizer.models.builtin.backend import MANIFEST_FILE, WEIGHTS_FILE
    from safe_synthesizer.models.builtin.codec import Protection, TabularCodec
    from safe_synthesizer.models.builtin.defaults import resolve_training_defaults
    from safe_synthesizer.models.builtin.model import ModelConfig, SlotModel
    from safe_synthesizer.models.builtin.trainer import TrainSettings, train_model
    from safe_synthesizer.privacy import DPCodecStatistics, PrivacyBudget, plan_budget, privacy_units
    from safe_synthesizer.privacy.training import DPStepFunction, PoissonBatches
    from safe_synthesizer.utils.atomic import atomic_write_json

    seed = 0
    started = time.perf_counter()
    t, p = params.training, params.privacy
    defaults = resolve_training_defaults(params, len(train))
    dp = dp or {}
    batch = int(dp.get("batch") or defaults.batch_size)
    epochs = float(dp.get("epochs") or defaults.epochs)
    lr = float(dp.get("lr") or defaults.learning_rate)
    order_share = defaults.random_order_share if dp.get("order_share") is None else float(dp["order_share"])
    units = privacy_units(train, params.data.group_training_examples_by)
    plan = plan_budget(
        epsilon=epsilon,
        delta=p.delta,
        n_units=units.n_units,
        unit=units.label,
        expected_units_per_step=batch,
        epochs=epochs,
        preprocessing_epsilon_share=p.preprocessing_epsilon_share,
        max_grad_norm=p.per_sample_max_grad_norm,
    )
    budget = PrivacyBudget(plan)
    stats = DPCodecStatistics(
        budget, n_releases=DPCodecStatistics.releases_for(c.type for c in schema.columns), seed=seed
    )
    protection = Protection(t.value_protection, t.rare_category_threshold, t.numeric_protection_quantile)
    # codec_stats="exact" is a diagnostic only (its statistics are NOT private): it separates the
    # quality cost of DP preprocessing from that of DP-SGD.
    codec = TabularCodec.fit(
        train, schema, protection=protection, stats=stats if codec_stats == "dp" else None, seed=seed
    )
    tokens = codec.encode(train)
    config = ModelConfig.for_slots(codec.slots, defaults.model_size)
    torch.manual_seed(seed)
    model = SlotModel(config)
    settings = TrainSettings(
        learning_rate=lr,
        batch_size=batch,
        max_epochs=math.ceil(epochs) + 1,
        patience=10**6,
        any_order_share=order_share,
        seed=seed,
    )
    batches = PoissonBatches(units.ids, plan, seed=seed, budget=budget)
    step = DPStepFunction(model, batches, plan, budget=budget, weight_decay=settings.weight_decay, seed=seed)
    # The trainer keeps its best-loss weights; a DP run must release the last ones (choosing by the
    # loss of private rows is outside the accounting), so snapshot them at every epoch's end.
    final: dict = {}

    def keep_final(_epoch: int) -> None:
        final.update({k: v.detach().clone() for k, v in model.state_dict().items()})

    outcome = train_model(
        model, tokens, None, settings, model_dir / "checkpoint", batches=batches, step=step, on_epoch=keep_final
    )
    model.load_state_dict(final)
    codec.save(model_dir)
    config.save(model_dir)
    save_file({k: v.contiguous() for k, v in model.state_dict().items()}, str(model_dir / WEIGHTS_FILE))
    summary = budget.summary()
    atomic_write_json(
        model_dir / MANIFEST_FILE, {"seed": seed, "metrics": {"train_rows": len(train)}, "privacy": summary}
    )
    return {
        "train_seconds": round(time.perf_counter() - started, 2),
        "steps": outcome.steps,
        "final_train_loss": outcome.train_loss,
        "privacy": summary,
    }


def utility(
    epsilons: list[float],
    baseline: bool = True,
    codec_stats: str = "dp",
    share: float | None = None,
    dp: dict | None = None,
) -> list[dict]:
    from bench_builtin import dcr_share, marginal_tv
    from safe_synthesizer.config.parameters import SafeSynthesizerParameters
    from safe_synthesizer.data.inference import apply_schema
    from safe_synthesizer.evaluation import evaluate
    from safe_synthesizer.models.builtin.backend import BuiltinBackend

    train, holdout, schema = _adult()
    rows = []
    for epsilon in [None, *epsilons] if baseline else epsilons:
        params = SafeSynthesizerParameters()
        params.data.random_state = 0
        if share is not None:
            params.privacy.preprocessing_epsilon_share = share
        model_dir = Path(tempfile.mkdtemp(prefix="bench-privacy-"))
        backend = BuiltinBackend()
        print(f"[bench_privacy] training epsilon={epsilon} ...", flush=True)
        if epsilon is None:
            start = time.perf_counter()
            metrics = backend.train(train, schema, params, model_dir).metrics
            row = {"epsilon": "none", "train_seconds": round(time.perf_counter() - start, 2), "steps": metrics["steps"]}
        else:
            info = train_dp(train, schema, params, model_dir, epsilon, codec_stats, dp)
            priv = info["privacy"]
            row = {
                "epsilon": epsilon,
                "train_seconds": info["train_seconds"],
                "steps": info["steps"],
                "epsilon_spent": round(priv["epsilon_total"], 4),
                "delta": priv["delta"],
                "noise_multiplier": round(priv["noise_multiplier"], 4),
                "sample_rate": round(priv["sample_rate"], 5),
                "preprocessing_epsilon": round(sum(i["epsilon"] for i in priv["items"][:-1]), 4),
            }
        synthetic = backend.generate(model_dir, params, num_records=len(train)).data
        result = evaluate(
            apply_schema(train, schema),
            apply_schema(synthetic, schema),
            apply_schema(holdout, schema),
            schema=schema,
            seed=0,
        ).to_dict()
        row["sqs"] = round(result["synthetic_data_quality_score"]["score"], 2)
        row["dps"] = round(result["data_privacy_score"]["score"], 2)
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
            "## Privacy-utility on adult (record level, delta auto)",
            "",
            "| epsilon | spent | sigma | steps | train s | SQS | DPS | DCR share | marginal TV |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        lines += [
            f"| {r['epsilon']} | {r.get('epsilon_spent', '-')} | {r.get('noise_multiplier', '-')} | {r['steps']} "
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
    parser.add_argument("--codec-stats", default="dp", choices=["dp", "exact"], help="exact: diagnostic, not private")
    parser.add_argument("--share", type=float, help="privacy.preprocessing_epsilon_share override")
    parser.add_argument("--dp-batch", type=int, help="expected units per DP step (default: the model's batch)")
    parser.add_argument("--dp-epochs", type=float, help="DP epochs (default: the model's epochs)")
    parser.add_argument("--dp-lr", type=float, help="DP learning rate (default: the model's)")
    parser.add_argument("--dp-order-share", type=float, help="share of random column orders under DP")
    args = parser.parse_args()
    res: dict = {}
    if "accounting" in args.parts:
        res["accounting"] = accounting()
    if "step" in args.parts:
        res["step"] = step_cost()
    if "utility" in args.parts:
        dp = {"batch": args.dp_batch, "epochs": args.dp_epochs, "lr": args.dp_lr, "order_share": args.dp_order_share}
        res["utility"] = utility(args.epsilons, not args.no_baseline, args.codec_stats, args.share, dp)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / f"{args.tag}.json").write_text(json.dumps(res, indent=2, default=str) + "\n", encoding="utf-8")
    (RESULTS / f"{args.tag}.md").write_text(to_markdown(res), encoding="utf-8")
    print(to_markdown(res))


if __name__ == "__main__":
    main()
