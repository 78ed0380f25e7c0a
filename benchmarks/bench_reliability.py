"""Resume after an interruption: how much work it saves, and whether the result is identical.

Runs the CLI as a user would, three times on the same table and seed:

1. ``run`` uninterrupted;
2. ``run`` stopped by SIGTERM (or SIGKILL) once the checkpoint of epoch ``--stop-epoch`` is on disk;
3. ``run --resume`` of (2).

Reports wall-clock seconds of each, the epoch training resumed from, and whether the resumed model
and records are bit-identical to (1). Timings on a shared machine are noisy: compare within one run.

    python benchmarks/bench_reliability.py --rows 2000 --epochs 6 --stop-epoch 3
"""

from __future__ import annotations

import argparse
import hashlib
import json
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "adult.csv"
RESULTS = Path(__file__).resolve().parent / "results"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cli(*args: object) -> list[str]:
    return [sys.executable, "-m", "safe_synthesizer", *map(str, args)]


def _checkpointed(run: Path) -> int:
    try:
        return json.loads((run / "train/model/checkpoint/checkpoint.json").read_text())["state"]["epoch"]
    except (OSError, ValueError, KeyError):
        return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=2000)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--stop-epoch", type=int, default=3)
    parser.add_argument("--signal", choices=["SIGTERM", "SIGKILL"], default="SIGTERM")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-reliability-"))
    source = work / "adult.csv"
    with DATA.open(encoding="utf-8") as f:
        source.write_text("".join(line for _, line in zip(range(args.rows + 1), f, strict=False)))
    common = ("--data__random_state", 7, "--training__epochs", args.epochs, "--training__max_training_time", "null",
              "--generation__num_records", 1000, "--evaluation__enabled", "false")

    start = time.perf_counter()
    subprocess.run(_cli("run", "--data-source", source, "--run-path", work / "full", *common), check=True,
                   capture_output=True)
    full_seconds = time.perf_counter() - start

    start = time.perf_counter()
    child = subprocess.Popen(_cli("run", "--data-source", source, "--run-path", work / "cut", *common),
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    while _checkpointed(work / "cut") < args.stop_epoch:
        time.sleep(0.05)
    child.send_signal(getattr(signal, args.signal))
    child.wait()
    cut_seconds = time.perf_counter() - start
    manifest = json.loads((work / "cut" / "manifest.json").read_text())
    status_after_stop = manifest["status"]

    start = time.perf_counter()
    subprocess.run(_cli("run", "--resume", work / "cut"), check=True, capture_output=True)
    resume_seconds = time.perf_counter() - start
    manifest = json.loads((work / "cut" / "manifest.json").read_text())

    same_model = _sha(work / "full/train/model/model.safetensors") == _sha(work / "cut/train/model/model.safetensors")
    same_records = _sha(work / "full/generate/synthetic_data.csv") == _sha(work / "cut/generate/synthetic_data.csv")
    rows = [
        ("table", f"adult, first {args.rows} rows, {args.epochs} epochs, no time budget, seed 7"),
        ("uninterrupted run (s)", f"{full_seconds:.1f}"),
        (f"run stopped by {args.signal} after epoch {args.stop_epoch} checkpoint (s)", f"{cut_seconds:.1f}"),
        ("exit code / manifest status after the stop", f"{child.returncode} / {status_after_stop}"),
        ("run --resume (s)", f"{resume_seconds:.1f}"),
        ("training resumed from epoch", str(manifest["stages"]["train"].get("resumed_from_epoch"))),
        ("train stage seconds: uninterrupted / resumed part",
         f"{json.loads((work / 'full/manifest.json').read_text())['stages']['train']['seconds']:.1f} / "
         f"{manifest['stages']['train']['seconds']:.1f}"),
        ("model.safetensors identical", str(same_model)),
        ("synthetic_data.csv identical", str(same_records)),
        ("temporary files left", str(len(list((work / "cut").rglob(".*.tmp"))))),
    ]
    table = "\n".join(["| measure | value |", "|---|---|", *[f"| {k} | {v} |" for k, v in rows]])
    print(table)
    out = RESULTS / f"reliability_{args.signal.lower()}.md"
    out.write_text(f"# Resume after {args.signal}\n\n`python benchmarks/bench_reliability.py --rows {args.rows} "
                   f"--epochs {args.epochs} --stop-epoch {args.stop_epoch} --signal {args.signal}`\n\n{table}\n")


if __name__ == "__main__":
    main()
