"""The address block's first line (s41, PL): streets with no street word beside the found town and postcode are a
street column with the header hidden; a product line with model numbers in the same place is not."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.pii.column_street_names import street_name_columns

# Icelandic-looking street names without a type word a list knows, and towns with their postcodes.
_NAMES = ["Sólheimar", "Brekkubær", "Hlíðarhjalli", "Álfatún", "Lækjarás", "Kjarrmói", "Víðihlíð", "Furulundur",
          "Hraunbær", "Sunnuhlíð"]  # fmt: skip
_TOWNS = {"Selfoss": "800", "Akureyri": "600", "Húsavík": "640", "Borgarnes": "310", "Hveragerði": "810"}


def _table(seed: int, lines: list[str] | None = None) -> pd.DataFrame:
    rng = random.Random(seed)
    rows = 30
    towns = [rng.choice(list(_TOWNS)) for _ in range(rows)]
    first = lines or [
        f"{rng.choice(_NAMES)} {rng.randrange(1, 90)}" if rng.random() < 0.8 else f"íbúð {rng.randrange(1, 20)}"
        for _ in range(rows)
    ]
    return pd.DataFrame({
        "c000": [f"Person {i}" for i in range(rows)],
        "c001": first,
        "c002": [f"c/o Jón {i}" if i % 7 == 0 else None for i in range(rows)],
        "c003": towns,
        "c004": [_TOWNS[t] for t in towns],
    })  # fmt: skip


def test_streets_without_a_street_word_in_the_address_block() -> None:
    df = _table(41)
    found = street_name_columns(
        df, list(df.columns), {"c000": "name", "c002": "street_address", "c003": "city", "c004": "postcode"}
    )
    assert found["c001"].entity == "street_address"


def test_a_product_line_with_model_numbers_is_no_street() -> None:
    rng = random.Random(42)
    products = [f"{rng.choice(['Dyson', 'Bosch', 'Miele'])} V{rng.randrange(5, 12)}" for _ in range(30)]
    df = _table(43, products)
    found = street_name_columns(
        df, list(df.columns), {"c000": "name", "c002": "street_address", "c003": "city", "c004": "postcode"}
    )
    assert "c001" not in found
