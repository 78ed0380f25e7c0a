"""DP-SGD under torchrun (2 CPU processes, gloo): one process's accounting, weights in sync.

pbcseq visits grouped by patient (entity-level units of several rows each, so the split of a
batch between the ranks must follow unit boundaries). The noise-once and clipped-sum checks of
the step itself are in ``tests/privacy/test_dp_sgd_distributed.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SCRIPT = textwrap.dedent(
    """
    import hashlib
    import json
    import sys
    from pathlib import Path

    import pandas as pd

    import safe_synthesizer.models.builtin.backend as backend
    from safe_synthesizer.config.parameters import SafeSynthesizerParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.data.typed_frame import apply_schema
    from safe_synthesizer.models.builtin.distributed import DistributedContext

    data, out = Path(sys.argv[1]), Path(sys.argv[2])
    audit_seed = int(sys.argv[3]) if len(sys.argv) > 3 else None
    raw = pd.read_csv(data, nrows=400)
    schema = infer_schema(raw, group_by="id")
    df = apply_schema(raw, schema)
    params = SafeSynthesizerParameters()
    params.training.model_size = "small"
    params.training.epochs = 2
    params.training.num_threads = 1
    params.data.group_training_examples_by = "id"
    params.privacy.dp_enabled = True
    params.privacy.epsilon = 4.0

    digest = {}
    train_model = backend.train_model

    def spy(model, *args, **kwargs):  # the weights every rank ends with
        outcome = train_model(model, *args, **kwargs)
        h = hashlib.sha256()
        for v in model.state_dict().values():
            h.update(v.detach().numpy().tobytes())
        digest["weights"] = h.hexdigest()
        return outcome

    backend.train_model = spy
    rank = DistributedContext.from_env().rank
    result = backend.BuiltinBackend(audit_seed=audit_seed).train(df, schema, params, out)
    (out / f"rank{rank}.json").write_text(json.dumps(
        {"metrics": result.metrics, "privacy": result.privacy, "weights": digest["weights"]}))
    """
)


def _run(cmd: list[str]) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("RANK", "WORLD_SIZE", "LOCAL_RANK")}
    env["OMP_NUM_THREADS"] = "1"
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]


def _torchrun(script: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2", str(script),
            *args]


def _ranks(out: Path, n: int) -> list[dict]:
    return [json.loads((out / f"rank{r}.json").read_text()) for r in range(n)]


@pytest.mark.slow
def test_torchrun_dp_training_spends_the_one_process_budget(tmp_path, shared_data):
    script = tmp_path / "train_dp.py"
    script.write_text(SCRIPT)
    data = str(shared_data / "pbcseq_visits.csv")
    # Fresh secret seeds on each rank: rank 0's is shared, or the ranks would diverge (and
    # release their DP statistics twice); the backend refuses ranks whose weights differ.
    _run(_torchrun(script, data, str(tmp_path / "two")))
    _run([sys.executable, str(script), data, str(tmp_path / "one")])
    (one,), two = _ranks(tmp_path / "one", 1), _ranks(tmp_path / "two", 2)
    assert two[0]["weights"] == two[1]["weights"]
    privacy = two[0]["privacy"]
    assert two[1]["privacy"] is None  # one privacy block (for the manifest and ledger): rank 0's
    assert two[0]["metrics"]["steps"] == two[1]["metrics"]["steps"] == privacy["steps_planned"] > 0
    assert privacy["steps"] == privacy["steps_planned"]
    alone = one["privacy"]
    for key in ("n_units", "sample_rate", "noise_multiplier", "steps", "expected_units_per_step", "delta"):
        assert privacy[key] == alone[key], key
    assert privacy["unit"] == "entity:id"
    assert privacy["epsilon_total"] == pytest.approx(alone["epsilon_total"], rel=1e-12)
    assert alone["epsilon_total"] <= 4.0 + 1e-9
    assert two[0]["weights"] != one["weights"]  # fresh noise: not the one-process run's weights


@pytest.mark.slow
def test_torchrun_dp_training_with_the_same_noise_matches_one_process(tmp_path, shared_data):
    """With one known seed (privacy audits only) two ranks take the one-process steps: same
    Poisson batches, same noise drawn once, the clipped sums split along patients."""
    from safetensors.torch import load_file

    script = tmp_path / "train_dp.py"
    script.write_text(SCRIPT)
    data = str(shared_data / "pbcseq_visits.csv")
    _run(_torchrun(script, data, str(tmp_path / "two"), "11"))
    _run([sys.executable, str(script), data, str(tmp_path / "one"), "11"])
    two, one = (load_file(str(tmp_path / run / "model.safetensors")) for run in ("two", "one"))
    assert two.keys() == one.keys()
    worst = max(float((two[k] - one[k]).abs().max()) for k in one)
    spread = max(float(one[k].abs().max()) for k in one)
    # Only the order of float sums differs; a step that differed (batch, noise, clipping)
    # would move weights by the learning rate, about 1e-3 per step.
    assert worst < 1e-4 * spread, worst
