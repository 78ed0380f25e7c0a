"""Shared pieces of the scale benchmark: Adult tables, benchmark parameters, child processes, results.

Every measurement runs in a fresh child process of ``bench_scale.py`` (``run_child``) so peak RSS
and CPU seconds are the measured step's own; results merge into ``results/scale.json`` and are
rendered to ``results/scale.md`` (``scale_render``).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
RESULTS = ROOT / "benchmarks" / "results"
# The CLI that every child process runs (``bench_scale.py --child-...``).
BENCH = Path(__file__).resolve().with_name("bench_scale.py")
ADULT_INTEGERS = ("age", "fnlwgt", "education-num", "capital-gain", "capital-loss", "hours-per-week")


def adult_schema(df):
    from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema

    return TableSchema(
        [ColumnSchema(c, ColumnType.INTEGER if c.split("__")[0] in ADULT_INTEGERS else ColumnType.CATEGORICAL)
         for c in df.columns], n_rows=len(df))


def adult(n_columns: int | None = None):
    import pandas as pd

    df = pd.read_csv(DATA / "adult_train.csv")
    if n_columns is None or n_columns == df.shape[1]:
        return df
    if n_columns < df.shape[1]:
        return df.iloc[:, :n_columns]
    # Wider: repeat columns from a shifted row order (new columns, related within each copy).
    parts, k = [df], 1
    while sum(p.shape[1] for p in parts) < n_columns:
        extra = df.sample(frac=1.0, random_state=k).reset_index(drop=True).add_suffix(f"__{k}")
        parts.append(extra)
        k += 1
    return pd.concat(parts, axis=1).iloc[:, :n_columns]


def bench_params(**training):
    from safe_synthesizer.config.parameters import SafeSynthesizerParameters

    params = SafeSynthesizerParameters()
    params.data.random_state = 0
    for key, value in training.items():
        setattr(params.training, key, value)
    return params


def hwm_mb() -> float:
    """This process's peak RSS (VmHWM): unlike ru_maxrss it starts afresh at exec, so a child does not
    report the peak of the parent that built its input table."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_mb() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, children


def run_child(args: list[str], env: dict[str, str] | None = None) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    result = subprocess.run([sys.executable, str(BENCH), *args], capture_output=True, text=True, check=False,
                            env={**os.environ, **(env or {})})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-3000:])
    record = json.loads(result.stdout.strip().splitlines()[-1])
    record["cpu_seconds"] = round((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), 1)
    record["wall_with_startup"] = round(time.monotonic() - started, 1)
    record["load_average"] = round(os.getloadavg()[0], 1)
    return record


def resampled_adult(n: int, seed: int = 0):
    """``n`` rows drawn from Adult's training split with noise on the numeric columns."""
    import numpy as np

    df = adult()
    rng = np.random.default_rng(seed)
    out = df.iloc[rng.integers(0, len(df), n)].reset_index(drop=True)
    out["age"] = (out["age"] + rng.integers(-2, 3, n)).clip(17, 90)
    out["hours-per-week"] = (out["hours-per-week"] + rng.integers(-2, 3, n)).clip(1, 99)
    out["fnlwgt"] = (out["fnlwgt"] * rng.uniform(0.95, 1.05, n)).round().astype("int64")
    return out


def save_results(new: dict) -> None:
    path = RESULTS / "scale.json"
    data = json.loads(path.read_text()) if path.exists() else {}
    data.update(new)
    path.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n")
    from scale_render import render

    (RESULTS / "scale.md").write_text(render(data))
