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


def test_a_listed_town_that_is_also_a_surname_counts_as_a_town() -> None:
    # Zambia's Livingstone reads as a person; beside home streets, with Chipata, Kabwe and Mongu, it is a town.
    rng = random.Random(6)
    towns = ["Livingstone", "Chipata", "Kabwe", "Mongu"]
    df = pd.DataFrame({
        "c000": [f"Plot {rng.randint(100, 9999)}, {rng.choice(['Lumumba Road', 'Kafue Road', 'Great East Road'])}"
                 for _ in range(18)],
        "c001": [rng.choice(towns) for _ in range(18)],
    })  # fmt: skip
    assert block_town_columns(df, list(df.columns), {"c000": "address"})["c001"].entity == "city"
