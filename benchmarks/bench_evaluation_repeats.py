"""Spread of the privacy scores over evaluation seeds, and evaluation time, before and after
repeated attacks (issue 14: DPS 7.42-9.15 on one table after identical runs).

Each case is scored with evaluation seeds 0-4 on fixed tables, so the spread is measurement noise
only (the tables do not change). "before" runs the package at ``--before`` (a commit, exported
with ``git archive`` into a temporary folder, nothing in the work tree changes).

    .venv/bin/python benchmarks/bench_evaluation_repeats.py --before 3d506a2 \
        --out benchmarks/results/evaluation_repeats.md
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"

# (name, training rows, holdout rows, synthetic rows): the pipeline's 5 % holdout of a 3,000-row
# table, and a larger table at the privacy sample cap.
CASES = [("3,000-row table", 2850, 150, 1000), ("22,000-row table", 20000, 2000, 5000)]

CHILD = r"""
import json, sys, time
import pandas as pd
from safe_synthesizer.evaluation import evaluate
from safe_synthesizer.data.inference import infer_schema
n_train, n_hold, n_syn = map(int, sys.argv[2:5])
train = pd.read_csv(sys.argv[1] + "/adult_train.csv", nrows=n_train)
other = pd.read_csv(sys.argv[1] + "/adult_holdout.csv")
holdout, synthetic = other.iloc[:n_hold], other.iloc[n_hold:n_hold + n_syn]
schema = infer_schema(train)
out = []
for seed in range(5):
    t = time.perf_counter()
    r = evaluate(train, synthetic, holdout, schema=schema, seed=seed)
    out.append({"dps": r.dps, "mia": r.mia, "aia": r.aia, "seconds": time.perf_counter() - t,
                "privacy_seconds": r.timings.get("privacy")})
print("RESULT " + json.dumps(out))
"""


def run(src: Path, case: tuple) -> list[dict]:
    _, n_train, n_hold, n_syn = case
    env = {"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1"}
    proc = subprocess.run([sys.executable, "-c", CHILD, str(DATA), str(n_train), str(n_hold), str(n_syn)],
                          capture_output=True, text=True, env=env, check=True)
    line = next(x for x in proc.stdout.splitlines() if x.startswith("RESULT "))
    return json.loads(line[len("RESULT "):])


def spread(rows: list[dict], key: str) -> str:
    values = [r[key] for r in rows if r[key] is not None]
    return f"{min(values):.2f}-{max(values):.2f} ({max(values) - min(values):.2f})" if values else "-"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", required=True, help="commit with the single-attack evaluation")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--cases", type=int, nargs="*", help="indices into CASES (default: all)")
    args = parser.parse_args()
    cases = [CASES[i] for i in args.cases] if args.cases else CASES
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.before, "src"], capture_output=True,
                                 check=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        for case in cases:
            # back to back on one machine state: before then after
            results[case[0]] = {"before": run(Path(tmp) / "src", case), "after": run(ROOT / "src", case)}
    lines = [
        "# Privacy scores over evaluation seeds 0-4: before / after repeated attacks",
        "",
        f"`benchmarks/bench_evaluation_repeats.py --before {args.before}`; fixed tables (adult_train rows as "
        "training, adult_holdout rows as holdout and as the synthetic table), so the spread is measurement "
        "noise only. Range over the five seeds (width in brackets); seconds are the mean per evaluation on "
        "this shared 2-core machine.",
        "",
        "| table | version | DPS | membership | attribute | s / evaluation | privacy s |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, both in results.items():
        for version, rows in both.items():
            secs = sum(r["seconds"] for r in rows) / len(rows)
            priv = sum(r["privacy_seconds"] or 0 for r in rows) / len(rows)
            lines.append(f"| {name} | {version} | {spread(rows, 'dps')} | {spread(rows, 'mia')} | "
                         f"{spread(rows, 'aia')} | {secs:.1f} | {priv:.1f} |")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    args.out.with_suffix(".json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
