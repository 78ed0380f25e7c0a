"""The network: an autoregressive model over the codec's slots, one small head per slot.

Flat slots (every non-text slot) are embedded and concatenated into one context vector. The head
of slot ``i`` sees that vector with every slot not yet generated zeroed out (a mask that depends
on the column order), plus one visibility flag per column, and predicts slot ``i``'s token from
its own vocabulary only, so every sampled record decodes. Training mixes the table's column order
with random column orders (as MOSTLY AI's TabularARGN does), so one model can condition on any
subset of columns at generation time.

Embeddings of value slots with more than ``ORDINAL_MIN_TOKENS`` tokens start as a random walk over
the token index (``_ordinal_init``): a number's value tokens are sorted (exact values, then bins),
so neighbouring values start close and a relation to the number is learnt as a smooth function of
it instead of once per token, which small tables cannot afford. Categories have no order; their
start is only a different random one (restricting the walk to numbers measured no better).

Text columns come last: a shared per-column head reads the table context, the previous
``text_window`` subword embeddings, the mean of all previous ones and a position embedding.

Given columns (``ModelConfig.given_columns``, e.g. an event model's context) are always known
when sampling: they come first in every column order and have no head and no loss, so training
spends nothing on predicting them.

Parameterised layers are only ``nn.Linear`` and ``nn.Embedding`` so Opacus (hooks mode) can
compute per-sample gradients; ``record_loss`` returns one loss per record.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import torch
from torch import nn
from torch.nn import functional as F

from safe_synthesizer.models.builtin.codec import SlotSpec
from safe_synthesizer.utils.atomic import atomic_write_json

SIZES = {"small": (64, 24), "medium": (128, 32), "large": (256, 48)}
# Random-walk start of value-slot embeddings with more than ORDINAL_MIN_TOKENS tokens, mixed
# ORDINAL_MIX : sqrt(1 - ORDINAL_MIX**2) with the default N(0, 1) start. On the 3,000-row Adult
# sample age's associations were lost (age ~ marital-status eta 0.24, real 0.61); measured effect
# in the small-data section of benchmarks/results/builtin.md.
ORDINAL_MIN_TOKENS = 8
ORDINAL_MIX = 0.9
CONFIG_FILE = "model_config.json"
TEXT_END = 0


@dataclass
class ModelConfig:
    """Shapes of the network (saved as ``model_config.json`` beside the weights)."""

    slot_sizes: list[int]
    slot_columns: list[int]
    slot_kinds: list[str]
    n_columns: int
    emb_dims: list[int]
    hidden: int
    text_dim: int
    text_window: int = 6
    # Columns always given at sampling time (first in every order, never predicted).
    given_columns: list[int] = field(default_factory=list)

    @classmethod
    def for_slots(cls, slots: list[SlotSpec], size: str, given: Sequence[str] = ()) -> ModelConfig:
        """Pick layer sizes for ``slots`` at capacity ``size`` (small/medium/large).

        ``given`` names columns that are always fixed when sampling; they must lead the table's
        column order, so that the table order (validation loss) puts them first too.
        """
        hidden, text_dim = SIZES[size]
        columns: list[str] = []
        for slot in slots:
            if slot.column not in columns:
                columns.append(slot.column)
        given_idx = sorted(columns.index(c) for c in given if c in columns)
        if given_idx != list(range(len(given_idx))):
            raise ValueError(f"given columns {list(given)} must come first in the column order {columns}")
        return cls(
            slot_sizes=[s.size for s in slots],
            slot_columns=[columns.index(s.column) for s in slots],
            slot_kinds=[s.kind for s in slots],
            n_columns=len(columns),
            emb_dims=[_emb_dim(s.size) for s in slots],
            hidden=hidden,
            text_dim=text_dim,
            given_columns=given_idx,
        )

    def save(self, model_dir: Path) -> None:
        atomic_write_json(Path(model_dir) / CONFIG_FILE, asdict(self))

    @classmethod
    def load(cls, model_dir: Path) -> ModelConfig:
        return cls(**json.loads((Path(model_dir) / CONFIG_FILE).read_text(encoding="utf-8")))


def _emb_dim(vocab: int) -> int:
    return int(min(16, max(4, round(2 * vocab**0.3))))


class SlotModel(nn.Module):
    """Per-slot heads over a masked concatenation of slot embeddings; see the module docstring."""

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.config = config
        kinds = config.slot_kinds
        self.flat = [i for i, k in enumerate(kinds) if k != "text"]
        self.flat_columns = sorted({config.slot_columns[i] for i in self.flat})
        self.text_columns = sorted({config.slot_columns[i] for i, k in enumerate(kinds) if k == "text"})
        self.text_slots = {
            c: [i for i, k in enumerate(kinds) if k == "text" and config.slot_columns[i] == c]
            for c in self.text_columns
        }
        dims = [config.emb_dims[i] for i in self.flat]
        self.context_dim = sum(dims)
        head_in = self.context_dim + config.n_columns
        self.embeddings = nn.ModuleList([nn.Embedding(config.slot_sizes[i], config.emb_dims[i]) for i in self.flat])
        given = set(config.given_columns)
        # A given slot keeps its embedding (context of the others) but has no head to train.
        self.predicted = [j for j, i in enumerate(self.flat) if config.slot_columns[i] not in given]
        self.heads = nn.ModuleList(
            [
                nn.Sequential(
                    nn.Linear(head_in, _head_width(config, i)),
                    nn.GELU(),
                    nn.Linear(_head_width(config, i), config.slot_sizes[i]),
                )
                if config.slot_columns[i] not in given
                else nn.Identity()
                for i in self.flat
            ]
        )
        # slot_of_dim: which flat slot owns each context dimension (to build masks).
        owner = [j for j, d in enumerate(dims) for _ in range(d)]
        self.register_buffer("slot_of_dim", torch.tensor(owner, dtype=torch.long), persistent=False)
        within = []
        for j, i in enumerate(self.flat):
            col = config.slot_columns[i]
            within.append(sum(1 for k in self.flat[:j] if config.slot_columns[k] == col))
        self.register_buffer("flat_within", torch.tensor(within, dtype=torch.long), persistent=False)
        self.register_buffer(
            "flat_col", torch.tensor([config.slot_columns[i] for i in self.flat], dtype=torch.long), persistent=False
        )
        td, h = config.text_dim, config.hidden
        self.text_context = nn.ModuleList([nn.Linear(head_in, h) for _ in self.text_columns])
        self.text_embeddings = nn.ModuleList(
            [nn.Embedding(config.slot_sizes[self.text_slots[c][0]], td) for c in self.text_columns]
        )
        self.text_positions = nn.ModuleList([nn.Embedding(len(self.text_slots[c]), td) for c in self.text_columns])
        # Text heads end in a low-rank output (h -> td -> vocabulary): the vocabulary projection
        # runs at every position of every record and dominates the cost otherwise.
        self.text_heads = nn.ModuleList(
            [
                nn.Sequential(
                    nn.Linear(h + (config.text_window + 2) * td, h),
                    nn.GELU(),
                    nn.Linear(h, td),
                    nn.Linear(td, config.slot_sizes[self.text_slots[c][0]]),
                )
                for c in self.text_columns
            ]
        )
        # Last, so the default start of every layer draws the same random numbers as before.
        for emb, i in zip(self.embeddings, self.flat, strict=True):
            if kinds[i] == "value" and config.slot_sizes[i] > ORDINAL_MIN_TOKENS:
                _ordinal_init(emb.weight)

    # -- masks -------------------------------------------------------------------------------
    def slot_keys(self, column_rank: torch.Tensor) -> torch.Tensor:
        """Generation rank of every flat slot, ``[B, n_flat]``, from per-record column ranks ``[B, C]``."""
        return column_rank[:, self.flat_col] * 1024 + self.flat_within

    def head_input(
        self, x: torch.Tensor, keys: torch.Tensor, column_rank: torch.Tensor, j: int, dim_keys: torch.Tensor
    ) -> torch.Tensor:
        """Context of flat slot ``j``: slots generated before it, plus column visibility flags.

        ``dim_keys`` is ``keys[:, slot_of_dim]`` (computed once per batch by ``dim_keys``).
        """
        visible = (dim_keys < keys[:, j : j + 1]).to(x.dtype)
        own_rank = column_rank[:, self.config.slot_columns[self.flat[j]]].unsqueeze(1)
        flags = (column_rank < own_rank).to(x.dtype)
        # Ranks may be given once for the whole batch (one row): broadcast them.
        return torch.cat([x * visible, flags.expand(x.shape[0], -1)], dim=1)

    def dim_keys(self, keys: torch.Tensor) -> torch.Tensor:
        """The generation rank of the slot owning each context dimension, ``[B, context_dim]``."""
        return keys[:, self.slot_of_dim]

    def embed(self, tokens: torch.Tensor) -> torch.Tensor:
        """Concatenated flat slot embeddings ``[B, context_dim]``."""
        if not self.flat:
            return tokens.new_zeros((tokens.shape[0], 0), dtype=torch.float32)
        return torch.cat([emb(tokens[:, i]) for emb, i in zip(self.embeddings, self.flat, strict=True)], dim=1)

    def text_features(self, t: int, context: torch.Tensor, prev: torch.Tensor) -> torch.Tensor:
        """Text head input for every position, from the table context and the previous tokens.

        ``prev`` is ``[B, P]`` tokens at positions ``0..P-1``; returns ``[B, P + 1, features]`` for
        positions ``0..P`` (so position ``P`` is the next one to sample).
        """
        emb = self.text_embeddings[t](prev)  # [B, P, d]
        batch, length = prev.shape
        pad = emb.new_zeros((batch, 1, emb.shape[2]))
        shifted = torch.cat([pad, emb], dim=1)  # position p sees tokens < p
        window = []
        for k in range(self.config.text_window):
            k = min(k, length + 1)
            part = torch.cat([emb.new_zeros((batch, k, emb.shape[2])), shifted[:, : length + 1 - k]], dim=1)
            window.append(part)
        counts = torch.arange(length + 1, device=prev.device, dtype=emb.dtype).clamp(min=1).view(1, -1, 1)
        mean = torch.cumsum(shifted, dim=1) / counts
        index = torch.arange(length + 1, device=prev.device).unsqueeze(0).expand(batch, -1)
        positions = self.text_positions[t](index)
        ctx = context.unsqueeze(1).expand(-1, length + 1, -1)
        return torch.cat([ctx, *window, mean, positions], dim=2)

    def next_text_features(self, t: int, context: torch.Tensor, prev: torch.Tensor) -> torch.Tensor:
        """``text_features(t, context, prev)[:, -1]`` without building every earlier position."""
        batch, length = prev.shape
        d = self.config.text_dim
        window = []
        for k in range(self.config.text_window):
            if length - 1 - k >= 0:
                window.append(self.text_embeddings[t](prev[:, length - 1 - k]))
            else:
                window.append(context.new_zeros((batch, d)))
        mean = self.text_embeddings[t](prev).sum(dim=1) / length if length else context.new_zeros((batch, d))
        position = self.text_positions[t](torch.full((batch,), length, dtype=torch.long))
        return torch.cat([context, *window, mean, position], dim=1)

    # -- training ----------------------------------------------------------------------------
    def record_loss(self, tokens: torch.Tensor, column_rank: torch.Tensor) -> torch.Tensor:
        """Negative log-likelihood of each record, ``[B]`` (sum over slots; text up to its end)."""
        column_rank = self.given_first(column_rank)
        x = self.embed(tokens)
        keys = self.slot_keys(column_rank)
        dim_keys = self.dim_keys(keys)
        loss = tokens.new_zeros(tokens.shape[0], dtype=torch.float32)
        for j in self.predicted:
            logits = self.heads[j](self.head_input(x, keys, column_rank, j, dim_keys))
            loss = loss + F.cross_entropy(logits, tokens[:, self.flat[j]], reduction="none")
        for t, c in enumerate(self.text_columns):
            if c not in self.config.given_columns:
                loss = loss + self._text_loss(t, c, x, keys, column_rank, tokens)
        return loss

    def given_first(self, column_rank: torch.Tensor) -> torch.Tensor:
        """``column_rank`` with the given columns ranked before every other column (in table
        order), the others keeping their relative order: the orders the sampler uses."""
        given = self.config.given_columns
        if not given:
            return column_rank
        column_rank = column_rank.clone()
        column_rank[:, given] = torch.arange(len(given), dtype=column_rank.dtype) - len(given)
        return column_rank

    def text_context_vector(self, t: int, c: int, x: torch.Tensor, column_rank: torch.Tensor) -> torch.Tensor:
        flags = (column_rank < column_rank[:, c : c + 1]).to(x.dtype).expand(x.shape[0], -1)
        return F.gelu(self.text_context[t](torch.cat([x, flags], dim=1)))

    def _text_loss(self, t, c, x, keys, column_rank, tokens) -> torch.Tensor:
        slots = self.text_slots[c]
        seq = tokens[:, slots]  # [B, L]
        # Positions after every record's end are padding in the whole batch: skip them.
        lengths = (seq != TEXT_END).to(torch.int64).cumprod(dim=1).sum(dim=1)
        seq = seq[:, : int(min(seq.shape[1], int(lengths.max()) + 1))]
        context = self.text_context_vector(t, c, x, column_rank)
        feats = self.text_features(t, context, seq[:, :-1])  # [B, L, F]
        logits = self.text_heads[t](feats)
        nll = F.cross_entropy(logits.reshape(-1, logits.shape[2]), seq.reshape(-1), reduction="none")
        nll = nll.view(seq.shape)  # [B, L]
        # Positions after the first end token are padding: count the end token, not the padding.
        ended_before = torch.cumsum((seq == TEXT_END).to(torch.int64), dim=1) - (seq == TEXT_END).to(torch.int64)
        return (nll * (ended_before == 0).to(nll.dtype)).sum(dim=1)


@torch.no_grad()
def _ordinal_init(weight: torch.Tensor) -> None:
    """Mix a standardised random walk over the rows (tokens) into ``weight`` in place."""
    walk = torch.cumsum(torch.randn_like(weight), dim=0)
    walk = (walk - walk.mean(dim=0)) / walk.std(dim=0).clamp(min=1e-6)
    weight.copy_(ORDINAL_MIX * walk + (1 - ORDINAL_MIX**2) ** 0.5 * weight)


def _head_width(config: ModelConfig, i: int) -> int:
    # Digit slots have 10 outcomes and little structure: a narrower head is enough.
    return config.hidden // 2 if config.slot_kinds[i] == "digit" else config.hidden
