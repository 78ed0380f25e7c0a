"""SpareDynamicLayer: the same keys, values and logits as transformers' DynamicLayer, without copying the cache."""

from __future__ import annotations

import inspect

import torch
from transformers import DynamicCache
from transformers.cache_utils import DynamicLayer

from safe_synthesizer.models.llm.spare_cache import MIN_SPARE, SpareDynamicLayer, with_spare_room


def _kv(rows: int, positions: int, seed: int) -> tuple[torch.Tensor, torch.Tensor]:
    g = torch.Generator().manual_seed(seed)
    return torch.randn(rows, 2, positions, 8, generator=g), torch.randn(rows, 2, positions, 8, generator=g)


def _pair() -> tuple[DynamicLayer, SpareDynamicLayer]:
    plain, spare = DynamicLayer(), DynamicLayer()
    spare.__class__ = SpareDynamicLayer
    return plain, spare


def test_updates_agree_with_dynamic_layer_through_crops_selects_and_replacements():
    plain, spare = _pair()
    for seed, positions in enumerate([5, 1, 4, 1, 3]):
        k, v = _kv(3, positions, seed)
        for layer in (plain, spare):
            layer.update(k, v)
        torch.testing.assert_close(spare.keys, plain.keys, rtol=0, atol=0)
        torch.testing.assert_close(spare.values, plain.values, rtol=0, atol=0)
    for layer in (plain, spare):
        layer.crop(-2)
        layer.batch_select_indices(torch.tensor([0, 2]))
    for layer in (plain, spare):  # what the decoder's compaction does: a new tensor, not the buffer
        layer.keys, layer.values = layer.keys.flip(2).contiguous(), layer.values.flip(2).contiguous()
    for seed in (7, 8):
        k, v = _kv(2, 2, seed)
        for layer in (plain, spare):
            layer.update(k, v)
        torch.testing.assert_close(spare.keys, plain.keys, rtol=0, atol=0)
        torch.testing.assert_close(spare.values, plain.values, rtol=0, atol=0)
    assert spare.get_seq_length() == plain.get_seq_length()


def test_an_update_within_the_spare_room_does_not_copy_the_cache():
    _, spare = _pair()
    spare.update(*_kv(2, 10, 0))
    buffer = spare._key_buffer
    assert buffer is not None and buffer.shape[2] == 10 + MIN_SPARE
    for seed in range(1, 6):
        before = spare.keys
        spare.update(*_kv(2, 3, seed))
        assert spare._key_buffer is buffer  # written in place: no new allocation, no copy of what was cached
        assert spare.keys.data_ptr() == before.data_ptr() == buffer.data_ptr()
    spare.update(*_kv(2, MIN_SPARE, 9))  # beyond the room: one reallocation with a quarter to spare
    assert spare._key_buffer is not buffer and spare._key_buffer.shape[2] >= spare.get_seq_length()


def test_a_model_decodes_the_same_logits_with_spare_room():
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(0)
    config = LlamaConfig(vocab_size=128, hidden_size=32, intermediate_size=64, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=128)
    model = LlamaForCausalLM(config).eval()
    arg = "cache" if "cache" in inspect.signature(model.forward).parameters else "past_key_values"
    prompt = torch.randint(0, 128, (3, 6))
    steps = [torch.randint(0, 128, (3, w)) for w in (1, 3, 1, 2)]
    logits = []
    for spare in (False, True):
        cache = DynamicCache(config=config)
        seen = []
        with torch.no_grad():
            model(input_ids=prompt, use_cache=True, **{arg: cache})
            if spare:
                assert with_spare_room(cache)
                assert all(type(layer) is SpareDynamicLayer for layer in cache.layers)
            for ids in steps:
                seen.append(model(input_ids=ids, use_cache=True, **{arg: cache}).logits[:, -1])
        logits.append(torch.stack(seen))
    torch.testing.assert_close(logits[1], logits[0], rtol=1e-5, atol=1e-5)


def test_selected_rows_and_reassigned_contents_live_in_the_buffers_not_beside_them():
    """Rows leaving (and the decoder's compaction) copy back into the buffers: no stale buffer is held
    next to the new contents (before session 23 the old buffers stayed alive until the next update)."""
    plain, spare = _pair()
    for layer in (plain, spare):
        layer.update(*_kv(4, 12, 0))
    buffer_ptr = spare._key_buffer.data_ptr()
    for layer in (plain, spare):
        layer.batch_select_indices(torch.tensor([3, 1]))
    assert spare.keys.data_ptr() == spare._key_buffer.data_ptr() == buffer_ptr
    assert spare.values.data_ptr() == spare._value_buffer.data_ptr()
    torch.testing.assert_close(spare.keys, plain.keys, rtol=0, atol=0)
    order = torch.tensor([0, 2, 4, 5, 6, 7, 8, 9, 10, 11])  # a compaction: fewer positions, moved
    keys, values = spare.keys[:, :, order].clone(), spare.values[:, :, order].clone()
    spare.assign(keys, values)
    plain.keys, plain.values = plain.keys[:, :, order], plain.values[:, :, order]
    assert spare.keys.data_ptr() == buffer_ptr and spare.get_seq_length() == 10
    for layer in (plain, spare):
        layer.update(*_kv(2, 3, 5))
    assert spare._key_buffer.data_ptr() == buffer_ptr  # the next update wrote in place, nothing reallocated
    torch.testing.assert_close(spare.keys, plain.keys, rtol=0, atol=0)
    torch.testing.assert_close(spare.values, plain.values, rtol=0, atol=0)
    wider = torch.zeros(2, 2, 200, 8)  # contents the buffers cannot hold: taken as they are, buffers dropped
    spare.assign(wider, wider.clone())
    assert spare.keys is wider and spare._key_buffer is None


def test_spare_dynamic_cache_gives_generate_spare_layers_unless_the_model_names_its_own_cache():
    from types import SimpleNamespace

    from transformers import LlamaConfig

    from safe_synthesizer.models.llm.spare_cache import spare_dynamic_cache

    config = LlamaConfig(vocab_size=64, hidden_size=16, intermediate_size=32, num_hidden_layers=3,
                         num_attention_heads=2, num_key_value_heads=1)
    cache = spare_dynamic_cache(SimpleNamespace(config=config, generation_config=SimpleNamespace()))
    assert cache is not None and [type(layer) for layer in cache.layers] == [SpareDynamicLayer] * 3
    static = SimpleNamespace(config=config, generation_config=SimpleNamespace(cache_implementation="static"))
    assert spare_dynamic_cache(static) is None  # generate refuses a cache and a cache_implementation together
