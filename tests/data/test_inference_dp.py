"""Schema inference under differential privacy: every fact is config, a rule or a DP release."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.config import SafeSynthesizerParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.data.private_schema import (
    DATE,
    DECIMAL,
    INTEGER,
    MISSING,
    N_BINS,
    WORD,
    SchemaPrivacy,
    decide_type,
    infer_private_schema,
    infer_run_schema,
    schema_epsilon,
    value_kinds,
)
from safe_synthesizer.data.schema import ColumnType, TableSchema
from safe_synthesizer.data.typed_frame import apply_schema
from safe_synthesizer.errors import ConfigError
from safe_synthesizer.models.builtin.codec import TabularCodec

N = 2000


def _params(dp: bool = True, **data: object) -> SafeSynthesizerParameters:
    return SafeSynthesizerParameters.model_validate({"privacy": {"dp_enabled": dp, "epsilon": 4.0}, "data": data})


def _table(rng: np.random.Generator, n: int = N) -> pd.DataFrame:
    """A table read from CSV (strings): counts, two-decimal prices, dates, labels."""
    months, days = rng.integers(1, 13, n), rng.integers(1, 29, n)
    return pd.DataFrame(
        {
            "count": [str(v) for v in rng.integers(0, 500, n)],
            "price": [f"{v:.2f}" for v in rng.uniform(1, 100, n)],
            "visit": [f"2021-{m:02d}-{d:02d}" for m, d in zip(months, days, strict=True)],
            "label": rng.choice(["red", "green", "blue"], n).tolist(),
        }
    )


def _facts(schema: TableSchema) -> list[tuple]:
    return [(c.name, c.type, c.decimals, c.datetime_format, c.number_format, c.special_values) for c in schema.columns]


def test_one_record_with_five_decimals_changes_nothing_under_dp() -> None:
    """The issue's case: one added record turned a column from 1 to 5 decimals in every synthetic row."""
    table = _table(np.random.default_rng(1))
    added = pd.concat([table, pd.DataFrame([{"count": "3.14159", "price": "2.71828", "visit": "2021-01-01",
                                             "label": "red"}])], ignore_index=True)
    # Without DP the schema follows the one record (today's behaviour, kept for non-DP runs).
    assert infer_schema(added)["count"].type == ColumnType.FLOAT
    assert infer_schema(added)["price"].decimals == 5
    params = _params()
    # Fresh secret noise on each call: the decision stands far from every threshold.
    before, after = infer_run_schema(table, params), infer_run_schema(added, params)
    assert _facts(before) == _facts(after)
    assert (after["count"].type, after["price"].type, after["price"].decimals) == (
        ColumnType.INTEGER, ColumnType.FLOAT, 2)
    encoders = {
        e.column: e for e in TabularCodec.fit(apply_schema(added, after), after, seed=0).encoders
    }
    assert (encoders["count"].decimals, encoders["price"].decimals) == (0, 2)


def test_column_decimals_are_honoured_with_and_without_dp() -> None:
    table = _table(np.random.default_rng(2))
    for dp in (True, False):
        schema = infer_run_schema(table, _params(dp, column_decimals={"price": 3, "count": 1}))
        assert (schema["price"].type, schema["price"].decimals) == (ColumnType.FLOAT, 3)
        # A positive count of decimals makes a numeric column float.
        assert (schema["count"].type, schema["count"].decimals) == (ColumnType.FLOAT, 1)
    assert infer_run_schema(table, _params(True, dp_default_decimals=4))["price"].decimals == 4


def test_forced_float_under_dp_does_not_recompute_decimals() -> None:
    table = pd.DataFrame({"x": [f"{v:.5f}" for v in np.random.default_rng(3).uniform(0, 1, 500)]})
    assert infer_run_schema(table, _params(False, column_types={"x": "float"}))["x"].decimals == 5
    forced = infer_run_schema(table, _params(True, column_types={"x": "float"}))
    assert (forced["x"].type, forced["x"].decimals, forced["x"].overridden) == (ColumnType.FLOAT, 2, True)
    assert forced.privacy_releases == []  # the type is config: nothing learnt from the values
    given = infer_run_schema(table, _params(True, column_types={"x": "float"}, column_decimals={"x": 4}))
    assert given["x"].decimals == 4


