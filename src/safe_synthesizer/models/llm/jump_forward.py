"""Structured decoding with jump-forward: tokens the grammar forces are fed, never sampled.

In a JSON-lines record most tokens are decided by the grammar, not the model: the keys and
punctuation, and the rest of a category once its first token picks one (``"Priv`` can only go
on as ``ate","fnlwgt":``). Replaying 100 Adult records through the grammar with SmolLM2's
tokenizer: 107 tokens per record, of which only 24 are choices; the other 83 come in forced runs
of about 5 tokens. transformers ``generate`` advances every sequence one token per step (its
assisted decoding, which could take several, is limited to one sequence), so this module runs
its own loop over the model's forward with the KV cache:

1. prefill the shared prompt once (batch 1) and repeat its cache over the batch;
2. each step, mask every running sequence's logits to its grammar, draw one token each
   (``InverseCdfSampler``), let its matcher accept it, then append the forced continuation
   (``GrammarMatcher.find_jump_forward_tokens``);
3. feed each sequence its drawn token plus its forced run in one forward: the chunks are
   left-padded to the longest, so the last position is every row's next-token position; pads
   are masked out of attention and positions count real tokens only;
4. a sequence leaves the batch (and the cache) when its grammar is complete (then EOS is its
   only allowed token and is written without another forward) or its token budget is spent.

The output is the same token layout as ``generate`` (new tokens, EOS, then padding).

Grouped-query attention (SmolLM2: 9 query heads share 3 key/value heads): for a one-token query
transformers folds the query heads onto the shared ones, but for a chunk with a padding mask it
copies every key/value head 3 times over the whole cache (``repeat_kv``) in every layer and
forward. That copy grows with the cache, so a sequence of 6 records paid it on ~1,000 cached
positions per forward; on the CPU the decoder asks SDPA to share the heads itself
(``enable_gqa``, the same result), which cut a 48-row, 8-token forward over 1,000 cached
positions from 2.35 to 0.88 CPU s (one thread).

The output layer's input is made contiguous (``models.llm.output_head``): a chunk's last-position
slice is a strided view, and for a frozen model torch's matmul then copied the whole output
weight once per row in every multi-token forward (2.5 vs 0.16 CPU s at 16 rows, one thread).
The cache's layers keep spare room (``models.llm.spare_cache``), so a forward writes its new keys
in place instead of concatenating the whole cache (0.8 vs 0.4 CPU s per 1-token forward at 44
rows over 1,600 positions).
"""

from __future__ import annotations

import contextlib
import inspect
import os
import time
from collections.abc import Iterator
from typing import Any

import torch

from safe_synthesizer.models.llm.output_head import contiguous_head_input
from safe_synthesizer.models.llm.sampling import InverseCdfSampler
from safe_synthesizer.models.llm.spare_cache import SpareDynamicLayer, with_spare_room

# Padding columns are dropped from the cache once they are this share of it (1/8), or at least this many:
# the cache holds up to 8/7 of the real positions (models.llm.memory plans for it).
PAD_LIMIT_SHARE = 8
PAD_LIMIT_MIN = 16


def available() -> bool:
    """True when the installed xgrammar has what this decoder needs (token-level jump-forward)."""
    try:
        import xgrammar as xgr
    except ImportError:
        return False
    return all(hasattr(xgr.GrammarMatcher, name) for name in ("find_jump_forward_tokens", "is_completed"))


