"""Sampling token matrices from a trained ``SlotModel``: batched, slot by slot, any column order.

Columns fixed by the caller are placed first in the generation order and copied instead of
sampled, so the model fills the remaining columns conditionally on them.
"""

from __future__ import annotations

import numpy as np
import torch
from torch.nn import functional as F

from safe_synthesizer.models.builtin.constraints import DeterministicPair
from safe_synthesizer.models.builtin.model import TEXT_END, SlotModel

TEXT_MISSING = 1


def column_ranks(model: SlotModel, fixed_columns: list[int], n: int) -> torch.Tensor:
    """Generation rank of every column: fixed flat columns first, then the rest in table order.

    Text columns always come last (the flat slots never condition on text).
    """
    flat = [c for c in model.flat_columns if c in fixed_columns] + [
        c for c in model.flat_columns if c not in fixed_columns
    ]
    order = flat + model.text_columns
    rank = torch.empty(model.config.n_columns, dtype=torch.long)
    rank[torch.tensor(order, dtype=torch.long)] = torch.arange(len(order))
    return rank.unsqueeze(0).expand(n, -1)


def sample_next(logits: torch.Tensor, temperature: float, top_p: float, generator: torch.Generator) -> torch.Tensor:
    """One token per row from ``logits`` with temperature and nucleus (top-p) sampling."""
    probs = F.softmax(logits / temperature, dim=-1)
    if top_p < 1.0:
        sorted_probs, order = probs.sort(dim=-1, descending=True)
        # Keep the smallest prefix whose mass reaches top_p (always at least the top token).
        drop = (sorted_probs.cumsum(dim=-1) - sorted_probs) >= top_p
        sorted_probs = sorted_probs.masked_fill(drop, 0.0)
        probs = torch.zeros_like(probs).scatter(-1, order, sorted_probs)
    # Inverse-CDF sampling: one uniform per row (torch.multinomial is several times slower here).
    cdf = probs.cumsum(dim=-1)
    u = torch.rand((probs.shape[0], 1), generator=generator) * cdf[:, -1:]
    return torch.searchsorted(cdf, u, right=True).squeeze(1).clamp(max=probs.shape[1] - 1)


@torch.no_grad()
def sample_tokens(
    model: SlotModel,
    n: int,
    *,
    fixed: np.ndarray | None = None,
    fixed_columns: list[int] | None = None,
    temperature: float = 1.0,
    top_p: float = 1.0,
    generator: torch.Generator,
    batch_size: int = 8192,
    forbidden: dict[int, list[int]] | None = None,
    pairs: list[DeterministicPair] | None = None,
) -> np.ndarray:
    """``[n, n_slots]`` sampled tokens. ``fixed`` (same shape, used where ``fixed_columns``) is copied.

    ``forbidden`` maps a (non-text) slot index to tokens never sampled there: the rest of that
    slot's distribution, given the record so far, is renormalised (how rare categories are
    resampled instead of written as a placeholder). ``pairs`` fix a slot's token from an earlier
    slot's where the training data showed a deterministic pair (``constraints``).

    Example:
        >>> g = torch.Generator().manual_seed(0)
        >>> tokens = sample_tokens(model, 100, generator=g)  # doctest: +SKIP
    """
    model.eval()
    fixed_columns = sorted(fixed_columns or [])
    n_slots = len(model.config.slot_sizes)
    out = np.zeros((n, n_slots), dtype=np.int64)
    for start in range(0, n, batch_size):
        stop = min(n, start + batch_size)
        fixed_part = torch.from_numpy(fixed[start:stop]) if fixed is not None else None
        out[start:stop] = _sample_batch(
            model, stop - start, fixed_part, fixed_columns, temperature, top_p, generator, forbidden or {},
            {p.target: p for p in pairs or []},
        ).numpy()
    return out