def test_dp_schema_never_marks_identifier_constant_or_empty_from_counts() -> None:
    rng = np.random.default_rng(4)
    table = pd.DataFrame(
        {
            "code": [f"K{i:05d}" for i in rng.permutation(N)],  # unique tokens: an identifier without DP
            "ticket": rng.permutation(N) + 1,                   # unique integers
            "site": ["A"] * N,                                  # constant
            "note": [None] * N,                                 # empty
            "patient_id": [f"P{i // 3}" for i in range(N)],     # the name rule
        }
    )
    plain = infer_schema(table)
    assert [plain[c].type for c in ("code", "site", "note")] == [
        ColumnType.IDENTIFIER, ColumnType.CONSTANT, ColumnType.EMPTY]
    schema = infer_run_schema(table, _params())
    assert [schema[c].type for c in ("code", "ticket", "site", "note", "patient_id")] == [
        ColumnType.CATEGORICAL, ColumnType.INTEGER, ColumnType.CATEGORICAL, ColumnType.CATEGORICAL,
        ColumnType.IDENTIFIER]
    assert all(c.n_unique == 0 and c.n_missing == 0 for c in schema.columns)  # no exact counts kept
    assert any("'patient_id': an identifier by its name" in note for note in schema.notes)
    by_config = infer_run_schema(table, _params(column_types={"code": "identifier", "site": "constant"}))
    assert (by_config["code"].type, by_config["site"].type) == (ColumnType.IDENTIFIER, ColumnType.CONSTANT)


def test_group_by_is_an_identifier_and_every_entity_weighs_one() -> None:
    rng = np.random.default_rng(5)
    visits = pd.DataFrame({"pid": np.repeat(np.arange(300), 7), "dose": [f"{v:.1f}" for v in rng.uniform(0, 9, 2100)]})
    schema = infer_run_schema(visits, _params(group_training_examples_by="pid"))
    assert (schema["pid"].type, schema["pid"].overridden) == (ColumnType.IDENTIFIER, False)
    assert schema["dose"].type == ColumnType.FLOAT
    assert [r["name"] for r in schema.privacy_releases] == ["schema_value_kinds:dose"]


def test_releases_are_itemised_and_sum_to_the_schema_epsilon() -> None:
    table = _table(np.random.default_rng(6))
    params = _params(column_types={"label": "categorical"})
    schema = infer_run_schema(table, params)
    assert [r["name"] for r in schema.privacy_releases] == [
        "schema_value_kinds:count", "schema_value_kinds:price", "schema_value_kinds:visit"]
    assert all(r["delta"] == 0.0 and "Laplace" in r["mechanism"] for r in schema.privacy_releases)
    assert schema.privacy_epsilon == pytest.approx(schema_epsilon(params.privacy, N, 3))
    assert schema_epsilon(_params(False).privacy, N, 3) == 0.0
    assert TableSchema.from_dict(schema.to_dict()).privacy_releases == schema.privacy_releases


def test_no_schema_budget_means_rules_only() -> None:
    params = SafeSynthesizerParameters.model_validate(
        {
            "privacy": {"dp_enabled": True, "preprocessing_epsilon_share": 0.0},
            "data": {"column_types": {"count": "integer"}},
        }
    )
    schema = infer_run_schema(_table(np.random.default_rng(7)), params)
    assert schema.privacy_releases == []
    assert schema["count"].type == ColumnType.INTEGER
    assert schema["price"].type == ColumnType.CATEGORICAL
    assert any("'price': no schema budget" in note for note in schema.notes)


