"""Per-unit gradient norms and clipped gradient sums without per-sample gradients.

For ``nn.Linear``, ``nn.Embedding`` and ``nn.LayerNorm`` a row's gradient is a function of the
layer's input ``a`` and output gradient ``g`` (captured by hooks during one ordinary backward).
The squared norm of a unit's gradient then follows from small Gram matrices ("ghost clipping",
Li et al. 2022; Opacus's ``compute_linear_norm_sample``), generalised here from rows to privacy
units, and the clipped sum ``sum_u c_u G_u`` is a single weighted product per layer
("book-keeping", Bu et al. 2023). Nothing of size ``rows x parameters`` is ever built, which is
what makes DP-SGD cost about 1.5-2x a plain step instead of 10x.

Shapes: every captured tensor has the batch's rows on dim 0 and is viewed as ``[rows, T, d]``
(``T`` = positions per row, 1 for a plain vector); all calls of one module in a forward are
concatenated along ``T``, so cross terms between calls are counted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import torch
from torch import nn
from torch.nn import functional as F

SUPPORTED = (nn.Linear, nn.Embedding, nn.LayerNorm)
# Row pairs gathered per block when norms come from pairs of rows (bounds the memory).
PAIR_BLOCK = 1 << 16


@dataclass
class Capture:
    """Inputs and output gradients of one module over the calls of one forward/backward."""

    inputs: list[torch.Tensor] = field(default_factory=list)
    grads: list[torch.Tensor | None] = field(default_factory=list)

    def pairs(self) -> list[tuple[torch.Tensor, torch.Tensor]]:
        return [(a, g) for a, g in zip(self.inputs, self.grads, strict=True) if g is not None]


@dataclass(frozen=True)
class UnitLayout:
    """Where each row goes when rows are grouped by unit: ``[units, max_rows_per_unit]`` slots."""

    unit: torch.Tensor  # [rows] dense unit index
    slot: torch.Tensor  # [rows] position of the row inside its unit
    n_units: int
    max_rows: int

    @classmethod
    def from_units(cls, unit_index: torch.Tensor) -> UnitLayout:
        _, dense = torch.unique(unit_index, return_inverse=True)
        n_units = int(dense.max()) + 1 if dense.numel() else 0
        order = torch.argsort(dense, stable=True)
        counts = torch.bincount(dense, minlength=n_units)
        starts = torch.cumsum(counts, 0) - counts
        slot = torch.empty_like(dense)
        slot[order] = torch.arange(len(dense)) - starts[dense[order]]
        return cls(dense, slot, n_units, int(counts.max()) if n_units else 0)

    @property
    def one_row_each(self) -> bool:
        return self.max_rows <= 1

    @cached_property
    def row_pairs(self) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor] | None:
        """Ordered pairs of rows of one unit ``(r, s, unit)``, or None when padding costs little.

        Entities of very unequal sizes (cdnow: most customers 1-3 purchases, a few 64 under the
        DP cap) make ``group`` pad every unit to the largest: ``units x max_rows^2`` cross terms,
        20-50x the ``sum(rows_u^2)`` real ones. Norms then come from these pairs instead.
        """
        if self.one_row_each:
            return None
        counts = torch.bincount(self.unit, minlength=self.n_units)
        n_pairs = int((counts * counts).sum())
        if 2 * n_pairs > self.n_units * self.max_rows**2:
            return None
        order = torch.argsort(self.unit, stable=True)
        starts = torch.cumsum(counts, 0) - counts
        per_row = counts[self.unit]
        r = torch.repeat_interleave(torch.arange(len(self.unit)), per_row)
        offset = torch.arange(n_pairs) - torch.repeat_interleave(torch.cumsum(per_row, 0) - per_row, per_row)
        s = order[starts[self.unit[r]] + offset]
        return r, s, self.unit[r]

    def unit_sum(self, x: torch.Tensor) -> torch.Tensor:
        """``[rows, ...]`` summed per unit, ``[units, ...]``."""
        return x.new_zeros((self.n_units, *x.shape[1:])).index_add_(0, self.unit, x)

    def group(self, x: torch.Tensor) -> torch.Tensor:
        """``[rows, T, d]`` to ``[units, max_rows * T, d]`` (zero padding adds nothing to norms)."""
        if self.one_row_each:
            return x
        t = x.shape[1]
        out = x.new_zeros((self.n_units, self.max_rows, t, *x.shape[2:]))
        out[self.unit, self.slot] = x
        return out.reshape(self.n_units, self.max_rows * t, *x.shape[2:])


def _pair_norm2(
    layout: UnitLayout, a: torch.Tensor | None, g: torch.Tensor, same: torch.Tensor | None = None
) -> torch.Tensor:
    """``sum over row pairs (r, s) of unit u of (a_r . a_s)(g_r . g_s)`` per unit (``a`` None: 1),
    for one position per row (``[rows, d]``); ``same`` keeps only pairs with equal entries."""
    r, s, unit = layout.row_pairs  # type: ignore[misc]
    total = g.new_zeros(layout.n_units)
    for start in range(0, len(r), PAIR_BLOCK):
        rb, sb = r[start : start + PAIR_BLOCK], s[start : start + PAIR_BLOCK]
        term = (g[rb] * g[sb]).sum(1)
        if a is not None:
            term = term * (a[rb] * a[sb]).sum(1)
        if same is not None:
            term = term * (same[rb] == same[sb]).to(term.dtype)
        total.index_add_(0, unit[start : start + PAIR_BLOCK], term)
    return total


def _as_rows(x: torch.Tensor, rows: int, feature_dims: int) -> torch.Tensor:
    """View as ``[rows, T, *features]`` (``feature_dims`` trailing dims kept)."""
    if x.shape[0] != rows:
        raise RuntimeError(
            f"DPStep: a layer saw {x.shape[0]} rows for {rows} losses; every layer must see the batch's rows on dim 0"
        )
    features = x.shape[x.dim() - feature_dims :] if feature_dims else ()
    return x.reshape(rows, -1, *features)


def _cat(pairs, rows: int, a_dims: int, g_dims: int) -> tuple[torch.Tensor, torch.Tensor]:
    a = torch.cat([_as_rows(p[0], rows, a_dims) for p in pairs], dim=1)
    g = torch.cat([_as_rows(p[1], rows, g_dims) for p in pairs], dim=1)
    return a, g


def _gram_norm2(a: torch.Tensor, g: torch.Tensor) -> torch.Tensor:
    """``||sum_t g_t^T a_t||_F^2`` per leading index, for ``a [N, T, i]`` and ``g [N, T, o]``."""
    _, t, i = a.shape
    o = g.shape[2]
    if t == 1:
        return a.pow(2).sum((1, 2)) * g.pow(2).sum((1, 2))
    if t * (i + o) < i * o:  # the T x T Gram matrices are smaller than the gradient itself
        return (torch.bmm(a, a.transpose(1, 2)) * torch.bmm(g, g.transpose(1, 2))).sum((1, 2))
    return torch.bmm(g.transpose(1, 2), a).pow(2).sum((1, 2))


def unit_norms2(module: nn.Module, cap: Capture, rows: int, layout: UnitLayout) -> torch.Tensor:
    """Squared norm of each unit's gradient of ``module``'s parameters, ``[units]``."""
    pairs = cap.pairs()
    total = torch.zeros(layout.n_units)
    if not pairs:
        return total
    if isinstance(module, nn.Linear):
        a, g = _cat(pairs, rows, 1, 1)
        a, g = a.to(g.dtype), g
        if module.weight.requires_grad:
            if layout.row_pairs is not None and a.shape[1] == 1:
                total += _pair_norm2(layout, a[:, 0], g[:, 0])
            else:
                total += _gram_norm2(layout.group(a), layout.group(g))
        if module.bias is not None and module.bias.requires_grad:
            total += layout.unit_sum(g.sum(1)).pow(2).sum(1)
    elif isinstance(module, nn.Embedding):
        idx, g = _embedding_inputs(module, pairs, rows)
        if module.weight.requires_grad and layout.row_pairs is not None and g.shape[1] == 1:
            total += _pair_norm2(layout, None, g[:, 0], same=idx[:, 0])
        elif module.weight.requires_grad:
            gi = layout.group(idx.unsqueeze(-1)).squeeze(-1) if not layout.one_row_each else idx
            if not layout.one_row_each:
                # Padding slots must not match a real token: mark them with -1.
                filled = layout.group(torch.ones_like(idx).unsqueeze(-1)).squeeze(-1)
                gi = torch.where(filled > 0, gi, torch.full_like(gi, -1))
            gg = layout.group(g)
            if gg.shape[1] == 1:
                total += gg.pow(2).sum((1, 2))
            else:
                same = (gi.unsqueeze(2) == gi.unsqueeze(1)).to(gg.dtype)
                total += (same * torch.bmm(gg, gg.transpose(1, 2))).sum((1, 2))
    elif isinstance(module, nn.LayerNorm):
        for grad in _layer_norm_unit_grads(module, pairs, rows, layout, None).values():
            total += grad.flatten(1).pow(2).sum(1)
    else:
        raise TypeError(f"no ghost norm for {type(module).__name__}")
    return total


def clipped_sums(
    module: nn.Module, cap: Capture, rows: int, row_scale: torch.Tensor, layout: UnitLayout
) -> dict[nn.Parameter, torch.Tensor]:
    """``sum_rows scale_row * grad_row`` for each trainable parameter of ``module``."""
    pairs = cap.pairs()
    out: dict[nn.Parameter, torch.Tensor] = {}
    if not pairs:
        return out
    if isinstance(module, nn.Linear):
        a, g = _cat(pairs, rows, 1, 1)
        gs = g * row_scale.view(-1, 1, 1).to(g.dtype)
        if module.weight.requires_grad:
            out[module.weight] = torch.einsum("nto,nti->oi", gs, a.to(g.dtype))
        if module.bias is not None and module.bias.requires_grad:
            out[module.bias] = gs.sum((0, 1))
    elif isinstance(module, nn.Embedding):
        idx, g = _embedding_inputs(module, pairs, rows)
        if module.weight.requires_grad:
            gs = (g * row_scale.view(-1, 1, 1).to(g.dtype)).reshape(-1, g.shape[-1])
            w = torch.zeros_like(module.weight)
            w.index_add_(0, idx.reshape(-1), gs.to(w.dtype))
            out[module.weight] = w
    elif isinstance(module, nn.LayerNorm):
        out = _layer_norm_unit_grads(module, pairs, rows, layout, row_scale)
    return out


def _embedding_inputs(module: nn.Embedding, pairs, rows: int) -> tuple[torch.Tensor, torch.Tensor]:
    if module.sparse or module.max_norm is not None:
        raise TypeError("DPStep ghost mode: sparse or max_norm embeddings are not supported")
    idx, g = _cat(pairs, rows, 0, 1)
    if module.padding_idx is not None:
        # The padding row gets no gradient in torch: drop its contributions.
        g = g * (idx != module.padding_idx).unsqueeze(-1).to(g.dtype)
    return idx, g


def _layer_norm_unit_grads(
    module: nn.LayerNorm, pairs, rows: int, layout: UnitLayout, row_scale: torch.Tensor | None
) -> dict[nn.Parameter, torch.Tensor]:
    """Per-unit gradients ``[units, *shape]`` (``row_scale`` None) or the scaled sum over rows."""
    nd = len(module.normalized_shape)
    xs, gs = [], []
    for x, g in pairs:
        xhat = F.layer_norm(x, module.normalized_shape, None, None, module.eps)
        xs.append(_as_rows(xhat * g, rows, nd))
        gs.append(_as_rows(g, rows, nd))
    w_rows, b_rows = torch.cat(xs, 1).sum(1), torch.cat(gs, 1).sum(1)  # [rows, *shape]
    result: dict[nn.Parameter, torch.Tensor] = {}
    for param, per_row in ((module.weight, w_rows), (module.bias, b_rows)):
        if param is None or not param.requires_grad:
            continue
        if row_scale is None:
            unit = per_row.new_zeros((layout.n_units, *per_row.shape[1:]))
            result[param] = unit.index_add_(0, layout.unit, per_row)
        else:
            result[param] = torch.einsum("n,n...->...", row_scale.to(per_row.dtype), per_row)
    return result
