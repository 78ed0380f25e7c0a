"""Tables with different columns are refused with the differences listed, or (``common_columns``)
scored on the shared columns with the missing ones counted as failed columns: never a perfect
score for a table that lacks what it should hold (issue 14: SQS 10.00 with exit 0 before)."""

from __future__ import annotations

import pandas as pd
import pytest

from safe_synthesizer.errors import UserInputError
from safe_synthesizer.evaluation import evaluate
from safe_synthesizer.evaluation.column_sets import compare_columns

from .conftest import adult_schema, read_adult


@pytest.fixture(scope="module")
def tables() -> tuple[pd.DataFrame, pd.DataFrame]:
    return read_adult("adult_train.csv", 400), read_adult("adult_holdout.csv", 400)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda s: s.drop(columns=["age", "sex"]), "the synthetic table lacks age, sex"),
        (lambda s: s.assign(extra=1), "the synthetic table has columns the training table lacks: extra"),
        (lambda s: s.rename(columns={"age": "AGE"}), "lacks age; the synthetic table has columns the training"),
    ],
)
def test_different_columns_are_refused_with_the_differences(tables, change, expected):
    train, hold = tables
    with pytest.raises(UserInputError, match=expected) as info:
        evaluate(train, change(hold.iloc[:200]), hold.iloc[200:], schema=adult_schema())
    assert "--common-columns" in str(info.value)


def test_no_common_column_is_an_error_even_with_common_columns(tables):
    train, _ = tables
    other = pd.DataFrame({"x": range(300), "y": ["a", "b", "c"] * 100})
    for common in (False, True):
        with pytest.raises(UserInputError, match="share no column"):
            evaluate(train, other, None, schema=adult_schema(), common_columns=common)


def test_holdout_with_other_columns_is_refused(tables):
    train, hold = tables
    with pytest.raises(UserInputError, match="the holdout table lacks income"):
        evaluate(train, hold.iloc[:200], hold.iloc[200:].drop(columns=["income"]), schema=adult_schema())


def test_common_columns_count_missing_ones_as_failures(tables):
    train, hold = tables
    full = evaluate(train, hold.iloc[:200], hold.iloc[200:], schema=adult_schema())
    one = evaluate(train, hold.iloc[:200][["age"]], hold.iloc[200:], schema=adult_schema(), common_columns=True)
    # One column kept of 15: a perfect-looking table before, now the 14 missing columns weigh in.
    assert one.sub_scores["column_distribution_stability"] < 2.0 < full.sub_scores["column_distribution_stability"]
    assert one.sqs is not None and one.sqs < full.sqs
    assert len(one.column_failures) == 14
    assert {f["problem"] for f in one.column_failures} == {"missing"}
    assert one.to_dict()["column_sets"]["evaluated"] == ["age"]


def test_extra_synthetic_columns_are_listed_not_scored(tables):
    train, hold = tables
    result = evaluate(train, hold.iloc[:200].assign(leak="x"), hold.iloc[200:], schema=adult_schema(),
                      common_columns=True)
    assert result.column_failures == [{"column": "leak", "table": "synthetic", "problem": "not in training"}]
    assert "leak" not in [d.column for d in result.distributions]


def test_compare_columns_lists_in_training_order():
    train = pd.DataFrame(columns=["c", "a", "b"])
    sets = compare_columns(train, pd.DataFrame(columns=["b", "z"]), pd.DataFrame(columns=["a", "b", "c"]))
    assert sets.common == ["b"]
    assert sets.missing == {"synthetic": ["c", "a"]}
    assert sets.extra == {"synthetic": ["z"]}
