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


def _dates() -> tuple[pd.DataFrame, TableSchema]:
    from safe_synthesizer.data.inference import infer_schema

    df = pd.DataFrame({
        "sold": ["3/5/2024", "12/25/2024", "11/7/2023", "1/15/2024", "7/4/2024"] * 4,  # US, no leading zeros
        "at": ["2024-03-05 9:05", "2024-03-05 14:30"] * 10,  # hour unpadded, minutes padded
        "iso": ["2024-03-05", "2024-12-25"] * 10,
        "mixed": ["3/5/2024", "2024-12-25", "2024-01-02", "12/1/2023"] * 5,  # two formats in one column
    })
    return df, infer_schema(df)


def test_dates_keep_the_layout_the_column_is_written_in():
    """Old patterns forced two-digit months and days: '3/5/2024' could never be generated."""
    from safe_synthesizer.models.llm.examples import record_lines

    df, schema = _dates()
    assert schema["sold"].datetime_format == "%m/%d/%Y"
    spec = build_record_spec(df, schema, quantile=0.0)
    assert all(spec.parse(line) is not None for line in record_lines(df, schema))  # every training record
    pattern = {c.name: c.pattern for c in spec.columns}
    assert re.fullmatch(pattern["sold"], "3/5/2024") and re.fullmatch(pattern["sold"], "12/31/2024")
    assert not re.fullmatch(pattern["sold"], "03/05/2024")  # the layout seen, not another one
    assert re.fullmatch(pattern["at"], "2024-03-05 9:05") and not re.fullmatch(pattern["at"], "2024-03-05 9:5")
    assert re.fullmatch(pattern["iso"], "2024-03-05") and not re.fullmatch(pattern["iso"], "2024-3-5")
    assert re.fullmatch(pattern["mixed"], "2/29/2024") and re.fullmatch(pattern["mixed"], "2024-02-29")


def test_under_dp_either_padding_is_allowed_and_only_the_main_format():
    df, schema = _dates()

    class _Stats:  # datetime columns release nothing here; the other kinds are not in this table
        def for_column(self, name):
            raise AssertionError(name)

    spec = build_record_spec(df, schema, dp_statistics=_Stats())
    pattern = {c.name: c.pattern for c in spec.columns}
    assert re.fullmatch(pattern["sold"], "3/5/2024") and re.fullmatch(pattern["sold"], "03/05/2024")
    assert not re.fullmatch(pattern["sold"], "13/5/2024")
    assert re.fullmatch(pattern["mixed"], "2024-2-9") and not re.fullmatch(pattern["mixed"], "2/9/2024")


def test_the_compiled_grammar_writes_unpadded_dates(tiny_grammar_info):
    import xgrammar as xgr
    from xgrammar.testing import _is_grammar_accept_string

    df, schema = _dates()
    spec = build_record_spec(df[["sold"]], schema, quantile=0.0)
    grammar = xgr.Grammar.from_json_schema(
        json.dumps(spec.json_schema()), any_whitespace=False, separators=(",", ":"), strict_mode=True
    )
    assert _is_grammar_accept_string(grammar, '{"sold":"3/5/2024"}')
    assert not _is_grammar_accept_string(grammar, '{"sold":"03/05/2024"}')
