"""DP-SGD split over processes: units never split, noise drawn once, clipped sums as in one process.

The torchrun test runs the same script in one process and in two (gloo, CPU) and compares: the
noisy update of two ranks is the one-process update (same noise draw from rank 0, not one per
rank), its std is ``sigma * C / (q N)`` (a per-rank draw would give ``sqrt(2)`` times that) and the
clipped sum over globally Poisson-sampled entities equals the one-process sum.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
import torch
from torch import nn

from safe_synthesizer.privacy.dp_sgd import DPStep
from safe_synthesizer.privacy.sampling import PoissonUnitSampler, privacy_units, unit_aligned_part

SIGMA, CLIP, EXPECTED = 2.0, 0.5, 4.0  # noise std of the update: 2 * 0.5 / 4 = 0.25

SCRIPT = textwrap.dedent(
    """
    import sys

    import numpy as np
    import pandas as pd
    import torch
    from torch import nn

    from safe_synthesizer.models.builtin.distributed import DistributedContext
    from safe_synthesizer.privacy.dp_sgd import DPStep
    from safe_synthesizer.privacy.sampling import PoissonUnitSampler, privacy_units, unit_aligned_part

    data, out = sys.argv[1], sys.argv[2]
    ctx = DistributedContext.from_env()
    replicas = ctx if ctx.world_size > 1 else None

    def dp_step(model, sigma, clip, expected):
        return DPStep(model, torch.optim.SGD(model.parameters(), lr=0.0), noise_multiplier=sigma,
                      max_grad_norm=clip, expected_units_per_step=expected,
                      generator=torch.Generator().manual_seed(123), replicas=replicas)

    def my_part(unit_of_row):
        return unit_aligned_part(unit_of_row, ctx.rank, ctx.world_size)

    # 1. Noise only: every row's loss is zero, so the update is the noise alone.
    torch.manual_seed(0)
    wide = nn.Linear(200, 200)
    dp = dp_step(wide, 2.0, 0.5, 4.0)
    x = torch.randn(10, 200)
    units = np.arange(10)
    noise = []
    for _ in range(3):
        part = my_part(units)
        loss = wide(x[part]).sum(1) * 0.0
        grads, stats = dp.private_gradient(loss, torch.from_numpy(units[part]))
        assert stats.num_rows == 10 and stats.num_units == 10, stats
        noise.append(torch.cat([g.flatten() for g in grads]))

    # 2. No noise: clipped per-entity sums of pbcseq patients sampled by global Poisson sampling.
    df = pd.read_csv(data)
    cols = ["sex", "stage", "ascites", "hepato", "spiders", "edema"]
    parts, offset = [], 0
    for c in cols:
        codes, uniques = pd.factorize(df[c], sort=True)
        parts.append(codes + offset)
        offset += len(uniques) + 1
    tokens = torch.as_tensor(np.stack(parts, axis=1), dtype=torch.long)
    ids = privacy_units(df, "id").ids
    torch.manual_seed(1)
    small = nn.Sequential(nn.Embedding(offset, 4), nn.LayerNorm(4), nn.Flatten(1), nn.Linear(20, 1))
    dp = dp_step(small, 0.0, 0.05, 30.0)
    clipped, batches = [], []
    for rows in PoissonUnitSampler(ids, 0.1, 3, seed=5):
        batches.append(torch.from_numpy(rows))
        part = my_part(ids[rows])
        rows = rows[part]
        x = tokens[torch.from_numpy(rows)]
        loss = (small(x[:, :-1]).squeeze(1) - x[:, -1].float() / offset) ** 2
        grads, stats = dp.private_gradient(loss, torch.from_numpy(ids[rows]))
        clipped.append(torch.cat([g.flatten() for g in grads]))
    torch.save({"noise": torch.stack(noise), "clipped": torch.stack(clipped), "batches": batches,
                "clipped_share": stats.clipped_share, "units": stats.num_units}, f"{out}.{ctx.rank}.pt")
    """
)


def _run(cmd: list[str]) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("RANK", "WORLD_SIZE", "LOCAL_RANK")}
    env["OMP_NUM_THREADS"] = "1"
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]


@pytest.mark.slow
def test_torchrun_dp_step_adds_noise_once_and_sums_clipped_units(tmp_path: Path, shared_data: Path):
    script = tmp_path / "dp_step.py"
    script.write_text(SCRIPT)
    data = str(shared_data / "pbcseq_visits.csv")
    _run([sys.executable, str(script), data, str(tmp_path / "one")])
    _run([sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2", str(script),
          data, str(tmp_path / "two")])
    one = torch.load(tmp_path / "one.0.pt")
    ranks = [torch.load(tmp_path / f"two.{r}.pt") for r in range(2)]
    # Every rank drew the same global Poisson batches and ends with the same update.
    for r in ranks:
        assert all(torch.equal(a, b) for a, b in zip(r["batches"], one["batches"], strict=True))
        assert torch.equal(r["noise"], ranks[0]["noise"]) and torch.equal(r["clipped"], ranks[0]["clipped"])
        assert r["units"] == one["units"] and r["clipped_share"] == pytest.approx(one["clipped_share"])
    two = ranks[0]
    # Noise once: the update's std is the one-process std (120,000 draws: std known to 0.2%),
    # and it is the very draw one process makes, not a sum of one draw per rank.
    assert float(two["noise"].std()) == pytest.approx(SIGMA * CLIP / EXPECTED, rel=0.02)
    assert float(one["noise"].std()) == pytest.approx(SIGMA * CLIP / EXPECTED, rel=0.02)
    torch.testing.assert_close(two["noise"], one["noise"], rtol=0, atol=1e-7)
    # Clipped per-entity sums (most entities clipped) over the two ranks = the one-process sums.
    assert one["clipped_share"] > 0.5
    assert float(one["clipped"].abs().max()) > 0
    torch.testing.assert_close(two["clipped"], one["clipped"], rtol=1e-5, atol=1e-7)


class _Rank:
    """One rank of a group whose all-reduce is a no-op (checks what a rank itself contributes)."""

    def __init__(self, rank: int) -> None:
        self.rank, self.world_size = rank, 2

    def all_reduce_sum(self, tensors: list[torch.Tensor]) -> None:
        pass


def test_only_rank_zero_draws_the_noise():
    x = torch.randn(6, 50, generator=torch.Generator().manual_seed(0))

    def update(replicas):
        torch.manual_seed(0)
        model = nn.Linear(50, 40)
        dp = DPStep(model, torch.optim.SGD(model.parameters(), lr=0.0), noise_multiplier=SIGMA, max_grad_norm=CLIP,
                    expected_units_per_step=EXPECTED, generator=torch.Generator().manual_seed(9), replicas=replicas)
        grads, _ = dp.private_gradient(model(x).sum(1) * 0.0, torch.arange(6))
        return torch.cat([g.flatten() for g in grads]), dp.generator

    alone, _ = update(None)
    first, _ = update(_Rank(0))
    other, generator = update(_Rank(1))
    assert float(alone.std()) == pytest.approx(SIGMA * CLIP / EXPECTED, rel=0.1)
    assert torch.equal(first, alone)  # rank 0 draws exactly the one-process noise
    assert torch.count_nonzero(other) == 0  # rank 1 adds none
    assert torch.equal(generator.get_state(), torch.Generator().manual_seed(9).get_state())


@pytest.mark.parametrize("world", [2, 3, 5])
def test_unit_aligned_parts_cover_the_batch_and_never_split_a_unit(pbcseq, world):
    ids = privacy_units(pbcseq, "id").ids
    largest = int(np.bincount(ids).max())
    for rows in PoissonUnitSampler(ids, 0.2, 5, seed=1):
        units = ids[rows]
        parts = [unit_aligned_part(units, r, world) for r in range(world)]
        assert parts[0].start == 0 and parts[-1].stop == len(rows)
        assert all(a.stop == b.start for a, b in itertools.pairwise(parts))
        owners = [set(units[p].tolist()) for p in parts]
        assert sum(len(o) for o in owners) == len(set(units.tolist()))  # no unit on two ranks
        # Balanced up to one unit: each part within the largest unit of an even share.
        assert all(abs((p.stop - p.start) - len(rows) / world) <= largest for p in parts)


def test_unit_aligned_part_refuses_scattered_units():
    with pytest.raises(ValueError, match="adjacent"):
        unit_aligned_part(np.array([1, 2, 1]), 0, 2)
    assert unit_aligned_part(np.zeros(0, dtype=np.int64), 1, 2) == slice(0, 0)
