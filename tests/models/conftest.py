"""Fixtures for model tests: small real slices of the shared datasets with hand-built schemas."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from safe_synthesizer.config.parameters import SafeSynthesizerParameters
from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema

DATA = Path(__file__).parents[2] / ".." / "shared" / "data"
ADULT_INTEGERS = ("age", "fnlwgt", "education-num", "capital-gain", "capital-loss", "hours-per-week")


def build_adult_schema(df: pd.DataFrame) -> TableSchema:
    """The adult schema by hand (until the data stage's inference is used here)."""
    return TableSchema(
        [ColumnSchema(c, ColumnType.INTEGER if c in ADULT_INTEGERS else ColumnType.CATEGORICAL) for c in df.columns],
        n_rows=len(df),
    )


def _read(name: str, n: int) -> pd.DataFrame:
    return pd.read_csv(DATA / name, nrows=n)


@pytest.fixture(scope="session")
def read_slice():
    """``read_slice("adult_train.csv", 500)``: the first rows of a shared dataset."""
    return _read


@pytest.fixture(scope="session")
def adult_schema():
    """``adult_schema(df)``: the hand-built adult schema for ``df``."""
    return build_adult_schema


@pytest.fixture(scope="session")
def adult() -> pd.DataFrame:
    return _read("adult_train.csv", 1500)


@pytest.fixture
def fast_params() -> SafeSynthesizerParameters:
    """Settings for quick tests: a small model, few epochs, fixed seed, one thread."""
    params = SafeSynthesizerParameters()
    params.data.random_state = 7
    params.training.model_size = "small"
    params.training.epochs = 3
    params.training.num_threads = 1
    return params
