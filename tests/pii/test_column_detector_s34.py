"""Detector wiring of session 34's helpers' checks, end to end through ``plan_columns`` with names hidden."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns


def _planned(df: pd.DataFrame) -> list[str]:
    return [p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters())]


def test_an_integer_phone_column_that_lost_its_trunk_zero_is_found_with_its_name_hidden():
    """German numbers read as integers (``015123456789`` -> ``15123456789``), mobiles and landlines."""
    values = [15127056878, 30985591, 30938139, 38243800, 37661243, 15123470073, 15123029602, 39555092,
              16040924491, 15771234567, 30120233, 15123652749, 33451311, 30376410, 15513117437, 35988679,
              30652749, 30859550, 30109032, 17612345678, 40123456, 89123456, 21112345, 69123456]  # fmt: skip
    assert _planned(pd.DataFrame({"c000": pd.Series(values, dtype="int64")})) == ["phone_number"]


def test_integer_counts_and_order_numbers_stay():
    orders = list(range(30985591, 30985591 + 24))
    counts = [12, 7, 400, 3, 9, 15, 22, 1, 0, 8, 19, 44, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]
    assert _planned(pd.DataFrame({"c000": orders, "c001": counts})) == []


def test_lookalike_columns_are_not_replaced():
    """Branch addresses shared by many rows and zero-padded customer numbers are kept (LA's veto)."""
    import random

    from faker import Faker

    faker = Faker("en_GB")
    faker.seed_instance(3)
    rng = random.Random(3)
    branches = [faker.street_address() for _ in range(9)]
    df = pd.DataFrame(
        {
            "storeAddress": [rng.choice(branches) for _ in range(120)],
            "customer_id": [f"{i:010d}" for i in range(14421, 14541)],
            "home_address": [faker.street_address() for _ in range(120)],
        }
    )
    planned = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters())}
    assert "storeAddress" not in planned and "customer_id" not in planned
    assert planned["home_address"] in ("street_address", "address")
