"""read_table: every supported format, and one exact, actionable line for every bad input."""

from __future__ import annotations

import gzip
from pathlib import Path

import pandas as pd
import pytest

from safe_synthesizer.data.blank_headers import BLANK_HEADER_NOTES
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.errors import UserInputError


def _write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def _error(source: Path | pd.DataFrame) -> str:
    with pytest.raises(UserInputError) as info:
        read_table(source)
    message = str(info.value)
    assert "\n" not in message  # one line for the CLI
    return message


# Bad inputs: exact messages ------------------------------------------------------------------
def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.csv"
    assert _error(path) == f"{path}: file not found; check the path given as --data-source"


def test_empty_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "empty.csv", "")
    assert _error(path) == f"{path}: file is empty; provide a header row and at least 200 data rows"


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "blank.csv", "\n\n   \n")
    assert _error(path) == f"{path}: file has no content; provide a header row and data rows"


@pytest.mark.parametrize("content", ["a,b,c\n", "a,b,c"], ids=["newline", "no-newline"])
def test_header_only(tmp_path: Path, content: str) -> None:
    path = _write(tmp_path / "header.csv", content)
    assert _error(path) == f"{path}: has a header but no data rows; provide at least 200 rows"


def test_non_utf8_bytes_in_sample(tmp_path: Path) -> None:
    path = _write(tmp_path / "latin1.csv", b"name,city\n" + "José,Köln\n".encode("latin-1"))
    assert _error(path) == (
        f"{path}: not valid UTF-8 (byte 0xe9 at offset 13); re-save the file as UTF-8 (e.g. 'iconv -f cp1252 -t utf-8')"
    )


def test_non_utf8_bytes_after_sniff_sample(tmp_path: Path) -> None:
    # The bad byte sits beyond the 64 KiB delimiter-sniffing sample: the full read must catch it.
    body = b"name,city\n" + b"abc,def\n" * 10_000
    path = _write(tmp_path / "late.csv", body + "José,Köln\n".encode("latin-1"))
    assert _error(path) == (
        f"{path}: not valid UTF-8 (byte 0xe9 at offset {len(body) + 3}); re-save the file as UTF-8 "
        "(e.g. 'iconv -f cp1252 -t utf-8')"
    )


