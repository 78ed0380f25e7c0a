"""One postcode per address (s40, PL): of the 4-digit code columns a table's town pairs with apart, only the one
among the address's parts is its postcode; a card's last four digits or a key-safe code elsewhere stay."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.place_pairs import pair_places
from safe_synthesizer.pii.replace import plan_columns

# Austrian towns and streets (4-digit postcodes 1010-9992, as Switzerland's, Belgium's and Denmark's).
_TOWNS = ["Wels", "Steyr", "Leoben", "Krems", "Villach", "Dornbirn", "Baden", "Amstetten", "Feldkirch", "Bregenz",
          "Traun", "Kufstein", "Lienz", "Hallein", "Schwaz"]  # fmt: skip
_STREETS = ["Lindengasse", "Bahnhofstraße", "Kirchweg", "Am Anger", "Mühlgasse", "Schulstraße", "Feldgasse"]


def _table(seed: int = 4, rows: int = 26) -> pd.DataFrame:
    """A shop's customers: card last four, e-mail, street, town, postcode, a key-safe code, a plan."""
    rng = random.Random(seed)
    return pd.DataFrame({
        "c000": [f"{rng.randrange(10000):04d}" for _ in range(rows)],
        "c001": [f"kunde{i}@example.at" for i in range(rows)],
        "c002": [f"{rng.choice(_STREETS)} {rng.randrange(1, 90)}" for _ in range(rows)],
        "c003": [rng.choice(_TOWNS) for _ in range(rows)],
        "c004": [str(rng.randrange(1010, 9993)) for _ in range(rows)],
        "c005": [rng.choice(["basic", "plus", "family"]) for _ in range(rows)],
        "c006": [f"{rng.randrange(10000):04d}" for _ in range(rows)],
    })  # fmt: skip


def test_only_the_code_among_the_address_parts_is_its_postcode() -> None:
    df = _table()
    found = pair_places(df, list(df.columns), {"c001": "email", "c002": "street_address", "c003": "city"})
    assert {c: f.entity for c, f in found.items()} == {"c004": "postcode"}


def test_the_postcode_is_kept_when_it_stands_apart_from_the_town() -> None:
    # A form's fields in its own order: town, street, e-mail, plan, postcode, card, key safe.
    df = _table()[["c003", "c002", "c001", "c005", "c004", "c000", "c006"]]
    df.columns = [f"c{i:03d}" for i in range(7)]
    found = pair_places(df, list(df.columns), {"c001": "street_address", "c002": "email"})
    assert {c: f.entity for c, f in found.items()} == {"c000": "city", "c004": "postcode"}


def test_two_addresses_two_postcodes() -> None:
    df = _table()
    df["c007"] = [f"Ringstraße {i + 3}" for i in range(len(df))]
    df["c008"] = df["c003"].iloc[::-1].tolist()
    df["c009"] = df["c004"].iloc[::-1].tolist()
    found = {"c001": "email", "c002": "street_address", "c003": "city", "c007": "street_address", "c008": "city"}
    assert {c for c, f in pair_places(df, list(df.columns), found).items()} == {"c004", "c009"}


def test_names_hidden_card_and_key_codes_are_no_postcodes() -> None:
    df = _table()
    df["c001"] = [f"Kunde {i}" for i in range(len(df))]
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c000") is None and plans.get("c006") is None
