"""A large table's schema from a bounded sample: checked on every row, chunked equals in-memory."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.chunked import reservoir_sample
from safe_synthesizer.data.private_schema import infer_run_schema
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.data.sampled_schema import infer_schema_from_file, infer_schema_sampled

N, SAMPLE, CHUNK = 3_000, 500, 700


def _params() -> SafeSynthesizerParameters:
    params = SafeSynthesizerParameters()
    params.data.random_state = 0
    return params


def _unsampled_rows(k: int) -> list[int]:
    """``k`` rows the bounded sample leaves out (its keys depend on the row count and seed only)."""
    ids = pd.DataFrame({"i": np.arange(N)})
    kept, _ = reservoir_sample((ids.iloc[s : s + CHUNK] for s in range(0, N, CHUNK)), SAMPLE, 0)
    return sorted(set(range(N)) - set(kept["i"].tolist()))[:k]


def _table() -> pd.DataFrame:
    """Raw strings as read from CSV; rare surprises sit only in rows the sample leaves out."""
    rng = np.random.default_rng(3)
    frame = pd.DataFrame({
        "age": rng.integers(18, 90, N).astype(str),
        "score": np.round(rng.normal(50, 10, N), 1).astype(str),
        "city": rng.choice(["Oslo", "Lima", "Pune", "Kyiv"], N),
        "count": rng.integers(0, 500, N).astype(str),
        "const": ["yes"] * N,
        "when": pd.date_range("2020-01-01", periods=N, freq="h").strftime("%Y-%m-%d %H:%M").tolist(),
    }).astype(object)
    odd = _unsampled_rows(4)
    frame.loc[odd[0], "count"] = "lots"  # one word in a number column: integer from the sample, not overall
    frame.loc[odd[1], "score"] = "51.125"  # more decimals than the sample shows
    frame.loc[odd[2], "const"] = "no"  # a constant in the sample only
    frame.loc[odd[3], "when"] = "soon"  # one unparsable date
    return frame


def _types(schema) -> dict:
    return {c.name: (c.type.value, c.decimals, tuple(c.special_values or ())) for c in schema.columns}


def test_small_table_path_is_the_whole_table_inference():
    raw = _table().iloc[:SAMPLE]
    assert infer_schema_sampled(raw, _params(), sample_rows=SAMPLE).to_dict() == infer_run_schema(
        raw, _params()).to_dict()


def test_sampled_schema_checked_on_every_row_equals_the_whole_table_schema():
    raw = _table()
    whole = infer_run_schema(raw, _params())
    sampled = infer_schema_sampled(raw, _params(), sample_rows=SAMPLE, chunk_rows=CHUNK)
    assert _types(sampled) == _types(whole)
    assert sampled.n_rows == N
    note = sampled.notes[-1]
    assert f"sample of {SAMPLE:,} of {N:,} rows" in note
    # Exactly the columns whose surprise the sample missed were inferred again on all rows.
    assert note.endswith("inferred again on all rows: const, count, score, when")


def test_chunked_file_schema_equals_in_memory_schema(tmp_path):
    path = tmp_path / "t.csv"
    _table().to_csv(path, index=False)
    raw = read_table(path)
    in_memory = infer_schema_sampled(raw, _params(), sample_rows=SAMPLE, chunk_rows=CHUNK)
    chunked = infer_schema_from_file(path, _params(), sample_rows=SAMPLE, chunk_rows=CHUNK)
    assert chunked.to_dict() == in_memory.to_dict()


@pytest.mark.parametrize("sample_rows", [N, 10 * N])
def test_file_at_most_the_sample_size_gets_the_whole_table_schema(tmp_path, sample_rows):
    path = tmp_path / "t.csv"
    _table().to_csv(path, index=False)
    schema = infer_schema_from_file(path, _params(), sample_rows=sample_rows, chunk_rows=CHUNK)
    assert schema.to_dict() == infer_run_schema(read_table(path), _params()).to_dict()
