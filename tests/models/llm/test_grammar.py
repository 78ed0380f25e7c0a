"""Record spec: JSON schema from the table schema, validation, and xgrammar-constrained decoding."""

from __future__ import annotations

import json
import re

import pandas as pd

from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.models.llm.grammar import RecordSpec, build_record_spec, strftime_regex


def _table() -> tuple[pd.DataFrame, TableSchema]:
    df = pd.DataFrame({
        "color": ["red"] * 6 + ["blue"] * 6 + ["mauve"],
        "n": list(range(13)),
        "price": [1.0 + i for i in range(12)] + [None],
        "day": [f"2024-01-0{i % 9 + 1}" for i in range(13)],
        "note": ["ab", "abcdef"] + ["abc"] * 11,
    })
    schema = TableSchema([
        ColumnSchema("color", ColumnType.CATEGORICAL), ColumnSchema("n", ColumnType.INTEGER),
        ColumnSchema("price", ColumnType.FLOAT, decimals=2),
        ColumnSchema("day", ColumnType.DATETIME, datetime_format="%Y-%m-%d"), ColumnSchema("note", ColumnType.TEXT),
    ])
    return df, schema


def test_schema_has_enums_ranges_patterns_lengths():
    df, schema = _table()
    spec = build_record_spec(df, schema, value_protection=True, rare_threshold=5, quantile=0.0)
    js = spec.json_schema()["properties"]
    assert js["color"] == {"enum": ["blue", "red"]}  # the rare 'mauve' is protected
    assert js["n"] == {"type": "integer", "minimum": 0, "maximum": 12}
    assert js["price"]["anyOf"][0]["type"] == "number" and js["price"]["anyOf"][1] == {"type": "null"}
    assert re.fullmatch(js["day"]["pattern"], "2024-12-31") and not re.fullmatch(js["day"]["pattern"], "2024-13-01")
    assert (js["note"]["minLength"], js["note"]["maxLength"]) == (2, 6)
    assert spec.json_schema()["required"] == list(df.columns)
    assert build_record_spec(df, schema, value_protection=False).json_schema()["properties"]["color"]["enum"] == [
        "blue", "mauve", "red"]


def test_validation_and_roundtrip():
    df, schema = _table()
    spec = RecordSpec.from_dict(json.loads(json.dumps(build_record_spec(df, schema, quantile=0.0).to_dict())))
    good = '{"color":"red","n":3,"price":1.256,"day":"2024-01-02","note":"abc"}'
    assert spec.parse(good) == {"color": "red", "n": 3, "price": 1.26, "day": "2024-01-02", "note": "abc"}
    for bad in ['{"color":"green","n":3,"price":1,"day":"2024-01-02","note":"abc"}',
                '{"color":"red","n":30,"price":1,"day":"2024-01-02","note":"abc"}',
                '{"color":"red","n":3.5,"price":1,"day":"2024-01-02","note":"abc"}',
                '{"color":"red","n":3,"price":1,"day":"02/01/2024","note":"abc"}',
                '{"color":"red","n":3,"price":1,"day":"2024-01-02"}',
                '{"color":"red","n":3,', "hello"]:
        assert spec.parse(bad) is None, bad
    out_of_range = '{"color":"red","n":30,"price":1,"day":"2024-01-02","note":"abc"}'
    assert spec.parse(out_of_range, enforce_range=False)["n"] == 30  # generation.validation.enforce_numeric_range


def test_strftime_regex():
    assert re.fullmatch(strftime_regex("%d/%m/%Y %H:%M"), "31/12/1999 23:59")
    assert not re.fullmatch(strftime_regex("%d/%m/%Y"), "32/12/1999")
    # An offset is read (and written back) with or without the colon: '+02:00' and '+0200'.
    assert re.fullmatch(strftime_regex("%H:%M%z"), "10:15+02:00")
    assert re.fullmatch(strftime_regex("%H:%M%z"), "10:15-0500")
