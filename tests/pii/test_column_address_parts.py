"""Whole addresses in parts with the street and unit words of more languages (column_address_parts)."""

from __future__ import annotations

import pandas as pd
import pytest
from faker import Faker

from safe_synthesizer.pii.column_address_cells import address_cells_score
from safe_synthesizer.pii.column_address_parts import address_parts_cell, address_parts_score
from safe_synthesizer.pii.column_sample import sample_values


@pytest.mark.parametrize("locale", ["bn_BD", "vi_VN", "hy_AM", "ka_GE"])
def test_addresses_in_parts_are_found_by_values(locale: str) -> None:
    faker = Faker(locale)
    faker.seed_instance(20221)
    cells = [faker.address().replace("\n", ", ") for _ in range(30)]
    score = address_cells_score(sample_values(pd.Series(cells), 500, 0), full=True, cued=False)
    assert score is not None and score.values_decide and score.share >= 0.9


def test_cells() -> None:
    assert address_parts_cell("Zəngilan rayonu, SÜD FERMASI küçəsi, b. 5, m. 18")  # capital İ folded
    assert address_parts_cell("خیابان آزادی، پلاک 12, تهران")
    assert not address_parts_cell("Zəngilan rayonu, SÜD FERMASI küçəsi")  # no number
    assert not address_parts_cell("Room 12, Block A")


def test_look_alikes_stay_unplanned() -> None:
    faker = Faker("en_US")
    faker.seed_instance(20222)
    lists = [
        [f"{faker.word()}, {faker.word()}, {faker.random_int(1, 99)}" for _ in range(30)],
        [f"{faker.company()}, {faker.random_int(1, 999)} units" for _ in range(30)],
        [f"Product {faker.random_int(1, 99)}, {faker.word()} edition" for _ in range(30)],
    ]
    for cells in lists:
        assert address_parts_score(sample_values(pd.Series(cells), 500, 0)) is None