class JumpForwardDecoder:
    """One batch of grammar-constrained sequences from a shared prompt (see the module docstring)."""

    def __init__(self, model: Any, compiled_grammar: Any, sampler: InverseCdfSampler, *, eos: int, pad: int) -> None:
        import xgrammar as xgr

        self._xgr = xgr
        self.model = model
        # Every chunk wider than one token would copy the output weight per row (models.llm.output_head).
        contiguous_head_input(model)
        self.grammar = compiled_grammar
        self.sampler = sampler
        self.eos, self.pad = int(eos), int(pad)
        self.vocab_size = int(compiled_grammar.tokenizer_info.vocab_size)
        # transformers 5 renamed the forward's past_key_values to cache (the old name warns).
        self._cache_arg = "cache" if "cache" in inspect.signature(model.forward).parameters else "past_key_values"
        # What the run did: forwards taken, tokens sampled vs forced, CPU in the grammar.
        self.forwards = 0
        self.sampled_tokens = 0
        self.forced_tokens = 0
        self.grammar_cpu_seconds = 0.0
        self.prefill_cpu_seconds = 0.0
        self.compactions = 0

    @torch.no_grad()
    def generate(self, prompt: list[int], rows: int, max_new_tokens: int) -> torch.Tensor:
        """``(rows, n)`` new tokens per sequence: records, EOS when complete, then ``pad``."""
        device = next(self.model.parameters()).device
        with _sdpa_shares_kv_heads(device.type == "cpu"):
            return self._generate(prompt, rows, max_new_tokens, device)

    def _generate(self, prompt: list[int], rows: int, max_new_tokens: int, device: Any) -> torch.Tensor:
        xgr = self._xgr
        began = time.process_time()
        ids = torch.tensor([prompt], dtype=torch.long, device=device)
        out = self.model(input_ids=ids, use_cache=True, logits_to_keep=1)
        cache = out.get("cache")
        if cache is None:  # transformers < 5 names it past_key_values
            cache = out.past_key_values
        cache.batch_repeat_interleave(rows)
        # Forwards then write their keys in place instead of concatenating the whole cache (models.llm.spare_cache).
        with_spare_room(cache)
        logits = out.logits[:, -1].float().expand(rows, -1).clone()
        self.forwards += 1
        self.prefill_cpu_seconds += time.process_time() - began
        attention = torch.ones((rows, len(prompt)), dtype=torch.long, device=device)
        position = torch.full((rows,), len(prompt), dtype=torch.long, device=device)
        matchers = [xgr.GrammarMatcher(self.grammar) for _ in range(rows)]
        bitmask = xgr.allocate_token_bitmask(rows, self.vocab_size)
        written: list[list[int]] = [[] for _ in range(rows)]
        alive = list(range(rows))  # batch slot -> sequence
        while alive:
            began = time.process_time()
            for slot, seq in enumerate(alive):
                matchers[seq].fill_next_token_bitmask(bitmask, slot)
            mask = bitmask[: len(alive)]
            xgr.apply_token_bitmask_inplace(logits, mask if device.type == "cpu" else mask.to(device))
            self.grammar_cpu_seconds += time.process_time() - began
            drawn = self.sampler.sample(logits).tolist()
            began = time.process_time()
            chunks, keep = [], []
            for slot, (seq, token) in enumerate(zip(alive, drawn, strict=True)):
                chunk = self._advance(matchers[seq], token, written[seq], max_new_tokens)
                if chunk:
                    chunks.append(chunk)
                    keep.append(slot)
            self.grammar_cpu_seconds += time.process_time() - began
            if not keep:
                break
            if len(keep) < len(alive):
                index = torch.tensor(keep, dtype=torch.long, device=device)
                cache.batch_select_indices(index)
                attention, position = attention[index], position[index]
                alive = [alive[slot] for slot in keep]
            logits, attention, position = self._forward(cache, chunks, attention, position, device)
            attention = self._compact(cache, attention)
        return _padded(written, self.pad)

    def _compact(self, cache: Any, attention: torch.Tensor) -> torch.Tensor:
        """Drop the padding columns the ragged chunks left in the cache once they are an eighth of it.

        Pads are never attended to, yet every forward copies, masks and attends over them: with
        one row in a long forced run, the others pad to its width, and a 16-row batch of 4
        records ended with 1,429 cached positions for ~600 real ones. Keys already carry their
        rotary position, so moving them changes nothing: each row keeps its real positions in
        order, right-aligned (left-padded to the row with the most).
        """
        cached = attention.shape[1]
        longest = int(attention.sum(dim=1).max())
        if cached - longest < max(PAD_LIMIT_MIN, cached // PAD_LIMIT_SHARE) or not _compactable(cache):
            return attention
        # A stable sort puts a row's pads first and keeps its real positions in order.
        order = torch.sort(attention, dim=1, stable=True).indices[:, cached - longest :]
        for layer in cache.layers:
            index = order[:, None, :, None].expand(-1, layer.keys.shape[1], -1, layer.keys.shape[3])
            keys = layer.keys.gather(2, index)
            values = layer.values.gather(2, index.expand(-1, -1, -1, layer.values.shape[3]))
            if isinstance(layer, SpareDynamicLayer):
                layer.assign(keys, values)  # back into its buffers: the old ones are not kept alongside
            else:
                layer.keys, layer.values = keys, values
        self.compactions += 1
        return attention.gather(1, order)

    def _advance(self, matcher: Any, token: int, written: list[int], budget: int) -> list[int]:
        """Accept the drawn token and the forced run after it; the chunk to feed, or [] when done."""
        if not matcher.accept_token(token):  # the mask allowed it: only a bug elsewhere gets here
            raise RuntimeError(f"the grammar refused token {token} that its own mask allowed")
        written.append(token)
        self.sampled_tokens += 1
        if token == self.eos or matcher.is_terminated() or len(written) >= budget:
            return []
        forced = matcher.find_jump_forward_tokens()[: budget - len(written)]
        for t in forced:
            if not matcher.accept_token(t):
                raise RuntimeError(f"the grammar refused its own forced token {t}")
        written.extend(forced)
        self.forced_tokens += len(forced)
        if matcher.is_completed():
            # The last record's newline was written: EOS is the only token left, no forward needed.
            written.append(self.eos)
            return []
        if len(written) >= budget:
            return []
        return [token, *forced]

    def _forward(
        self, cache: Any, chunks: list[list[int]], attention: torch.Tensor, position: torch.Tensor, device: Any
    ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        """Feed each row its chunk (left-padded to the longest); next-token logits of every row."""
        width = max(len(c) for c in chunks)
        ids = torch.full((len(chunks), width), self.pad, dtype=torch.long)
        real = torch.zeros((len(chunks), width), dtype=torch.long)
        for row, chunk in enumerate(chunks):
            ids[row, width - len(chunk) :] = torch.tensor(chunk)
            real[row, width - len(chunk) :] = 1
        ids, real = ids.to(device), real.to(device)
        # Positions count real tokens only; a pad takes its row's next position (it is never attended to).
        positions = position[:, None] + (real.cumsum(dim=1) - 1).clamp(min=0)
        attention = torch.cat([attention, real], dim=1)
        out = self.model(
            input_ids=ids,
            attention_mask=attention,
            position_ids=positions,
            use_cache=True,
            logits_to_keep=1,
            **{self._cache_arg: cache},
        )
        self.forwards += 1
        return out.logits[:, -1].float(), attention, position + real.sum(dim=1)


# transformers' switch for SDPA's own grouped-query attention under a mask (read at each call).
_FORCE_GQA = "TRANSFORMERS_SDPA_FORCE_GQA"


@contextlib.contextmanager
def _sdpa_shares_kv_heads(enabled: bool) -> Iterator[None]:
    """While decoding, let SDPA share key/value heads instead of transformers copying them (module
    docstring). CPU only: CUDA's masked GQA falls back to the slow math kernel. The previous value
    is restored, so training and ``generate`` keep transformers' own choice."""
    if not enabled:
        yield
        return
    previous = os.environ.get(_FORCE_GQA)
    os.environ[_FORCE_GQA] = "1"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(_FORCE_GQA, None)
        else:
            os.environ[_FORCE_GQA] = previous


# Cache layers of full attention, keys ``(batch, heads, positions, dim)``: transformers' and models.llm.spare_cache's.
_FULL_ATTENTION_LAYERS = ("DynamicLayer", "SpareDynamicLayer")


def _compactable(cache: Any) -> bool:
    """A transformers 5 ``DynamicCache`` of full-attention layers (keys ``(batch, heads, positions, dim)``)."""
    layers = getattr(cache, "layers", None)
    return bool(layers) and all(
        type(layer).__name__ in _FULL_ATTENTION_LAYERS and getattr(layer, "keys", None) is not None for layer in layers
    )


def _padded(written: list[list[int]], pad: int) -> torch.Tensor:
    width = max(1, max(len(w) for w in written))
    out = torch.full((len(written), width), pad, dtype=torch.long)
    for row, tokens in enumerate(written):
        out[row, : len(tokens)] = torch.tensor(tokens, dtype=torch.long)
    return out