def test_multibyte_character_cut_by_sniff_sample_is_fine(tmp_path: Path) -> None:
    # 'é' is two bytes; place it across the 64 KiB sample boundary.
    prefix = "v\n" + "a\n" * ((64 * 1024 - 3) // 2)
    text = prefix + ("x" * (64 * 1024 - len(prefix.encode()) - 1)) + "é\n" + "b\n"
    path = _write(tmp_path / "boundary.csv", text)
    frame = read_table(path)
    assert "é" in frame["v"].iloc[-2]


@pytest.mark.parametrize(
    ("header", "name", "first", "second"),
    [("a,b,a", "a", 1, 3), ("a, b,b", "b", 2, 3), ("id;x;id", "id", 1, 3)],
)
def test_duplicate_column_names(tmp_path: Path, header: str, name: str, first: int, second: int) -> None:
    delimiter = ";" if ";" in header else ","
    path = _write(tmp_path / "dup.csv", f"{header}\n" + delimiter.join("123") + "\n")
    assert _error(path) == (
        f"{path}: duplicate column name '{name}' (columns {first} and {second}); rename one of them"
    )


def test_duplicate_column_names_in_dataframe() -> None:
    frame = pd.DataFrame([[1, 2]], columns=["a", "a"])
    assert _error(frame) == "the DataFrame: duplicate column name 'a' (columns 1 and 2); rename one of them"


@pytest.mark.parametrize(("header", "position"), [("a,,c", 2), (",a,b", 1)])
def test_unnamed_column(tmp_path: Path, header: str, position: int) -> None:
    path = _write(tmp_path / "unnamed.csv", f"{header}\n1,2,3\n")
    assert _error(path) == f"{path}: column {position} has no name; give every column a header"


def test_unsupported_extension(tmp_path: Path) -> None:
    path = _write(tmp_path / "table.xlsx", "a,b\n1,2\n")
    assert _error(path) == (f"{path}: unsupported file type '.xlsx'; use .csv, .tsv, .parquet, .json or .jsonl")


def test_directory(tmp_path: Path) -> None:
    assert _error(tmp_path) == f"{tmp_path}: is a directory; pass a CSV, Parquet or JSON file"


@pytest.mark.parametrize(
    ("name", "text", "line", "fields", "header", "delimiter"),
    [
        ("ragged.csv", "a,b\n1,2\n3,4,5\n6,7\n", 3, 3, 2, ","),
        # Every row one field too many: pandas alone would make column 1 the index and shift the rest.
        ("shifted.csv", "a,b\n1,2,3\n4,5,6\n", 2, 3, 2, ","),
        # A short row: pandas alone would pad it with missing values.
        ("short.csv", "a,b,c\n1,2,3\n4,5\n", 3, 2, 3, ","),
        # A header with ';' over single-field rows: the ';' guess is wrong for the data.
        ("one.csv", "name;age\nx\ny\nz\n", 2, 1, 2, ";"),
        ("pipes.tsv", "a\tb\n1\t2\n3\t4\t5\n", 3, 3, 2, "tab"),
    ],
    ids=["extra-field", "every-row-extra", "short-row", "header-delimiter", "tsv"],
)
def test_ragged_rows(tmp_path: Path, name: str, text: str, line: int, fields: int, header: int, delimiter: str) -> None:
    path = _write(tmp_path / name, text)
    assert _error(path) == (
        f"{path}: line {line} has {fields} fields but the header has {header}; "
        f"check the delimiter (read as '{delimiter}') or quoting"
    )


def test_blank_lines_are_not_ragged(tmp_path: Path) -> None:
    frame = read_table(_write(tmp_path / "blank_lines.csv", "a,b\n1,2\n\n3,4\n\n"))
    assert frame.to_dict("list") == {"a": ["1", "3"], "b": ["2", "4"]}


def test_space_then_quoted_value_with_delimiter(tmp_path: Path) -> None:
    # skipinitialspace: ', "a,b"' is one quoted field, for the field count as for pandas.
    frame = read_table(_write(tmp_path / "spaced.csv", 'x, y\n1, "a,b"\n2, "c"\n'))
    assert frame.to_dict("list") == {"x": ["1", "2"], "y": ["a,b", "c"]}


def test_ragged_row_after_multiline_value_names_the_file_line(tmp_path: Path) -> None:
    path = _write(tmp_path / "multiline.csv", 'a,b\n"x\ny",1\n1,2,3\n')
    assert _error(path).startswith(f"{path}: line 4 has 3 fields but the header has 2;")


def test_unclosed_quote(tmp_path: Path) -> None:
    path = _write(tmp_path / "quote.csv", 'a,b\n1,"open\n2,3\n')
    assert _error(path) == (
        f"{path}: cannot parse as ','-delimited text (Error tokenizing data. C error: EOF inside string "
        "starting at row 1); check quoting"
    )


def test_tsv_whose_single_column_header_contains_a_comma(tmp_path: Path) -> None:
    path = _write(tmp_path / "one.tsv", "a,b\n1\n2\n")
    assert _error(path) == (
        f"{path}: read as a single column but the header contains ','; the delimiter guess 'tab' looks "
        "wrong: save the file with ','"
    )


def test_invalid_json(tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.json", "{not json")
    message = _error(path)
    assert message.startswith(f"{path}: not valid JSON (a list of records) (")
    assert message.endswith("); check the file format")


def test_invalid_jsonl(tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.jsonl", '{"a": 1}\n{oops\n')
    message = _error(path)
    assert message.startswith(f"{path}: not valid JSON Lines (one object per line) (")
    assert message.endswith("); check the file format")


def test_empty_json_list(tmp_path: Path) -> None:
    path = _write(tmp_path / "empty.json", "[]")
    assert _error(path) == f"{path}: no columns found; provide a header row and data rows"


def test_invalid_parquet(tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.parquet", "not parquet at all")
    assert _error(path) == f"{path}: not a readable Parquet file (ArrowInvalid); check the file"


def test_empty_dataframe() -> None:
    assert _error(pd.DataFrame()) == "the DataFrame: no columns found; provide a header row and data rows"


def test_dataframe_with_header_only() -> None:
    assert _error(pd.DataFrame(columns=["a", "b"])) == (
        "the DataFrame: has a header but no data rows; provide at least 200 rows"
    )


@pytest.mark.parametrize(("name", "text"), [("table.csv.gz", b"a;b\n01;2\n"), ("table.tsv.gz", b"a\tb\n01\t2\n")])
def test_gzip_delimited(tmp_path: Path, name: str, text: bytes) -> None:
    frame = read_table(_write(tmp_path / name, gzip.compress(text)))
    assert frame.to_dict("list") == {"a": ["01"], "b": ["2"]}


def test_gzip_that_is_not_gzip(tmp_path: Path) -> None:
    path = _write(tmp_path / "table.csv.gz", "a,b\n1,2\n")
    message = _error(path)
    assert message.startswith(f"{path}: not a readable gzip file (")
    assert message.endswith("); check the file")


# Delimiters ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("semi.csv", "a;b;c\n1;2;3\n4;5;6\n"),
        ("pipe.csv", "a|b|c\n1|2|3\n4|5|6\n"),
        ("tabs.csv", "a\tb\tc\n1\t2\t3\n4\t5\t6\n"),
        ("tabs.tsv", "a\tb\tc\n1\t2\t3\n4\t5\t6\n"),
        ("noext", "a,b,c\n1,2,3\n4,5,6\n"),
        ("spaces.csv", "a, b, c\n1, 2, 3\n4, 5, 6\n"),
    ],
)
def test_delimiter_is_guessed(tmp_path: Path, name: str, text: str) -> None:
    frame = read_table(_write(tmp_path / name, text))
    assert frame.to_dict("list") == {"a": ["1", "4"], "b": ["2", "5"], "c": ["3", "6"]}


def test_semicolon_file_with_commas_inside_values(tmp_path: Path) -> None:
    rows = "".join(f"Smith, J{i};Paris;{i}\n" for i in range(30))
    frame = read_table(_write(tmp_path / "people.csv", "name;city;n\n" + rows))
    assert list(frame.columns) == ["name", "city", "n"]
    assert frame["name"].iloc[0] == "Smith, J0"


def test_comma_file_with_semicolons_inside_values(tmp_path: Path) -> None:
    rows = "".join(f"a{i},x;y;z\n" for i in range(30))
    frame = read_table(_write(tmp_path / "notes.csv", "name,note\n" + rows))
    assert frame["note"].iloc[0] == "x;y;z"


def test_quoted_delimiter_stays_in_value(tmp_path: Path) -> None:
    frame = read_table(_write(tmp_path / "q.csv", 'a,b\n"1,5",2\n"3,1",4\n'))
    assert frame["a"].tolist() == ["1,5", "3,1"]


def test_single_text_column_with_commas_in_quotes(tmp_path: Path) -> None:
    rows = "".join(f'"good, nice, {i}"\n' for i in range(30))
    frame = read_table(_write(tmp_path / "reviews.csv", "review\n" + rows))
    assert frame.shape == (30, 1)
    assert frame["review"].iloc[3] == "good, nice, 3"


# Happy paths -----------------------------------------------------------------------------------
def test_zero_padded_codes_keep_leading_zeros(tmp_path: Path) -> None:
    frame = read_table(_write(tmp_path / "codes.csv", "zip,n\n00123,1\n02139,2\n"))
    assert frame["zip"].tolist() == ["00123", "02139"]


def test_cdnow_customer_ids_keep_leading_zeros(data_slice) -> None:
    frame = read_table(data_slice("cdnow_transactions.csv", 50))
    assert frame["customer_id"].iloc[0] == "00001"
    assert frame["customer_id"].str.len().eq(5).all()


def test_missing_markers_become_missing_and_strings_stay(tmp_path: Path) -> None:
    frame = read_table(_write(tmp_path / "na.csv", "a,b\n1,NA\n,x\nnull,N/A\n"))
    assert frame["a"].isna().tolist() == [False, True, True]
    assert frame["b"].isna().tolist() == [True, False, True]


def test_utf8_bom_is_stripped(tmp_path: Path) -> None:
    frame = read_table(_write(tmp_path / "bom.csv", "\ufeffa,b\n1,2\n"))
    assert list(frame.columns) == ["a", "b"]


def test_adult_csv_slice(data_slice) -> None:
    frame = read_table(data_slice("adult.csv", 300))
    assert frame.shape == (300, 15)
    assert frame.columns[0] == "age"
    assert frame["age"].iloc[0] == "39"


def test_womens_reviews_multiline_text(data_slice) -> None:
    frame = read_table(data_slice("womens_clothing_reviews.csv", 400))
    assert frame.shape == (400, 10)
    assert frame["Title"].isna().sum() > 0  # missing titles stay missing, not ""


def test_tsv(tmp_path: Path) -> None:
    frame = read_table(_write(tmp_path / "t.tsv", "a\tb\n1\tx y\n"))
    assert frame.to_dict("list") == {"a": ["1"], "b": ["x y"]}


def test_parquet(tmp_path: Path) -> None:
    source = pd.DataFrame({"code": ["007", "010"], "n": [1, 2], "x": [0.5, None]})
    source.to_parquet(tmp_path / "t.parquet")
    frame = read_table(tmp_path / "t.parquet")
    assert frame["code"].tolist() == ["007", "010"]
    assert frame["n"].tolist() == [1, 2]
    assert pd.isna(frame["x"].iloc[1])


def test_json_records(tmp_path: Path) -> None:
    frame = read_table(_write(tmp_path / "r.json", '[{"a": 1, "b": "007"}, {"a": 2, "b": "010"}]'))
    assert frame["a"].tolist() == [1, 2]
    assert frame["b"].tolist() == ["007", "010"]  # dtype=False: no number guessing


@pytest.mark.parametrize("name", ["r.jsonl", "r.ndjson", "lines.json"])
def test_json_lines(tmp_path: Path, name: str) -> None:
    frame = read_table(_write(tmp_path / name, '{"a": 1, "b": "x"}\n{"a": 2, "b": "y"}\n'))
    assert frame.to_dict("list") == {"a": [1, 2], "b": ["x", "y"]}


def test_dataframe_is_copied_and_reindexed() -> None:
    source = pd.DataFrame({"a": [1, 2, 3]}, index=[10, 20, 30])
    frame = read_table(source)
    assert frame.index.tolist() == [0, 1, 2]
    frame.loc[0, "a"] = 99
    assert source["a"].tolist() == [1, 2, 3]


def test_dataframe_non_string_column_labels_become_strings() -> None:
    frame = read_table(pd.DataFrame([[1, 2]]))
    assert list(frame.columns) == ["0", "1"]


def test_windows_line_endings(tmp_path: Path) -> None:
    frame = read_table(_write(tmp_path / "crlf.csv", b"a,b\r\n1,2\r\n3,4\r\n"))
    assert frame.to_dict("list") == {"a": ["1", "3"], "b": ["2", "4"]}


def test_quoted_newline_stays_in_value(tmp_path: Path) -> None:
    frame = read_table(_write(tmp_path / "qn.csv", 'a,b\n"line1\nline2",2\n'))
    assert frame["a"].tolist() == ["line1\nline2"]


def test_trailing_delimiter_column_is_left_out(tmp_path: Path) -> None:
    # No name and no value: nothing to keep (it was refused as "column 3 has no name").
    frame = read_table(_write(tmp_path / "trailing.csv", "a,b,\n1,2,\n3,4,\n"))
    assert list(frame.columns) == ["a", "b"]
    assert frame.attrs[BLANK_HEADER_NOTES] == ["1 column(s) with no name and no value (column 3) left out"]


def test_duplicate_beside_a_pandas_mangled_name(tmp_path: Path) -> None:
    # pandas would rename the second 'a' to 'a.2' (a.1 is taken); the header check sees the file itself.
    path = _write(tmp_path / "mangle.csv", "a,a.1,a\n1,2,3\n")
    assert _error(path) == f"{path}: duplicate column name 'a' (columns 1 and 3); rename one of them"


def test_column_names_are_case_sensitive(tmp_path: Path) -> None:
    assert list(read_table(_write(tmp_path / "case.csv", "A,a\n1,2\n")).columns) == ["A", "a"]


def test_named_index_becomes_a_column(tmp_path: Path) -> None:
    frame = pd.DataFrame({"id": [10, 20, 30], "x": [1, 2, 3]}).set_index("id")
    frame.to_parquet(tmp_path / "indexed.parquet")
    for source in (frame, tmp_path / "indexed.parquet"):
        out = read_table(source)
        assert list(out.columns) == ["id", "x"]
        assert out["id"].tolist() == [10, 20, 30]


def test_several_trailing_empty_columns_are_left_out(tmp_path: Path) -> None:
    # Probe 3: an Excel export ending every row with ",,," was refused as "duplicate column name ''".
    frame = read_table(_write(tmp_path / "excel.csv", "a,b,,,\n1,2,,,\n3,4,,,\n"))
    assert list(frame.columns) == ["a", "b"]


def test_a_nameless_column_with_values_is_still_refused(tmp_path: Path) -> None:
    path = _write(tmp_path / "excel.csv", "a,b,\n1,2,x\n3,4,y\n")
    assert _error(path) == f"{path}: column 3 has no name; give every column a header (a header over two rows: " \
        "put each column's label in one header row)"
