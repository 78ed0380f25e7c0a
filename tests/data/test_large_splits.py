"""Large run splits read bounded: PII replay streamed, privacy filter from chunks, an LLM's sample."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.data import chunked, large_splits
from safe_synthesizer.data.large_splits import is_large, llm_training_sample, pii_source, privacy_filter_source
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.evaluation.pii_replay import pii_replay
from safe_synthesizer.models.builtin.privacy_filter import PrivacyFilter

SCHEMA = TableSchema([ColumnSchema("code", ColumnType.CATEGORICAL), ColumnSchema("n", ColumnType.INTEGER),
                      ColumnSchema("email", ColumnType.CATEGORICAL), ColumnSchema("team", ColumnType.CATEGORICAL)])


@pytest.fixture
def split(tmp_path: Path) -> Path:
    rng = np.random.default_rng(0)
    n = 2500
    frame = pd.DataFrame({"code": [f"{i % 37:05d}" for i in range(n)],  # leading zeros kept as text
                          "n": rng.integers(0, 50, n).astype(object),
                          "email": [f"p{i % 900}@example.org" for i in range(n)],
                          "team": [f"t{i // 10}" for i in range(n)]})
    frame.loc[::97, "n"] = None
    path = tmp_path / "training.csv"
    frame.to_csv(path, index=False)
    return path


@pytest.fixture
def small_chunks(monkeypatch):
    """Everything over 1 kB counts as large, read in 400-row chunks (several chunks per split)."""
    monkeypatch.setattr(large_splits, "WHOLE_READ_MAX_BYTES", 1024)
    real = chunked.iter_chunks

    def iter_small(path, chunk_rows=chunked.DEFAULT_CHUNK_ROWS, delimiter=","):
        return real(path, 400, delimiter)

    monkeypatch.setattr(large_splits, "iter_chunks", iter_small)
    monkeypatch.setattr("safe_synthesizer.data.streaming.iter_chunks", iter_small)


def _whole(path: Path) -> pd.DataFrame:
    return apply_schema(read_table(path), SCHEMA)


def test_small_splits_are_read_whole(split):
    assert not is_large(split) and is_large(split, min_bytes=100)
    calls = []
    frame = _whole(split)
    assert pii_source(split, SCHEMA, ["email"], lambda: calls.append(1) or frame, facts := {}) is frame
    assert calls == [1] and facts == {}
    assert privacy_filter_source(split, SCHEMA, 0.0, lambda: frame) == (frame, {})


def test_the_streamed_pii_replay_table_is_the_whole_one(split, small_chunks):
    synthetic = pd.DataFrame({"email": ["P3@example.org ", "new@example.org", "p899@example.org", None],
                              "code": ["00001", "x", "y", "z"]})
    facts: dict = {}
    stream = pii_source(split, SCHEMA, ["email", "code"], lambda: pytest.fail("read whole"), facts)
    assert facts == {"pii_replay_streamed": True}
    streamed = pii_replay(stream, synthetic, {"email": "email", "code": "id"})
    assert streamed == pii_replay(_whole(split), synthetic, {"email": "email", "code": "id"})
    assert [(r.column, r.n_training_values, r.n_replayed) for r in streamed] == [("code", 37, 1), ("email", 900, 2)]


def test_the_privacy_filter_of_a_large_split_catches_every_copy(split, small_chunks):
    whole = _whole(split)
    built, notes = privacy_filter_source(split, SCHEMA, 0.0, lambda: pytest.fail("read whole"))
    assert isinstance(built, PrivacyFilter)
    assert notes == {"privacy_filter_rows": 2500, "privacy_filter_distance_rows": 0}
    copies = whole.iloc[[3, 1200, 2499]].astype(str).reset_index(drop=True)  # rows of the first and last chunk
    fresh = copies.assign(email="someone@else.org")
    assert built.too_close(copies).all() and not built.too_close(fresh).any()
    assert built.too_close(copies).tolist() == PrivacyFilter(whole).too_close(copies).tolist()


def test_an_llm_reads_only_its_records(split, small_chunks):
    frame, facts = llm_training_sample(split, SCHEMA, 300, seed=1, group_by=None)
    assert len(frame) == 300 and facts["sampled_records"] == 300 and facts["split_records"] == 2500
    whole = _whole(split)
    rows = whole.reset_index().merge(frame, on=list(SCHEMA.names))["index"]  # each sampled row is a split row
    assert rows.is_monotonic_increasing and rows.nunique() == 300  # file order, no repeats
    assert frame["code"].str.len().eq(5).all()  # typed as read_dataset types it
    grouped, _ = llm_training_sample(split, SCHEMA, 300, seed=1, group_by="team")
    sizes = grouped.groupby("team").size()
    assert (sizes == 10).all() and 300 <= len(grouped) <= 310  # whole groups of 10
    everything, facts = llm_training_sample(split, SCHEMA, "auto", seed=1, group_by=None)  # auto: 25,000
    assert len(everything) == 2500 and facts["sampled_records"] == 2500
