"""The town beside a street column restored by the household pass (session 49): that pass runs after the table's
town pass, so the town column of its streets is looked at there."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_household_addresses import _towns_beside

_TOWNS = ["Mzuzu", "Zomba", "Lilongwe"]


def _table(rows: int = 12, seed: int = 49) -> pd.DataFrame:
    rng = random.Random(seed)
    return pd.DataFrame({
        "c000": [f"Client {i}" for i in range(rows)],
        "c001": [f"Area {rng.randint(1, 49)}, Plot {rng.randint(1, 300)}" for _ in range(rows)],
        "c002": [rng.choice(_TOWNS) for _ in range(rows)],
        "c003": [f"0999 {rng.randint(100000, 999999)}" for _ in range(rows)],
    })  # fmt: skip


def _street() -> dict[str, ColumnDetection]:
    return {"c001": ColumnDetection("c001", "street_address", 0.9, 0.9, "values+table", 0, None, "")}


def test_three_listed_towns_beside_a_restored_street() -> None:
    df = _table()
    found = _towns_beside(df, ["c002"], {"c000": "name", "c003": "phone_number"}, _street())
    assert found["c002"].entity == "city"


def test_no_towns_without_a_restored_street_or_when_a_town_is_found() -> None:
    df = _table()
    assert _towns_beside(df, ["c002"], {"c000": "name"}, {}) == {}
    assert _towns_beside(df, ["c002"], {"c000": "name", "c003": "city"}, _street()) == {}


def test_three_unlisted_words_are_no_towns() -> None:
    df = _table()
    df["c002"] = [["Gold", "Silver", "Bronze"][i % 3] for i in range(len(df))]
    assert _towns_beside(df, ["c002"], {"c000": "name"}, _street()) == {}
