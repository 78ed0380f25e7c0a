import numpy as np
import pandas as pd

from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.evaluation.columns import ColumnRoles, category_text, prepare, to_numeric


def test_category_text_normalises_numbers_and_missing():
    assert category_text(1.0) == "1"
    assert category_text(np.int64(3)) == "3"
    assert category_text(float("nan")) is None
    assert category_text(pd.NA) is None
    assert category_text("1") == "1"


def test_roles_and_prepare():
    schema = TableSchema(
        [
            ColumnSchema("n", ColumnType.INTEGER),
            ColumnSchema("id", ColumnType.IDENTIFIER),
            ColumnSchema("d", ColumnType.DATETIME, datetime_format="%Y-%m-%d"),
            ColumnSchema("c", ColumnType.CATEGORICAL),
            ColumnSchema("t", ColumnType.TEXT),
        ]
    )
    df = pd.DataFrame(
        {"n": ["1", "x"], "id": ["a", "b"], "d": ["1970-01-02", None], "c": [1, None], "t": ["hello", "  "]}
    )
    roles = ColumnRoles.from_schema(schema, list(df.columns), 250)
    assert roles.tabular == ["n", "d", "c"] and roles.text == ["t"]
    table = prepare(df, roles)
    assert np.isnan(table.numeric["n"][1]) and table.numeric["n"][0] == 1.0
    assert table.numeric["d"][0] == 86400.0 and np.isnan(table.numeric["d"][1])
    assert table.categorical["c"].tolist() == ["1", None]
    assert table.text["t"] == ["hello", None]


def test_to_numeric_datetime_dtype():
    values = pd.Series(pd.to_datetime(["1970-01-01", "1970-01-03"]))
    assert to_numeric(values, is_datetime=True).tolist() == [0.0, 172800.0]


def test_numbers_with_special_values_score_the_numeric_part():
    values = pd.Series([1, 2.5, "inf", "n/a", None, float("inf")], dtype=object)
    out = to_numeric(values)
    assert out[:2].tolist() == [1.0, 2.5] and np.isnan(out[2:]).all()


def test_dates_in_several_formats_are_all_read():
    values = pd.Series(["2020-01-02", "03/01/2020", "unknown", None], dtype=object)
    out = to_numeric(values, is_datetime=True, datetime_format="%Y-%m-%d")
    assert np.isfinite(out[:2]).all() and np.isnan(out[2:]).all()


def test_stamps_with_different_offsets_are_read_in_utc():
    # A log in local times: pandas refuses mixed offsets unless told to convert to UTC.
    values = pd.Series(["2025-03-01T02:00:00+02:00", "2025-02-28T19:00:00-05:00", None], dtype=object)
    out = to_numeric(values, is_datetime=True, datetime_format="%Y-%m-%dT%H:%M:%S%z")
    assert out[1] - out[0] == 0.0 and np.isnan(out[2])  # the same instant, written in two zones


def test_a_schema_sentinel_is_missing_not_a_number_in_the_scores():
    """Probe 4: '-9999' ("no reading") is a special value of the schema, yet the scores read it
    as a temperature 10,000 degrees below the column (both sides alike)."""
    schema = TableSchema([ColumnSchema("t", ColumnType.FLOAT, special_values=["-9999", "n/a"])])
    for values in (pd.Series([3.5, -9999.0, 4.0]), pd.Series(["3.5", "-9999", "n/a"], dtype=object)):
        roles = ColumnRoles.from_schema(schema, ["t"], 250)
        numbers = prepare(pd.DataFrame({"t": values}), roles).numeric["t"]
        assert np.isnan(numbers[1]) and numbers[0] == 3.5
    plain = ColumnRoles.from_schema(TableSchema([ColumnSchema("t", ColumnType.FLOAT)]), ["t"], 250)
    assert prepare(pd.DataFrame({"t": [-9999.0]}), plain).numeric["t"][0] == -9999.0
