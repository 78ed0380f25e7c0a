"""One DP-SGD step with per-unit clipping.

Each privacy unit's gradient (the sum of its rows' gradients) is clipped to ``max_grad_norm``
(L2 over all parameters); the clipped sum gets Gaussian noise ``N(0, (sigma * C)^2)`` and is
divided by the *expected* number of units per step ``q * N`` (Opacus's estimator for Poisson
sampling: a fixed denominator, so the batch size itself leaks nothing). The optimizer then steps.

Two engines compute the same clipped sum:
- ``"ghost"`` (default): hooks capture each layer's input and output gradient during one plain
  backward; unit norms and the clipped sum come from them (``privacy.ghost``), never building
  per-row gradients. Layers: ``nn.Linear``, ``nn.Embedding``, ``nn.LayerNorm``.
- ``"opacus"``: Opacus ``GradSampleModule`` (hooks mode) materialises per-row gradients, which are
  summed per unit. Any layer Opacus supports; ~5-10x slower on the built-in model.

Data parallelism (``replicas``, e.g. ``models.builtin.distributed.DistributedContext`` under
``torchrun``): every process runs the step on its own share of the globally sampled units; the
clipped sums are summed over the processes and the noise is drawn by rank 0 alone, before that
sum, so the update equals the one-process update on the whole batch, noise std included (not
``sqrt(world_size)`` times it). The divisor stays ``q * N``: the accounting is unchanged.

Requirements on the model (the built-in model meets them): no trainable layer with buffers
(no BatchNorm); every layer sees the batch's rows on dim 0, in the order of ``per_row_loss``;
``model.train()`` during the DP forward, and evaluation forwards under ``torch.no_grad()`` or
``model.eval()`` (hooks record only in train mode with gradients on).

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
from functools import partial
from typing import Literal, Protocol

import torch
from torch import nn

from safe_synthesizer.privacy.ghost import SUPPORTED, Capture, UnitLayout, clipped_sums, unit_norms2


@dataclass(frozen=True)
class DPStepStats:
    """What one step did (for logs; nothing here is private beyond the noisy step itself).

    ``num_rows``/``num_units`` are the batch's sizes, ``clipped_share`` the share of units
    whose gradient norm exceeded the bound and ``loss_sum`` the sum of the rows' losses (over all
    processes under data parallelism): log them as training diagnostics only, they are not part
    of the DP release.
    """

    num_rows: int
    num_units: int
    clipped_share: float
    loss_sum: float = 0.0


class DataParallel(Protocol):
    """The processes one DP-SGD step is split over (``DistributedContext`` satisfies it)."""

    @property
    def rank(self) -> int: ...

    @property
    def world_size(self) -> int: ...

    def all_reduce_sum(self, tensors: list[torch.Tensor]) -> None:
        """Replace each tensor, in place, by its sum over the processes."""
        ...


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
        mode: ``"ghost"`` (default) or ``"opacus"``, see the module docstring.
        replicas: the processes the batch is split over (data parallelism); ``None`` for one.
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
        mode: Literal["ghost", "opacus"] = "ghost",
        replicas: DataParallel | None = None,
    ) -> None:
        if noise_multiplier < 0 or max_grad_norm <= 0 or expected_units_per_step <= 0:
            raise ValueError("DPStep needs noise_multiplier >= 0, max_grad_norm > 0 and expected_units_per_step > 0")
        if mode not in ("ghost", "opacus"):
            raise ValueError(f"DPStep mode {mode!r}: use 'ghost' or 'opacus'")
        self.model = model
        self.optimizer = optimizer
        self.noise_multiplier = float(noise_multiplier)
        self.max_grad_norm = float(max_grad_norm)
        self.expected_units_per_step = float(expected_units_per_step)
        self.generator = generator if generator is not None else torch.Generator().manual_seed(0)
        self.mode = mode
        self.replicas = replicas if replicas is not None and replicas.world_size > 1 else None
        self.params = [p for p in model.parameters() if p.requires_grad]
        self._captures: dict[nn.Module, Capture] = {}
        if mode == "ghost":
            self._attach_ghost_hooks()
        else:
            from opacus import GradSampleModule

            # loss_reduction="sum": per_row_loss.sum() is backpropagated, so each row's grad_sample
            # is exactly the gradient of that row's own loss.
            self.grad_sample_module = GradSampleModule(model, batch_first=True, loss_reduction="sum")

    # -- public ------------------------------------------------------------------------------
    def private_gradient(
        self, per_row_loss: torch.Tensor | None, unit_index: torch.Tensor | None
    ) -> tuple[list[torch.Tensor], DPStepStats]:
        """The noisy averaged gradient of every trainable parameter, without stepping.

        ``per_row_loss`` is each row's own loss (shape ``[rows]``, from a forward of ``model`` in
        train mode); ``unit_index`` gives each row's privacy unit (any integer ids, shape
        ``[rows]``). ``None`` or zero rows means an empty Poisson batch: the result is noise only.
        With ``replicas`` the rows are this process's share and the result is the whole batch's.
        """
        n_rows = 0 if per_row_loss is None else int(per_row_loss.numel())
        sums = [torch.zeros_like(p) for p in self.params]
        num_units, clipped, loss_sum = 0, 0, 0.0
        try:
            if n_rows > 0:
                assert per_row_loss is not None
                if unit_index is None or per_row_loss.dim() != 1 or unit_index.shape != per_row_loss.shape:
                    raise ValueError("per_row_loss and unit_index must both have shape [rows]")
                layout = UnitLayout.from_units(unit_index.to(torch.long))
                _backward(per_row_loss.sum())
                sums, norms = (self._ghost if self.mode == "ghost" else self._opacus)(n_rows, layout)
                num_units = layout.n_units
                clipped = int((norms > self.max_grad_norm).sum())
                loss_sum = float(per_row_loss.detach().sum())
            elif per_row_loss is not None and per_row_loss.requires_grad:
                # A forward over zero rows may have left hook state: consume it.
                _backward(per_row_loss.sum())
        finally:
            self._reset()
        std = self.noise_multiplier * self.max_grad_norm
        # Noise once per step: in one process, or on rank 0 of several (their sum gets it once).
        if self.replicas is None or self.replicas.rank == 0:
            sums = [t + torch.normal(0.0, std, size=t.shape, generator=self.generator).to(t.dtype) for t in sums]
        elif self.replicas is not None:
            sums = [t.clone() for t in sums]  # own buffers for the in-place sum over processes
        if self.replicas is not None:
            counts = torch.tensor([n_rows, num_units, clipped, loss_sum], dtype=sums[0].dtype)
            self.replicas.all_reduce_sum([*sums, counts])
            n_rows, num_units, clipped = (round(float(c)) for c in counts[:3])
            loss_sum = float(counts[3])
        grads = [total / self.expected_units_per_step for total in sums]
        stats = DPStepStats(n_rows, num_units, clipped / num_units if num_units else 0.0, loss_sum)
        return grads, stats

    def step(self, per_row_loss: torch.Tensor | None, unit_index: torch.Tensor | None) -> DPStepStats:
        """Compute the private gradient, install it as ``p.grad`` and step the optimizer."""
        grads, stats = self.private_gradient(per_row_loss, unit_index)
        for p, g in zip(self.params, grads, strict=True):
            p.grad = g
        self.optimizer.step()
        self.optimizer.zero_grad(set_to_none=True)
        return stats

    # -- engines -----------------------------------------------------------------------------
    def _clip_scale(self, norms2: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        norms = torch.sqrt(norms2.clamp(min=0))
        return norms, (self.max_grad_norm / (norms + 1e-6)).clamp(max=1.0)

    def _ghost(self, n_rows: int, layout: UnitLayout) -> tuple[list[torch.Tensor], torch.Tensor]:
        norms2 = torch.zeros(layout.n_units)
        for module, cap in self._captures.items():
            norms2 += unit_norms2(module, cap, n_rows, layout)
        norms, scale = self._clip_scale(norms2)
        row_scale = scale[layout.unit]
        found: dict[nn.Parameter, torch.Tensor] = {}
        for module, cap in self._captures.items():
            for p, g in clipped_sums(module, cap, n_rows, row_scale, layout).items():
                found[p] = found[p] + g if p in found else g
        return [found.get(p, torch.zeros_like(p)) for p in self.params], norms

    def _opacus(self, n_rows: int, layout: UnitLayout) -> tuple[list[torch.Tensor], torch.Tensor]:
        per_unit = []
        for p in self.params:
            gs = getattr(p, "grad_sample", None)
            if isinstance(gs, list):
                raise RuntimeError(
                    "DPStep: several backward passes accumulated before step(); run one forward and "
                    "call step() once per batch, and compute evaluation losses under torch.no_grad()"
                )
            acc = torch.zeros((layout.n_units, *p.shape), dtype=p.dtype)
            if gs is not None:  # None: the parameter did not take part in this loss
                if gs.shape[0] != n_rows:
                    raise RuntimeError(
                        f"DPStep: per-sample gradient has {gs.shape[0]} rows for {n_rows} losses; every "
                        "layer must see the batch's rows on dim 0"
                    )
                acc.index_add_(0, layout.unit, gs.to(p.dtype))
            per_unit.append(acc)
        norms, scale = self._clip_scale(sum(g.flatten(1).pow(2).sum(dim=1) for g in per_unit))
        return [torch.einsum("u,u...->...", scale, g) for g in per_unit], norms

    # -- hooks -------------------------------------------------------------------------------
    def _attach_ghost_hooks(self) -> None:
        for name, module in self.model.named_modules():
            own = [p for p in module.parameters(recurse=False) if p.requires_grad]
            if not own:
                continue
            if not isinstance(module, SUPPORTED):
                raise TypeError(
                    f"DPStep ghost mode: layer {name or type(module).__name__} ({type(module).__name__}) has "
                    "trainable parameters but no ghost rule; use mode='opacus'"
                )
            self._captures[module] = Capture()
            module.register_forward_hook(self._capture_forward)

    def _capture_forward(self, module: nn.Module, inputs: tuple, output: torch.Tensor) -> None:
        if not (module.training and torch.is_grad_enabled()) or not output.requires_grad:
            return
        cap = self._captures[module]
        cap.inputs.append(inputs[0].detach())
        cap.grads.append(None)
        output.register_hook(partial(_store_grad, cap, len(cap.grads) - 1))

    def _reset(self) -> None:
        for cap in self._captures.values():
            cap.inputs.clear()
            cap.grads.clear()
        for p in self.params:
            p.grad = None
            if self.mode == "opacus":
                p.grad_sample = None


def _store_grad(cap: Capture, i: int, grad: torch.Tensor) -> None:
    cap.grads[i] = grad.detach()


def _backward(loss: torch.Tensor) -> None:
    with warnings.catch_warnings():
        # Opacus's full backward hooks fire on an Embedding, whose integer input has no gradient:
        # expected, and the per-sample gradient of its weight is still exact.
        warnings.filterwarnings("ignore", message="Full backward hook is firing")
        loss.backward()
