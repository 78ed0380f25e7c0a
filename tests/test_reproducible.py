"""The same seed gives the same synthetic table and scores; another seed gives another table.

Each run is a fresh ``safe-synthesizer run`` process with its own ``PYTHONHASHSEED``, so nothing
carries over in memory (torch's or numpy's global generators, Faker pools, caches) and no set or
dict order that depends on string hashing can hide. The slice has personal columns, so the PII
fakes are covered too. See docs/reproducibility.md.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "safe_synthesizer" / "sample_data" / "adult_sample.csv"
FIRST = ["James", "Maria", "Wei", "Fatima", "Olga", "Kofi", "Ana", "Liam", "Priya", "Tomasz"]
LAST = ["Smith", "Garcia", "Chen", "Khan", "Ivanova", "Mensah", "Silva", "Murphy", "Patel", "Nowak"]


def _slice(path: Path) -> Path:
    """300 Adult rows plus a name, an e-mail address and a date (replaced by fakes, then modelled)."""
    table = pd.read_csv(SAMPLE).head(300)[
        ["age", "workclass", "education", "education-num", "marital-status", "sex", "hours-per-week", "income"]
    ].copy()
    first = [FIRST[i % 10] for i in range(len(table))]
    last = [LAST[(i * 7) % 10] for i in range(len(table))]
    table["name"] = [f"{f} {s}" for f, s in zip(first, last, strict=True)]
    pairs = enumerate(zip(first, last, strict=True))
    table["email"] = [f"{f.lower()}.{s.lower()}{i}@example.org" for i, (f, s) in pairs]
    table["joined"] = pd.Timestamp("2019-01-01") + pd.to_timedelta([(i * 37) % 1500 for i in range(len(table))], "D")
    table.to_csv(path, index=False)
    return path


def _run(source: Path, run_path: Path, seed: int, hash_seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "safe_synthesizer", "run", "--data-source", str(source), "--run-path", str(run_path),
         "--data__random_state", str(seed), "--generation__num_records", "200", "--training__epochs", "3",
         "--data__holdout", "60"],
        env=env, capture_output=True, text=True, timeout=900,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    metrics = json.loads((run_path / "generate" / "evaluation_metrics.json").read_text(encoding="utf-8"))
    metrics.pop("timings", None)
    manifest = json.loads((run_path / "manifest.json").read_text(encoding="utf-8"))
    return {
        "synthetic": (run_path / "generate" / "synthetic_data.csv").read_bytes(),
        "transformed": (run_path / "dataset" / "transformed_training.csv").read_bytes(),
        "metrics": metrics,
        "scores": manifest["scores"],
        "reproducibility": manifest["reproducibility"],
    }


@pytest.mark.slow
def test_same_seed_same_table_and_scores_in_fresh_processes(tmp_path: Path) -> None:
    source = _slice(tmp_path / "people.csv")
    first = _run(source, tmp_path / "a", 11, "1")
    again = _run(source, tmp_path / "b", 11, "2")
    other = _run(source, tmp_path / "c", 12, "1")
    assert first["transformed"] == again["transformed"]  # the PII fakes
    assert first["synthetic"] == again["synthetic"]
    assert first["scores"] == again["scores"] and first["scores"]["sqs"] is not None
    assert first["metrics"] == again["metrics"]
    assert first["reproducibility"]["reproducible"] is True and first["reproducibility"]["seed"] == 11
    assert first["reproducibility"]["notes"] == []
    assert other["synthetic"] != first["synthetic"]


def test_the_record_names_what_prevents_a_rerun() -> None:
    from safe_synthesizer.config.parameters import SafeSynthesizerParameters
    from safe_synthesizer.utils.reproducibility import DP_NOTE, LLM_NOTE, reproducibility_record

    plain = SafeSynthesizerParameters.model_validate({"data": {"random_state": 3}})
    record = reproducibility_record(plain, {"backend": "builtin", "reproducible": True})
    assert record["reproducible"] is True and record["seed"] == 3 and record["torch_threads"] >= 1
    note = "training stopped by the time budget (training.max_training_time) at step 40 of the 500 the epochs plan"
    capped = reproducibility_record(plain, {"backend": "builtin", "reproducible": False, "reproducibility_note": note})
    assert capped["reproducible"] is False and capped["notes"] == [note]
    dp = SafeSynthesizerParameters.model_validate({"data": {"random_state": 3}, "privacy": {"dp_enabled": True}})
    assert reproducibility_record(dp, {"backend": "builtin", "reproducible": False})["notes"] == [DP_NOTE]
    llm = reproducibility_record(plain, {"backend": "llm"})
    assert llm["reproducible"] is None and llm["notes"] == [LLM_NOTE]
