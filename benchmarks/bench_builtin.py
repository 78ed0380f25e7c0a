"""Benchmark of the built-in model alone (no pipeline): train, generate, fidelity and privacy checks.

    .venv/bin/python benchmarks/bench_builtin.py                        # adult (fixed split)
    .venv/bin/python benchmarks/bench_builtin.py --datasets adult california_housing womens_clothing_reviews
    .venv/bin/python benchmarks/bench_builtin.py --set training__model_size=small --tag small
    .venv/bin/python benchmarks/bench_builtin.py --datasets adult_sample --seeds 0 1 2   # small data

Adult uses ../shared/data/adult_train.csv / adult_holdout.csv and generates as many rows as the
training split; other datasets are split 80/20 with ``default_rng(0)`` (``adult_sample`` is the
bundled 3,000-row sample: 2,400 training rows, 600 holdout). On the Adult tables the script also
checks ``education`` <-> ``education-num`` consistency (and how much of the inconsistency is rows
with a ``_RARE_`` cell), ``Husband`` -> ``Male`` and the age ~ marital-status association
(correlation ratio, the evaluator's own function) in training, holdout and synthetic data.
``--seeds`` repeats a dataset with several seeds (small tables have noisy scores) and reports
the mean. Schemas are built by
hand here. Writes ``benchmarks/results/<tag>.json`` and ``.md``. Each dataset runs in its own
process so peak RSS is per dataset. Timings on a shared 2-core box are noisy: compare ratios.
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

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results"

INT, FLOAT, CAT, TEXT = "integer", "float", "categorical", "text"
RARE = "_RARE_"  # the value-protection placeholder of the categorical encoder
ADULT_TYPES = {c: INT for c in ("age", "fnlwgt", "education-num", "capital-gain", "capital-loss", "hours-per-week")}
DATASETS: dict[str, dict] = {
    "adult_sample": {
        "train": ROOT / "src" / "safe_synthesizer" / "sample_data" / "adult_sample.csv",
        "holdout": None,
        "types": ADULT_TYPES,
        "default": CAT,
    },
    "adult": {
        "train": "adult_train.csv",
        "holdout": "adult_holdout.csv",
        "types": ADULT_TYPES,
        "default": CAT,
    },
    "california_housing": {"train": "california_housing.csv", "holdout": None, "types": {}, "default": FLOAT},
    "womens_clothing_reviews": {
        "train": "womens_clothing_reviews.csv",
        "holdout": None,
        "types": {
            "Age": INT,
            "Rating": INT,
            "Recommended IND": INT,
            "Positive Feedback Count": INT,
            "Title": TEXT,
            "Review Text": TEXT,
        },
        "default": CAT,
    },
}


def _load(name: str):
    import numpy as np
    import pandas as pd

    from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema

    spec = DATASETS[name]
    df = pd.read_csv(DATA / spec["train"])
    if spec["holdout"]:
        train, holdout = df, pd.read_csv(DATA / spec["holdout"])
    else:
        perm = np.random.default_rng(0).permutation(len(df))
        cut = int(0.8 * len(df))
        train, holdout = df.iloc[np.sort(perm[:cut])], df.iloc[np.sort(perm[cut:])]
    schema = TableSchema(
        [ColumnSchema(c, ColumnType(spec["types"].get(c, spec["default"]))) for c in df.columns], n_rows=len(train)
    )
    return train.reset_index(drop=True), holdout.reset_index(drop=True), schema


def _row_keys(df):
    import pandas as pd

    def cell_text(s):
        if s.dtype.kind in "iuf":
            s = pd.to_numeric(s, errors="coerce")
        # pandas 3 keeps NaN in astype(str) of string columns: map missing to "" first.
        return s.astype(object).where(s.notna(), "").astype(str)

    return df.apply(cell_text).agg("|".join, axis=1)


def _gower_features(df, numeric, spans, lows, categories):
    import numpy as np
    import torch

    num = ((df[numeric].astype(float) - lows) / spans).fillna(-1.0).to_numpy(np.float32)
    codes = [categories[c].get_indexer(df[c].astype(str)) for c in categories]
    codes = np.stack(codes, axis=1) if codes else np.zeros((len(df), 0), dtype=np.int64)
    return torch.tensor(num), torch.from_numpy(codes.astype(np.int64))


def dcr_share(train, holdout, synthetic, schema, n_synthetic: int = 3000, seed: int = 0) -> float:
    """Share of synthetic rows closer (Gower) to a training row than to a holdout row.

    Training is subsampled to the holdout's size so 0.5 means "no closer to training than to unseen
    data"; ties count half.
    """
    import numpy as np
    import pandas as pd
    import torch

    rng = np.random.default_rng(seed)
    train = train.iloc[rng.choice(len(train), size=min(len(train), len(holdout)), replace=False)]
    synthetic = synthetic.iloc[rng.choice(len(synthetic), size=min(n_synthetic, len(synthetic)), replace=False)]
    numeric = [c.name for c in schema.columns if c.type.is_numeric]
    other = [c.name for c in schema.columns if not c.type.is_numeric]
    both = pd.concat([train, holdout])
    lows = both[numeric].min()
    spans = (both[numeric].max() - lows).replace(0, 1)
    categories = {c: pd.Index(both[c].astype(str).unique()) for c in other}

    def nearest(reference) -> np.ndarray:
        ref_n, ref_c = _gower_features(reference, numeric, spans, lows, categories)
        syn_n, syn_c = _gower_features(synthetic, numeric, spans, lows, categories)
        out = []
        for s in range(0, len(synthetic), 256):
            d = torch.cdist(syn_n[s : s + 256], ref_n, p=1) + (syn_c[s : s + 256, None] != ref_c[None]).sum(2)
            out.append(d.min(dim=1).values.numpy())
        return np.concatenate(out)

    to_train, to_holdout = nearest(train), nearest(holdout)
    return float(np.mean((to_train < to_holdout) + 0.5 * (to_train == to_holdout)))


def marginal_tv(reference, other, schema) -> dict[str, float]:
    """Total-variation distance of each column's marginal (numbers in 20 reference-quantile bins)."""
    import numpy as np
    import pandas as pd

    out = {}
    for col in schema.columns:
        a, b = reference[col.name], other[col.name]
        if col.type.is_numeric:
            a, b = pd.to_numeric(a, errors="coerce").dropna(), pd.to_numeric(b, errors="coerce").dropna()
            edges = np.unique(np.quantile(a, np.linspace(0, 1, 21)))
            if len(edges) < 2:
                edges = np.array([edges[0] - 0.5, edges[0] + 0.5])
            ha = np.histogram(np.clip(a, edges[0], edges[-1]), edges)[0] / max(len(a), 1)
            hb = np.histogram(np.clip(b, edges[0], edges[-1]), edges)[0] / max(len(b), 1)
            out[col.name] = round(float(0.5 * np.abs(ha - hb).sum()), 4)
        elif col.type.value == "categorical":
            pa = a.astype(str).value_counts(normalize=True)
            pb = b.astype(str).value_counts(normalize=True)
            out[col.name] = round(float(0.5 * pa.subtract(pb, fill_value=0).abs().sum()), 4)
    return out


