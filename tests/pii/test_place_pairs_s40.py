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


def _pair_table(codes: list[str], towns: list[str], first: tuple[str, str] | None = None) -> pd.DataFrame:
    rows = [(codes[i % len(codes)], towns[i % len(codes) % len(towns)]) for i in range(len(codes))]
    return pd.DataFrame(([first] if first else []) + rows, columns=["c001", "c002"])


def test_zip_codes_with_and_without_their_plus_four_are_one_layout() -> None:
    codes = ["97205", "60614-2209", "30318", "80202-1410", "55401", "02139-4307", "73301", "98109-5210"]
    towns = ["Portland", "Chicago", "Atlanta", "Denver", "Minneapolis", "Cambridge", "Austin", "Seattle"]
    assert {c: f.entity for c, f in pair_places(_pair_table(codes, towns), ["c001", "c002"], {}).items()} == {
        "c001": "postcode",
        "c002": "city",
    }


def test_greek_codes_behind_their_abbreviation_and_with_or_without_the_space() -> None:
    codes = ["ΤΚ 546 21", "Τ.Κ. 26221", "412 22", "71202", "ΤΚ 383 33", "654 03", "45221", "Τ.Κ. 691 00"]
    towns = ["Θεσσαλονίκη", "Πάτρα", "Λάρισα", "Ηράκλειο", "Βόλος", "Καβάλα", "Ιωάννινα", "Κομοτηνή"]
    found = pair_places(_pair_table(codes, towns), ["c001", "c002"], {})
    assert found["c001"].entity == "postcode" and found["c002"].entity == "city"


def test_towns_with_lower_case_particles_and_a_sub_label_row() -> None:
    """A sheet whose header spans two rows, read by pandas: its sub-labels are the first row."""
    codes = ["44600", "37900", "58000", "76000", "29000", "20000", "83000", "45000"]
    towns = ["San Pedro de las Colinas", "Santa Rosa de Lima", "Villa de Álvarez", "Puerto del Carmen",
             "San Juan de los Lagos", "Lagos de Moreno", "Ciudad del Valle", "Río de la Plata"]  # fmt: skip
    found = pair_places(_pair_table(codes, towns, ("CP", "Localidad")), ["c001", "c002"], {})
    assert {c: f.entity for c, f in found.items()} == {"c001": "postcode", "c002": "city"}


def test_of_two_codes_as_near_the_street_the_one_nearer_its_town() -> None:
    # Card, e-mail, street, plan, town, plan, postcode: the card and the postcode stand two columns from the street.
    df = _table()[["c000", "c001", "c002", "c005", "c003"]]
    df["c005b"] = df["c005"]
    df["c004"] = _table()["c004"]
    df.columns = [f"c{i:03d}" for i in range(7)]
    found = pair_places(df, list(df.columns), {"c001": "email", "c002": "street_address"})
    assert {c: f.entity for c, f in found.items()} == {"c004": "city", "c006": "postcode"}


def test_british_postcodes_of_every_outward_length_are_one_layout() -> None:
    codes = ["HS2 9QT", "IV12 4LB", "PA75 6NW", "KW1 5JX", "PH16 5AD", "ZE1 0QA", "AB10 7HU", "G3 8YW"]
    towns = ["Leòdhas", "Inbhir Narann", "Tobar Mhoire", "Inbhir Ùige", "Bail' a' Chlachain", "Liobhag",
             "Obar Dheathain", "Glaschu"]  # fmt: skip
    found = pair_places(_pair_table(codes * 2, towns * 2), ["c001", "c002"], {"c001": "postcode"})
    assert {c: f.entity for c, f in found.items()} == {"c002": "city"}
