"""Coordinates in one cell are no pair of phone numbers."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.phone_lists import phone_list_parts
from safe_synthesizer.pii.replace import plan_columns


def test_a_latitude_longitude_cell_holds_no_phone_numbers() -> None:
    assert phone_list_parts("48.03872, -6.35604") is None
    assert phone_list_parts("0462608702; (018) 740 24 16") is not None


def test_a_column_of_coordinates_is_not_planned_as_phones() -> None:
    rng = random.Random(35)
    cells = [f"{rng.uniform(36, 59):.5f}, {rng.uniform(-7, 25):.5f}" for _ in range(24)]
    df = pd.DataFrame({"F3": cells})
    assert "F3" not in {p.column for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
