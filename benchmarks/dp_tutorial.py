"""Numbers and plot of ``docs/tutorials/differential-privacy.md``, through the SDK (the product's path).

    .venv/bin/python benchmarks/dp_tutorial.py                      # adult (bundled) + pbcseq
    .venv/bin/python benchmarks/dp_tutorial.py --datasets adult --epsilons 6 1
    .venv/bin/python benchmarks/dp_tutorial.py --datasets pbcseq --threads 1 &   # side by side
    .venv/bin/python benchmarks/dp_tutorial.py --datasets adult --threads 1

Runs the whole pipeline (data, PII, train, generate, evaluate) without DP and at each epsilon on
the bundled Adult table (record-level DP) and on pbcseq visits protected per patient
(``group_training_examples_by="id"``; from ``../shared/data`` or ``--pbcseq PATH``). Writes
``benchmarks/results/dp_tutorial.{json,md}`` and ``docs/tutorials/dp-tradeoff.svg``. Each row
records the commit, the UTC date and the process CPU seconds of its run; datasets not rerun keep
their rows, merged when the results are written (so two processes may run different datasets).
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
PLOT = ROOT / "docs" / "tutorials" / "dp-tradeoff.svg"
ADULT = ROOT / "src" / "safe_synthesizer" / "sample_data" / "adult.csv.gz"
PBCSEQ = ROOT.parent / "shared" / "data" / "pbcseq_visits.csv"


def commit() -> str:
    """Short hash of the checked-out commit, ``+dirty`` when tracked files differ from it."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    dirty = git("status", "--porcelain", "--untracked-files=no")
    return git("rev-parse", "--short", "HEAD") + ("+dirty" if dirty else "")


# The code a run executes is what this process imported at start: record that commit, not the
# one checked out when a row finishes (the tree may move on during a long run).
STARTED_AT_COMMIT: str | None = None


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_once(
    source: Path, epsilon: float | None, group_by: str | None, artifacts: Path, threads: int | None = None
) -> dict:
    from safe_synthesizer import SafeSynthesizer

    synthesizer = SafeSynthesizer(artifact_path=artifacts).with_data_source(source).with_data(random_state=0)
    if group_by:
        synthesizer.with_data(group_training_examples_by=group_by)
    if epsilon is not None:
        synthesizer.with_differential_privacy(epsilon=epsilon)
    if threads is not None:
        synthesizer.with_train(num_threads=threads)
    start, cpu_start = time.perf_counter(), _cpu_seconds()
    results = synthesizer.run()
    manifest = json.loads((results.run_path / "manifest.json").read_text(encoding="utf-8"))
    privacy = manifest.get("privacy", {})
    return {
        "epsilon": "none" if epsilon is None else epsilon,
        "epsilon_spent": round(privacy["epsilon_total"], 3) if privacy.get("dp_enabled") else None,
        "delta": privacy.get("delta") if privacy.get("dp_enabled") else None,
        "unit": privacy.get("unit", "-") if privacy.get("dp_enabled") else "-",
        "sqs": round(manifest["scores"]["sqs"], 2),
        "dps": round(manifest["scores"]["dps"], 2),
        "train_seconds": round(manifest["stages"]["train"]["seconds"], 1),
        "total_seconds": round(time.perf_counter() - start, 1),
        "cpu_seconds": round(_cpu_seconds() - cpu_start, 1),
        "load": round(os.getloadavg()[0], 1),
        "commit": STARTED_AT_COMMIT or commit(),
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
    }