def test_dates_and_number_formats_under_dp() -> None:
    rng = np.random.default_rng(8)
    days, months = rng.integers(1, 29, N), rng.integers(1, 13, N)
    table = pd.DataFrame(
        {
            "visit": [f"{d:02d}/{m:02d}/2020" for d, m in zip(days, months, strict=True)],
            "amount": [f"${v:,.2f}" for v in rng.uniform(1000, 90_000, N)],
        }
    )
    schema = infer_run_schema(table, _params())
    # Ambiguous days (<= 12) count for %m/%d/%Y, but the unambiguous ones make %d/%m/%Y the first.
    assert schema["visit"].type == ColumnType.DATETIME and schema["visit"].datetime_format == "%d/%m/%Y"
    assert schema["amount"].type == ColumnType.CATEGORICAL  # formats are not learnt under DP
    formatted = infer_run_schema(table, _params(number_formats={"amount": {"thousands": ",", "prefix": "$"}}))
    assert formatted["amount"].type == ColumnType.FLOAT
    assert formatted["amount"].number_format == {"thousands": ",", "decimal": ".", "prefix": "$", "suffix": ""}
    assert apply_schema(table.head(1), formatted)["amount"].iloc[0] == pytest.approx(
        float(table["amount"].iloc[0].replace("$", "").replace(",", "")))
    with pytest.raises(ConfigError, match=r"data\.column_types\.amount: 'float' but under differential privacy"):
        infer_run_schema(table, _params(column_types={"amount": "float"}))


def test_number_format_override_without_dp() -> None:
    table = pd.DataFrame({"n": ["1.234", "2.500", "17"]})
    assert infer_schema(table)["n"].type == ColumnType.FLOAT
    schema = infer_run_schema(table, _params(False, number_formats={"n": {"thousands": ".", "decimal": ","}}))
    assert schema["n"].type == ColumnType.INTEGER
    assert apply_schema(table, schema)["n"].tolist() == [1234, 2500, 17]


def test_unknown_config_columns_are_errors_under_dp() -> None:
    with pytest.raises(ConfigError, match=r"^data\.column_decimals: column 'nope' is not in the data"):
        infer_run_schema(_table(np.random.default_rng(9), 50), _params(column_decimals={"nope": 2}))


def test_value_kinds_are_fixed_bins() -> None:
    kinds = value_kinds(pd.Series(["12", "0012", " 3.5 ", "", None, "2020-01-31", "n/a", "1,234"], dtype=object))
    assert kinds.tolist()[:6] == [INTEGER, WORD, DECIMAL, MISSING, MISSING, DATE]
    assert kinds[6] == WORD and kinds[7] == WORD  # no format is learnt: '1,234' is not a plain number
    assert value_kinds(pd.Series([1.0, 2.5, np.nan, np.inf])).tolist() == [INTEGER, DECIMAL, MISSING, WORD]


@pytest.mark.parametrize(
    ("bins", "expected"),
    [
        ({INTEGER: 990, DECIMAL: 10}, ColumnType.INTEGER),   # a few decimals do not make a float
        ({INTEGER: 700, DECIMAL: 300}, ColumnType.FLOAT),
        ({INTEGER: 500, WORD: 500}, ColumnType.CATEGORICAL),
        ({MISSING: 990, INTEGER: 10}, ColumnType.CATEGORICAL),  # too few values to judge
        ({DATE: 1000}, ColumnType.DATETIME),
    ],
)
def test_decide_type(bins: dict[int, float], expected: ColumnType) -> None:
    histogram = np.zeros(N_BINS)
    for b, v in bins.items():
        histogram[b] = v
    assert decide_type(histogram, 1000, scale=5.0)[0] == expected


def test_seeded_inference_is_reproducible_for_audits() -> None:
    table = _table(np.random.default_rng(10), 300)
    one = infer_private_schema(table, privacy=SchemaPrivacy(1.0, seed=3))
    assert _facts(one) == _facts(infer_private_schema(table, privacy=SchemaPrivacy(1.0, seed=3)))


def test_the_run_budget_records_the_schema_releases_first() -> None:
    from safe_synthesizer.models.builtin.dp import plan_dp_training

    table = _table(np.random.default_rng(11))
    params = _params(column_types={"label": "categorical"})
    schema = infer_run_schema(table, params)
    dp = plan_dp_training(apply_schema(table, schema), schema, params, seed=0)
    items = dp.budget.summary()["items"]
    assert [i["name"] for i in items] == [r["name"] for r in schema.privacy_releases]
    left = dp.budget.plan.preprocessing_epsilon - schema.privacy_epsilon
    assert dp.statistics.epsilon_each == pytest.approx(left / dp.statistics.n_releases)
