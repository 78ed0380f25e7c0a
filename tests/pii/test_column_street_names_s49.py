"""Homes written as a quarter and a street without numbers, or a PO box (session 49: Central African addresses)."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.pii.column_street_names import is_typed_street_name, street_name_columns

_QUARTERS = ["Poto-Poto", "Moungali", "Ouenzé", "Talangaï", "Bacongo", "Makélékélé", "Mfilou", "Djiri"]
_STREETS = ["rue Mbochi", "avenue de la Paix", "rue Loutassi", "boulevard Lyautey", "rue Bangalas", "rue Mayama"]
_TOWNS = ["Brazzaville", "Pointe-Noire", "Dolisie", "Nkayi", "Ouesso", "Owando"]


def test_quarter_then_street_is_a_typed_street() -> None:
    assert is_typed_street_name("Moungali, rue Mbochi") and is_typed_street_name("Quartier Ouenzé")
    assert is_typed_street_name("avenue de la Paix, Bacongo") and is_typed_street_name("Bairro Militar")
    assert not is_typed_street_name("Brazzaville, Congo") and not is_typed_street_name("Moungali, rue 12")
    assert not is_typed_street_name("a, b, c, rue X")  # four parts: no street's name


def _table(rows: int, seed: int, boxes: float) -> pd.DataFrame:
    rng = random.Random(seed)

    def home() -> str:
        if rng.random() < boxes:
            return f"BP {rng.randint(100, 9999)}"
        if rng.random() < 0.3:
            return f"Quartier {rng.choice(_QUARTERS)}"
        return f"{rng.choice(_QUARTERS)}, {rng.choice(_STREETS)}"

    return pd.DataFrame({
        "c000": [f"Membre {i}" for i in range(rows)],
        "c001": [home() for _ in range(rows)],
        "c002": [rng.choice(_TOWNS) for _ in range(rows)],
    })  # fmt: skip


def test_quarters_streets_and_po_boxes_beside_a_town_column() -> None:
    for rows, seed, boxes in ((30, 1, 0.0), (40, 2, 0.5), (200, 3, 0.3)):
        df = _table(rows, seed, boxes)
        found = street_name_columns(df, list(df.columns), {"c002": "city"})
        assert found["c001"].entity == "street_address", (rows, seed, boxes)


def test_po_boxes_alone_or_without_a_town_column_are_not_this_pass() -> None:
    df = _table(40, 4, 0.95)
    assert "c001" not in street_name_columns(df, list(df.columns), {"c002": "city"})
    df = _table(40, 5, 0.3)
    assert street_name_columns(df, list(df.columns), {}) == {}
