"""A KV-cache layer with spare room: a decoding forward writes its keys in place instead of copying the cache.

transformers' ``DynamicLayer`` grows by ``torch.cat`` on every forward, so each forward copies
every layer's whole cache: at 44 rows and 1,600 cached positions SmolLM2's 30 layers move
about 1 GB (bfloat16 keys and values) to add 44 x 4 positions. The jump-forward decoder runs
hundreds of such forwards per batch, so that copy grew with the sequence. This layer keeps the keys and values in
buffers with spare positions (a quarter more than needed, at least 64) and returns views of
their filled part; a forward writes only its new positions. The buffers grow geometrically, so
re-allocation is rare.

Rows leaving the batch and the decoder's padding compaction (``assign``) copy what is kept back
into the buffers (fewer rows or positions always fit), so the old buffers are never held next to
their replacement: before session 23 they were, until the next update, which doubled the cache
for the length of a forward after every compaction. Anything else that replaces ``keys``/
``values`` with a new tensor is detected on the next update by comparing the data pointer and
strides with the buffer's, and the new tensor is copied into a fresh buffer once: the same copy
``torch.cat`` made on every forward.

Measured at one thread, 44 rows of a trained SmolLM2 in bfloat16, one forward (load 7-10):
1-token forwards 0.78-0.91 -> 0.39-0.43 CPU s at 1,600 cached positions, 0.44-0.64 -> 0.27 at
800, 0.19-0.20 -> 0.16-0.17 at 200; 4-token forwards 1.27-1.41 -> 0.89-0.98 at 1,600.
"""

from __future__ import annotations

from typing import Any

import torch
from transformers.cache_utils import DynamicCache, DynamicLayer

# Spare positions allocated beyond what is needed: a quarter more, at least this many.
MIN_SPARE = 64


def spare_capacity(needed: int) -> int:
    """Positions a buffer is allocated with when ``needed`` no longer fit: a quarter more, at least ``MIN_SPARE``.

    The generation memory plan (``models.llm.memory``) counts this room, so it lives in one place.
    """
    return needed + max(MIN_SPARE, needed // 4)


class SpareDynamicLayer(DynamicLayer):
    """``DynamicLayer`` whose ``keys``/``values`` are views of buffers with spare positions (module docstring)."""

    _key_buffer: torch.Tensor | None = None
    _value_buffer: torch.Tensor | None = None

    def update(
        self, key_states: torch.Tensor, value_states: torch.Tensor, *args: Any, **kwargs: Any
    ) -> tuple[torch.Tensor, torch.Tensor]:
        if not self.is_initialized:
            self.lazy_initialization(key_states, value_states)
        cached = self.keys.shape[-2] if self.keys is not None and self.keys.numel() else 0
        needed = cached + key_states.shape[-2]
        if not self._holds(cached, needed, key_states):
            self._reallocate(cached, needed, key_states, value_states)
        assert self._key_buffer is not None and self._value_buffer is not None
        self._key_buffer[:, :, cached:needed] = key_states
        self._value_buffer[:, :, cached:needed] = value_states
        self.keys = self._key_buffer[:, :, :needed]
        self.values = self._value_buffer[:, :, :needed]
        return self.keys, self.values

    def assign(self, keys: torch.Tensor, values: torch.Tensor) -> None:
        """Make ``keys``/``values`` (new tensors: fewer rows, or positions moved) the cache's contents.

        They are copied into the buffers when those hold them, so the old buffers are not kept
        alive next to the new contents (module docstring); otherwise the buffers are dropped and
        the next update allocates fresh ones.
        """
        buffer, store = self._key_buffer, self._value_buffer
        fits = (
            buffer is not None
            and store is not None
            and keys.shape[0] <= buffer.shape[0]
            and keys.shape[1] == buffer.shape[1]
            and keys.shape[3] == buffer.shape[3]
            and values.shape[:3] == keys.shape[:3]
            and values.shape[1] == store.shape[1]
            and values.shape[3] == store.shape[3]
            and keys.shape[2] <= buffer.shape[2]
        )
        if not fits:
            self.keys, self.values = keys, values
            self._key_buffer = self._value_buffer = None
            return
        assert buffer is not None and store is not None
        rows, positions = keys.shape[0], keys.shape[2]
        self._key_buffer, self._value_buffer = buffer[:rows], store[:rows]
        self._key_buffer[:, :, :positions] = keys
        self._value_buffer[:, :, :positions] = values
        self.keys = self._key_buffer[:, :, :positions]
        self.values = self._value_buffer[:, :, :positions]

    def batch_select_indices(self, indices: torch.Tensor) -> None:
        """Keep the rows ``indices``, in the buffers (``assign``)."""
        if self.get_seq_length() > 0:
            self.assign(self.keys[indices, ...], self.values[indices, ...])

    def batch_repeat_interleave(self, repeats: int) -> None:
        """Repeat every row ``repeats`` times: more rows than the buffers have, so they are dropped."""
        super().batch_repeat_interleave(repeats)
        self._key_buffer = self._value_buffer = None

    def _holds(self, cached: int, needed: int, key_states: torch.Tensor) -> bool:
        """True when ``keys``/``values`` are still the filled prefix of buffers with room for ``needed``."""
        buffer, values = self._key_buffer, self._value_buffer
        if buffer is None or values is None or cached == 0 or buffer.shape[2] < needed:
            return False
        return all(
            current.data_ptr() == store.data_ptr()
            and current.stride() == store.stride()
            and current.shape[:2] == store.shape[:2] == key_states.shape[:2]
            for current, store in ((self.keys, buffer), (self.values, values))
        )

    def _reallocate(self, cached: int, needed: int, key_states: torch.Tensor, value_states: torch.Tensor) -> None:
        capacity = spare_capacity(needed)
        rows, heads = key_states.shape[:2]
        keys = key_states.new_empty((rows, heads, capacity, key_states.shape[3]))
        values = value_states.new_empty((rows, value_states.shape[1], capacity, value_states.shape[3]))
        if cached:
            keys[:, :, :cached] = self.keys
            values[:, :, :cached] = self.values
        self._key_buffer, self._value_buffer = keys, values


def with_spare_room(cache: Any) -> bool:
    """Turn a ``DynamicCache``'s full-attention layers into ``SpareDynamicLayer`` in place; False when it has none.

    Only plain ``DynamicLayer`` layers are converted (sliding-window or quantized layers keep their
    own class), and their current contents stay as they are until the next update.
    """
    layers = getattr(cache, "layers", None) or []
    converted = False
    for layer in layers:
        if type(layer) is DynamicLayer:
            layer.__class__ = SpareDynamicLayer
            converted = True
    return converted


def spare_dynamic_cache(model: Any) -> DynamicCache | None:
    """An empty ``DynamicCache`` for ``model`` whose full-attention layers keep spare room, for ``generate``.

    ``generate`` (the path taken with a repetition penalty) otherwise builds a plain ``DynamicCache``
    and concatenates every layer's whole cache at every step. None when the model's layers are not
    plain ``DynamicLayer`` (all sliding-window, say), or when the model's generation config names
    its own cache implementation (``generate`` refuses both): ``generate`` then builds its own as before.
    """
    if getattr(getattr(model, "generation_config", None), "cache_implementation", None) is not None:
        return None
    config = model.config.get_text_config(decoder=True) if hasattr(model.config, "get_text_config") else model.config
    cache = DynamicCache(config=config)
    return cache if with_spare_room(cache) else None
