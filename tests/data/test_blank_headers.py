"""Blank header cells: a saved row index, empty trailing columns, and a merged group header over sub-labels."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.blank_headers import BLANK_HEADER_NOTES, HEADER_ROW_READ, name_blank_headers
from safe_synthesizer.data.readers import MISSING_TOKENS, read_table
from safe_synthesizer.errors import UserInputError
from safe_synthesizer.pipeline import inspect_data


def _carers(n: int = 240) -> str:
    """A home-care list saved from a sheet with merged group cells: the sub-labels are the first data row."""
    lines = [
        "Client,,,Address,,Carer,",
        "No,Name,Born,Street,Postcode,Name,Phone",
    ]
    streets = ["Mill Lane", "Church Road", "Station Street", "High Street"]
    for i in range(n):
        phone = "NULL" if i % 7 == 0 else f"07700 9{i:05d}"
        lines.append(
            f"{i + 1},Client {i},19{40 + i % 50}-0{1 + i % 9}-1{i % 9},{10 + i} {streets[i % 4]},"
            f"AB{i % 9} {i % 10}CD,Carer {i % 5},{phone}"
        )
    return "\n".join(lines) + "\n"


def test_merged_group_header_names_columns_from_the_sub_label_row(tmp_path: Path) -> None:
    path = tmp_path / "carers.csv"
    path.write_text(_carers())
    frame = read_table(path)
    assert list(frame.columns) == [
        "Client No",
        "Client Name",
        "Client Born",
        "Address Street",
        "Address Postcode",
        "Carer Name",
        "Carer Phone",
    ]
    assert len(frame) == 240 and frame["Client No"].iloc[0] == "1"  # the label row is no record
    assert frame.attrs[HEADER_ROW_READ] is True
    assert "merged header over 4 unnamed column(s)" in frame.attrs[BLANK_HEADER_NOTES][0]
    assert frame.attrs[MISSING_TOKENS] == {"Carer Phone": "NULL"}  # renamed with its column


def test_pipeline_reads_a_merged_header_with_a_warning_and_refuses_it_under_dp(tmp_path: Path) -> None:
    path = tmp_path / "carers.csv"
    path.write_text(_carers())
    check = inspect_data(path, SafeSynthesizerParameters())
    assert "Carer Phone" in check.schema.names
    assert any("sub-labels of a merged header" in f.message and f.level == "warning" for f in check.findings)
    dp = SafeSynthesizerParameters.model_validate({"privacy": {"dp_enabled": True}})
    with pytest.raises(UserInputError, match="under DP no data row is read as a header"):
        inspect_data(path, dp)


def test_saved_row_index_is_left_out(tmp_path: Path) -> None:
    path = tmp_path / "saved.csv"
    pd.DataFrame({"age": [31, 42, 57, 23], "city": ["Leeds", "York", "Bath", "Ely"]}).to_csv(path)  # index kept
    frame = read_table(path)
    assert list(frame.columns) == ["age", "city"]
    assert frame.attrs[BLANK_HEADER_NOTES] == [
        "column 1 has no name and numbers the rows 0..3 (a saved row index): left out"
    ]
    assert not frame.attrs.get(HEADER_ROW_READ)


def test_nameless_column_of_data_is_refused() -> None:
    frame = pd.DataFrame({"a": list("xyzwv"), "Unnamed: 1": [5, 3, 9, 1, 4]})
    with pytest.raises(UserInputError, match="the DataFrame: column 2 has no name"):
        read_table(frame)


def test_merged_header_giving_two_columns_one_name_is_refused() -> None:
    frame = pd.DataFrame(
        {
            "Phone": ["Phone", *[f"0{i}1234" for i in range(6)]],
            "Unnamed: 1": ["Phone", *[f"0{i}5678" for i in range(6)]],
            "When": ["Date", *[f"2024-01-0{i + 1}" for i in range(6)]],
        }
    )
    with pytest.raises(UserInputError):
        name_blank_headers(frame, "x.csv")


def test_names_map_each_original_column() -> None:
    frame = pd.DataFrame({"Unnamed: 0": range(5), "a": list("vwxyz"), "Unnamed: 2": [None] * 5})
    out, names = name_blank_headers(frame, "x.csv")
    assert list(out.columns) == ["a"]
    assert names == {"Unnamed: 0": None, "a": "a", "Unnamed: 2": None}
