"""Data-parallel training of the built-in model under ``torchrun`` (DDP semantics, gloo on CPU).

``torchrun --nproc_per_node N script.py`` starts N processes with ``RANK``/``WORLD_SIZE`` set;
``DistributedContext.from_env`` joins them into one process group (gloo on CPU, NCCL when every
rank has a GPU), and with no such variables it is the one-process context, so the same code runs
unchanged in both. Every rank trains the same model from the same seed on the same table: the
batch order is drawn identically on every rank, each rank computes the loss of its contiguous
slice of each global batch (``slice``), and the summed gradients are all-reduced before the
optimiser step, exactly what ``DistributedDataParallel`` does, done by hand so the step works
with the model's per-record losses. Every rank therefore holds identical weights after every
step, and the loss curve is the one-process curve on the same global batch. Only rank 0 writes.

DP-SGD is refused under more than one rank: Poisson sampling and the noise would have to be drawn
once globally (and the accountant told), which this module does not do; a DP run under torchrun
fails with a one-line error instead of spending a budget it cannot account for.

Example:
    >>> DistributedContext().world_size, DistributedContext().is_main
    (1, True)
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import numpy as np
import torch
import torch.distributed as dist

from safe_synthesizer.errors import UserInputError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DistributedContext:
    """This process's place among the training processes (rank ``rank`` of ``world_size``)."""

    rank: int = 0
    world_size: int = 1

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    @classmethod
    def from_env(cls) -> DistributedContext:
        """Join torchrun's process group when ``WORLD_SIZE`` > 1; else the one-process context."""
        world = int(os.environ.get("WORLD_SIZE", "1"))
        if world <= 1:
            return cls()
        if not dist.is_initialized():
            backend = "nccl" if torch.cuda.is_available() else "gloo"
            dist.init_process_group(backend=backend)
            logger.info("data-parallel training: rank %d of %d (%s)", dist.get_rank(), world, backend)
        return cls(dist.get_rank(), dist.get_world_size())

    def slice(self, n: int) -> slice:
        """This rank's contiguous part of a global batch of ``n`` rows (sizes differ by at most one)."""
        base, extra = divmod(n, self.world_size)
        start = self.rank * base + min(self.rank, extra)
        return slice(start, start + base + (1 if self.rank < extra else 0))

    def any(self, flag: bool) -> bool:
        """True on every rank when ``flag`` is true on any (time budget: all ranks stop together)."""
        if self.world_size == 1:
            return bool(flag)
        value = torch.tensor([1.0 if flag else 0.0])
        dist.all_reduce(value, op=dist.ReduceOp.MAX)
        return bool(value.item() > 0)

    def all_reduce_gradients(self, model: torch.nn.Module, loss_sum: float) -> float:
        """Sum every parameter's gradient (and ``loss_sum``) over the ranks; returns the summed loss.

        One flat buffer, one collective per step: gloo's latency is per call, not per byte.
        """
        params = [p for p in model.parameters() if p.requires_grad]
        grads = [p.grad if p.grad is not None else torch.zeros_like(p) for p in params]
        flat = torch.cat([g.reshape(-1) for g in grads] + [torch.tensor([loss_sum], dtype=grads[0].dtype)])
        dist.all_reduce(flat, op=dist.ReduceOp.SUM)
        offset = 0
        for p, g in zip(params, grads, strict=True):
            n = g.numel()
            p.grad = flat[offset : offset + n].view_as(p).clone()
            offset += n
        return float(flat[-1])

    def mean(self, value: float) -> float:
        """The mean of ``value`` over the ranks (identical values stay identical)."""
        if self.world_size == 1:
            return value
        tensor = torch.tensor([value], dtype=torch.float64)
        dist.all_reduce(tensor, op=dist.ReduceOp.SUM)
        return float(tensor.item()) / self.world_size

    def barrier(self) -> None:
        if self.world_size > 1:
            dist.barrier()


def check_dp_allowed(context: DistributedContext, dp_enabled: bool) -> None:
    """Refuse DP-SGD under several ranks (see the module docstring)."""
    if dp_enabled and context.world_size > 1:
        raise UserInputError(
            f"privacy.dp_enabled: DP-SGD under torchrun ({context.world_size} processes) is not supported "
            "(its Poisson sampling and noise must be drawn once for all ranks); run DP training in one "
            "process (without torchrun)"
        )


def shard_rows(n: int, context: DistributedContext) -> np.ndarray:
    """Row indices of this rank's contiguous shard of ``n`` rows (e.g. for reading its part of a file)."""
    part = context.slice(n)
    return np.arange(part.start, part.stop)
