"""Fixtures for the PII tests: small real slices (Lahman people, adult) and Faker columns."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from faker import Faker

from safe_synthesizer.data.readers import read_table

SHARED_DATA = Path(__file__).parents[2] / ".." / "shared" / "data"


def shared_csv(name: str, nrows: int) -> pd.DataFrame:
    path = SHARED_DATA / name
    if not path.is_file():
        pytest.skip(f"shared dataset {name} not found at {SHARED_DATA}")
    return read_table(path).head(nrows)


@pytest.fixture(scope="session")
def lahman() -> pd.DataFrame:
    """300 real people: names, birth/death places, ids (all cells strings, as read)."""
    return shared_csv("lahman_people.csv", 300)


@pytest.fixture(scope="session")
def adult() -> pd.DataFrame:
    """2,000 rows of adult_train: ordinary categorical and numeric columns, no PII."""
    return shared_csv("adult_train.csv", 2000)


@pytest.fixture(scope="session")
def clothing() -> pd.DataFrame:
    """500 clothing reviews: free text beside categorical columns."""
    return shared_csv("womens_clothing_reviews.csv", 500)


@pytest.fixture(scope="session")
def faker_people() -> pd.DataFrame:
    """200 rows of Faker-generated identifiers (seeded)."""
    fake = Faker("en_US")
    fake.seed_instance(42)
    n = 200
    return pd.DataFrame(
        {
            "customer_name": [fake.name() for _ in range(n)],
            "email": [fake.email() for _ in range(n)],
            "phone": [fake.phone_number() for _ in range(n)],
            "ssn": [fake.ssn() for _ in range(n)],
            "card": [fake.credit_card_number() for _ in range(n)],
            "iban": [fake.iban() for _ in range(n)],
            "street": [fake.street_address() for _ in range(n)],
            "ip": [fake.ipv4() for _ in range(n)],
            "segment": [["gold", "silver", "bronze"][i % 3] for i in range(n)],
        }
    )
