"""A quality score at the ceiling its sample size allows says so (``evaluation.ceiling``)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.evaluation import evaluate
from safe_synthesizer.evaluation.ceiling import QualityCeiling, quality_ceiling, real_sample_reference
from safe_synthesizer.evaluation.columns import ColumnRoles, prepare
from safe_synthesizer.evaluation.sample_sizes import EqualSizes
from safe_synthesizer.report import write_report

from .conftest import adult_schema, read_adult


@pytest.fixture(scope="module")
def small_adult() -> tuple[pd.DataFrame, pd.DataFrame]:
    """2,400 training rows and 150 holdout rows: the size of the bundled demo table's split."""
    return read_adult("adult_train.csv", 2400), read_adult("adult_holdout.csv", 150)


def _marginals_only(df: pd.DataFrame, n: int, seed: int = 0) -> pd.DataFrame:
    """Each column drawn on its own from the training values: marginals kept, relationships lost."""
    rng = np.random.default_rng(seed)
    return pd.DataFrame({c: df[c].to_numpy()[rng.integers(0, len(df), n)] for c in df.columns})


def test_copied_rows_score_at_the_ceiling_and_say_so(small_adult, tmp_path: Path) -> None:
    train, holdout = small_adult
    copy = train.sample(800, random_state=0).reset_index(drop=True)
    result = evaluate(train, copy, holdout, schema=adult_schema())
    assert result.sqs is not None and result.sqs > 9.5
    assert result.ceiling is not None
    assert result.ceiling.real_sample_score < 10.0  # two real samples do not reach 10
    assert "is at its ceiling" in result.ceiling.message and "800 synthetic against 2,400 training" in (
        result.ceiling.message
    )
    stated = result.to_dict()["synthetic_data_quality_score"]["ceiling"]
    assert stated["at_ceiling"] and stated["message"] == result.ceiling.message
    json.dumps(stated)
    page = tmp_path / "report.html"
    write_report(result, page)
    assert 'id="sqs-ceiling"' in page.read_text(encoding="utf-8")


def test_a_sampler_that_breaks_relationships_scores_well_below_the_ceiling(small_adult) -> None:
    train, holdout = small_adult
    result = evaluate(train, _marginals_only(train, 800), holdout, schema=adult_schema())
    assert result.sqs is not None and result.sqs < 8.0
    assert result.ceiling is None
    assert result.to_dict()["synthetic_data_quality_score"]["ceiling"] is None


def test_real_sample_reference_uses_half_the_table_when_it_is_short(small_adult) -> None:
    train, _ = small_adult
    roles = ColumnRoles.from_schema(adult_schema(), list(train.columns), 50)
    table = prepare(train.iloc[:600], roles)
    score, rows = real_sample_reference(table, 1000, roles.tabular)
    assert rows == 300 and score is not None and 0.0 <= score <= 10.0
    assert real_sample_reference(table.take(np.arange(60)), 1000, roles.tabular) == (None, 30)


def test_ceiling_rule() -> None:
    sizes = EqualSizes(2850, 1000, 1000)
    assert quality_ceiling(9.55, 9.55, (9.7, 1000), sizes, has_text=False) is None
    assert quality_ceiling(9.65, 9.65, (9.7, 1000), sizes, has_text=False) is not None  # within its spread
    at = quality_ceiling(9.8, 9.8, (9.7, 1000), sizes, has_text=False)
    assert at is not None and at.message.startswith("SQS 9.8 is at its ceiling")
    shown_ten = quality_ceiling(9.96, 9.96, (10.0, 1000), sizes, has_text=False)
    assert shown_ten is not None  # reads "10.0" whatever the reference
    text = quality_ceiling(9.0, 9.9, (9.7, 1000), sizes, has_text=True)
    assert text is not None and text.message.startswith("tabular quality 9.9")
    assert quality_ceiling(None, None, (9.7, 1000), sizes, has_text=False) is None
    assert quality_ceiling(9.9, 9.9, (None, 20), sizes, has_text=False) is None


def test_message_names_the_remedy_the_sizes_allow() -> None:
    more = QualityCeiling(9.7, 1000, 1000, 2850, 1000, 10.0, "SQS").message
    assert "generate more records (up to the 2,850 training rows)" in more
    bigger = QualityCeiling(9.5, 450, 900, 900, 2000, 10.0, "SQS").message
    assert "only a larger training table" in bigger
