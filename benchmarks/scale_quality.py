"""Quality of the out-of-core path at a fixed step budget, and the evaluation's reference-draw noise.

``steps``: the whole pipeline on Adult resampled to N rows with the code before the out-of-core
change (``--before-src``), after it (``--after-src``, or this tree) and after it with the codec
fitted on every record (``after-codec-all``), each with the same seed and exactly ``--steps``
optimiser steps (one epoch cut to that many batches, no time budget, the learning rate decayed
over those steps), so load cannot change how far a model trains. Each run is scored twice: the
pipeline's own SQS, and a common SQS computed by one code for every run (``--score-src``): the
``--records`` synthetic rows against ``QUALITY_DRAWS`` disjoint equal-size draws of the run's
training split (mean and spread), which takes the reference-draw noise out of the comparison.

``evalnoise``: one run folder's synthetic table scored against its training split read whole and
read as 100,000-row streamed samples (several sample seeds and evaluation seeds), with one
reference draw (the former evaluation) and with the averaged draws (``REFERENCE_DRAWS``).
"""

from __future__ import annotations

import itertools
import json
import resource
import shutil
import time
from pathlib import Path

from scale_common import hwm_mb, resampled_adult, run_child, save_results

QUALITY_DRAWS = 5
SCORE_SAMPLE_ROWS = 100_000


def _cap_steps(steps: int) -> None:
    """Every epoch of the built-in trainer cut to its first ``steps`` batches (a step budget)."""
    from safe_synthesizer.models.builtin import trainer

    epoch, per_epoch = trainer.ShuffledBatches.epoch, trainer.ShuffledBatches.steps_per_epoch
    trainer.ShuffledBatches.epoch = lambda self, e: itertools.islice(epoch(self, e), steps)
    trainer.ShuffledBatches.steps_per_epoch = lambda self: min(steps, per_epoch(self))


def child_steps(path: Path, steps: int, seed: int, records: int, run_path: Path, codec_rows: int) -> dict:
    """The SDK stages with a step budget (the code on ``sys.path``); ``codec_rows`` > 0 fits the
    codec on that many sampled records instead of the default."""
    from safe_synthesizer.run_directory import RunDirectory
    from safe_synthesizer.sdk import SafeSynthesizer

    _cap_steps(steps)
    if codec_rows:
        import functools

        from safe_synthesizer import pipeline

        pipeline.TrainingFile = functools.partial(pipeline.TrainingFile, codec_sample_rows=codec_rows)
    shutil.rmtree(run_path, ignore_errors=True)
    config = {"data": {"random_state": seed}, "training": {"epochs": 1, "max_training_time": None},
              "generation": {"num_records": records}}
    synth = SafeSynthesizer(config, run_path=run_path, force=True).with_data_source(path)
    cpu, peak = {}, {}
    for stage in ("process_data", "train", "generate", "evaluate"):
        start = time.process_time()
        getattr(synth, stage)()
        cpu[stage] = round(time.process_time() - start, 1)
        peak[stage] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    manifest = RunDirectory(run_path).read_manifest()
    model = json.loads((run_path / "train" / "model" / "builtin.json").read_text())
    m = model["metrics"]
    return {"rows": manifest["input"]["rows"], "seed": seed, "stage_cpu_seconds": cpu, "peak_rss_mb_after": peak,
            "steps": m["steps"], "best_validation_loss": m["best_validation_loss"],
            "final_train_loss": m["final_train_loss"], "codec_fit_rows": m.get("codec_fit_rows"),
            "sqs_run": manifest.get("scores", {}).get("sqs"), "dps_run": manifest.get("scores", {}).get("dps")}


def child_score(run_path: Path) -> dict:
    """The common SQS of a run: its synthetic rows against ``QUALITY_DRAWS`` disjoint equal-size
    draws of a uniform sample of its training split (each draw scored alone, then averaged)."""
    import numpy as np

    from safe_synthesizer.data.chunked import iter_chunks, reservoir_sample
    from safe_synthesizer.data.readers import read_table
    from safe_synthesizer.data.schema import TableSchema
    from safe_synthesizer.data.typed_frame import apply_schema
    from safe_synthesizer.evaluation.columns import ColumnRoles, prepare
    from safe_synthesizer.evaluation.quality import tabular_quality
    from safe_synthesizer.evaluation.scores import combine_sqs

    schema = TableSchema.load(run_path / "dataset" / "schema.json")
    synthetic = apply_schema(read_table(run_path / "generate" / "synthetic_data.csv"), schema)
    sample, _ = reservoir_sample(iter_chunks(run_path / "dataset" / "transformed_training.csv"),
                                 SCORE_SAMPLE_ROWS, seed=7)
    training = apply_schema(sample, schema)
    roles = ColumnRoles.from_schema(schema, list(schema.names), 250)
    synth = prepare(synthetic, roles)
    n = synth.n_rows
    order = np.random.default_rng(7).permutation(len(training))
    scores, subs = [], []
    for i in range(QUALITY_DRAWS):
        reference = prepare(training.iloc[np.sort(order[i * n:(i + 1) * n])].reset_index(drop=True), roles)
        quality = tabular_quality(reference, synth, roles, np.random.default_rng(0))
        scores.append(combine_sqs(quality.sub_scores, len(roles.tabular), 0))
        subs.append(quality.sub_scores)
    return {"sqs_common": float(np.mean(scores)), "sqs_common_sd": float(np.std(scores, ddof=1)),
            "sqs_common_draws": [round(s, 4) for s in scores], "draw_rows": n,
            "sub_scores_common": {k: float(np.mean([s[k] for s in subs])) for k in subs[0]}}


