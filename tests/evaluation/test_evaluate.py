"""End-to-end behaviour of ``evaluate`` on real adult slices: the sanity orderings of the issue."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.config.evaluation import EvaluationParameters
from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema
from safe_synthesizer.errors import UserInputError
from safe_synthesizer.evaluation import evaluate

from .conftest import SHARED_DATA, adult_schema, noisy_copy, read_adult, shuffled_columns, uniform_columns


@pytest.fixture(scope="module")
def cases():
    train = read_adult("adult_train.csv", 2000)
    holdout = read_adult("adult_holdout.csv", 2000)
    real_sample, test = holdout.iloc[:1000].reset_index(drop=True), holdout.iloc[1000:].reset_index(drop=True)
    schema = adult_schema()
    synthetic = {
        "copy": train,
        "noisy": noisy_copy(train),
        "real": real_sample,
        "shuffled": shuffled_columns(train),
        "uniform": uniform_columns(train),
    }
    return {name: evaluate(train, df, test, schema=schema) for name, df in synthetic.items()}


def test_sqs_ordering(cases):
    sqs = {name: r.sqs for name, r in cases.items()}
    assert sqs["copy"] > sqs["real"] > sqs["shuffled"] > sqs["uniform"]
    assert cases["real"].sqs_grade == "Excellent"
    # NSS gave uniform random columns 6.8
    assert sqs["uniform"] < 4.5


def test_privacy_ordering(cases):
    assert cases["copy"].dps < cases["noisy"].dps < cases["real"].dps
    assert cases["copy"].mia < cases["noisy"].mia < cases["real"].mia
    assert cases["copy"].aia < cases["noisy"].aia < cases["real"].aia
    assert cases["copy"].aia < 2.0  # the attacker's best quasi-identifiers single out copied rows
    assert cases["copy"].dps_grade == "Poor"
    assert cases["real"].dps_grade == "Excellent"


def test_copy_statistics(cases):
    c = cases["copy"].copying
    assert c.exact_match_synthetic == 1.0
    assert c.exact_match_baseline < 0.01
    assert c.close_share_synthetic == 1.0
    assert c.dcr_share > 0.6  # ceiling for a full copy with 1000 of 2000 rows matched: 0.75
    assert c.nndr_median_synthetic == 0.0
    real = cases["real"].copying
    assert abs(real.dcr_share - 0.5) < 0.05


@pytest.mark.parametrize("n_rows", [250, 3000])
def test_exact_copy_is_poor_at_any_size(n_rows):
    train = read_adult("adult_train.csv", n_rows)
    holdout = read_adult("adult_holdout.csv", max(200, n_rows // 4))
    result = evaluate(
        train, train.copy(), holdout, schema=adult_schema(), params=EvaluationParameters(privacy_sample_rows=500)
    )
    assert result.dps_grade == "Poor"
    assert result.dps == 0.0 and result.dps is not None


def test_metrics_json_is_complete_and_serialisable(cases):
    d = json.loads(json.dumps(cases["real"].to_dict(), allow_nan=False))
    sqs = d["synthetic_data_quality_score"]
    assert set(sqs) >= {
        "score",
        "grade",
        "column_distribution_stability",
        "column_correlation_stability",
        "deep_structure_stability",
        "text_semantic_similarity",
        "text_structure_similarity",
    }
    dps = d["data_privacy_score"]
    assert dps["membership_inference_protection"] is not None
    assert dps["attribute_inference_protection"] is not None
    assert d["utility"]["target"] == "income"
    assert d["exact_match"]["baseline"] == "holdout"
    assert len(d["columns"]["distribution"]) == 15
    assert d["unavailable"]["text_semantic_similarity"] == "no text columns"


def test_zero_sub_score_is_reported_not_missing(cases):
    result = cases["copy"]
    assert result.copy_protection == 0.0
    assert result.to_dict()["data_privacy_score"]["copy_protection_grade"] == "Poor"


def test_deterministic_for_a_seed():
    train = read_adult("adult_train.csv", 500)
    holdout = read_adult("adult_holdout.csv", 300)
    synthetic = noisy_copy(train, seed=3)
    a = evaluate(train, synthetic, holdout, schema=adult_schema(), seed=7).to_dict()
    b = evaluate(train, synthetic, holdout, schema=adult_schema(), seed=7).to_dict()
    a.pop("timings"), b.pop("timings")
    assert a == b


def test_without_holdout_reports_what_is_missing():
    train = read_adult("adult_train.csv", 400)
    result = evaluate(train, train.copy(), None, schema=adult_schema())
    assert result.mia is None
    assert "holdout" in result.unavailable["membership_inference"]
    assert "holdout" in result.unavailable["utility"]
    assert result.dps == 0.0  # copy still caught against the training table itself
    assert result.copying.baseline == "training (leave-one-out)"


def test_text_column_with_missing_model_still_scores_the_rest(tmp_path):
    reviews = pd.read_csv(SHARED_DATA / "womens_clothing_reviews.csv", nrows=600)
    columns = ["Age", "Review Text", "Rating", "Department Name"]
    schema = TableSchema(
        [
            ColumnSchema("Age", ColumnType.INTEGER),
            ColumnSchema("Review Text", ColumnType.TEXT),
            ColumnSchema("Rating", ColumnType.INTEGER),
            ColumnSchema("Department Name", ColumnType.CATEGORICAL),
        ]
    )
    train, synth, hold = reviews[columns].iloc[:300], reviews[columns].iloc[300:450], reviews[columns].iloc[450:]
    params = EvaluationParameters(embedding_model_path=str(tmp_path / "absent"))
    result = evaluate(train, synth, hold, schema=schema, params=params)
    assert result.sub_scores["text_semantic_similarity"] is None
    assert result.unavailable["text_semantic_similarity"].startswith("unavailable: ")
    assert result.sub_scores["text_structure_similarity"] is not None
    assert result.sqs is not None and result.dps is not None


def test_missing_synthetic_column_is_refused_and_empty_tables_rejected():
    train = read_adult("adult_train.csv", 300)
    with pytest.raises(UserInputError, match="the synthetic table lacks fnlwgt"):
        evaluate(train, train.drop(columns=["fnlwgt"]).iloc[:200], None, schema=adult_schema())
    result = evaluate(train, train.drop(columns=["fnlwgt"]).iloc[:200], None, schema=adult_schema(),
                      common_columns=True)
    assert any("fnlwgt" in note for note in result.notes)
    with pytest.raises(UserInputError, match="synthetic table is empty"):
        evaluate(train, train.iloc[:0], None, schema=adult_schema())


def test_infers_schema_when_not_given():
    train = read_adult("adult_train.csv", 300)
    result = evaluate(train, train.sample(frac=1.0, random_state=0), None)
    assert result.dataset["tabular_columns"] >= 10
    assert np.isclose(result.sub_scores["column_distribution_stability"], 10.0)
