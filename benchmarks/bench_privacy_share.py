"""How much of epsilon the DP statistics should get: SQS per ``privacy.preprocessing_epsilon_share``.

    .venv/bin/python benchmarks/bench_privacy_share.py ROWS EPSILON SHARE [SHARE ...]
    .venv/bin/python benchmarks/bench_privacy_share.py 3000 6 0.1 0.3

Trains the built-in model with DP (record level) on ``ROWS`` random rows of adult_train, generates
as many and scores them against the first 1,500 holdout rows. The measurements behind
``privacy.budget.auto_preprocessing_share`` are in ``results/privacy_share.md``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def main() -> None:
    import pandas as pd

    from safe_synthesizer.config.parameters import SafeSynthesizerParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.data.typed_frame import apply_schema
    from safe_synthesizer.evaluation import evaluate
    from safe_synthesizer.models.builtin.backend import BuiltinBackend

    rows, epsilon, shares = int(sys.argv[1]), float(sys.argv[2]), [float(s) for s in sys.argv[3:]]
    train = pd.read_csv(DATA / "adult_train.csv").sample(rows, random_state=0).reset_index(drop=True)
    holdout = pd.read_csv(DATA / "adult_holdout.csv").head(1500)
    schema = infer_schema(train)
    train, holdout = apply_schema(train, schema), apply_schema(holdout, schema)
    print("| rows | epsilon | share | SQS | DPS | seconds |\n|---|---|---|---|---|---|")
    for share in shares:
        params = SafeSynthesizerParameters()
        params.data.random_state = 0
        params.privacy.dp_enabled = True
        params.privacy.epsilon = epsilon
        params.privacy.preprocessing_epsilon_share = share
        model_dir = Path(tempfile.mkdtemp(prefix="bench-share-"))
        start = time.perf_counter()
        BuiltinBackend().train(train, schema, params, model_dir)
        synthetic = BuiltinBackend().generate(model_dir, params, num_records=len(train)).data
        result = evaluate(train, apply_schema(synthetic, schema), holdout, schema=schema, seed=0)
        seconds = time.perf_counter() - start
        print(f"| {rows} | {epsilon:g} | {share:g} | {result.sqs:.2f} | {result.dps:.2f} | {seconds:.0f} |", flush=True)


if __name__ == "__main__":
    main()
