"""Seed data is checked against the trained columns: errors for what cannot be generated,
warnings for values the model never saw, and no training value of a PII column in a message."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.data.seed_validation import check_seed_data, trained_columns, validate_seed_data
from safe_synthesizer.errors import UserInputError

SCHEMA = TableSchema([
    ColumnSchema("age", ColumnType.INTEGER),
    ColumnSchema("sex", ColumnType.CATEGORICAL),
    ColumnSchema("salary", ColumnType.INTEGER, pii_entity="salary"),
    ColumnSchema("city", ColumnType.CATEGORICAL),
])  # fmt: skip


@pytest.fixture
def model_dir(tmp_path: Path) -> Path:
    codec = {
        "column_order": ["age", "sex", "salary", "city"],
        "encoders": [
            {"kind": "numeric", "column": "age", "lo": 17.0, "hi": 90.0, "number_format": None},
            {"kind": "categorical", "column": "sex", "categories": ["Female", "Male"], "has_rare": False},
            {"kind": "numeric", "column": "salary", "lo": 12345.0, "hi": 98765.0, "number_format": None},
            {"kind": "categorical", "column": "city", "categories": ["Paris"], "has_rare": True},
        ],
    }
    (tmp_path / "codec.json").write_text(json.dumps(codec), encoding="utf-8")
    return tmp_path


def test_out_of_range_and_unknown_category_are_warned(model_dir, caplog):
    seed = pd.DataFrame({"age": [30, 200, 250], "sex": ["Male", "Martian", "Female"]})
    with caplog.at_level("WARNING"):
        check = check_seed_data(seed, model_dir, SCHEMA)
    assert [(i.level, i.column) for i in check.issues] == [("warning", "age"), ("warning", "sex")]
    assert "200 (rows 2, 3) is outside the trained range 17 to 90" in check.issues[0].message
    assert "'Martian' (row 2) is not a category" in check.issues[1].message
    assert "outside the trained range" in caplog.text and "Martian" in caplog.text


def test_unknown_column_and_text_in_numbers_are_errors(model_dir):
    with pytest.raises(UserInputError, match=r"--seed-data: seed column\(s\) 'height' are not in the trained table"):
        check_seed_data(pd.DataFrame({"height": [1]}), model_dir, SCHEMA, source="--seed-data")
    with pytest.raises(UserInputError, match="seed column 'age' holds numbers, but row 2 is not a number"):
        check_seed_data(pd.DataFrame({"age": ["30", "old"]}), model_dir, SCHEMA)
    with pytest.raises(UserInputError, match="seed data has no rows"):
        check_seed_data(pd.DataFrame({"age": []}), model_dir, SCHEMA)


def test_pii_column_messages_hold_no_training_value(model_dir):
    check = validate_seed_data(pd.DataFrame({"salary": [5]}), trained_columns(model_dir, SCHEMA))
    (issue,) = check.issues
    assert "outside the trained range" in issue.message
    assert "12345" not in issue.message and "98765" not in issue.message


def test_open_categories_and_missing_cells_pass(model_dir):
    # city pools rare values: a value outside the listed categories may still be a real one
    check = validate_seed_data(pd.DataFrame({"city": ["Lyon"], "age": [None]}), trained_columns(model_dir, SCHEMA))
    assert check.issues == []


def test_without_a_codec_the_schema_gives_columns_and_types(tmp_path):
    trained = trained_columns(tmp_path, SCHEMA)
    assert set(trained) == {"age", "sex", "salary", "city"}
    check = validate_seed_data(pd.DataFrame({"age": ["x"]}), trained)
    assert check.errors and check.errors[0].column == "age"
