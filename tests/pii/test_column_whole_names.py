"""Whole names where family names are also given names (column_whole_names), through people_score."""

from __future__ import annotations

import pandas as pd
from faker import Faker

from safe_synthesizer.pii.column_people import people_score
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.column_whole_names import whole_names


def test_pakistani_whole_names_are_whole_names() -> None:
    faker = Faker("en_PK")
    faker.seed_instance(20212)
    cells = [f"{faker.first_name()} {faker.last_name()}" for _ in range(30)]
    score = people_score(sample_values(pd.Series(cells), 500, 0))
    assert score is not None and score.values_decide and "family name" in score.evidence


def test_double_given_names_stay_given_names() -> None:
    given = ["Anna Maria", "Henry Louis", "Jean Paul", "Maria Clara", "John Paul", "Mary Ann", "Anna Sofia",
             "Karl Heinz", "Hans Peter", "Eva Maria", "Luis Miguel", "Ana Paula", "Jan Erik", "Per Olof",
             "Lars Erik", "Marie Claire", "Rose Marie", "Ann Marie", "Leo Paul", "Paul Henri"]  # fmt: skip
    assert whole_names(sample_values(pd.Series(given), 500, 0)) is None


def test_company_names_of_surnames_stay_companies() -> None:
    faker = Faker("en_PK")
    faker.seed_instance(20213)
    cells = [f"{faker.last_name()} {faker.last_name()} Ltd" for _ in range(30)]
    assert whole_names(sample_values(pd.Series(cells), 500, 0)) is None
