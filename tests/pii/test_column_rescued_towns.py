"""The town column beside a street column only the learned classifier found."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_rescued_towns import towns_beside_rescued_streets

_HOODS = ["Wayaca", "Sabana Blanco", "Piedra Plat", "Cura Cabai", "Sero Colorado", "Bringamosa"]
_TOWNS = ["Westpunt", "Barber", "Soto", "Tera Kora", "Lagun", "Montaña"]


def _table(n: int, seed: int) -> pd.DataFrame:
    rng = random.Random(seed)
    return pd.DataFrame(
        {
            "c000": [f"K{rng.randint(1000, 9999)}" for _ in range(n)],
            "c001": [f"{rng.choice(_HOODS)} {rng.randint(1, 300)}{rng.choice(['', 'A', '-B'])}" for _ in range(n)],
            "c002": [rng.choice(_TOWNS) for _ in range(n)],
            "c003": [rng.choice(["Paid", "Due", "Waived"]) for _ in range(n)],
        }
    )


def _street(column: str) -> ColumnDetection:
    return ColumnDetection(column, "street_address", 0.9, 0.9, "classifier", 100)


def test_towns_beside_a_rescued_street_are_found() -> None:
    for n, seed in ((12, 1), (60, 2), (400, 3)):
        df = _table(n, seed)
        found = {"c000": None, "c001": _street("c001"), "c002": None, "c003": None}
        out = towns_beside_rescued_streets(df, list(df.columns), found, {"c001": found["c001"]})
        assert set(out) == {"c002"} and out["c002"].entity == "city", (n, out)


def test_nothing_without_a_rescued_street() -> None:
    df = _table(60, 4)
    found = {"c000": None, "c001": _street("c001"), "c002": None, "c003": None}
    # The street was found by the rules: the table passes already looked beside it.
    assert towns_beside_rescued_streets(df, list(df.columns), found, {}) == {}
    assert towns_beside_rescued_streets(df, list(df.columns), found, {"c003": None}) == {}


def test_status_and_branch_columns_stay_out() -> None:
    rng = random.Random(5)
    df = _table(80, 5)
    df["c002"] = [rng.choice(["Main Branch", "Airport"]) for _ in range(80)]  # a branch's two sites
    found = {"c000": None, "c001": _street("c001"), "c002": None, "c003": None}
    assert towns_beside_rescued_streets(df, list(df.columns), found, {"c001": found["c001"]}) == {}
