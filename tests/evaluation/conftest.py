"""Small real tables from ``../shared/data`` and the cases the sanity-ordering tests compare."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from safe_synthesizer.data.schema import ColumnSchema, ColumnType, TableSchema

SHARED_DATA = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"

ADULT_TYPES = {
    "age": ColumnType.INTEGER, "workclass": ColumnType.CATEGORICAL, "fnlwgt": ColumnType.INTEGER,
    "education": ColumnType.CATEGORICAL, "education-num": ColumnType.INTEGER,
    "marital-status": ColumnType.CATEGORICAL, "occupation": ColumnType.CATEGORICAL,
    "relationship": ColumnType.CATEGORICAL, "race": ColumnType.CATEGORICAL, "sex": ColumnType.CATEGORICAL,
    "capital-gain": ColumnType.INTEGER, "capital-loss": ColumnType.INTEGER,
    "hours-per-week": ColumnType.INTEGER, "native-country": ColumnType.CATEGORICAL,
    "income": ColumnType.CATEGORICAL,
}  # fmt: skip


def adult_schema() -> TableSchema:
    """Hand-built schema of adult (independent of the inference code)."""
    return TableSchema([ColumnSchema(name, kind) for name, kind in ADULT_TYPES.items()])


def read_adult(name: str, n: int | None = None) -> pd.DataFrame:
    df = pd.read_csv(SHARED_DATA / name, nrows=n)
    return df


@pytest.fixture(scope="session")
def adult_train() -> pd.DataFrame:
    return read_adult("adult_train.csv", 2000)


@pytest.fixture(scope="session")
def adult_holdout() -> pd.DataFrame:
    return read_adult("adult_holdout.csv", 2000)


@pytest.fixture(scope="session")
def schema() -> TableSchema:
    return adult_schema()


def shuffled_columns(df: pd.DataFrame, seed: int = 0) -> pd.DataFrame:
    """Every column permuted independently: marginals kept, all relationships destroyed."""
    rng = np.random.default_rng(seed)
    return pd.DataFrame({c: rng.permutation(df[c].to_numpy()) for c in df.columns})


def uniform_columns(df: pd.DataFrame, seed: int = 0) -> pd.DataFrame:
    """Every column drawn uniformly over its training range or categories."""
    rng = np.random.default_rng(seed)
    out = {}
    for c in df.columns:
        if df[c].dtype.kind in "iu":
            out[c] = rng.integers(df[c].min(), df[c].max() + 1, len(df))
        else:
            out[c] = rng.choice(sorted(df[c].unique()), len(df))
    return pd.DataFrame(out)


def noisy_copy(df: pd.DataFrame, seed: int = 0) -> pd.DataFrame:
    """Each training row with numeric jitter (10 % of a std) and 10 % of categorical cells redrawn."""
    rng = np.random.default_rng(seed)
    out = df.copy()
    for c in df.columns:
        if df[c].dtype.kind in "iu":
            out[c] = (df[c] + rng.normal(0, 0.1 * df[c].std(), len(df))).round().astype(int)
        else:
            redraw = rng.random(len(df)) < 0.1
            out.loc[redraw, c] = rng.choice(df[c].to_numpy(), int(redraw.sum()))
    return out
