"""One DP-SGD step with per-unit clipping.

Opacus computes per-row gradients (``GradSampleModule`` in hooks mode); this module then sums
the rows of each privacy unit, clips every unit's gradient to ``max_grad_norm`` (L2 over all
parameters), adds Gaussian noise ``N(0, (sigma * C)^2)`` to the sum and divides by the
*expected* number of units per step ``q * N`` (Opacus's estimator for Poisson sampling: a
fixed denominator, so the batch size itself leaks nothing). The optimizer then steps.

Requirements on the model (the built-in model meets them):
- only layers Opacus has per-sample rules for (``nn.Linear``, ``nn.Embedding``,
  ``nn.LayerNorm``...), no trainable layer with buffers (no BatchNorm);
- every layer sees the batch's rows on dim 0, in the order of ``per_row_loss``;
- ``model.train()`` during the DP forward (hooks record only then), and evaluation forwards
  under ``torch.no_grad()`` or ``model.eval()``, so they leave no pending activations.

Example:
    >>> model = nn.Sequential(nn.Embedding(10, 4), nn.Flatten(), nn.Linear(8, 1))
    >>> dp = DPStep(model, torch.optim.SGD(model.parameters(), lr=0.1), noise_multiplier=1.0,
    ...             max_grad_norm=1.0, expected_units_per_step=4.0,
    ...             generator=torch.Generator().manual_seed(0))
    >>> x = torch.tensor([[1, 2], [3, 4], [5, 6]])
    >>> stats = dp.step(model(x).squeeze(1) ** 2, unit_index=torch.tensor([0, 0, 1]))
    >>> stats.num_units
    2
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import torch
from torch import nn


@dataclass(frozen=True)
class DPStepStats:
    """What one step did (for logs; nothing here is private beyond the noisy step itself).

    ``num_rows``/``num_units`` are the batch's sizes and ``clipped_share`` the share of units
    whose gradient norm exceeded the bound: log them as training diagnostics only, they are not
    part of the DP release.
    """

    num_rows: int
    num_units: int
    clipped_share: float


class DPStep:
    """Private optimisation step: per-unit clipping, Gaussian noise, fixed-denominator average.

    Args:
        model: the module being trained (hooks are attached to its layers in place, so the
            caller keeps calling ``model(...)``).
        optimizer: any torch optimizer over ``model``'s parameters.
        noise_multiplier: sigma; the noise std is ``sigma * max_grad_norm``.
        max_grad_norm: clipping bound ``C`` of each unit's gradient (``privacy.per_sample_max_grad_norm``).
        expected_units_per_step: ``q * n_units``, the divisor of the noisy gradient sum.
        generator: torch generator of the noise (seed it for reproducible runs).
    """

    def __init__(
        self,
        model: nn.Module,
        optimizer: torch.optim.Optimizer,
        *,
        noise_multiplier: float,
        max_grad_norm: float,
        expected_units_per_step: float,
        generator: torch.Generator | None = None,
    ) -> None:
        from opacus import GradSampleModule

        if noise_multiplier < 0 or max_grad_norm <= 0 or expected_units_per_step <= 0:
            raise ValueError("DPStep needs noise_multiplier >= 0, max_grad_norm > 0 and expected_units_per_step > 0")
        self.model = model
        self.optimizer = optimizer
        self.noise_multiplier = float(noise_multiplier)
        self.max_grad_norm = float(max_grad_norm)
        self.expected_units_per_step = float(expected_units_per_step)
        self.generator = generator if generator is not None else torch.Generator().manual_seed(0)
        # loss_reduction="sum": per_row_loss.sum() is backpropagated, so each row's grad_sample is
        # exactly the gradient of that row's own loss.
        self.grad_sample_module = GradSampleModule(model, batch_first=True, loss_reduction="sum")
        self.params = [p for p in model.parameters() if p.requires_grad]

    def private_gradient(
        self, per_row_loss: torch.Tensor | None, unit_index: torch.Tensor | None
    ) -> tuple[list[torch.Tensor], DPStepStats]:
        """The noisy averaged gradient of every trainable parameter, without stepping.

        ``per_row_loss`` is each row's own loss (shape ``[rows]``, from a forward of ``model`` in
        train mode); ``unit_index`` gives each row's privacy unit (any integer ids, shape
        ``[rows]``). ``None`` or zero rows means an empty Poisson batch: the result is noise only.
        """
        self._clear_grad_samples()
        n_rows = 0 if per_row_loss is None else int(per_row_loss.numel())
        sums = [torch.zeros_like(p) for p in self.params]
        num_units, clipped = 0, 0
        if n_rows == 0 and per_row_loss is not None and per_row_loss.requires_grad:
            # A forward over zero rows still left activations in the hooks: consume them.
            _backward(per_row_loss.sum())
            self._clear_grad_samples()
        if n_rows > 0:
            if unit_index is None or per_row_loss.dim() != 1 or unit_index.shape != per_row_loss.shape:
                raise ValueError("per_row_loss and unit_index must both have shape [rows]")
            per_unit, num_units = self._per_unit_grads(per_row_loss, unit_index.to(torch.long))
            norms = torch.sqrt(sum(g.flatten(1).pow(2).sum(dim=1) for g in per_unit))
            scale = (self.max_grad_norm / (norms + 1e-6)).clamp(max=1.0)
            clipped = int((norms > self.max_grad_norm).sum())
            sums = [torch.einsum("u,u...->...", scale, g) for g in per_unit]
        std = self.noise_multiplier * self.max_grad_norm
        grads = []
        for total in sums:
            noise = torch.normal(0.0, std, size=total.shape, generator=self.generator)
            grads.append((total + noise.to(total.dtype)) / self.expected_units_per_step)
        self._clear_grad_samples()
        stats = DPStepStats(n_rows, num_units, clipped / num_units if num_units else 0.0)
        return grads, stats

    def step(self, per_row_loss: torch.Tensor | None, unit_index: torch.Tensor | None) -> DPStepStats:
        """Compute the private gradient, install it as ``p.grad`` and step the optimizer."""
        grads, stats = self.private_gradient(per_row_loss, unit_index)
        for p, g in zip(self.params, grads, strict=True):
            p.grad = g
        self.optimizer.step()
        self.optimizer.zero_grad(set_to_none=True)
        return stats

    def _per_unit_grads(self, per_row_loss: torch.Tensor, unit_index: torch.Tensor) -> tuple[list[torch.Tensor], int]:
        n_rows = per_row_loss.shape[0]
        for p in self.params:
            p.grad = None
        _backward(per_row_loss.sum())
        _, dense = torch.unique(unit_index, return_inverse=True)
        num_units = int(dense.max()) + 1
        per_unit = []
        for p in self.params:
            gs = getattr(p, "grad_sample", None)
            if isinstance(gs, list):
                raise RuntimeError(
                    "DPStep: several backward passes accumulated before step(); run one forward and "
                    "call step() once per batch, and compute evaluation losses under torch.no_grad()"
                )
            acc = torch.zeros((num_units, *p.shape), dtype=p.dtype, device=p.device)
            if gs is not None:  # None: the parameter did not take part in this loss
                if gs.shape[0] != n_rows:
                    raise RuntimeError(
                        f"DPStep: per-sample gradient has {gs.shape[0]} rows for {n_rows} losses; every "
                        "layer must see the batch's rows on dim 0"
                    )
                acc.index_add_(0, dense, gs.to(p.dtype))
            per_unit.append(acc)
        return per_unit, num_units

    def _clear_grad_samples(self) -> None:
        for p in self.params:
            p.grad_sample = None
            p.grad = None


def _backward(loss: torch.Tensor) -> None:
    with warnings.catch_warnings():
        # Opacus's full backward hooks fire on an Embedding, whose integer input has no gradient:
        # expected, and the per-sample gradient of its weight is still exact.
        warnings.filterwarnings("ignore", message="Full backward hook is firing")
        loss.backward()