def svg_plot(results: dict[str, list[dict]]) -> str:
    """SQS against epsilon (log scale), one line per dataset, baselines dashed; no dependencies."""
    width, height, left, bottom, top, right = 560, 340, 60, 50, 20, 150
    eps_values = [r["epsilon"] for rows in results.values() for r in rows if r["epsilon"] != "none"]
    lo, hi = math.log10(min(eps_values) / 1.5), math.log10(max(eps_values) * 1.5)

    def x(eps: float) -> float:
        return left + (math.log10(eps) - lo) / (hi - lo) * (width - left - right)

    def y(sqs: float) -> float:
        return top + (10 - sqs) / 10 * (height - top - bottom)

    colors = ["#1f77b4", "#d62728", "#2ca02c"]
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" '
        'font-size="12">',
        f'<rect width="{width}" height="{height}" fill="white"/>',
        f'<line x1="{left}" y1="{y(0)}" x2="{width - right}" y2="{y(0)}" stroke="black"/>',
        f'<line x1="{left}" y1="{y(0)}" x2="{left}" y2="{y(10)}" stroke="black"/>',
        f'<text x="{(left + width - right) / 2}" y="{height - 10}" text-anchor="middle">epsilon (log scale)</text>',
        f'<text x="15" y="{(top + height - bottom) / 2}" transform="rotate(-90 15 {(top + height - bottom) / 2})" '
        'text-anchor="middle">SQS (0-10)</text>',
    ]
    for tick in range(0, 11, 2):
        parts.append(f'<text x="{left - 8}" y="{y(tick) + 4}" text-anchor="end">{tick}</text>')
    for eps in sorted(set(eps_values)):
        parts.append(f'<text x="{x(eps)}" y="{y(0) + 16}" text-anchor="middle">{eps:g}</text>')
    for i, (name, rows) in enumerate(results.items()):
        color = colors[i % len(colors)]
        dp_rows = sorted((r for r in rows if r["epsilon"] != "none"), key=lambda r: r["epsilon"])
        points = " ".join(f"{x(r['epsilon']):.1f},{y(r['sqs']):.1f}" for r in dp_rows)
        parts.append(f'<polyline points="{points}" fill="none" stroke="{color}" stroke-width="2"/>')
        parts += [f'<circle cx="{x(r["epsilon"]):.1f}" cy="{y(r["sqs"]):.1f}" r="4" fill="{color}"/>' for r in dp_rows]
        base = next((r for r in rows if r["epsilon"] == "none"), None)
        if base:
            parts.append(
                f'<line x1="{left}" y1="{y(base["sqs"]):.1f}" x2="{width - right}" y2="{y(base["sqs"]):.1f}" '
                f'stroke="{color}" stroke-dasharray="5,4"/>'
            )
        ly = top + 20 + 36 * i
        parts.append(f'<line x1="{width - right + 10}" y1="{ly}" x2="{width - right + 30}" y2="{ly}" '
                     f'stroke="{color}" stroke-width="2"/>')
        parts.append(f'<text x="{width - right + 36}" y="{ly + 4}">{name} (DP)</text>')
        parts.append(f'<text x="{width - right + 36}" y="{ly + 18}" fill="#555">dashed: no DP</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def to_markdown(results: dict[str, list[dict]]) -> str:
    lines = [
        "| dataset | epsilon | unit | epsilon spent | delta | SQS | DPS | train s | run CPU s |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    measured: dict[str, set[str]] = {}
    for name, rows in results.items():
        for r in rows:
            delta = "-" if r["delta"] is None else f"{r['delta']:.2g}"
            spent = "-" if r["epsilon_spent"] is None else r["epsilon_spent"]
            lines.append(
                f"| {name} | {r['epsilon']} | {r['unit']} | {spent} | {delta} | {r['sqs']} | {r['dps']} "
                f"| {r['train_seconds']} | {r.get('cpu_seconds', '-')} |"
            )
            when = f"commit {r.get('commit', '?')}, {r.get('date', 'date not recorded')}"
            measured.setdefault(name, set()).add(when + (f", load {r['load']}" if "load" in r else ""))
    lines.append("")
    lines += [f"{name}: {'; '.join(sorted(whens))}." for name, whens in measured.items()]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--datasets", nargs="*", default=["adult", "pbcseq"], choices=["adult", "pbcseq"])
    parser.add_argument("--epsilons", nargs="*", type=float, default=[6.0, 1.0])
    parser.add_argument("--pbcseq", type=Path, default=PBCSEQ)
    parser.add_argument("--threads", type=int, default=None, help="training.num_threads (default: auto)")
    args = parser.parse_args()
    global STARTED_AT_COMMIT
    STARTED_AT_COMMIT = commit()
    if args.threads is not None:  # before torch is imported (run_once imports it)
        os.environ.setdefault("OMP_NUM_THREADS", str(args.threads))
    sources = {"adult": (ADULT, None), "pbcseq": (args.pbcseq, "id")}
    # Keep the tutorial's DP releases out of the user's own ledger.
    os.environ.setdefault("SAFE_SYNTHESIZER_LEDGER", str(Path(tempfile.mkdtemp()) / "ledger.json"))
    fresh: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory(prefix="dp-tutorial-") as artifacts:
        for name in args.datasets:
            source, group_by = sources[name]
            if not source.is_file():
                sys.exit(f"dp_tutorial: {source} not found; pass --pbcseq PATH or --datasets adult")
            for epsilon in [None, *args.epsilons]:
                row = run_once(source, epsilon, group_by, Path(artifacts), args.threads)
                print(f"[dp_tutorial] {name}: {row}", flush=True)
                fresh.setdefault(name, []).append(row)
    # Datasets not rerun keep their earlier rows (read now, not at the start: another process
    # may have refreshed a different dataset meanwhile).
    previous = RESULTS / "dp_tutorial.json"
    results: dict[str, list[dict]] = json.loads(previous.read_text(encoding="utf-8")) if previous.exists() else {}
    results.update(fresh)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "dp_tutorial.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "dp_tutorial.md").write_text(to_markdown(results), encoding="utf-8")
    PLOT.write_text(svg_plot(results), encoding="utf-8")
    print(to_markdown(results))


if __name__ == "__main__":
    main()
