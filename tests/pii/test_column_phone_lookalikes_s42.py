"""Decimal degrees of a GPS export are no dotted phone numbers (column_phone_lookalikes.decimal_coordinates)."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_phone_lookalikes import decimal_coordinates
from safe_synthesizer.pii.column_phones import national_phone_evidence
from safe_synthesizer.pii.replace import plan_columns


def _degrees(rng: random.Random, low: float, high: float, places: int) -> str:
    return f"{rng.uniform(low, high):.{places}f}"


def test_latitudes_and_longitudes_are_not_phones() -> None:
    # Longitudes of Tokyo and Melbourne, latitudes of Zurich (the digits around the point read as Kenyan and
    # Finnish mobiles without their 0), and of Oslo, Nairobi, Rome and Quito, with five to seven places.
    rng = random.Random(42101)
    for low, high, places in ((139.5, 140.0, 6), (144.8, 145.2, 6), (47.3, 47.5, 6), (59.2, 60.4, 6),
                              (-1.5, 1.2, 5), (41.6, 42.4, 7), (-78.6, -78.3, 6)):  # fmt: skip
        column = [_degrees(rng, low, high, places) for _ in range(40)]
        assert decimal_coordinates(column), (low, high)
        assert national_phone_evidence(column)[0] == 0.0, (low, high)


def test_a_gps_column_of_a_survey_export_is_planned_as_nothing() -> None:
    # Read as text (``dtype=str``), as survey exports are read to keep their codes' leading zeros.
    rng = random.Random(42102)
    df = pd.DataFrame({
        "gps_lat": [_degrees(rng, 35.5, 35.8, 6) for _ in range(60)],
        "gps_lon": [_degrees(rng, 139.5, 140.0, 6) for _ in range(60)],
    })  # fmt: skip
    plans = plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    assert [p.column for p in plans if p.entity == "phone_number"] == []


def test_dotted_phones_are_no_coordinates() -> None:
    assert not decimal_coordinates(["06.12.34.56.78", "07.23.45.67.89"])  # several points
    assert not decimal_coordinates(["0341.910544", "02.12345678"])  # a trunk 0 opens them
    assert not decimal_coordinates(["555.1234", "612.3456"])  # beyond 180: North American local numbers
    assert not decimal_coordinates(["41.76.32.53", "47.12"])
    assert not decimal_coordinates([])
