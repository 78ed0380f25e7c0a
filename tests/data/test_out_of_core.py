"""Large input files inspected and split by streaming give what the table read whole gives."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer import pipeline
from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.out_of_core import FileTable, inspect_file, streams
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.data.sampled_schema import infer_schema_sampled
from safe_synthesizer.errors import UserInputError
from safe_synthesizer.run_directory import TEST_CSV, TRAINING_CSV, RunDirectory


def _params(**data) -> SafeSynthesizerParameters:
    params = SafeSynthesizerParameters()
    params.data.random_state = 0
    for key, value in data.items():
        setattr(params.data, key, value)
    return params


def _csv(path: Path, n: int = 1_500, *, sheet: bool = False) -> Path:
    rng = np.random.default_rng(5)
    frame = pd.DataFrame({
        "user": [f"u{i % 300:03d}" for i in range(n)],
        "age": rng.integers(18, 90, n).astype(str),
        "income": np.round(rng.normal(5e4, 1e4, n), 2).astype(str),
        "visits": rng.integers(0, 50, n).astype(str),
        "city": rng.choice(["Oslo", "Lima", "Pune", "Kyiv"], n),
        "day": pd.date_range("2021-01-01", periods=n, freq="D").strftime("%Y-%m-%d").tolist(),
    }).astype(object)
    frame.loc[7, "visits"] = ""  # an integer column with a missing value: "5", not "5.0", in the splits
    frame.loc[11, "city"] = "NA"
    if sheet:
        units = pd.DataFrame([{"user": "", "age": "years", "income": "USD", "visits": "count", "city": "",
                               "day": "yyyy-mm-dd"}])
        total = {"user": "Total", "age": "", "income": f"{frame['income'].astype(float).sum():.2f}",
                 "visits": str(int(pd.to_numeric(frame["visits"]).sum())), "city": "", "day": ""}
        frame = pd.concat([units, frame, pd.DataFrame([total])], ignore_index=True)
    frame.to_csv(path, index=False)
    return path


def _run(tmp_path: Path, name: str, check: pipeline.DataCheck) -> RunDirectory:
    run = RunDirectory.create_at(tmp_path / name)
    pipeline.process_data(run, check)
    return run


def _same_outputs(tmp_path: Path, source: Path, params: SafeSynthesizerParameters) -> None:
    whole = pipeline.inspect_data(source, params)
    streamed = pipeline.inspect_file_data(source, params)
    assert whole.table is None and streamed.table is not None
    assert streamed.n_rows == whole.n_rows and streamed.n_columns == whole.n_columns
    assert streamed.schema.to_dict() == whole.schema.to_dict()
    assert streamed.findings == whole.findings
    assert pipeline.to_plain_dict(streamed.params) == pipeline.to_plain_dict(whole.params)
    a, b = _run(tmp_path, "whole", whole), _run(tmp_path, "streamed", streamed)
    for name in (TRAINING_CSV, TEST_CSV):
        assert b.dataset_file(name).read_bytes() == a.dataset_file(name).read_bytes(), name
    assert b.schema_json.read_text() == a.schema_json.read_text()
    assert b.read_manifest()["input"]["sampled"]["streamed"] is True
    assert "sampled" not in a.read_manifest()["input"]


def test_streamed_inspection_and_split_equal_the_table_read_whole(tmp_path: Path) -> None:
    _same_outputs(tmp_path, _csv(tmp_path / "t.csv"), _params(holdout=0.1))


def test_grouped_split_streams_the_group_column_alone(tmp_path: Path) -> None:
    _same_outputs(tmp_path, _csv(tmp_path / "t.csv"), _params(holdout=0.2, group_training_examples_by="user"))


def test_unit_and_total_rows_are_found_and_left_out_by_streaming(tmp_path: Path) -> None:
    source = _csv(tmp_path / "sheet.csv", sheet=True)
    streamed = pipeline.inspect_file_data(source, _params(holdout=0.1))
    assert streamed.table.skip == (0, 1_501) and streamed.n_rows == 1_500
    assert sum("unit row" in f.message or "total row" in f.message for f in streamed.findings) == 2
    _same_outputs(tmp_path, source, _params(holdout=0.1))


def test_sampled_schema_of_a_streamed_file_equals_the_in_memory_sampled_schema(tmp_path: Path) -> None:
    source = _csv(tmp_path / "t.csv", 3_000)
    found = inspect_file(source, _params(), sample_rows=500, chunk_rows=700)
    assert found.schema.to_dict() == infer_schema_sampled(read_table(source), _params(), sample_rows=500,
                                                          chunk_rows=700).to_dict()
    assert len(found.sample) == 500 and found.notes()["schema_sample_rows"] == 500
    assert any("uniform sample of 500 of 3,000 rows" in n for n in found.schema.notes)


def test_which_inputs_stream(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = _csv(tmp_path / "t.csv")
    dp = _params()
    dp.privacy.dp_enabled = True
    assert not streams(source, _params())  # small: read whole as before
    assert streams(source, _params(), min_bytes=0)
    assert not streams(source, dp, min_bytes=0)  # DP schema facts count the whole table
    assert not streams(read_table(source), _params(), min_bytes=0)
    json_file = tmp_path / "t.json"
    json_file.write_text("[]")
    assert not streams(json_file, _params(), min_bytes=0)
    monkeypatch.setattr("safe_synthesizer.data.out_of_core.OUT_OF_CORE_BYTES", 0)
    assert pipeline.inspect_data(source, _params()).table is not None


def test_parquet_file_streams_like_its_csv(tmp_path: Path) -> None:
    source = _csv(tmp_path / "t.csv")
    parquet = tmp_path / "t.parquet"
    read_table(source).to_parquet(parquet, index=False)
    table = FileTable.open(parquet, chunk_rows=400)
    assert table.n_rows == 1_500 and table.columns == tuple(read_table(source).columns)
    pd.testing.assert_frame_equal(pd.concat(list(table.chunks()), ignore_index=True), read_table(parquet))


def test_a_short_row_is_a_one_line_error_naming_the_file(tmp_path: Path) -> None:
    source = _csv(tmp_path / "t.csv")
    with source.open("a") as f:
        f.write("u1,30\n")
    with pytest.raises(UserInputError, match=r"t\.csv: line 1502 has 2 fields but the header has 6") as err:
        FileTable.open(source)
    assert "u1" not in str(err.value)  # no cell values in the message


def test_rows_below_the_minimum_are_counted_on_the_whole_file(tmp_path: Path) -> None:
    source = _csv(tmp_path / "t.csv", 150)
    check = pipeline.inspect_file_data(source, _params())
    assert check.errors and "150 rows" in check.errors[0].message


def test_bom_semicolons_quotes_and_line_breaks_read_as_read_table_reads_them(tmp_path: Path) -> None:
    source = tmp_path / "excel.csv"
    source.write_bytes(b'\xef\xbb\xbfname;city ; n\n"a;b"; Oslo;1\nx;"multi\nline";N/A\n' + b"y;Lima;3\n" * 5)
    table = FileTable.open(source, chunk_rows=3)
    assert table.delimiter == ";" and table.columns == ("name", "city", "n") and table.n_rows == 7
    pd.testing.assert_frame_equal(pd.concat(list(table.chunks()), ignore_index=True), read_table(source))


def test_invalid_utf8_after_the_first_block_is_a_one_line_error(tmp_path: Path) -> None:
    source = tmp_path / "latin1.csv"
    source.write_bytes(b"name,n\n" + b"abc,1\n" * 20_000 + b"caf\xe9,2\n")
    with pytest.raises(UserInputError, match=r"latin1\.csv: not valid UTF-8 .*iconv"):
        FileTable.open(source)
