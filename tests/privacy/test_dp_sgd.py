"""DP-SGD step: per-unit aggregation, clipping bound, noise scale, empty batches."""

from __future__ import annotations

import copy

import numpy as np
import pandas as pd
import pytest
import torch
from torch import nn

from safe_synthesizer.privacy.dp_sgd import DPStep

COLUMNS = ["workclass", "education", "marital-status", "occupation", "relationship", "sex"]


@pytest.fixture(scope="module")
def tokens(adult) -> torch.Tensor:
    """Adult's categorical columns as token ids (one vocabulary, offsets per column)."""
    parts, offset = [], 0
    for col in COLUMNS:
        codes, uniques = pd.factorize(adult[col], sort=True)
        parts.append(codes + offset)
        offset += len(uniques)
    return torch.as_tensor(np.stack(parts, axis=1), dtype=torch.long)


def _model(vocab: int, seed: int = 0) -> nn.Module:
    torch.manual_seed(seed)
    width = 8
    return nn.Sequential(
        nn.Embedding(vocab, width),
        nn.LayerNorm(width),
        nn.Flatten(1),
        nn.Linear(width * (len(COLUMNS) - 1), 2),
    )


def _per_row_loss(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    return nn.functional.cross_entropy(model(x), y, reduction="none")


def _batch(tokens: torch.Tensor, rows: list[int]) -> tuple[torch.Tensor, torch.Tensor]:
    x = tokens[rows]
    # Predict the last column (sex, two codes) from the others.
    return x[:, :-1], x[:, -1] - int(tokens[:, -1].min())


def _manual_unit_grads(model: nn.Module, x, y, units: list[int]) -> list[list[torch.Tensor]]:
    """Gradient of each unit's summed loss, one plain autograd call per unit."""
    out = []
    for u in sorted(set(units)):
        idx = [i for i, v in enumerate(units) if v == u]
        loss = _per_row_loss(model, x[idx], y[idx]).sum()
        out.append(list(torch.autograd.grad(loss, list(model.parameters()))))
    return out


def _make(model, *, sigma, clip, expected, seed=0, lr=0.0, adam=False, mode="ghost"):
    return DPStep(
        model,
        (torch.optim.Adam(model.parameters(), lr=lr) if adam else torch.optim.SGD(model.parameters(), lr=lr)),
        noise_multiplier=sigma,
        max_grad_norm=clip,
        expected_units_per_step=expected,
        generator=torch.Generator().manual_seed(seed),
        mode=mode,
    )


@pytest.mark.parametrize("mode", ["ghost", "opacus"])
def test_unit_aggregation_and_clipping_match_manual_computation(tokens, mode):
    vocab = int(tokens.max()) + 1
    model = _model(vocab)
    reference = copy.deepcopy(model)
    rows = list(range(12))
    units = [4, 4, 4, 9, 1, 1, 7, 7, 7, 7, 2, 0]  # six units of 1-4 records
    x, y = _batch(tokens, rows)
    clip, expected = 0.05, 5.0
    dp = _make(model, sigma=0.0, clip=clip, expected=expected, mode=mode)
    model.train()
    grads, stats = dp.private_gradient(_per_row_loss(model, x, y), torch.tensor(units))
    assert stats.num_rows == 12
    assert stats.num_units == 6

    manual = [torch.zeros_like(p) for p in reference.parameters()]
    for unit_grad in _manual_unit_grads(reference, x, y, units):
        norm = torch.sqrt(sum(g.pow(2).sum() for g in unit_grad))
        factor = min(1.0, clip / (float(norm) + 1e-6))
        for m, g in zip(manual, unit_grad, strict=True):
            m += factor * g
    for g, m in zip(grads, manual, strict=True):
        torch.testing.assert_close(g, m / expected, rtol=1e-4, atol=1e-7)
    assert stats.clipped_share == 1.0  # the tiny bound clips every unit


@pytest.mark.parametrize("mode", ["ghost", "opacus"])
def test_unclipped_sum_equals_batch_gradient(tokens, mode):
    model = _model(int(tokens.max()) + 1, seed=1)
    reference = copy.deepcopy(model)
    x, y = _batch(tokens, list(range(20, 40)))
    units = torch.arange(20) // 3
    dp = _make(model, sigma=0.0, clip=1e6, expected=1.0, mode=mode)
    grads, stats = dp.private_gradient(_per_row_loss(model, x, y), units)
    full = torch.autograd.grad(_per_row_loss(reference, x, y).sum(), list(reference.parameters()))
    for g, f in zip(grads, full, strict=True):
        torch.testing.assert_close(g, f, rtol=1e-4, atol=1e-6)
    assert stats.clipped_share == 0.0


@pytest.mark.parametrize("mode", ["ghost", "opacus"])
def test_each_unit_contributes_at_most_the_clipping_bound(tokens, mode):
    model = _model(int(tokens.max()) + 1, seed=2)
    x, y = _batch(tokens, list(range(100, 130)))
    dp = _make(model, sigma=0.0, clip=0.3, expected=1.0, mode=mode)
    # One entity holding all 30 rows: its summed gradient is clipped as one unit.
    grads, stats = dp.private_gradient(_per_row_loss(model, x, y), torch.zeros(30, dtype=torch.long))
    assert stats.num_units == 1
    total = float(torch.sqrt(sum(g.pow(2).sum() for g in grads)))
    assert total <= 0.3 * (1 + 1e-4)
    # As 30 separate records, the same rows may move the model up to 30 bounds.
    grads, _ = dp.private_gradient(_per_row_loss(model, x, y), torch.arange(30))
    assert float(torch.sqrt(sum(g.pow(2).sum() for g in grads))) <= 30 * 0.3 * (1 + 1e-4)


def test_noise_scale_on_empty_batches(tokens):
    model = _model(int(tokens.max()) + 1, seed=3)
    sigma, clip, expected = 2.0, 0.5, 4.0
    dp = _make(model, sigma=sigma, clip=clip, expected=expected, seed=11)
    samples = []
    for _ in range(20):
        grads, stats = dp.private_gradient(None, None)
        assert stats.num_units == 0
        samples.append(torch.cat([g.flatten() for g in grads]))
    noise = torch.cat(samples)
    assert noise.numel() > 10_000
    assert float(noise.mean()) == pytest.approx(0.0, abs=0.01)
    assert float(noise.std()) == pytest.approx(sigma * clip / expected, rel=0.03)


@pytest.mark.parametrize("mode", ["ghost", "opacus"])
def test_step_with_zero_row_forward_then_normal_step(tokens, mode):
    model = _model(int(tokens.max()) + 1, seed=4)
    reference = copy.deepcopy(model)
    dp = _make(model, sigma=0.0, clip=1e6, expected=2.0, lr=0.1, mode=mode)
    x, y = _batch(tokens, [])
    before = [p.detach().clone() for p in model.parameters()]
    dp.step(_per_row_loss(model, x, y), torch.zeros(0, dtype=torch.long))
    # Zero noise, no rows: the step is a no-op, and no activations are left behind.
    for b, p in zip(before, model.parameters(), strict=True):
        torch.testing.assert_close(p.detach(), b)
    x, y = _batch(tokens, [1, 2, 3])
    dp.step(_per_row_loss(model, x, y), torch.tensor([0, 1, 1]))
    full = torch.autograd.grad(_per_row_loss(reference, x, y).sum(), list(reference.parameters()))
    for b, p, g in zip(before, model.parameters(), full, strict=True):
        torch.testing.assert_close(p.detach(), b - 0.1 * g / 2.0, rtol=1e-4, atol=1e-6)


def test_noisy_training_still_learns(tokens):
    """End to end: Poisson-style batches, sigma 1, the loss goes down on real data."""
    model = _model(int(tokens.max()) + 1, seed=5)
    dp = _make(model, sigma=1.0, clip=5.0, expected=64.0, lr=0.01, seed=5, adam=True)
    x_all, y_all = _batch(tokens, list(range(2000)))
    with torch.no_grad():
        start = float(_per_row_loss(model, x_all, y_all).mean())
    rng = np.random.default_rng(0)
    model.train()
    for _ in range(200):
        rows = np.flatnonzero(rng.random(2000) < 64 / 2000)
        dp.step(_per_row_loss(model, x_all[rows], y_all[rows]), torch.as_tensor(rows))
    with torch.no_grad():
        end = float(_per_row_loss(model, x_all, y_all).mean())
    # Non-private training reaches ~0.29 from 0.61; noisy clipped steps get most of the way.
    assert end < start - 0.15


@pytest.mark.parametrize("mode", ["ghost", "opacus"])
def test_layers_that_merge_rows_are_refused(mode):
    class Merging(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.lin = nn.Linear(4, 1)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return self.lin(x.reshape(-1, 4)).reshape(x.shape[0], -1).sum(1)

    torch.manual_seed(0)
    model = Merging()
    dp = _make(model, sigma=0.0, clip=1.0, expected=1.0, mode=mode)
    x = torch.randn(3, 2, 4)
    with pytest.raises(RuntimeError, match=r"rows on dim 0|rows for"):
        dp.private_gradient(model(x), torch.arange(3))


class _Sequence(nn.Module):
    """Embedding -> LayerNorm -> Linear over positions, several calls of one layer, tied rows."""

    def __init__(self, vocab: int, padding_idx: int | None = None) -> None:
        super().__init__()
        self.emb = nn.Embedding(vocab, 6, padding_idx=padding_idx)
        self.norm = nn.LayerNorm(6)
        self.mix = nn.Linear(6, 6)
        self.out = nn.Linear(6, vocab)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.norm(self.emb(x))  # [B, T, 6]
        h = torch.tanh(self.mix(h)) + torch.tanh(self.mix(h.flip(1)))  # two calls of one layer
        logits = self.out(h[:, :-1])
        return nn.functional.cross_entropy(logits.transpose(1, 2), x[:, 1:], reduction="none").sum(1)


def test_ghost_engine_matches_opacus_per_sample_gradients(tokens):
    """Entity units, active clipping, 3-D activations, repeated layer calls."""
    vocab = int(tokens.max()) + 1
    torch.manual_seed(7)
    ghost_model = _Sequence(vocab)
    opacus_model = copy.deepcopy(ghost_model)
    x = tokens[200:240]
    units = torch.as_tensor(np.repeat(np.arange(14), 3)[:40])  # 14 entities of up to 3 rows
    results = []
    for model, mode in ((ghost_model, "ghost"), (opacus_model, "opacus")):
        dp = _make(model, sigma=0.0, clip=0.5, expected=10.0, mode=mode)
        model.train()
        results.append(dp.private_gradient(model(x), units))
    (g_ghost, s_ghost), (g_opacus, s_opacus) = results
    assert s_ghost == s_opacus
    assert s_ghost.clipped_share > 0
    for a, b in zip(g_ghost, g_opacus, strict=True):
        torch.testing.assert_close(a, b, rtol=2e-4, atol=1e-6)


def test_unsupported_layers_need_the_opacus_engine():
    model = nn.Sequential(nn.Linear(3, 3), nn.GroupNorm(1, 3))
    with pytest.raises(TypeError, match="mode='opacus'"):
        _make(model, sigma=0.0, clip=1.0, expected=1.0)
    _make(copy.deepcopy(model), sigma=0.0, clip=1.0, expected=1.0, mode="opacus")


def test_ghost_engine_respects_embedding_padding_index(tokens):
    # torch gives the padding row no gradient; Opacus's per-sample rule does not know that.
    vocab = int(tokens.max()) + 1
    torch.manual_seed(8)
    model = _Sequence(vocab, padding_idx=int(tokens[0, 0]))
    reference = copy.deepcopy(model)
    x = tokens[:30]
    dp = _make(model, sigma=0.0, clip=1e6, expected=1.0)
    grads, _ = dp.private_gradient(model(x), torch.arange(30))
    full = torch.autograd.grad(reference(x).sum(), list(reference.parameters()))
    for g, f in zip(grads, full, strict=True):
        torch.testing.assert_close(g, f, rtol=1e-4, atol=1e-5)
