"""Codes of no place beside a town (s42, PL): a series and year id (``KT-2019-044``) after letters of a country
that writes no such grouping is no postcode; a grouped code after its own country's letters still is."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.pii.place_pair_values import is_code
from safe_synthesizer.pii.place_pairs import pair_places

# Slovak towns; Slovak postcodes are written ``SK-067 83`` with the country letters.
_TOWNS = ["Žilina", "Prešov", "Nitra", "Trnava", "Martin", "Poprad", "Zvolen", "Trenčín", "Levice", "Senica",
          "Skalica", "Púchov", "Humenné", "Bardejov", "Michalovce"]  # fmt: skip


def _members(seed: int, code) -> pd.DataFrame:
    rng = random.Random(seed)
    rows = 18
    return pd.DataFrame({
        "c000": [f"clen{i}@example.sk" for i in range(rows)],
        "c001": [code(rng) for _ in range(rows)],
        "c002": [rng.choice(_TOWNS) for _ in range(rows)],
    })  # fmt: skip


def test_series_and_year_ids_beside_towns_are_no_postcodes() -> None:
    # A course's member numbers: Kazakhstan's letters (whose postcodes are six digits), a year and a number.
    df = _members(7, lambda rng: f"KZ-{rng.choice(range(2019, 2026))}-{rng.randrange(1000):03d}")
    assert "c001" not in pair_places(df, list(df.columns), {"c000": "email"})
    # The same table with Slovak postcodes after their country letters pairs.
    df = _members(7, lambda rng: f"SK-{rng.randrange(800, 1000):03d} {rng.randrange(100):02d}")
    assert pair_places(df, list(df.columns), {"c000": "email"})["c001"].entity == "postcode"


def test_country_letters_and_groupings() -> None:
    assert is_code("PL-67-532") and is_code("NL-7284 FO") and is_code("S-123 45") and is_code("D-12345")
    assert not is_code("TR-2024-117") and not is_code("Q-12345")