def _sample_batch(model, b, fixed, fixed_columns, temperature, top_p, generator, forbidden, pairs) -> torch.Tensor:
    config = model.config
    tokens = torch.zeros((b, len(config.slot_sizes)), dtype=torch.long)
    rank = column_ranks(model, fixed_columns, 1)  # one order for the whole batch
    keys = model.slot_keys(rank)
    dim_keys = model.dim_keys(keys)
    x = torch.zeros((b, model.context_dim))
    offsets = np.cumsum([0] + [config.emb_dims[i] for i in model.flat])
    sampled: set[int] = set()  # flat slots already drawn (a pair's source must be among them)
    for j in torch.argsort(keys[0]).tolist():  # slots in generation order
        i = model.flat[j]
        if config.slot_columns[i] in fixed_columns:
            token = fixed[:, i]
        else:
            logits = _head_logits(model, j, x, keys[0], rank[0], dim_keys[0])
            if i in forbidden:
                logits[:, forbidden[i]] = float("-inf")
            token = sample_next(logits, temperature, top_p, generator)
            pair = pairs.get(i)
            if pair is not None and pair.source in sampled:
                token = _apply_pair(pair, tokens[:, pair.source], token)
        tokens[:, i] = token
        sampled.add(i)
        x[:, offsets[j] : offsets[j + 1]] = model.embeddings[j](token)
    for t, c in enumerate(model.text_columns):
        slots = model.text_slots[c]
        if c in fixed_columns:
            tokens[:, slots] = fixed[:, slots]
            continue
        context = model.text_context_vector(t, c, x, rank)
        done = torch.zeros(b, dtype=torch.bool)
        for p, i in enumerate(slots):
            feats = model.next_text_features(t, context, tokens[:, slots[:p]])
            token = sample_next(model.text_heads[t](feats), temperature, top_p, generator)
            token = torch.where(done, torch.full_like(token, TEXT_END), token)
            if p > 0:
                # The missing marker is only meaningful in the first position.
                token = torch.where(token == TEXT_MISSING, torch.full_like(token, TEXT_END), token)
            tokens[:, i] = token
            done = done | (token == TEXT_END) | ((token == TEXT_MISSING) & (p == 0))
            if bool(done.all()):
                break
    return tokens


def _head_logits(
    model: SlotModel, j: int, x: torch.Tensor, keys: torch.Tensor, rank: torch.Tensor, dim_keys: torch.Tensor
) -> torch.Tensor:
    """``model.heads[j](model.head_input(...))`` for one column order shared by the whole batch.

    While sampling, ``x`` is still zero on every slot not drawn yet, so the visibility mask is a
    no-op: the first layer only needs the columns of the visible dimensions (a prefix of ``x`` in
    the table order) and the constant column flags fold into its bias. About half the
    multiply-adds of the masked product, and no ``[b, context]`` copies (the head input's
    ``cat`` was a fifth of the sampling time on adult).
    """
    first, act, last = model.heads[j]
    weight = first.weight
    visible = torch.nonzero(dim_keys < keys[j]).squeeze(1)
    own_rank = rank[model.config.slot_columns[model.flat[j]]]
    flags = (rank < own_rank).to(x.dtype)
    bias = first.bias + weight[:, model.context_dim :] @ flags
    k = len(visible)
    if k == 0:
        hidden = bias.expand(x.shape[0], -1)
    elif int(visible[-1]) == k - 1:  # a prefix: slice, no copy
        hidden = torch.addmm(bias, x[:, :k], weight[:, :k].t())
    else:
        hidden = torch.addmm(bias, x.index_select(1, visible), weight.index_select(1, visible).t())
    return last(act(hidden))


def _apply_pair(pair: DeterministicPair, source: torch.Tensor, sampled: torch.Tensor) -> torch.Tensor:
    """``sampled`` with the token the pair fixes wherever the source token has a mapping."""
    mapping = torch.tensor(pair.mapping, dtype=torch.long)
    known = source < len(mapping)
    fixed = torch.full_like(sampled, -1)
    fixed[known] = mapping[source[known]]
    return torch.where(fixed >= 0, fixed, sampled)