def steps(args) -> dict:
    """``steps`` per row count and seed: before, after, after-codec-all, back to back."""
    out = {}
    for rows in args.rows:
        path = Path(args.model_dir) / f"adult_resampled_{rows}.csv"
        if not path.exists():
            resampled_adult(rows).to_csv(path, index=False)
        labels = [("before", args.before_src, 0), ("after", args.after_src, 0),
                  ("after-codec-all", args.after_src, 10**9)]
        for seed in args.seeds:
            for label, src, codec_rows in labels:
                if label == "before" and not args.before_src:
                    continue
                key = f"steps/{label}/{rows}/{args.steps}/{seed}"
                run_path = Path(args.model_dir) / f"steps{rows}-{label}-{seed}"
                env = {"PYTHONPATH": src} if src else {}
                record = run_child(["--child-steps", str(path), str(args.steps), str(seed), str(args.records),
                                    str(run_path), str(codec_rows)], env)
                score_env = {"PYTHONPATH": args.score_src} if args.score_src else {}
                record.update({k: v for k, v in run_child(["--child-score", str(run_path)], score_env).items()
                               if k not in ("cpu_seconds", "wall_with_startup", "load_average")})
                record["records"] = args.records
                print(key, record, flush=True)
                out[key] = record
                save_results({key: record})
                if not args.keep_runs:
                    shutil.rmtree(run_path, ignore_errors=True)
    return out


def child_evalnoise(run_path: Path, sample_seeds: int, eval_seeds: int, records: int) -> dict:
    """SQS of one run's first ``records`` synthetic rows with the training split whole and sampled,
    one reference draw and the averaged draws."""
    import numpy as np

    from safe_synthesizer.config.evaluation import EvaluationParameters
    from safe_synthesizer.data.chunked import EVALUATION_SAMPLE_ROWS, iter_chunks, reservoir_sample
    from safe_synthesizer.data.readers import read_table
    from safe_synthesizer.data.schema import TableSchema
    from safe_synthesizer.data.typed_frame import apply_schema
    from safe_synthesizer.evaluation import evaluate, sample_sizes

    schema = TableSchema.load(run_path / "dataset" / "schema.json")
    split = run_path / "dataset" / "transformed_training.csv"
    synthetic = apply_schema(read_table(run_path / "generate" / "synthetic_data.csv"), schema).head(records)
    holdout = apply_schema(read_table(run_path / "dataset" / "transformed_test.csv"), schema)
    params = EvaluationParameters(mia_enabled=False, aia_enabled=False, pii_replay_enabled=False)
    whole = apply_schema(read_table(split), schema)
    samples = [apply_schema(reservoir_sample(iter_chunks(split), EVALUATION_SAMPLE_ROWS, s)[0], schema)
               for s in range(sample_seeds)]
    out: dict = {"training_rows": len(whole), "synthetic_rows": len(synthetic), "peak_rss_mb": round(hwm_mb())}
    for draws in (1, sample_sizes.REFERENCE_DRAWS):
        sample_sizes.reference_draws.__defaults__ = (sample_sizes.QUALITY_SAMPLE_SEED, draws)
        cpu = time.process_time()
        w = [evaluate(whole, synthetic, holdout, schema=schema, params=params, seed=s).sqs for s in range(eval_seeds)]
        s_ = [evaluate(t, synthetic, holdout, schema=schema, params=params).sqs for t in samples]
        out[f"draws{draws}"] = {"whole": w, "sampled": s_, "whole_mean": float(np.mean(w)),
                                "sampled_mean": float(np.mean(s_)), "whole_sd": float(np.std(w, ddof=1)),
                                "sampled_sd": float(np.std(s_, ddof=1)),
                                "cpu_seconds": round(time.process_time() - cpu, 1)}
    return out


def evalnoise(args) -> dict:
    """``evalnoise`` on a kept ``steps`` run folder (``--run-folder``)."""
    record = run_child(["--child-evalnoise", args.run_folder, str(args.sample_seeds), str(args.eval_seeds),
                        str(args.records)])
    key = f"evalnoise/{record['training_rows']}/{record['synthetic_rows']}"
    print(key, record, flush=True)
    save_results({key: record})
    return record
