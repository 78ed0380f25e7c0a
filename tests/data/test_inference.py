"""infer_schema / apply_schema: the right role for every column of the real datasets, plus rules."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.data.inference import detect_datetime_format, infer_schema
from safe_synthesizer.data.numbers import NumberFormat, format_numbers
from safe_synthesizer.data.readers import read_table
from safe_synthesizer.data.schema import ColumnType, TableSchema
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.errors import ConfigError


def _types(schema: TableSchema) -> dict[str, str]:
    return {c.name: c.type.value for c in schema.columns}


# Real datasets -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "nrows", "group_by"),
    [
        ("adult.csv", 2000, None),
        ("womens_clothing_reviews.csv", 2000, None),
        ("pbcseq_visits.csv", None, "id"),
        ("cdnow_transactions.csv", 3000, "customer_id"),
        ("lahman_people.csv", 2000, None),
    ],
    ids=["adult", "womens", "pbcseq", "cdnow", "lahman"],
)
def test_every_column_of_real_datasets(
    data_slice: Callable[..., Path], expected_types: dict, name: str, nrows: int | None, group_by: str | None
) -> None:
    frame = read_table(data_slice(name, nrows))
    schema = infer_schema(frame, group_by=group_by)
    assert _types(schema) == expected_types[name]
    assert schema.names == list(frame.columns)
    assert schema.n_rows == len(frame)
    assert schema.group_by == group_by


def test_real_dataset_facts(data_slice: Callable[..., Path]) -> None:
    pbc = infer_schema(read_table(data_slice("pbcseq_visits.csv")), group_by="id", order_by="day")
    assert pbc["id"].n_unique == 312
    assert not pbc["id"].overridden  # the group-by role is not a user override
    assert pbc.order_by == "day"
    assert pbc["albumin"].decimals == 2
    assert pbc["chol"].n_missing == 821
    cd = infer_schema(read_table(data_slice("cdnow_transactions.csv", 3000)))
    assert cd["date"].datetime_format == "%Y-%m-%d"
    assert cd["dollar_value"].decimals == 2
    # Zero-padded customer ids are never numbers (that would drop the zeros).
    assert cd["customer_id"].type in (ColumnType.CATEGORICAL, ColumnType.IDENTIFIER)
    lahman = infer_schema(read_table(data_slice("lahman_people.csv", 2000)))
    assert lahman["debut"].datetime_format == "%Y-%m-%d"
    assert lahman["playerID"].n_unique == 2000
    assert lahman["deathYear"].n_missing > 0  # living persons: missing, still an integer column


def test_pbcseq_id_without_group_by_is_an_identifier_with_repeats(data_slice: Callable[..., Path]) -> None:
    schema = infer_schema(read_table(data_slice("pbcseq_visits.csv")))
    assert schema["id"].type == ColumnType.IDENTIFIER
    note = "'id': id-named integers repeat (312 distinct over 1945 rows); kept as an identifier with its rows per id"
    assert note in schema.notes


# Rules -------------------------------------------------------------------------------------------
def _one(values: list, name: str = "x", **kwargs):
    return infer_schema(pd.DataFrame({name: values}), **kwargs)[name]


@pytest.mark.parametrize(
    ("values", "fmt"),
    [
        (["2020-01-31", "2021-02-01", "2022-12-15"], "%Y-%m-%d"),
        (["2020-01-31 10:00:00", "2021-02-01 23:59:59", "2022-12-15 00:00:00"], "%Y-%m-%d %H:%M:%S"),
        (["2020-01-31T10:00:00", "2021-02-01T23:59:59", "2022-12-15T00:00:00"], "%Y-%m-%dT%H:%M:%S"),
        (["2020-01-31T10:00:00Z", "2021-02-01T23:59:59Z", "2022-12-15T00:00:00Z"], "%Y-%m-%dT%H:%M:%SZ"),
        (["2020/01/31", "2021/02/01", "2022/12/15"], "%Y/%m/%d"),
        (["12/31/2020", "01/02/2021", "03/15/2021"], "%m/%d/%Y"),
        (["31/12/2020", "01/02/2021", "15/03/2021"], "%d/%m/%Y"),
        (["31.12.2020", "01.02.2021", "15.03.2021"], "%d.%m.%Y"),
        (["Jan 05, 2020", "Feb 10, 2021", "Mar 15, 2022"], "%b %d, %Y"),
        (["05 Jan 2020", "10 Feb 2021", "15 Mar 2022"], "%d %b %Y"),
        (["2020-01", "2020-02", "2021-03"], "%Y-%m"),
    ],
)
def test_datetime_formats(values: list[str], fmt: str) -> None:
    column = _one(values)
    assert (column.type, column.datetime_format) == (ColumnType.DATETIME, fmt)


def test_ambiguous_dates_take_the_first_listed_format() -> None:
    assert _one(["01/02/2020", "03/04/2021", "05/06/2021"]).datetime_format == "%m/%d/%Y"


def test_datetime_format_from_config_resolves_ambiguity() -> None:
    column = _one(["01/02/2020", "03/04/2021", "05/06/2021"], datetime_formats={"x": "%d/%m/%Y"})
    assert (column.type, column.datetime_format) == (ColumnType.DATETIME, "%d/%m/%Y")


def test_mixed_date_and_text_is_not_datetime() -> None:
    assert _one(["2020-01-01", "2020-02-01", "soon"]).type == ColumnType.CATEGORICAL
    assert detect_datetime_format(pd.Series(["2020-01-01", "2020-02-01", "soon"])) is None


def test_datetime_format_override_beats_numeric() -> None:
    column = _one(["20200101", "20200215", "20210310"], datetime_formats={"x": "%Y%m%d"})
    assert (column.type, column.datetime_format) == (ColumnType.DATETIME, "%Y%m%d")


def test_datetime_format_override_must_fit() -> None:
    with pytest.raises(ConfigError) as info:
        _one(["2020-01-01", "2020-02-15", "2021-03-10", None], datetime_formats={"x": "%d.%m.%Y"})
    assert str(info.value) == (
        "data.datetime_formats.x: '%d.%m.%Y' does not parse 3 of 3 values; fix the strftime pattern "
        "(e.g. '%Y-%m-%d') or remove it to infer one"
    )
    assert "2020" not in str(info.value)  # counts, never raw values


def test_datetime_format_override_must_fit_forced_datetime() -> None:
    with pytest.raises(ConfigError, match=r"^data\.datetime_formats\.x: '%Y' does not parse 2 of 2 values"):
        _one(["2020-01", "2021-02"], overrides={"x": "datetime"}, datetime_formats={"x": "%Y"})


def test_unknown_override_type_is_a_config_error() -> None:
    with pytest.raises(ConfigError) as info:
        _one(["1", "2"], overrides={"x": "bogus"})
    assert str(info.value) == (
        "data.column_types.x: 'bogus' is not a column type; use one of integer, float, categorical, "
        "datetime, text, identifier, constant, empty"
    )


@pytest.mark.parametrize(
    ("values", "decimals"),
    [
        (["1.50", "2.25", "3.125"], 3),
        (["1.0", "2.5", "3"], 1),
        (["-0.5", ".25", "+7.0"], 2),
        (["10.10", "20.20"], 2),  # trailing zeros as written count
    ],
)
def test_float_decimals_as_written(values: list[str], decimals: int) -> None:
    column = _one(values)
    assert (column.type, column.decimals) == (ColumnType.FLOAT, decimals)


def test_float_dtype_decimals_from_shortest_repr() -> None:
    column = _one([1.5, 2.25, np.nan, 0.1])
    assert (column.type, column.decimals, column.n_missing) == (ColumnType.FLOAT, 2, 1)


def test_decimals_scientific_notation() -> None:
    assert _one(["1e3", "2.5e-2", "3"]).decimals == 3


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["1", "2", "-3", "+4"], ColumnType.INTEGER),
        (["1.0", "2.0", "3.0"], ColumnType.INTEGER),  # integral floats as written by pandas/R
        ([1, 2, 3], ColumnType.INTEGER),
        (["0", "5", "10"], ColumnType.INTEGER),  # a lone zero is not zero-padding
        (["0.5", "0.25"], ColumnType.FLOAT),
        (["007", "008", "010"], ColumnType.CATEGORICAL),  # zero-padded codes stay strings
        (["true", "false", "true"], ColumnType.CATEGORICAL),
        ([True, False, True], ColumnType.CATEGORICAL),
        (["a", "b", "a"], ColumnType.CATEGORICAL),
    ],
)
def test_scalar_rules(values: list, expected: ColumnType) -> None:
    assert _one(values).type == expected


def test_constant_and_empty() -> None:
    frame = pd.DataFrame(
        {
            "const": ["x"] * 4,
            "const_gaps": ["x", None, "x", ""],
            "empty": [None, "", "  ", None],
            "nan": [np.nan] * 4,
        }
    )
    schema = infer_schema(frame)
    # One value next to blanks is a flag (probe 5: a lab's 5 % 'H' came out in every row as a
    # constant): a category, so its blanks are generated too.
    assert _types(schema) == {"const": "constant", "const_gaps": "categorical", "empty": "empty", "nan": "empty"}
    assert schema["const_gaps"].n_missing == 2
    assert schema["empty"].n_missing == 4  # whitespace-only counts as missing


def test_id_named_integers() -> None:
    unique = _one([str(i) for i in range(50)], name="user_id")
    repeated = _one([str(i % 5) for i in range(50)], name="product_id")
    plain = _one([str(i) for i in range(50)], name="count")
    assert (unique.type, repeated.type, plain.type) == (
        ColumnType.IDENTIFIER,
        ColumnType.CATEGORICAL,
        ColumnType.INTEGER,
    )


def test_unique_tokens_are_identifiers_only_with_enough_rows() -> None:
    assert _one([f"tok{i:03d}x" for i in range(25)]).type == ColumnType.IDENTIFIER
    assert _one([f"tok{i:03d}x" for i in range(10)]).type == ColumnType.CATEGORICAL


def test_free_text() -> None:
    sentences = [f"this is review number {i} and it is fine" for i in range(30)]
    assert _one(sentences).type == ColumnType.TEXT
    titles = [f"nice dress {i}" for i in range(30)]  # short distinct phrases
    assert _one(titles).type == ColumnType.TEXT


# Overrides ---------------------------------------------------------------------------------------
def test_overrides_force_type_and_mark_overridden() -> None:
    frame = pd.DataFrame({"zip": ["02139", "10001", "94105"], "n": ["1", "2", "3"], "v": ["1", "2", "2"]})
    schema = infer_schema(frame, overrides={"n": "float", "v": ColumnType.CATEGORICAL})
    assert _types(schema) == {"zip": "categorical", "n": "float", "v": "categorical"}
    assert [c.overridden for c in schema.columns] == [False, True, True]
    assert schema["n"].decimals == 0


def test_override_wins_over_group_by_role() -> None:
    frame = pd.DataFrame({"g": ["1", "1", "2"], "x": ["a", "b", "c"]})
    schema = infer_schema(frame, overrides={"g": "categorical"}, group_by="g")
    assert schema["g"].type == ColumnType.CATEGORICAL
    assert schema["g"].overridden


def test_group_by_column_is_identifier() -> None:
    schema = infer_schema(pd.DataFrame({"g": ["1", "1", "2"], "x": ["a", "b", "c"]}), group_by="g")
    assert schema["g"].type == ColumnType.IDENTIFIER
    assert not schema["g"].overridden


def test_override_numeric_on_text_fails() -> None:
    with pytest.raises(ConfigError) as info:
        _one(["007", "abc"], name="zip", overrides={"zip": "integer"})
    assert str(info.value) == (
        "data.column_types.zip: 'integer' but the column has non-numeric values; use categorical or text"
    )


def test_override_datetime_without_fitting_format_fails() -> None:
    with pytest.raises(ConfigError) as info:
        _one(["1999", "2000"], name="year", overrides={"year": "datetime"})
    assert str(info.value) == (
        "data.column_types.year: 'datetime' but no date format fits its values; "
        "set data.datetime_formats.year (e.g. '%Y-%m-%d')"
    )


def test_override_datetime_with_format() -> None:
    column = _one(["1999", "2000"], name="year", overrides={"year": "datetime"}, datetime_formats={"year": "%Y"})
    assert (column.type, column.datetime_format, column.overridden) == (ColumnType.DATETIME, "%Y", True)


@pytest.mark.parametrize(
    ("kwargs", "key"),
    [
        ({"overrides": {"nope": "integer"}}, "data.column_types"),
        ({"datetime_formats": {"nope": "%Y"}}, "data.datetime_formats"),
    ],
)
def test_override_of_unknown_column_fails(kwargs: dict, key: str) -> None:
    with pytest.raises(ConfigError) as info:
        infer_schema(pd.DataFrame({"a": ["1"], "b": ["2"]}), **kwargs)
    assert str(info.value) == f"{key}: column 'nope' is not in the data; columns are ['a', 'b']"


# apply_schema --------------------------------------------------------------------------------------
def test_apply_schema_dtypes_and_missing() -> None:
    frame = pd.DataFrame(
        {
            "i": ["1", "2", "3", "4"],
            "i_gap": ["1", None, "3", ""],
            "f": ["1.5", "2", None, ""],
            "zip": ["00123", " 00456 ", "", None],
            "d": ["2020-01-01", "2020-01-02", "2020-01-03", None],
        }
    )
    schema = infer_schema(frame)
    typed = apply_schema(frame, schema)
    assert {k: str(v) for k, v in typed.dtypes.items()} == {
        "i": "int64",
        "i_gap": "float64",  # missing integers become NaN in float64
        "f": "float64",
        "zip": "object",
        "d": "object",  # datetimes stay strings in their input format
    }
    assert typed["i"].tolist() == [1, 2, 3, 4]
    assert typed["i_gap"].isna().tolist() == [False, True, False, True]
    assert typed["zip"].iloc[:2].tolist() == ["00123", "00456"]  # stripped, zeros kept
    assert typed["zip"].isna().tolist() == [False, False, True, True]
    assert typed["d"].iloc[0] == "2020-01-01"
    assert typed.index.equals(frame.index)


def test_apply_schema_on_real_slice_roundtrips_through_csv(data_slice: Callable[..., Path], tmp_path: Path) -> None:
    frame = read_table(data_slice("pbcseq_visits.csv", 300))
    schema = infer_schema(frame, group_by="id")
    typed = apply_schema(frame, schema)
    typed.to_csv(tmp_path / "typed.csv", index=False)
    again = apply_schema(read_table(tmp_path / "typed.csv"), schema)
    pd.testing.assert_frame_equal(typed, again)
    assert _types(infer_schema(read_table(tmp_path / "typed.csv"), group_by="id")) == _types(schema)


def test_native_dtypes_from_dataframe_and_parquet(tmp_path: Path) -> None:
    n = 300
    frame = pd.DataFrame(
        {
            "when": pd.date_range("2020-01-01", periods=n, freq="D"),
            "ts": pd.date_range("2020-01-01 10:30", periods=n, freq="h"),
            "flag": [True, False] * (n // 2),
            "cat": pd.Categorical(["a", "b", "c"] * (n // 3)),
            "ni": pd.array([1, None, 3] * (n // 3), dtype="Int64"),
            "f64": np.arange(n, dtype="float64") / 4,
        }
    )
    frame.to_parquet(tmp_path / "t.parquet")
    expected = {
        "when": "datetime",
        "ts": "datetime",
        "flag": "categorical",
        "cat": "categorical",
        "ni": "integer",
        "f64": "float",
    }
    for source in (frame, tmp_path / "t.parquet"):
        raw = read_table(source)
        schema = infer_schema(raw)
        assert _types(schema) == expected
        assert (schema["when"].datetime_format, schema["ts"].datetime_format) == ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S")
        assert schema["f64"].decimals == 2
        typed = apply_schema(raw, schema)
        assert typed.loc[1, "when"] == "2020-01-02"
        assert typed.loc[1, "ts"] == "2020-01-01 11:30:00"
        assert typed["ni"].isna().sum() == n // 3


def test_float32_decimals() -> None:
    assert _one(np.array([0.1, 0.2, 1.5], dtype="float32")).decimals == 1


def test_long_integer_codes_survive_apply_schema(tmp_path: Path) -> None:
    codes = ["123456789012345678", "223456789012345679", None, "323456789012345671"]
    frame = pd.DataFrame({"account": codes})
    apply_schema(frame, infer_schema(frame)).to_csv(tmp_path / "out.csv", index=False)
    written = read_table(tmp_path / "out.csv")["account"].tolist()
    assert written[0] == "123456789012345678"
    assert written[3] == "323456789012345671"


def test_long_integer_codes_without_gaps_survive(tmp_path: Path) -> None:
    frame = pd.DataFrame({"account": ["123456789012345678", "223456789012345679", "323456789012345671"]})
    apply_schema(frame, infer_schema(frame)).to_csv(tmp_path / "out.csv", index=False)
    assert read_table(tmp_path / "out.csv")["account"].tolist() == frame["account"].tolist()


def test_integers_too_long_for_int64_fall_back_to_float(tmp_path: Path) -> None:
    frame = pd.DataFrame({"n": ["123456789012345678901", "223456789012345678901", None]})
    assert str(apply_schema(frame, infer_schema(frame))["n"].dtype) == "float64"


# Real-world typing: number formats, special values, several date formats, ids --------------------
def _schema(**columns: list) -> TableSchema:
    return infer_schema(pd.DataFrame(columns))


def test_float_with_infinity_strings_is_a_float_with_special_values() -> None:
    values = ["0.5", "inf", "1.25", "-inf", "Infinity", "2.0"] * 5
    schema = _schema(ratio=values)
    column = schema["ratio"]
    assert (column.type, column.decimals) == (ColumnType.FLOAT, 2)
    assert sorted(column.special_values) == ["-inf", "Infinity", "inf"]
    note = "'ratio': 3 distinct non-numeric value(s) (50.0% of values) kept as special values next to the numbers"
    assert schema.notes == [note]


def test_thousands_separators_are_integers_not_identifiers() -> None:
    schema = _schema(population=["1,484,622", "981,052", "2,001,000", "45", "12,345"] * 6)
    column = schema["population"]
    assert column.type == ColumnType.INTEGER
    assert column.number_format == {"thousands": ",", "decimal": ".", "prefix": "", "suffix": ""}
    assert schema.notes == ["'population': numbers written with thousands ','; written back the same way"]


def test_written_decimals_make_a_float_even_when_every_fraction_is_zero() -> None:
    # pbcseq alk.phos written as "1,718.0": whole numbers, but the writer shows one decimal.
    values = ["1,718.0", "2,107.0", "996.0", None, "7,395.0"] * 6
    schema = _schema(alk_phos=values, plain=["1.0", "2.0", "3.0", "4.0", "5.0"] * 6)
    column = schema["alk_phos"]
    assert (column.type, column.decimals, column.number_format["fixed_decimals"]) == (ColumnType.FLOAT, 1, "true")
    # plain "1.0" strings read as floats by a CSV reader keep the integer rule (CLI/SDK parity)
    assert schema["plain"].type == ColumnType.INTEGER
    written = format_numbers([1718.0, 996.0, None], NumberFormat.from_dict(column.number_format), 1, False)
    assert written == ["1,718.0", "996.0", None]


def test_money_and_percent_formats() -> None:
    schema = _schema(price=["$1,200.50", "$3.00", "$45.99"] * 4, rate=["12.5%", "3%", "0.25%"] * 4)
    assert schema["price"].type == ColumnType.FLOAT and schema["price"].decimals == 2
    assert schema["price"].number_format["prefix"] == "$"
    assert schema["rate"].number_format["suffix"] == "%" and schema["rate"].decimals == 2


def test_numbers_with_a_few_text_codes() -> None:
    values = [str(v) for v in range(40)] + ["<5", "<5", "n/k", "n/k"]
    column = _schema(lab=values)["lab"]
    assert (column.type, column.special_values) == (ColumnType.INTEGER, ["<5", "n/k"])


def test_too_many_or_too_frequent_codes_keep_a_column_categorical() -> None:
    many_codes = [str(v % 30) for v in range(90)] + [f"code{i}" for i in range(11)]
    schema = _schema(x=many_codes)
    assert schema["x"].type == ColumnType.CATEGORICAL
    assert schema.notes == ["'x': 89% of values are numbers but 11 distinct other values remain; kept as categorical"]
    assert _schema(x=[str(v) for v in range(8)] + ["n/a"] * 2)["x"].type == ColumnType.CATEGORICAL  # 80 %
    # A one-off that is 5 % or more of a small column: no code, a remark.
    assert _schema(x=[str(v) for v in range(18)] + ["see notes"])["x"].type == ColumnType.CATEGORICAL


def test_zero_padded_codes_are_never_numbers_even_among_numbers() -> None:
    assert _schema(zip=["02139", "94105", "10001", "60614"] * 3)["zip"].type == ColumnType.CATEGORICAL


def test_dates_in_several_formats() -> None:
    values = ["2020-01-31", "2020-02-14", "2021-03-01", "14/02/2020", "03/04/2021", "2022-07-04"] * 4
    schema = _schema(visit=values)
    column = schema["visit"]
    assert column.type == ColumnType.DATETIME
    assert (column.datetime_format, column.datetime_formats) == ("%Y-%m-%d", ["%Y-%m-%d", "%d/%m/%Y"])
    assert schema.notes == [
        "'visit': dates written in 2 formats (%Y-%m-%d, %d/%m/%Y); each value is written back in its own format"
    ]


def test_dates_with_a_special_code() -> None:
    values = [f"2020-01-{d:02d}" for d in range(1, 29)] * 2 + ["unknown"] * 2
    schema = _schema(onset=values)
    assert (schema["onset"].type, schema["onset"].special_values) == (ColumnType.DATETIME, ["unknown"])
    assert "'onset': 1 distinct non-date value(s) (3.4% of values)" in schema.notes[0]


def test_mostly_dates_but_not_enough_is_categorical_with_a_note() -> None:
    values = ([f"2020-01-{d:02d}" for d in range(1, 23)] + ["soon", "later", "never"]) * 2
    schema = _schema(when=values)
    assert schema["when"].type == ColumnType.CATEGORICAL
    assert schema.notes == ["'when': 12% of values unparsable as dates, kept as categorical"]


@pytest.mark.parametrize("name", ["pt_subject_id", "subjectId", "SUBJECT_ID", "patient id", "ID", "userid", "id_x",
                                  "Kundennr.", "Kd.-Nr.", "Rechnungsnummer", "Policy No.", "Invoice Number",
                                  "Seller GSTIN", "患者番号", "会员编号", "Nº Pedido", "N° de série", "CPF", "pesel",
                                  "tc_kimlik_no", "DNI"])  # fmt: skip
def test_id_names(name: str) -> None:
    assert _one([str(i // 3) for i in range(90)], name=name).type == ColumnType.IDENTIFIER


@pytest.mark.parametrize("name", ["idea", "width", "valid", "paid", "hybrid", "casino", "Number of items", "郵便番号",
                                  "Nota", "No Show", "Novo"])  # fmt: skip
def test_not_id_names(name: str) -> None:
    assert _one([str(i // 3) for i in range(90)], name=name).type == ColumnType.INTEGER


def test_repeated_integer_ids_are_identifiers_unless_few() -> None:
    schema = _schema(subject_id=[str(100 + i // 4) for i in range(120)], site_id=[str(i % 6) for i in range(120)])
    assert schema["subject_id"].type == ColumnType.IDENTIFIER
    assert schema["site_id"].type == ColumnType.CATEGORICAL
    assert schema.notes == [
        "'subject_id': id-named integers repeat (30 distinct over 120 rows); "
        "kept as an identifier with its rows per id",
        "'site_id': id-named integers with only 6 distinct values; a categorical code",
    ]


def test_id_named_tokens_mostly_distinct_are_identifiers() -> None:
    tokens = [f"P{i // 2:04d}X" for i in range(30)] + [f"Q{i}" for i in range(30)]
    assert _one(tokens, name="patientId").type == ColumnType.IDENTIFIER
    assert _one([f"P{i % 5}" for i in range(60)], name="patientId").type == ColumnType.CATEGORICAL
    assert _one(tokens, name="label").type == ColumnType.CATEGORICAL


def test_id_named_tokens_repeating_per_subject_are_identifiers() -> None:
    # A survey export: one row per employee and wave, so 'EMP-' ids repeat 2-3 times each. As a
    # category the ids seen in >= k rows were copied into the output.
    rng = np.random.default_rng(3159)
    people = [f"EMP-{v:05d}" for v in rng.integers(1, 99_999, 300)]
    ids = [people[i] for i in rng.integers(0, 300, 800)]
    schema = _schema(employee_id=ids)
    assert schema["employee_id"].type == ColumnType.IDENTIFIER
    assert "'employee_id': id-named values repeat" in schema.notes[0]


def test_codes_written_in_digit_groups_are_not_text() -> None:
    # IBANs and phone numbers in spaced groups averaged 4+ "words": as text, their digits were
    # recombined into malformed numbers.
    rng = np.random.default_rng(3141)
    ibans = [f"FR76 {' '.join(f'{v:04d}' for v in rng.integers(0, 9999, 5))} {rng.integers(100, 999)}"
             for _ in range(60)]
    phones = [f"+33 {rng.integers(1, 9)} {' '.join(f'{v:02d}' for v in rng.integers(0, 99, 4))}" for _ in range(300)]
    schema = _schema(iban=[ibans[i] for i in rng.integers(0, 60, 300)], phone=phones,
                     note=[f"called back {v} times about the delivery of order {o}"
                           for v, o in zip(rng.integers(0, 9, 300), rng.integers(0, 999, 300), strict=True)])
    assert schema["iban"].type == ColumnType.IDENTIFIER  # an account id repeating over its transactions
    assert _schema(bank_code=[ibans[i] for i in rng.integers(0, 60, 300)])["bank_code"].type == ColumnType.CATEGORICAL
    assert schema["phone"].type == ColumnType.IDENTIFIER
    assert schema["note"].type == ColumnType.TEXT


def test_overrides_still_win_on_messy_columns() -> None:
    column = _one(["1,000", "2,500", "3,000", "4,000", "5,000", "6,000", "7,000", "8,000", "9,000", "n/a"] * 2,
                  overrides={"x": "float"})
    assert (column.type, column.special_values, column.number_format["thousands"]) == (ColumnType.FLOAT, ["n/a"], ",")
    assert _one(["1,000", "2,500"], overrides={"x": "categorical"}).type == ColumnType.CATEGORICAL
    forced = _one(["2020-01-02", "02/03/2021"] * 3, overrides={"x": "datetime"})
    assert forced.datetime_formats == ["%Y-%m-%d", "%m/%d/%Y"]
    single = _one(["2020-01-02", "2021-05-03"], datetime_formats={"x": "%Y-%m-%d"})
    assert (single.datetime_format, single.datetime_formats) == ("%Y-%m-%d", None)


def test_notes_never_show_raw_values() -> None:
    frame = pd.DataFrame({
        "amount": ["1,111,111", "2,222,222", "secret-code", "secret-code"] * 10,
        "when": ["2020-01-31", "31/01/2020", "hidden", "hidden"] * 10,
    })  # fmt: skip
    notes = " ".join(infer_schema(frame).notes)
    assert notes and "1,111" not in notes and "secret" not in notes and "hidden" not in notes and "2020" not in notes


def test_messy_table_roundtrips_through_csv(tmp_path: Path) -> None:
    frame = pd.DataFrame({
        "population": ["1,484,622", "981,052", None, "12,345"] * 10,
        "ratio": ["0.5", "inf", "-inf", "1.25"] * 10,
        "lab": ["12", "30", "7", "44", "<5", "15", "16", "17", "18", "19"] * 4,
        "big": ["123,456,789,012,345,678", "5", "6", "7", "8", "9", "10", "11", "12", "n/a"] * 4,
        "price": ["$1,200.50", "($3.00)", "$45.99", None] * 10,
        "euro": ["1.234,5", "7,25", "12", "3.000.000,75"] * 10,
        "visit": ["2020-01-31", "14/02/2020", "2021-03-01", "2022-04-01", "2023-05-01", "2021-02-03", "2020-05-06",
                  "2020-07-08", "2020-09-10", "unknown"] * 4,
    })  # fmt: skip
    schema = infer_schema(frame)
    typed = apply_schema(frame, schema)
    assert typed["population"].dtype == "float64" and typed["population"].iloc[0] == 1484622
    assert typed["ratio"].tolist()[:4] == [0.5, "inf", "-inf", 1.25]
    assert typed["lab"].tolist()[3:5] == [44, "<5"] and isinstance(typed["lab"].iloc[0], int)
    assert typed["big"].iloc[0] == 123456789012345678  # exact past 2**53
    assert typed["price"].tolist()[:3] == [1200.5, -3.0, 45.99]
    assert typed["euro"].tolist() == [1234.5, 7.25, 12.0, 3000000.75] * 10
    typed.to_csv(tmp_path / "typed.csv", index=False)
    again = apply_schema(read_table(tmp_path / "typed.csv"), schema)
    pd.testing.assert_frame_equal(typed, again)


def test_random_ids_with_a_chance_collision_stay_identifiers() -> None:
    rng = np.random.default_rng(8)
    mrn = [f"MRN{v:06d}" for v in rng.integers(0, 999_999, 1140)]
    mrn[7] = mrn[3]  # one chance collision, as random 6-digit numbers have
    ward = rng.choice(["cardio", "onco", "neuro"], 1140)
    schema = infer_schema(pd.DataFrame({"record": mrn, "ward": ward, "mrn": mrn}))
    assert schema["record"].type == ColumnType.IDENTIFIER
    assert schema["mrn"].type == ColumnType.IDENTIFIER
    assert schema["ward"].type == ColumnType.CATEGORICAL


def test_repeated_long_strings_are_categories_and_json_text_says_so() -> None:
    """Probe 3: a JSON settings cell with 18 distinct values over 1500 claims was text, so the
    model rewrote it word by word (invalid JSON); canned remarks likewise."""
    rng = np.random.default_rng(7057)
    plans = [f'{{"plan": "{p}", "tier": {t}, "network": {n}}}' for p in ("PPO", "HMO", "EPO") for t in (1, 2, 3)
             for n in ("true", "false")]  # fmt: skip
    remarks = ["Bitte beim Nachbarn abgeben", "Lieferung nur werktags bis 18 Uhr",
               "Zahlung per Überweisung auf Rechnung"]
    unique_json = [f'{{"claim": {i}, "lines": [{i % 7}, {i % 5}], "note": "n{i}"}}' for i in range(300)]
    schema = _schema(plan_info=[plans[i] for i in rng.integers(0, len(plans), 300)],
                     remark=[remarks[i] for i in rng.integers(0, 3, 300)], detail=unique_json)
    assert schema["plan_info"].type == ColumnType.CATEGORICAL
    assert schema["remark"].type == ColumnType.CATEGORICAL
    assert schema["detail"].type == ColumnType.TEXT
    assert any(n.startswith("'detail': values are JSON (300 distinct over 300 rows)") for n in schema.notes)


def test_negative_only_money_and_world_formats_are_numbers() -> None:
    """Probe 3: refunds written "-₹868.12" only (the prefix pattern left "-" out), "2,990円",
    full-width ages and "14,77 kg" were identifiers or categoricals."""
    schema = _schema(refund=[f"-₹{v:,.2f}" for v in np.linspace(100, 90_000, 60)],
                     fee=[f"{v:,}円" for v in range(900, 60_900, 1000)],
                     age=[str(v).translate(str.maketrans("0123456789", "０１２３４５６７８９")) for v in range(20, 80)],
                     weight=[f"{v:.2f} kg".replace(".", ",") for v in np.linspace(0.5, 30, 60)])
    assert {c.name: c.type for c in schema.columns} == {
        "refund": ColumnType.FLOAT, "fee": ColumnType.INTEGER, "age": ColumnType.INTEGER, "weight": ColumnType.FLOAT}
    assert schema["refund"].number_format["prefix"] == "₹"


def test_percents_next_to_bare_fractions_are_not_one_number() -> None:
    """Probe 4: a ledger's 'Tax Rate' held '12.5%' and '0.125'; read as one number with a '%'
    suffix the output wrote '0.125%' (and '7.384%') for rates of 12.5 %."""
    schema = _schema(rate=["10%", "0.125", "12.5%", "0.05", "0%", "0.2"] * 20, pct=["10%", "12.5%", "5%"] * 40)
    assert schema["rate"].type == ColumnType.CATEGORICAL
    assert schema["pct"].type == ColumnType.FLOAT and schema["pct"].number_format["suffix"] == "%"
    assert any(n.startswith("'rate': holds percents") for n in schema.notes)


def test_excel_date_serials_under_a_date_name_get_a_note() -> None:
    schema = _schema(**{"Posting Date": [str(45231 + i % 240) for i in range(120)],
                        "amount": [str(45231 + i % 240) for i in range(120)]})  # fmt: skip
    assert schema["Posting Date"].type == ColumnType.INTEGER
    assert [n.split(":")[0] for n in schema.notes] == ["'Posting Date'"]


def test_epoch_times_get_a_note() -> None:
    """Probe 4: 'epoch_s' next to 'event_time' (the same instant in the input) came out 4 hours
    apart in the median synthetic row, with nothing on the console."""
    schema = _schema(epoch_s=[str(1_709_251_780 + 97 * i) for i in range(120)],
                     received_ms=[str(1_709_251_780_392 + 97_000 * i) for i in range(120)],
                     count=[str(1_709_251_780 + 97 * i) for i in range(120)])  # fmt: skip
    assert [n.split(":")[0] for n in schema.notes] == ["'epoch_s'", "'received_ms'"]


def test_censored_lab_values_are_codes_next_to_numbers() -> None:
    """Probe 5: eGFR with 30 % '>90' and CRP with '<5'/'>200' were typed categorical (the eGFR
    numbers were then replaced as PII); Ferritin, with fewer censored values, was numeric."""
    rng = np.random.default_rng(9337)
    egfr = [">90" if v > 90 else str(int(v)) for v in rng.normal(78, 20, 400)]
    crp = ["<5" if v < 5 else ">200" if v > 200 else str(int(v)) for v in np.exp(rng.normal(4, 1.2, 400))]
    schema = infer_schema(pd.DataFrame({"eGFR mL/min": egfr, "CRP mg/L": crp, "code": ["<A", "12"] * 200}))
    assert schema["eGFR mL/min"].type == ColumnType.INTEGER and schema["eGFR mL/min"].special_values == [">90"]
    assert schema["CRP mg/L"].type == ColumnType.INTEGER
    assert set(schema["CRP mg/L"].special_values) == {"<5", ">200"}
    assert schema["code"].type == ColumnType.CATEGORICAL  # '<A' is no censored number


def test_dialled_numbers_are_no_quantities():
    # "+4930..." typed an integer came back without its plus sign; a "+5" change column stays a number.
    frame = pd.DataFrame({"tel": [f"+4930{i * 7919 % 10**7:07d}" for i in range(300)],
                          "change": [f"+{i}" for i in range(300)]})
    schema = infer_schema(frame)
    assert schema["tel"].type != ColumnType.INTEGER
    assert schema["change"].type == ColumnType.INTEGER
