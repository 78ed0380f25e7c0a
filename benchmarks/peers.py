"""Side-by-side peer: MOSTLY AI's TabularARGN (``mostlyai-engine``) on the Adult split.

Run it with an interpreter that has ``mostlyai-engine`` installed (keep it out of the project's
venv: it pins its own torch stack), e.g.::

    python3 -m venv /tmp/peer && /tmp/peer/bin/pip install "torch==2.13.0" mostlyai-engine
    /tmp/peer/bin/python benchmarks/peers.py --out benchmarks/results/peer_tabularargn.csv

It writes the synthetic CSV and prints train/generate seconds as JSON; score the CSV with our
evaluator (same metrics as our own rows) via::

    .venv/bin/safe-synthesizer evaluate --training ../shared/data/adult_train.csv \
        --synthetic benchmarks/results/peer_tabularargn.csv --test ../shared/data/adult_holdout.csv \
        --output-dir benchmarks/results/peer_tabularargn
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def main() -> None:
    import pandas as pd
    import torch
    from mostlyai import engine

    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--threads", type=int, default=1, help="TabularARGN's reference run used one thread")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    train = pd.read_csv(DATA / "adult_train.csv")
    workspace = Path(tempfile.mkdtemp(prefix="tabularargn-"))
    start = time.perf_counter()
    engine.split(workspace_dir=workspace, tgt_data=train, model_type="TABULAR")
    engine.analyze(workspace_dir=workspace)
    engine.encode(workspace_dir=workspace)
    engine.train(workspace_dir=workspace)
    train_seconds = time.perf_counter() - start
    start = time.perf_counter()
    engine.generate(workspace_dir=workspace, sample_size=len(train))
    generate_seconds = time.perf_counter() - start
    synthetic = pd.read_parquet(workspace / "SyntheticData")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    synthetic.to_csv(args.out, index=False)
    print(json.dumps({"peer": "mostlyai-engine TabularARGN", "threads": args.threads,
                      "train_seconds": round(train_seconds, 1), "generate_seconds": round(generate_seconds, 2),
                      "rows": len(synthetic)}))


if __name__ == "__main__":
    main()