def rare_cell_share(df) -> float:
    """Share of cells holding the value-protection placeholder ``_RARE_``."""
    import numpy as np

    return round(float(np.mean(df.astype(str).to_numpy() == RARE)), 5)


def association(df, nominal: str, numeric: str) -> float:
    """The evaluator's correlation ratio (eta) of ``numeric`` given ``nominal``."""
    import numpy as np
    import pandas as pd

    from safe_synthesizer.evaluation.correlation import correlation_ratio

    codes, _ = pd.factorize(df[nominal].astype(object), use_na_sentinel=False)
    values = pd.to_numeric(df[numeric], errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
    return round(correlation_ratio(codes.astype(np.int64), values), 4)


def adult_checks(train, holdout, synthetic) -> dict:
    """Deterministic pair, implication and one strong association of the Adult tables."""
    mapping = train.groupby("education")["education-num"].agg(lambda s: s.mode().iloc[0])
    consistent = synthetic["education-num"] == synthetic["education"].map(mapping)
    rare = (synthetic[["education", "education-num"]].astype(str) == RARE).any(axis=1)
    husbands = synthetic[synthetic["relationship"] == "Husband"]
    return {
        "education_consistency": round(float(consistent.mean()), 4),
        # Inconsistent rows with a _RARE_ cell in the pair (the placeholder maps to no number).
        "education_inconsistent_rare": round(float((~consistent & rare).mean()), 4),
        "education_consistency_without_rare": round(float(consistent[~rare].mean()), 4),
        "husband_male_share": round(float((husbands["sex"] == "Male").mean()), 4),
        "age_marital_eta_train": association(train, "marital-status", "age"),
        "age_marital_eta_holdout": association(holdout, "marital-status", "age"),
        "age_marital_eta_synthetic": association(synthetic, "marital-status", "age"),
    }


def keep_tables(folder: Path, name: str, seed: int, train, holdout, synthetic, schema) -> str:
    """Write the run's tables and schema for re-scoring (``bench_evaluation_rescore.py``)."""
    target = folder / f"{name}_seed{seed}"
    target.mkdir(parents=True, exist_ok=True)
    for label, frame in (("training", train), ("holdout", holdout), ("synthetic", synthetic)):
        frame.to_csv(target / f"{label}.csv", index=False)
    (target / "schema.json").write_text(json.dumps(schema.to_dict()), encoding="utf-8")
    return str(target)


def run_one(name: str, overrides: list[str], keep: str | None = None) -> dict:
    import numpy as np
    import torch

    from safe_synthesizer.config.io import apply_overrides
    from safe_synthesizer.config.parameters import SafeSynthesizerParameters
    from safe_synthesizer.models.builtin.backend import BuiltinBackend

    train, holdout, schema = _load(name)
    params = SafeSynthesizerParameters()
    params.data.random_state = 0
    if overrides:
        params = apply_overrides(params, dict(o.split("=", 1) for o in overrides), source="benchmark")
    model_dir = Path(tempfile.mkdtemp(prefix="bench-builtin-"))
    backend = BuiltinBackend()
    start = time.perf_counter()
    trained = backend.train(train, schema, params, model_dir)
    train_seconds = time.perf_counter() - start
    start = time.perf_counter()
    generated = backend.generate(model_dir, params, num_records=len(train))
    generate_seconds = time.perf_counter() - start
    synthetic = generated.data
    train_keys = set(_row_keys(train))
    row = {
        "dataset": name,
        "seed": params.data.random_state,
        "rows": len(train),
        "columns": train.shape[1],
        "threads": torch.get_num_threads(),
        "train_seconds": round(train_seconds, 2),
        "generate_seconds": round(generate_seconds, 2),
        "rows_per_second": round(len(synthetic) / generate_seconds),
        "invalid_records": generated.metrics["num_invalid_records"],
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "train": trained.metrics,
        "exact_match_synthetic": round(float(_row_keys(synthetic).isin(train_keys).mean()), 5),
        "exact_match_holdout": round(float(_row_keys(holdout).isin(train_keys).mean()), 5),
        "dcr_share": round(dcr_share(train, holdout, synthetic, schema), 4),
        "marginal_tv": marginal_tv(train, synthetic, schema),
        "marginal_tv_holdout": marginal_tv(train, holdout, schema),
    }
    row["marginal_tv_mean"] = round(float(np.mean(list(row["marginal_tv"].values()) or [0])), 4)
    row["marginal_tv_mean_holdout"] = round(float(np.mean(list(row["marginal_tv_holdout"].values()) or [0])), 4)
    row["settings"] = json.loads((model_dir / "builtin.json").read_text(encoding="utf-8"))["settings"]
    row["rare_cell_share"] = rare_cell_share(synthetic)
    if name.startswith("adult"):
        row.update(adult_checks(train, holdout, synthetic))
    if keep:
        row["kept_tables"] = keep_tables(Path(keep), name, params.data.random_state, train, holdout, synthetic, schema)
    try:
        from safe_synthesizer.data.typed_frame import apply_schema
        from safe_synthesizer.evaluation import evaluate

        start = time.perf_counter()
        result = evaluate(
            apply_schema(train, schema),
            apply_schema(synthetic, schema),
            apply_schema(holdout, schema),
            schema=schema,
            seed=0,
        ).to_dict()
        row["sqs"] = result["synthetic_data_quality_score"]["score"]
        row["sqs_parts"] = result["synthetic_data_quality_score"]
        row["dps"] = result["data_privacy_score"]["score"]
        row["dps_parts"] = result["data_privacy_score"]
        row["evaluation_dcr_share"] = (result.get("distance_to_closest_record") or {}).get("share_closer_to_training")
        row["evaluate_seconds"] = round(time.perf_counter() - start, 1)
    except Exception as error:  # the evaluation stage is optional for this benchmark
        row["evaluation_error"] = f"{type(error).__name__}: {error}"
    return row


def _num(value) -> str:
    return "-" if value is None else f"{value:.2f}"


def to_markdown(rows: list[dict]) -> str:
    lines = [
        "| dataset | seed | rows x cols | train s | generate s | rows/s | invalid | peak RSS MB "
        "| exact match synth / holdout | DCR share (Gower / evaluation) | marginal TV synth / holdout "
        "| edu consistency (w/o _RARE_) | Husband->Male | age~marital eta train / synth | _RARE_ cells | SQS | DPS |",
        "|" + "---|" * 17,
    ]
    for r in rows:
        consistency = r.get("education_consistency", "-")
        if "education_consistency_without_rare" in r:
            consistency = f"{consistency} ({r['education_consistency_without_rare']})"
        eta = "-"
        if "age_marital_eta_train" in r:
            eta = f"{r['age_marital_eta_train']} / {r['age_marital_eta_synthetic']}"
        lines.append(
            f"| {r['dataset']} | {r.get('seed', 0)} | {r['rows']} x {r['columns']} | {r['train_seconds']} "
            f"| {r['generate_seconds']} | {r['rows_per_second']} | {r['invalid_records']} | {r['peak_rss_mb']} "
            f"| {r['exact_match_synthetic']} / {r['exact_match_holdout']} "
            f"| {r['dcr_share']} / {r.get('evaluation_dcr_share', '-')} "
            f"| {r['marginal_tv_mean']} / {r['marginal_tv_mean_holdout']} | {consistency} "
            f"| {r.get('husband_male_share', '-')} | {eta} | {r.get('rare_cell_share', '-')} "
            f"| {_num(r.get('sqs'))} | {_num(r.get('dps'))} |"
        )
    means = summary(rows)
    if any(m["runs"] > 1 for m in means):
        lines += [
            "",
            "Mean over seeds:",
            "",
            "| dataset | runs | train s | SQS | DPS | edu consistency | w/o _RARE_ "
            "| age~marital eta synth | DCR share |",
            "|" + "---|" * 9,
        ]
        for m in means:
            lines.append(
                f"| {m['dataset']} | {m['runs']} | {m['train_seconds']} | {_num(m.get('sqs'))} | {_num(m.get('dps'))} "
                f"| {m.get('education_consistency', '-')} | {m.get('education_consistency_without_rare', '-')} "
                f"| {m.get('age_marital_eta_synthetic', '-')} | {m.get('dcr_share', '-')} |"
            )
    return "\n".join(lines) + "\n"


SUMMARY_KEYS = (
    "train_seconds",
    "sqs",
    "dps",
    "education_consistency",
    "education_consistency_without_rare",
    "age_marital_eta_synthetic",
    "dcr_share",
)


def summary(rows: list[dict]) -> list[dict]:
    """Per dataset: the mean of the headline metrics over its runs (seeds)."""
    import numpy as np

    out = []
    for name in dict.fromkeys(r["dataset"] for r in rows):
        runs = [r for r in rows if r["dataset"] == name]
        mean = {"dataset": name, "runs": len(runs)}
        for key in SUMMARY_KEYS:
            values = [r[key] for r in runs if r.get(key) is not None]
            if values:
                mean[key] = round(float(np.mean(values)), 4)
        out.append(mean)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--datasets", nargs="*", default=["adult"], choices=list(DATASETS))
    parser.add_argument("--set", nargs="*", default=[], metavar="section__field=VALUE", help="config overrides")
    parser.add_argument("--tag", default="builtin", help="results file name stem")
    parser.add_argument("--seeds", nargs="*", type=int, default=[0], help="data.random_state of each run")
    parser.add_argument(
        "--keep", help="folder to write each run's training/holdout/synthetic CSVs and schema into (for re-scoring)"
    )
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        Path(args.out).write_text(json.dumps(run_one(args.one, args.set, args.keep), default=str), encoding="utf-8")
        return
    rows = []
    for name, seed in ((n, s) for n in args.datasets for s in args.seeds):
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
            out = handle.name
        print(f"[bench_builtin] {name} seed {seed} ...", flush=True)
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--one",
                name,
                "--out",
                out,
                *(["--keep", args.keep] if args.keep else []),
                "--set",
                f"data__random_state={seed}",
                *args.set,
            ],
            check=True,
            env={**os.environ, "HF_HUB_OFFLINE": "1"},
        )
        rows.append(json.loads(Path(out).read_text(encoding="utf-8")))
        os.unlink(out)
        # Written after every dataset so a later failure keeps the earlier rows.
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / f"{args.tag}.json").write_text(json.dumps(rows, indent=2, default=str), encoding="utf-8")
        (RESULTS / f"{args.tag}.md").write_text(to_markdown(rows), encoding="utf-8")
    print(to_markdown(rows))


if __name__ == "__main__":
    main()
