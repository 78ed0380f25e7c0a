"""Chunked writers: the file equals the whole table written at once, appears atomically, merges."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import pytest

from safe_synthesizer.data.writers import RecordWriter, concatenate, output_format


def _table(n: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame({
        "age": rng.integers(17, 90, n),
        "income": rng.normal(5e4, 1e4, n).round(2),
        "city": rng.choice(["Lyon", "Oslo", "Zürich, CH", 'say "hi"'], n),
    })


def test_csv_chunks_equal_one_write(tmp_path):
    table = _table(1000)
    with RecordWriter(tmp_path / "out.csv") as writer:
        for start in range(0, len(table), 128):
            writer.write(table.iloc[start : start + 128])
    assert writer.n_rows == 1000
    table.to_csv(tmp_path / "whole.csv", index=False)
    assert (tmp_path / "out.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()


def test_parquet_chunks_keep_the_first_chunk_types(tmp_path):
    first = pd.DataFrame({"n": [1, 2], "note": [None, None], "x": ["a", "b"]})
    later = pd.DataFrame({"n": [3.0, np.nan], "note": ["kept", None], "x": ["c", 5]})  # NaN int, mixed text
    with RecordWriter(tmp_path / "out.parquet") as writer:
        writer.write(first)
        writer.write(later)
    back = pq.read_table(tmp_path / "out.parquet").to_pandas()
    assert len(back) == 4 and str(pq.read_schema(tmp_path / "out.parquet").field("n").type) == "int64"
    assert back["n"].tolist()[:3] == [1, 2, 3] and pd.isna(back["n"].iloc[3])
    assert back["note"].tolist()[2] == "kept" and back["x"].tolist() == ["a", "b", "c", "5"]


def test_a_failed_write_leaves_no_file(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old\n")
    with pytest.raises(RuntimeError), RecordWriter(target) as writer:
        writer.write(_table(10))
        raise RuntimeError("generation crashed")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


@pytest.mark.parametrize("suffix", [".csv", ".parquet"])
def test_parts_concatenate_to_the_whole_table(tmp_path, suffix):
    table = _table(700, seed=3)
    parts = []
    for k, start in enumerate(range(0, 700, 300)):
        part = tmp_path / f"part{k}{suffix}"
        with RecordWriter(part, header=k == 0) as writer:
            writer.write(table.iloc[start : start + 300])
        parts.append(part)
    target = tmp_path / f"all{suffix}"
    concatenate(parts, target)
    back = pd.read_csv(target) if output_format(target) == "csv" else pd.read_parquet(target)
    pd.testing.assert_frame_equal(back, table, check_dtype=False)


def test_carriage_returns_in_text_read_back(tmp_path) -> None:
    # A lone '\r' is not quoted by to_csv, and the reader then saw a line break in an unquoted field.
    from safe_synthesizer.data.readers import read_table
    from safe_synthesizer.pipeline import write_csv

    frame = pd.DataFrame({"note": ["first\rsecond", "a\r\nb", "plain"], "n": [1, 2, 3]})
    write_csv(frame, tmp_path / "whole.csv")
    with RecordWriter(tmp_path / "chunks.csv") as writer:
        writer.write(frame)
    for name in ("whole.csv", "chunks.csv"):
        back = read_table(tmp_path / name)
        assert back["note"].tolist() == ["first\nsecond", "a\nb", "plain"]
        assert back["n"].astype(int).tolist() == [1, 2, 3]
