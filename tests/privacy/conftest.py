"""Fixtures for the privacy tests: small slices of the real datasets in ../shared/data."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

DATA_DIR = Path(__file__).parents[2] / ".." / "shared" / "data"


def read_data(name: str, nrows: int | None = None) -> pd.DataFrame:
    """Read one of the shared datasets (first ``nrows`` rows)."""
    return pd.read_csv(DATA_DIR / name, nrows=nrows)


@pytest.fixture(scope="session")
def adult() -> pd.DataFrame:
    return read_data("adult_train.csv", nrows=8000)


@pytest.fixture(scope="session")
def pbcseq() -> pd.DataFrame:
    return read_data("pbcseq_visits.csv")


@pytest.fixture(scope="session")
def reviews() -> pd.DataFrame:
    return read_data("womens_clothing_reviews.csv", nrows=4000)
