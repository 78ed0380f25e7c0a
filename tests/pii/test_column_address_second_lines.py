"""An address's second line in its own column (s42, PL): flats, floors, buildings and care-of lines right after the
street column are the address's, with the header hidden or in any language; a hotel's rooms are not."""

from __future__ import annotations

import random

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_address_second_lines import second_line_columns, second_line_evidence
from safe_synthesizer.pii.detect_table import detect_table

# Own second lines (English, French, Italian, Spanish, Croatian), not any export's.
_LINES = ["Apt 12C", "Unit 7", "Suite 300", "c/o Dana Whitfield", "c/o Marc Olivier", "Bât. C, appt 4", "Piano 3",
          "Scala A, int. 9", "Piso 4", "3º dcha.", "stan 12", "ulaz 2, stan 7", "Flat 5", "Apt 3A"]  # fmt: skip


def _book(seed: int = 4207, rows: int = 40, lines=None) -> pd.DataFrame:
    """A mail-merge export: name, street, the second line for a third of the people, town, e-mail."""
    fake = Faker("en_CA")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    second = lines or _LINES
    return pd.DataFrame({
        "c000": [fake.name() for _ in range(rows)],
        "c001": [fake.street_address() for _ in range(rows)],
        "c002": [rng.choice(second) if rng.random() < 0.35 else "" for _ in range(rows)],
        "c003": [fake.city() for _ in range(rows)],
        "c004": [fake.email() for _ in range(rows)],
    })  # fmt: skip


def test_second_lines_after_the_street_are_addresses() -> None:
    df = _book()
    found = second_line_columns(df, list(df.columns), {"c001": "street_address", "c004": "email"})
    assert {c: d.entity for c, d in found.items()} == {"c002": "address"}
    # Not right after the street: no second line.
    assert second_line_columns(df, list(df.columns), {"c003": "street_address"}) == {}


def test_rooms_of_one_site_are_no_second_lines() -> None:
    rooms = pd.Series([f"Room {n}" for n in range(101, 140)])
    assert second_line_evidence(rooms) is None
    assert second_line_evidence(pd.Series(["see notes", "VIP", "late arrival", "Apt 4", "paid"] * 3)) is None


def test_the_second_line_column_is_found_names_hidden() -> None:
    df = _book(seed=4208, rows=60)
    found = detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
    assert found["c001"].entity in ("street_address", "address")
    assert found["c002"] is not None and found["c002"].entity == "address"
