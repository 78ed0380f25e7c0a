"""Chunked reading equals in-memory reading; bounded samples; record subsampling."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.data.chunked import count_rows, iter_chunks, reservoir_sample, sample_records
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.data.writers import RecordWriter


@pytest.mark.parametrize("name", ["adult.csv", "womens_clothing_reviews.csv", "lahman_people.csv"])
def test_chunked_csv_equals_read_table(shared_data, name):
    whole = read_table(shared_data / name)
    chunks = list(iter_chunks(shared_data / name, chunk_rows=5_000))
    assert max(len(c) for c in chunks) <= 5_000 and len(chunks) > 1
    pd.testing.assert_frame_equal(pd.concat(chunks, ignore_index=True), whole)


def test_chunked_csv_keeps_missing_markers_spaces_and_quotes(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text('id,name,note\n1, Ann,NA\n2,"Bo, Jr","multi\nline"\n3,,null\n0042, x ,N/A\n')
    pd.testing.assert_frame_equal(pd.concat(iter_chunks(path, chunk_rows=2), ignore_index=True), read_table(path))


def test_chunked_parquet_equals_whole(tmp_path, shared_data):
    table = pd.read_csv(shared_data / "adult.csv")
    with RecordWriter(tmp_path / "a.parquet") as writer:
        for start in range(0, len(table), 10_000):
            writer.write(table.iloc[start : start + 10_000])
    chunks = list(iter_chunks(tmp_path / "a.parquet", chunk_rows=4_096))
    pd.testing.assert_frame_equal(pd.concat(chunks, ignore_index=True), table, check_dtype=False)
    assert count_rows(tmp_path / "a.parquet") == len(table) == count_rows(shared_data / "adult.csv")


def test_reservoir_sample_is_uniform_and_bounded():
    frame = pd.DataFrame({"i": np.arange(10_000)})
    chunks = (frame.iloc[s : s + 777] for s in range(0, len(frame), 777))
    sample, seen = reservoir_sample(chunks, 1_000, seed=1)
    assert seen == 10_000 and len(sample) == 1_000 and sample["i"].is_unique and sample["i"].is_monotonic_increasing
    assert abs(sample["i"].mean() - 5_000) < 300  # not biased to the first or last chunks
    again, _ = reservoir_sample((frame.iloc[s : s + 3_000] for s in range(0, 10_000, 3_000)), 1_000, seed=1)
    pd.testing.assert_frame_equal(again, sample)  # the sample does not depend on the chunk sizes


def test_sample_records_draws_rows_or_whole_groups():
    frame = pd.DataFrame({"g": np.repeat(np.arange(100), 5), "x": np.arange(500)})
    assert sample_records(frame, "auto", 0) is frame and sample_records(frame, 900, 0) is frame
    rows = sample_records(frame, 120, seed=0)
    assert len(rows) == 120 and rows["x"].is_monotonic_increasing
    groups = sample_records(frame, 120, seed=0, group_by="g")
    assert groups.groupby("g").size().eq(5).all() and 120 <= len(groups) <= 125


def test_large_output_is_evaluated_on_a_stated_sample(tmp_path, monkeypatch):
    import safe_synthesizer.data.chunked as chunked
    from safe_synthesizer.data.chunked import read_sample
    from safe_synthesizer.evaluation import evaluate

    rng = np.random.default_rng(0)
    table = pd.DataFrame({"x": rng.normal(size=3_000).round(3), "c": rng.choice(["a", "b", "c"], 3_000)})
    table.to_csv(tmp_path / "synthetic.csv", index=False)
    whole, n = read_sample(tmp_path / "synthetic.csv", 500)
    assert n == len(whole) == 3_000  # small files are read whole, as before
    monkeypatch.setattr(chunked, "WHOLE_READ_MAX_BYTES", 1_000)
    sample, n = read_sample(tmp_path / "synthetic.csv", 500)
    assert n == 3_000 and len(sample) == 500
    result = evaluate(table.iloc[:1_000], sample.astype({"x": float}), table.iloc[1_000:1_500], synthetic_rows=n)
    assert any("sample of 500 of its 3,000 records" in note for note in result.notes)
