"""Drawing the next token without ``torch.multinomial``: one uniform number per sequence.

transformers' sampling mode draws each token with ``torch.multinomial`` over the whole
vocabulary. On this CPU that costs 59 ms per step for 16 sequences and 125 ms for 48 (SmolLM2's
49,152 tokens; measured), a third of a decoding step at 48 sequences. Inverse-CDF sampling draws
from exactly the same distribution with a cumulative sum and a binary search: 23 and 37 ms.

``InverseCdfSampler`` is the last logits processor of a ``generate(do_sample=False)`` call: it
applies the temperature and nucleus (``top_p``) filter the way transformers' warpers do, draws a
token per sequence, and returns scores whose argmax is that token, so ``generate``'s greedy step
picks it. Processors before it (repetition penalty, the grammar's mask) see the same scores as in
sampling mode, in the same order. Draws use torch's global generator (``torch.manual_seed``).
"""

from __future__ import annotations

import torch
from transformers import LogitsProcessor


class InverseCdfSampler(LogitsProcessor):
    """Temperature, optional top-p, then one exact categorical draw per row (see the module docstring)."""

    def __init__(self, temperature: float = 1.0, top_p: float = 1.0) -> None:
        if not temperature > 0:
            raise ValueError(f"temperature must be positive, got {temperature}")
        if not 0 < top_p <= 1:
            raise ValueError(f"top_p must be in (0, 1], got {top_p}")
        self.temperature = float(temperature)
        self.top_p = float(top_p)

    def __call__(self, input_ids: torch.LongTensor, scores: torch.FloatTensor) -> torch.FloatTensor:
        tokens = self.sample(scores)
        picked = torch.full_like(scores, float("-inf"))
        return picked.scatter_(1, tokens[:, None], 0.0)

    def sample(self, scores: torch.Tensor) -> torch.Tensor:
        """One token per row of ``scores`` after temperature and top-p."""
        if self.temperature != 1.0:
            scores = scores / self.temperature
        if self.top_p < 1.0:
            scores = _nucleus(scores, self.top_p)
        return draw(scores)


def draw(scores: torch.Tensor) -> torch.Tensor:
    """One token index per row, with probability ``softmax(scores)`` (``-inf`` never drawn)."""
    cdf = torch.softmax(scores.float(), dim=-1).cumsum_(dim=-1)
    # u in [0, total): the first index whose cumulative mass exceeds u. A zero-probability token
    # adds nothing to the sum, so no u lands on it (right=True); u is kept below the total even
    # when the product rounds up, else the search would run past the last allowed token.
    total = cdf[:, -1:]
    u = torch.minimum(torch.rand_like(total) * total, torch.nextafter(total, torch.zeros_like(total)))
    return torch.searchsorted(cdf, u, right=True).squeeze(1)


def _nucleus(scores: torch.Tensor, top_p: float) -> torch.Tensor:
    """transformers' ``TopPLogitsWarper``: keep the smallest set of tokens holding ``top_p`` of the mass."""
    ordered, order = torch.sort(scores, descending=False)
    cumulative = ordered.softmax(dim=-1).cumsum(dim=-1)
    drop = cumulative <= (1 - top_p)
    drop[..., -1:] = False  # always keep the most likely token
    return scores.masked_fill(drop.scatter(1, order, drop), float("-inf"))
