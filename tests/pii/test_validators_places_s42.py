"""Regions by name (s42, PL): bare numbers (France's département numbers, and every shirt, room or count) are no
listed region, so a column of small integers is no state column."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.data.schema import ColumnSchema, ColumnType
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.validators.places import is_listed_region


def test_numbers_are_no_region_names() -> None:
    assert not is_listed_region("38") and not is_listed_region("972")
    assert is_listed_region("Isère") and is_listed_region("corse-du-sud") and is_listed_region("Bayern")


def test_shirt_numbers_are_no_states() -> None:
    rng = random.Random(42)
    values = pd.Series([str(rng.randrange(10, 96)) for _ in range(30)])
    column = ColumnSchema(name="Shirt no", type=ColumnType.CATEGORICAL, n_unique=int(values.nunique()), n_missing=0)
    assert detect_column(values, column, entities=["state", "city", "postcode", "phone_number"]) is None
