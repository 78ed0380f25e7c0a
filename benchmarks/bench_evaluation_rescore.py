"""Re-score finished runs with two evaluators (before / after an evaluator change), plus controls.

    .venv/bin/python benchmarks/bench_evaluation_rescore.py --before-src /work/eval_before/src \\
        --messy benchmarks/results/messy_eval_before_run.json --kept /tmp/builtin-tables --tag evaluation_rescore

Sources: the run directories listed in a ``bench_messy.py`` results JSON (``--messy``; the tables
the pipeline's evaluate stage read: ``dataset/transformed_training.csv``, ``transformed_test.csv``,
``generate/synthetic_data.csv`` with ``dataset/schema.json``) and the folders written by
``bench_builtin.py --keep`` (``--kept``: ``training.csv``, ``holdout.csv``, ``synthetic.csv``,
``schema.json``). The same synthetic tables are scored by the evaluator of ``--before-src`` (an
exported older ``src/``, first on PYTHONPATH) and by the working tree's, each in its own
process, so the difference is the evaluator's alone. Only SQS and its sub-scores are compared
(membership and attribute attacks off: the privacy metrics are not part of the change). The
"SQS in run" column is the score the run itself reported: the "before" re-score must match it.

Controls per table, scored by both evaluators:

- ``sample``: as many rows as the synthetic table drawn from the training table itself (no model;
  half the training rows when the synthetic table is as large as the training table);
- ``held_out``: the real held-out rows (never trained on) against the training table;
- ``shuffled``: the ``sample`` rows with every column permuted on its own (marginals kept, every
  association lost): a broken generator the score must still rank far lower.

Writes ``results/<tag>.json`` and ``.md``; CPU seconds of each evaluation are recorded.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
CONTROL_SEED = 11
SUBS = {
    "column_distribution_stability": "CDS",
    "column_correlation_stability": "CCS",
    "deep_structure_stability": "DSS",
}


def load_source(kind: str, path: Path):
    """(training, synthetic, holdout, schema) as the evaluation stage reads them."""
    import pandas as pd

    from safe_synthesizer.data.readers import read_table
    from safe_synthesizer.data.schema import TableSchema
    from safe_synthesizer.data.typed_frame import apply_schema

    if kind == "messy":
        schema = TableSchema.load(path / "dataset" / "schema.json")
        files = (
            path / "dataset" / "transformed_training.csv",
            path / "generate" / "synthetic_data.csv",
            path / "dataset" / "transformed_test.csv",
        )
    else:
        schema = TableSchema.from_dict(json.loads((path / "schema.json").read_text(encoding="utf-8")))
        files = (path / "training.csv", path / "synthetic.csv", path / "holdout.csv")
    tables = []
    for file in files:
        if not file.exists() or file.stat().st_size == 0:
            tables.append(None)
            continue
        # bench_builtin wrote typed frames with pandas: read back the way it read its inputs.
        frame = pd.read_csv(file) if kind == "kept" else read_table(file)
        tables.append(None if frame.empty else apply_schema(frame, schema))
    return (*tables, schema)


def controls(training, synthetic, holdout) -> dict:
    import numpy as np

    rng = np.random.default_rng(CONTROL_SEED)
    # As many rows as the synthetic table, but never the whole training table (that would be it).
    n = len(synthetic) if len(synthetic) < len(training) else len(training) // 2
    sample = training.iloc[np.sort(rng.choice(len(training), size=n, replace=False))].reset_index(drop=True)
    shuffled = sample.apply(lambda c: c.to_numpy()[rng.permutation(len(c))])
    cases = {"synthetic": synthetic, "sample": sample, "shuffled": shuffled}
    if holdout is not None and len(holdout) >= 50:
        cases["held_out"] = holdout
    return cases


def score_one(kind: str, path: Path, cases: list[str] | None = None) -> dict:
    """Every case of one source with the evaluator on sys.path (run in a child process)."""
    import safe_synthesizer
    from safe_synthesizer.config.evaluation import EvaluationParameters
    from safe_synthesizer.evaluation import evaluate

    training, synthetic, holdout, schema = load_source(kind, path)
    params = EvaluationParameters(mia_enabled=False, aia_enabled=False, pii_replay_enabled=False)
    out: dict = {"package": str(Path(safe_synthesizer.__file__).parent), "rows": {}}
    out["training_rows"], out["synthetic_rows"] = len(training), len(synthetic)
    out["holdout_rows"] = None if holdout is None else len(holdout)
    for case, table in controls(training, synthetic, holdout).items():
        if cases and case not in cases:
            continue
        start = time.process_time()
        # The holdout stays the baseline it is in the run (text semantic similarity uses it).
        result = evaluate(training, table, holdout, schema=schema, params=params, seed=0)
        entry = {"sqs": result.sqs, "cpu_seconds": round(time.process_time() - start, 2)}
        entry.update({short: result.sub_scores.get(name) for name, short in SUBS.items()})
        out["rows"][case] = entry
    return out


def _run(kind: str, path: str, src: str | None, cases: str | None = None) -> dict:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "OMP_WAIT_POLICY": "PASSIVE"}
    if src:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [src, env.get("PYTHONPATH")]))
    done = subprocess.run(
        [sys.executable, __file__, "--one", kind, path, *(["--cases", cases] if cases else [])],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def sources(args) -> list[tuple[str, str, str, float | None]]:
    """(name, kind, path, SQS the run itself reported)."""
    out = []
    if args.messy:
        data = json.loads(Path(args.messy).read_text(encoding="utf-8"))
        out += [(r["table"], "messy", r["run_path"], r.get("sqs")) for r in data["rows"] if r.get("run_path")]
    for kept in args.kept or []:
        report = {}
        for results in args.builtin_results or []:
            for r in json.loads(Path(results).read_text(encoding="utf-8")):
                report[r.get("kept_tables")] = r.get("sqs")
        for folder in sorted(Path(kept).iterdir()):
            if (folder / "synthetic.csv").exists():
                out.append((folder.name, "kept", str(folder), report.get(str(folder))))
    return out


def _f(value) -> str:
    return "-" if value is None else f"{value:.2f}"


def to_markdown(rows: list[dict]) -> str:
    lines = [
        "| table | train / synth / held-out rows | SQS in run | synthetic: SQS before -> after (CDS, CCS, DSS after) "
        "| no model, training sample | no model, held-out rows | shuffled columns | gap sample - shuffled "
        "| eval CPU s before / after |",
        "|" + "---|" * 9,
    ]
    for r in rows:
        b, a = r["before"].get("rows", {}), r["after"].get("rows", {})
        if not b or not a:
            lines.append(f"| {r['name']} | - | - | error: {r['before'].get('error') or r['after'].get('error')} |||||")
            continue

        def pair(case: str, b=b, a=a) -> str:
            if case not in b or case not in a:
                return "-"
            return f"{_f(b[case]['sqs'])} -> {_f(a[case]['sqs'])}"

        s = a["synthetic"]
        both = all(c in x for c in ("sample", "shuffled") for x in (a, b))
        gap = (
            f"{b['sample']['sqs'] - b['shuffled']['sqs']:.2f} -> {a['sample']['sqs'] - a['shuffled']['sqs']:.2f}"
            if both
            else "-"
        )
        cpu_b = sum(v["cpu_seconds"] for v in b.values())
        cpu_a = sum(v["cpu_seconds"] for v in a.values())
        lines.append(
            f"| {r['name']} | {r['after']['training_rows']} / {r['after']['synthetic_rows']} / "
            f"{r['after']['holdout_rows'] or '-'} | {_f(r['run_sqs'])} | {pair('synthetic')} "
            f"({_f(s['CDS'])}, {_f(s['CCS'])}, {_f(s['DSS'])}) | {pair('sample')} | {pair('held_out')} "
            f"| {pair('shuffled')} | {gap} | {cpu_b:.1f} / {cpu_a:.1f} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before-src", required=False, help="exported src/ of the older evaluator")
    parser.add_argument("--messy", help="a bench_messy.py results JSON whose run directories still exist")
    parser.add_argument("--kept", nargs="*", help="folders of bench_builtin.py --keep")
    parser.add_argument("--builtin-results", nargs="*", help="bench_builtin.py JSONs (the SQS each run reported)")
    parser.add_argument("--only", help="comma-separated table names to re-score (default: all)")
    parser.add_argument("--cases", help="comma-separated cases (synthetic,sample,held_out,shuffled; default all)")
    parser.add_argument("--tag", default="evaluation_rescore")
    parser.add_argument("--one", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        cases = args.cases.split(",") if args.cases else None
        print(json.dumps(score_one(args.one[0], Path(args.one[1]), cases), default=str))
        return
    rows = []
    load = os.getloadavg()
    only = set(args.only.split(",")) if args.only else None
    for name, kind, path, run_sqs in sources(args):
        if only and name not in only:
            continue
        print(f"[rescore] {name} ...", flush=True)
        before = _run(kind, path, args.before_src, args.cases) if args.before_src else {}
        after = _run(kind, path, str(ROOT / "src"), args.cases)
        rows.append({"name": name, "kind": kind, "path": path, "run_sqs": run_sqs, "before": before, "after": after})
        RESULTS.mkdir(parents=True, exist_ok=True)
        meta = {"before_src": args.before_src, "after_src": str(ROOT / "src"), "load_average_start": load}
        (RESULTS / f"{args.tag}.json").write_text(
            json.dumps({**meta, "rows": rows}, indent=2, default=str), encoding="utf-8"
        )
        (RESULTS / f"{args.tag}.md").write_text(to_markdown(rows), encoding="utf-8")
    print(to_markdown(rows))


if __name__ == "__main__":
    main()
