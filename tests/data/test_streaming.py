"""Run-directory tables written chunk by chunk: the file does not depend on the chunk size."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.data.streaming import TableWriter, frame_slices, integers_as_integers, typed_chunks
from safe_synthesizer.data.typed_frame import apply_schema


@pytest.fixture
def table() -> tuple[pd.DataFrame, object]:
    raw = pd.DataFrame({
        "code": [None if i % 10 == 3 else str(i * 7) for i in range(100)],  # missing only in some chunks
        "score": [f"{i / 8:.3f}" for i in range(100)],
        "city": ["Oslo", "Lima", None, "Pune"] * 25,
    })
    schema = infer_schema(raw)
    return raw, schema


def test_file_is_the_same_for_any_chunk_size(table, tmp_path: Path) -> None:
    raw, schema = table
    files = []
    for chunk_rows in (1, 3, 10, 1000):
        path = tmp_path / f"out{chunk_rows}.csv"
        with TableWriter(path, schema) as out:
            # Typed per chunk, as a chunked reader types them: "code" is int64 in chunks with no gap.
            for chunk in frame_slices(raw, chunk_rows):
                out.write(apply_schema(chunk, schema))
        files.append(path.read_bytes())
    assert len(set(files)) == 1
    assert files[0].decode().splitlines()[1] == "0,0.0,Oslo"  # integers as integers, not "0.0"


def test_typed_chunks_read_back_what_was_written(table, tmp_path: Path) -> None:
    raw, schema = table
    path = tmp_path / "t.csv"
    with TableWriter(path, schema) as out:
        out.write(apply_schema(raw, schema))
    whole = apply_schema(read_table(path), schema)
    chunked = pd.concat(list(typed_chunks(path, schema, chunk_rows=7)), ignore_index=True)
    pd.testing.assert_frame_equal(chunked, whole, check_dtype=False)
    pd.testing.assert_frame_equal(whole, apply_schema(raw, schema))


def test_non_integral_values_in_an_integer_column_are_left_alone(table) -> None:
    _, schema = table
    frame = pd.DataFrame({"code": [1.0, 2.5, None], "score": [1.0, 2.0, 3.0], "city": ["a", "b", "c"]})
    assert integers_as_integers(frame, schema)["code"].dtype == "float64"
    assert str(integers_as_integers(frame.assign(code=[1.0, 2.0, None]), schema)["code"].dtype) == "Int64"


def test_a_failed_write_leaves_no_file(table, tmp_path: Path) -> None:
    raw, schema = table
    with pytest.raises(RuntimeError), TableWriter(tmp_path / "t.csv", schema) as out:
        out.write(apply_schema(raw, schema))
        raise RuntimeError("interrupted")
    assert list(tmp_path.iterdir()) == []
