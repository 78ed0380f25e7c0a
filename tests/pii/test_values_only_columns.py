"""Columns found from their values alone (issue 11): Brazilian CEPs written with and without the
dash, Brazilian town columns, IBANs whose length is wrong for their country but whose check holds."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from faker import Faker

from safe_synthesizer.config.replace_pii import KNOWN_ENTITIES
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import validators as V
from safe_synthesizer.pii.column_detector import detect_column

ALL = list(KNOWN_ENTITIES)


def _faker(locale: str, seed: int) -> Faker:
    fake = Faker(locale)
    fake.seed_instance(seed)
    return fake


def _entity(values: list) -> str | None:
    df = pd.DataFrame({"c007": values})  # no name to go by
    found = detect_column(df["c007"], infer_schema(df)["c007"], entities=ALL)
    return None if found is None else found.entity


@pytest.mark.parametrize("seed", [31, 32])
def test_brazilian_ceps_with_and_without_the_dash(seed):
    fake = _faker("pt_BR", seed)
    values = [fake.postcode() for _ in range(200)]
    assert 0.2 < np.mean(["-" in v for v in values]) < 0.8  # Faker writes both
    assert _entity(values) == "postcode"


def test_bare_eight_digit_numbers_are_no_postcodes():
    rng = np.random.default_rng(3)
    assert _entity([str(x) for x in rng.integers(10_000_000, 99_999_999, size=200)]) is None


@pytest.mark.parametrize("seed", [41, 42])
def test_brazilian_town_column(seed):
    fake = _faker("pt_BR", seed)
    assert _entity([fake.city() for _ in range(200)]) == "city"


@pytest.mark.parametrize("seed", [51, 52])
def test_brazilian_surname_column_stays_a_surname_column(seed):
    fake = _faker("pt_BR", seed)
    assert _entity([fake.last_name() for _ in range(300)]) == "last_name"


def test_town_endings_of_brazil():
    for town in ("Rio Grande do Sul", "Campo Grande", "São José dos Campos", "Porto Alegre", "Viana das Flores"):
        assert V.has_place_marker(town), town
    assert not V.has_place_marker("Oliveira")


def test_iban_column_with_wrong_country_length_but_valid_check_digits():
    fake = _faker("en_IN", 61)  # Faker en_IN writes 21-character GB IBANs (22 is GB's length)
    values = [fake.iban() for _ in range(150)]
    assert not any(V.is_iban(v) for v in values)
    assert all(V.is_iban_checksum(v) for v in values)
    assert _entity(values) == "iban"


def test_iban_shaped_codes_with_failing_check_digits_are_not_ibans():
    rng = np.random.default_rng(12)
    values = ["GB" + "".join(map(str, rng.integers(0, 10, 19))) for _ in range(150)]
    assert np.mean([V.is_iban_checksum(v) for v in values]) < 0.05
    assert _entity(values) is None
