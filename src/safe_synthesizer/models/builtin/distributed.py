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

DP-SGD runs under several ranks with the accounting of one process (``privacy.dp_sgd``): rank 0
draws the run's secret seed from OS entropy and ``shared_seed`` hands it to the others in memory
(never stored or logged), so every rank derives the same DP statistics, codec and Poisson sample
of privacy units. Each rank clips the per-unit gradients of its contiguous share of the sampled
units (a unit is never split between ranks, or it could count ``C`` once per rank); the clipped
sums are all-reduced and the Gaussian noise is drawn once, by rank 0, before the sum, then the
total is divided by the same expected batch ``q * N`` as one process. Same ``(q, sigma, steps)``,
same epsilon; rank 0 alone returns the privacy block the ledger records.

Example:
    >>> DistributedContext().world_size, DistributedContext().is_main
    (1, True)
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import os
from dataclasses import dataclass
from datetime import timedelta

import numpy as np
import torch
import torch.distributed as dist

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
        world = launched_world_size()
        if world <= 1:
            return cls()
        if not dist.is_initialized():
            backend = "nccl" if torch.cuda.is_available() else "gloo"
            dist.init_process_group(backend=backend)
            # A group still alive at interpreter exit can abort the process ("terminate called
            # without an active exception" from gloo's threads): leave it first.
            atexit.register(_leave_process_group)
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
        """Sum every parameter's gradient (and ``loss_sum``) over the ranks; returns the summed loss."""
        params = [p for p in model.parameters() if p.requires_grad]
        grads = [p.grad if p.grad is not None else torch.zeros_like(p) for p in params]
        total = torch.tensor([loss_sum], dtype=grads[0].dtype)
        self.all_reduce_sum([*grads, total])
        for p, g in zip(params, grads, strict=True):
            p.grad = g
        return float(total)

    def all_reduce_sum(self, tensors: list[torch.Tensor]) -> None:
        """Replace every tensor by its sum over the ranks, in place (a no-op in one process).

        One flat buffer in the first tensor's dtype, one collective: gloo's latency is per call,
        not per byte. Counts riding along in float32 stay exact below 2**24.
        """
        if self.world_size == 1 or not tensors:
            return
        dtype = tensors[0].dtype
        flat = torch.cat([t.detach().reshape(-1).to(dtype) for t in tensors])
        dist.all_reduce(flat, op=dist.ReduceOp.SUM)
        offset = 0
        for t in tensors:
            n = t.numel()
            with torch.no_grad():
                t.copy_(flat[offset : offset + n].view_as(t))
            offset += n

    def shared_seed(self, seed: int) -> int:
        """Rank 0's ``seed`` on every rank (one broadcast; the value stays in memory).

        Under DP each rank draws its own secret seed; they must all use rank 0's, or the ranks
        would release different DP statistics (spending the budget once per rank), build
        different codecs and sample different batches.
        """
        if self.world_size == 1:
            return seed
        value = torch.tensor([seed], dtype=torch.int64)
        dist.broadcast(value, src=0)
        return int(value.item())

    def check_in_sync(self, model: torch.nn.Module) -> None:
        """Raise ``RuntimeError`` unless every rank holds bit-identical weights.

        The data-parallel step keeps them identical by construction; a rank that drew another
        batch or another seed would otherwise go unnoticed and rank 0 would write its own model.
        """
        if self.world_size == 1:
            return
        digest = hashlib.sha256()
        for value in model.state_dict().values():
            digest.update(value.detach().cpu().contiguous().numpy().tobytes())
        mine = torch.tensor([int.from_bytes(digest.digest()[:7], "big")], dtype=torch.int64)
        every = [torch.zeros_like(mine) for _ in range(self.world_size)]
        dist.all_gather(every, mine)
        if len({int(t.item()) for t in every}) != 1:
            raise RuntimeError(
                f"data-parallel training: the {self.world_size} ranks ended with different weights "
                "(they must run the same call on the same table with the same settings)"
            )

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


def launched_world_size() -> int:
    """How many processes torchrun started (1 without torchrun); no process group is joined."""
    return int(os.environ.get("WORLD_SIZE", "1"))


# How long a rank leaving at exit waits for the others before it tears the group down anyway.
EXIT_BARRIER_SECONDS = 60.0


def _leave_process_group() -> None:
    """Wait for every rank, then destroy the group (registered with ``atexit``).

    A rank that tears down its gloo pairs while a peer is still finishing its last collective makes
    the peer's gloo thread abort ("terminate called without an active exception", SIGABRT: seen in
    CI). The barrier is bounded so that a rank leaving after an error does not hang its exit; it is
    gloo's (NCCL ranks, not seen to abort, keep the plain destroy).
    """
    if not dist.is_initialized():
        return
    if dist.get_backend() == "gloo":
        try:
            dist.monitored_barrier(timeout=timedelta(seconds=EXIT_BARRIER_SECONDS))
        except RuntimeError as exc:  # a peer already gone or failed: leave anyway
            logger.debug("exit barrier skipped: %s", exc)
    dist.destroy_process_group()


def shard_rows(n: int, context: DistributedContext) -> np.ndarray:
    """Row indices of this rank's contiguous shard of ``n`` rows (e.g. for reading its part of a file)."""
    part = context.slice(n)
    return np.arange(part.start, part.stop)
