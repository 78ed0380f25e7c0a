"""A people table with real names and generated identifiers, shared by the PII and security tests."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
PII_COLUMNS = ("first_name", "last_name", "email", "phone", "ssn")


def people(n: int = 400, seed: int = 23) -> pd.DataFrame:
    """Real first and last names (Lahman), Faker emails, phones and SSNs, and ordinary columns."""
    from faker import Faker

    faker = Faker("en_US")
    faker.seed_instance(seed)
    lahman = pd.read_csv(SHARED / "lahman_people.csv").dropna(subset=["nameFirst", "nameLast"]).head(n)
    return pd.DataFrame({
        "first_name": lahman["nameFirst"].to_numpy(),
        "last_name": lahman["nameLast"].to_numpy(),
        "email": [faker.unique.email() for _ in range(n)],
        "phone": [faker.unique.phone_number() for _ in range(n)],
        "ssn": [faker.unique.ssn() for _ in range(n)],
        "weight": lahman["weight"].fillna(180).astype(int).to_numpy(),
        "bats": lahman["bats"].fillna("R").to_numpy(),
        "birthYear": lahman["birthYear"].fillna(1900).astype(int).to_numpy(),
    })  # fmt: skip
