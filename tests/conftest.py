"""Shared fixtures: paths to the real datasets in ``../shared/data`` and small slices of them.

Tests read real data (never mocks of our own results) but keep it small: a slice is written into
``tmp_path`` so every test stays in the seconds range on a 2-core laptop.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """``<repo>/../shared/data``; skips the test when the datasets are not checked out."""
    if not (SHARED_DATA / "adult.csv").is_file():
        pytest.skip(f"shared datasets not found at {SHARED_DATA}")
    return SHARED_DATA


def read_raw(path: Path, nrows: int | None = None) -> pd.DataFrame:
    """A CSV as the user wrote it: every cell a string, no NA guessing (keeps '00123')."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, nrows=nrows)


@pytest.fixture
def data_slice(shared_data: Path, tmp_path: Path) -> Callable[..., Path]:
    """``data_slice("adult.csv", 1500)`` writes the first 1500 rows (or all) into tmp_path.

    Cells are read as strings, so zero-padded codes and missing cells survive the copy.
    """

    def make(name: str, nrows: int | None = None, out_name: str | None = None) -> Path:
        target = tmp_path / (out_name or name)
        if nrows is None:
            target.write_bytes((shared_data / name).read_bytes())
        else:
            # pandas counts records, not lines: a quoted review may span several lines.
            read_raw(shared_data / name, nrows=nrows).to_csv(target, index=False)
        return target

    return make
