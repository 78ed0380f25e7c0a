"""Animals' names read as given names (session 62): a puppy-walking log's puppies, a kennel's dogs."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.animal_name_columns import animal_name_columns, table_about_animals
from safe_synthesizer.pii.column_detector import ColumnDetection

DOGS = ["Harold", "Edith", "Mavis", "Stanley", "Ethel", "Cyril", "Doris", "Norman", "Gladys", "Percy"]
OWNERS = ["Karen Whitfield", "Deepak Sharma", "Fiona McLeod", "Tomasz Nowak", "Grace Adeyemi", "Liam Connor",
          "Hannah Berg", "Oliver Grant"]  # fmt: skip
BREEDS = ["Labrador", "Border Collie", "Lab x Poodle", "Cocker Spaniel", "Whippet"]


def _det(column: str, entity: str, method: str = "values+sparse-given") -> ColumnDetection:
    return ColumnDetection(column, entity, 0.85, 0.85, method, 30, None, "")


def _kennel(rows: int = 30, follow: bool = False, breeds: bool = True) -> pd.DataFrame:
    rng = random.Random(7)
    owners = [rng.choice(OWNERS) for _ in range(rows)]
    own_dog = {o: DOGS[k] for k, o in enumerate(OWNERS)}
    dogs = [own_dog[o] if follow else rng.choice(DOGS) for o in owners]
    other = [rng.choice(BREEDS) for _ in range(rows)] if breeds else [rng.choice(["AM", "PM"]) for _ in range(rows)]
    return pd.DataFrame({"c000": dogs, "c001": other, "c002": owners})


def _found() -> dict[str, ColumnDetection | None]:
    return {"c000": _det("c000", E.FIRST_NAME), "c001": None, "c002": _det("c002", E.NAME, "values")}


def test_header_naming_an_animal_decides() -> None:
    df = _kennel().rename(columns={"c000": "Hund"})
    found = {"Hund": _det("Hund", E.FIRST_NAME), "c002": _det("c002", E.NAME, "values")}
    assert animal_name_columns(df, found) == ["Hund"]


def test_hidden_header_beside_breeds_and_changing_with_the_keeper() -> None:
    assert table_about_animals(_kennel(), "c000")
    assert animal_name_columns(_kennel(), _found()) == ["c000"]


def test_kept_without_animal_evidence_or_when_the_names_follow_the_people() -> None:
    assert animal_name_columns(_kennel(breeds=False), _found()) == []
    # One name per person on every row: a person's own given name or nickname, whatever the table is about.
    assert animal_name_columns(_kennel(follow=True), _found()) == []


def test_kept_when_the_names_are_the_table_peoples_own() -> None:
    df = _kennel()
    df["c000"] = [o.split()[0] for o in df["c002"].sample(frac=1, random_state=3)]  # staff on duty: people's names
    assert animal_name_columns(df, _found()) == []


def test_header_cued_findings_are_left_alone() -> None:
    found = {**_found(), "c000": _det("c000", E.FIRST_NAME, "name+values")}
    assert animal_name_columns(_kennel(), found) == []
