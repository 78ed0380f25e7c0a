"""Towns beside streets written without house numbers (session 49): neighbourhoods and roads repeat over the people
who live there, yet their pairs with the town vary; a chain's branches have one street per town."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.pii.column_block_towns import block_town_columns

# Gabonese towns; homes written as a neighbourhood or a road, a few with a number.
_TOWNS = ["Franceville", "Oyem", "Moanda", "Lambaréné", "Mouila", "Tchibanga", "Koulamoutou"]
_STREETS = ["Quartier Akébé", "Nzeng-Ayong", "Quartier Louis", "Avenue Bessieux", "Quartier Glass", "Okala",
            "Rue Ange Mba", "Quartier Sotéga"]  # fmt: skip


def _homes(rows: int, seed: int) -> pd.DataFrame:
    rng = random.Random(seed)
    return pd.DataFrame({
        "c000": [f"M-{100 + i}" for i in range(rows)],
        "c001": [rng.choice(_STREETS) for _ in range(rows)],
        "c002": [rng.choice(_TOWNS) for _ in range(rows)],
    })  # fmt: skip


def test_towns_beside_repeated_neighbourhoods() -> None:
    for rows, seed in ((14, 1), (40, 2), (300, 3)):
        df = _homes(rows, seed)
        found = block_town_columns(df, list(df.columns), {"c001": "street_address"})
        assert found["c002"].entity == "city", (rows, seed)


def test_a_chains_branches_are_no_homes() -> None:
    # One branch street per town, repeated over the customers: as many pairs as towns.
    rng = random.Random(5)
    branches = dict(zip(_TOWNS, _STREETS, strict=False))
    towns = [rng.choice(_TOWNS) for _ in range(60)]
    df = pd.DataFrame({"c000": [f"O{i}" for i in range(60)], "c001": [branches[t] for t in towns], "c002": towns})
    assert block_town_columns(df, list(df.columns), {"c001": "street_address"}) == {}
