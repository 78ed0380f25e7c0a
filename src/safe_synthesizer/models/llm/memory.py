"""How many sequences one decoding batch may run within a memory budget.

What grows with the batch while decoding is the KV cache: every cached position of every
sequence holds a key and a value per layer and key/value head (SmolLM2-135M in bfloat16:
2 x 30 layers x 3 heads x 64 x 2 bytes = 23 KB per token; SmolLM3-3B: 74 KB). Next to it
each running row holds a few vocabulary-wide float32 rows (its logits, the grammar mask's
result, the sampler's softmax and cumulative sum, top-p's sort). Only the last position's logits
are ever computed while decoding (``logits_to_keep=1`` in both decoders), so nothing else scales
with sequence length.

The batch is sized so that ``rows x sequence_bytes(tokens)`` stays within
``GENERATION_MEMORY_BYTES`` (the reference product has no setting for it). ``tokens`` is the
prompt plus the records asked of a sequence at the longest training record's token count (or
the token budget when that is unknown, under DP): the budget itself allows 1.5 bytes of
record per token for safety and would overstate the cache ~3.5x on Adult.

The cache holds more positions than ``tokens`` (``cache_positions``): the jump-forward decoder
keeps padding up to an eighth of its cache before dropping it, plus one chunk's, and since
session 22 every layer's buffer keeps spare room (``models.llm.spare_cache.spare_capacity``:
a quarter more, at least 64 positions) so a forward writes in place. While a buffer grows, or a
compaction gathers, one layer is held twice. Until session 23 the plan counted a flat 25 % for
all of that, which the spare room alone takes: SmolLM2 at 6 Adult records (870 tokens) holds up
to 1,283 positions per row, not 1,088.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from safe_synthesizer.models.llm.jump_forward import PAD_LIMIT_MIN, PAD_LIMIT_SHARE
from safe_synthesizer.models.llm.spare_cache import spare_capacity

# Memory for the KV cache and per-row buffers of one decoding batch (model weights apart). With
# SmolLM2-135M in bfloat16 a sequence of 6 Adult records (149 prompt + 6 x 120 tokens) is planned at
# 32.0 MB with padding and spare room (26.6 MB before session 23), so 63 fit (were 77; 300 records
# ask for 56); 42 at 10 records (were 50); reviews: 145 at 1 record (188), 25 at 10 (30);
# SmolLM3-3B (74 KB per token) gets ~13 sequences of 10 Adult records (~15).
GENERATION_MEMORY_BYTES = 2 << 30

# float32 vocabulary-wide rows alive per sequence at a sampling step (logits, masked copy,
# temperature, softmax/cumsum, top-p's sorted values and int64 indices).
LOGIT_ROW_COPIES = 8

# Query positions of a jump-forward chunk (a drawn token and its forced run): the attention
# scores of a chunk are heads x width x cached positions per row.
CHUNK_WIDTH = 32


def cache_positions(tokens: int) -> int:
    """Positions one row's cache buffers may hold when its sequence reaches ``tokens`` (module docstring).

    The real positions, the padding the jump-forward decoder keeps before compacting (below
    ``max(PAD_LIMIT_MIN, cached / PAD_LIMIT_SHARE)``, so at most ``8/7`` of the real ones) and one
    chunk's, then the spare room of the buffer allocated for that many.
    """
    tokens = max(1, tokens)
    padded = max(tokens + PAD_LIMIT_MIN, math.ceil(tokens * PAD_LIMIT_SHARE / (PAD_LIMIT_SHARE - 1))) + CHUNK_WIDTH
    return spare_capacity(padded)


@dataclass(frozen=True)
class DecodeFootprint:
    """Bytes a decoding sequence holds per cached position, and per row whatever its length."""

    # Keys and values of every layer for one position, and the attention scores of a chunk over it.
    cache_bytes_per_token: int
    score_bytes_per_token: int
    bytes_per_row: int
    layers: int = 1

    @property
    def bytes_per_token(self) -> int:
        """Cache and attention-score bytes per cached position (without spare room or padding)."""
        return self.cache_bytes_per_token + self.score_bytes_per_token

    @classmethod
    def of_model(cls, model: Any) -> DecodeFootprint:
        """From the model's dimensions and the dtype it decodes in."""
        config = model.config.get_text_config() if hasattr(model.config, "get_text_config") else model.config
        heads = int(config.num_attention_heads)
        kv_heads = int(getattr(config, "num_key_value_heads", None) or heads)
        head_dim = int(getattr(config, "head_dim", None) or config.hidden_size // heads)
        itemsize = next(model.parameters()).element_size()
        layers = int(config.num_hidden_layers)
        vocab = int(model.get_output_embeddings().weight.shape[0])
        return cls(
            cache_bytes_per_token=2 * layers * kv_heads * head_dim * itemsize,
            score_bytes_per_token=heads * CHUNK_WIDTH * 4,
            bytes_per_row=LOGIT_ROW_COPIES * vocab * 4,
            layers=layers,
        )

    def sequence_bytes(self, tokens: int) -> int:
        """Peak bytes of one sequence of ``tokens`` positions (prompt included).

        The cache buffers at ``cache_positions`` (padding and spare room), one layer of them
        twice (a buffer growing or a compaction's gather), attention scores over as many positions
        (an upper bound: they span the filled ones only), and the per-row buffers.
        """
        positions = cache_positions(tokens)
        cache = self.cache_bytes_per_token * positions * (self.layers + 1) // max(1, self.layers)
        return cache + self.score_bytes_per_token * positions + self.bytes_per_row


def rows_within(budget_bytes: int, footprint: DecodeFootprint, tokens: int) -> int:
    """The most sequences of ``tokens`` positions that fit ``budget_bytes`` (at least one)."""
    return max(1, int(budget_bytes // footprint.sequence_bytes(tokens)))
