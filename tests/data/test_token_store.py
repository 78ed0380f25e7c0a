"""Memory-mapped token store: chunk-encoded tokens round-trip and train like in-memory ones."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from safe_synthesizer.data.chunked import iter_chunks, reservoir_sample
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.data.token_store import TokenStore, token_dtype
from safe_synthesizer.models.builtin.codec import TabularCodec
from safe_synthesizer.models.builtin.model import ModelConfig, SlotModel
from safe_synthesizer.models.builtin.trainer import TrainSettings, train_model

INTEGERS = ("age", "fnlwgt", "education-num", "capital-gain", "capital-loss", "hours-per-week")


def build_adult_schema(df) -> TableSchema:
    return TableSchema([ColumnSchema(c, ColumnType.INTEGER if c in INTEGERS else ColumnType.CATEGORICAL)
                        for c in df.columns], n_rows=len(df))


@pytest.fixture(scope="module")
def adult_file(tmp_path_factory, shared_data):
    path = tmp_path_factory.mktemp("in") / "adult.csv"
    read_table(shared_data / "adult_train.csv").iloc[:3000].to_csv(path, index=False)
    return path


def test_chunk_encoded_store_round_trips(adult_file, tmp_path):
    from safe_synthesizer.data.typed_frame import apply_schema

    whole = read_table(adult_file)
    schema = build_adult_schema(whole)
    # The codec is fitted on a bounded sample streamed from the file, as for a table too big to load.
    sample, seen = reservoir_sample(iter_chunks(adult_file, chunk_rows=700), 1_000, seed=0)
    assert seen == len(whole) == 3000
    codec = TabularCodec.fit(apply_schema(sample, schema), schema, seed=0)
    chunks = (apply_schema(c, schema) for c in iter_chunks(adult_file, chunk_rows=700))
    store = TokenStore.write(codec, chunks, tmp_path / "tokens", fingerprint="abc")
    expected = codec.encode(apply_schema(whole, schema))
    assert isinstance(store.tokens, np.memmap) and store.tokens.dtype == token_dtype([s.size for s in codec.slots])
    assert store.tokens.dtype.itemsize < 8 and store.fingerprint == "abc"
    reopened = TokenStore.open(tmp_path / "tokens")
    np.testing.assert_array_equal(reopened.batch(np.arange(3000)), expected)
    rng = np.random.default_rng(0)
    a = codec.decode(reopened.batch(np.arange(3000)), rng)
    b = codec.decode(expected, np.random.default_rng(0))
    assert a.equals(b)


def test_training_from_the_map_equals_training_in_memory(adult_file, tmp_path):
    whole = read_table(adult_file)
    schema = build_adult_schema(whole)
    from safe_synthesizer.data.typed_frame import apply_schema

    frame = apply_schema(whole, schema)
    codec = TabularCodec.fit(frame, schema, seed=0)
    store = TokenStore.write(codec, [frame.iloc[:1000], frame.iloc[1000:]], tmp_path / "tokens")
    settings = TrainSettings(learning_rate=3e-3, batch_size=256, max_epochs=1, warmup_steps=2)
    models = []
    for tokens in (np.asarray(store.tokens, dtype=np.int64), store.tokens):
        torch.manual_seed(0)
        model = SlotModel(ModelConfig.for_slots(codec.slots, "small"))
        train_model(model, tokens[:1200], np.asarray(store.tokens[2700:]), settings, tmp_path / f"ck{len(models)}")
        models.append(model)
    for (name, a), b in zip(models[0].state_dict().items(), models[1].state_dict().values(), strict=True):
        assert torch.equal(a, b), name
