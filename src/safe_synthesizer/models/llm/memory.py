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
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# Memory for the KV cache and per-row buffers of one decoding batch (model weights apart). With
# SmolLM2-135M in bfloat16 a sequence of 6 Adult records is planned at 26.6 MB (149 prompt + 6 x 120
# tokens), so 77 fit and the CPU default batch of 64 is kept (50 at 10 records; reviews: 188 at
# 1 record, 30 at 10); SmolLM3-3B (74 KB per token) gets ~15 sequences of 10 Adult records.
GENERATION_MEMORY_BYTES = 2 << 30

# The jump-forward decoder's cache holds padding up to max(16, 1/8 of it) before compacting, and
# each forward's concatenation briefly holds one more layer: 25 % over the real positions.
CACHE_SLACK = 1.25

# float32 vocabulary-wide rows alive per sequence at a sampling step (logits, masked copy,
# temperature, softmax/cumsum, top-p's sorted values and int64 indices).
LOGIT_ROW_COPIES = 8

# Query positions of a jump-forward chunk (a drawn token and its forced run): the attention
# scores of a chunk are heads x width x cached positions per row.
CHUNK_WIDTH = 32


@dataclass(frozen=True)
class DecodeFootprint:
    """Bytes a decoding sequence holds per cached position, and per row whatever its length."""

    bytes_per_token: int
    bytes_per_row: int

    @classmethod
    def of_model(cls, model: Any) -> DecodeFootprint:
        """From the model's dimensions and the dtype it decodes in."""
        config = model.config.get_text_config() if hasattr(model.config, "get_text_config") else model.config
        heads = int(config.num_attention_heads)
        kv_heads = int(getattr(config, "num_key_value_heads", None) or heads)
        head_dim = int(getattr(config, "head_dim", None) or config.hidden_size // heads)
        itemsize = next(model.parameters()).element_size()
        cache = 2 * int(config.num_hidden_layers) * kv_heads * head_dim * itemsize
        scores = heads * CHUNK_WIDTH * 4
        vocab = int(model.get_output_embeddings().weight.shape[0])
        return cls(bytes_per_token=cache + scores, bytes_per_row=LOGIT_ROW_COPIES * vocab * 4)

    def sequence_bytes(self, tokens: int) -> int:
        """Peak bytes of one sequence of ``tokens`` positions (prompt included)."""
        return int(self.bytes_per_token * max(1, tokens) * CACHE_SLACK) + self.bytes_per_row


def rows_within(budget_bytes: int, footprint: DecodeFootprint, tokens: int) -> int:
    """The most sequences of ``tokens`` positions that fit ``budget_bytes`` (at least one)."""
    return max(1, int(budget_bytes // footprint.sequence_bytes(tokens)))
