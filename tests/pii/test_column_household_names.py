"""Given names of a household told by following the person of the row (``column_household_names``)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_household_names import household_names
from safe_synthesizer.pii.replace import plan_columns

# Parents (given, family, address) and their child; a tutor on duty changes from visit to visit.
_FAMILIES = [
    ("Wambui", "Kariuki", "wambui.kariuki@gmail.com", "Njeri"),
    ("Otieno", "Odhiambo", "otieno_odhiambo@yahoo.com", "Achieng"),
    ("Mwangi", "Gathoni", "mgathoni@outlook.com", "Kamau"),
    ("Chebet", "Kiprop", "chebet.kiprop@gmail.com", "Kiptoo"),
    ("Nafula", "Wekesa", "nafula.wekesa@icloud.com", "Wanjiku"),
    ("Mutua", "Musyoka", "mutua.musyoka@gmail.com", "Mwende"),
    ("Akinyi", "Ouma", "akinyi_ouma@yahoo.com", "Otieno"),
    ("Kipchoge", "Rotich", "krotich@gmail.com", "Chebet"),
]
_ORDER = [0, 1, 2, 0, 3, 4, 1, 5, 6, 2, 7, 3, 0, 5, 6, 7]
_TUTORS = ["Grace", "Brian", "Grace", "Dennis"]


def _table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "c000": [_FAMILIES[i][0] for i in _ORDER],
            "c001": [_FAMILIES[i][1] for i in _ORDER],
            "c002": [_FAMILIES[i][2] for i in _ORDER],
            "c003": [_FAMILIES[i][3] for i in _ORDER],
            "c004": [_TUTORS[n % 4] for n in range(len(_ORDER))],
        }
    )


def _found(df: pd.DataFrame) -> dict[str, ColumnDetection | None]:
    n = len(df)
    return {
        "c000": ColumnDetection("c000", E.FIRST_NAME, 0.9, 0.9, "values", n),
        "c001": ColumnDetection("c001", E.LAST_NAME, 0.9, 0.9, "values", n),
        "c002": ColumnDetection("c002", E.EMAIL, 1.0, 1.0, "values", n),
        "c003": None,
        "c004": None,
    }


def test_a_childs_given_names_follow_the_parent() -> None:
    df = _table()
    out = household_names(df, list(df.columns), _found(df))
    assert {c: d.entity for c, d in out.items()} == {"c003": E.FIRST_NAME}


def test_through_the_planner_with_names_hidden() -> None:
    df = _table()
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c003") == E.FIRST_NAME
    assert plans.get("c004") is None


def test_staff_changing_between_visits_are_no_household() -> None:
    df = _table()
    df["c003"] = [["Grace", "Brian", "Dennis", "Faith", "Kevin", "Mercy"][n % 6] for n in range(len(df))]
    assert household_names(df, list(df.columns), _found(df)) == {}


def test_pets_and_towns_that_follow_the_owner_are_no_household() -> None:
    df = _table()
    pets = ["Simba", "Rocky", "Nala", "Bella", "Lucky", "Simba", "Balu", "Rex"]
    df["c003"] = [pets[i] for i in _ORDER]
    assert household_names(df, list(df.columns), _found(df)) == {}
    towns = ["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Thika", "Malindi", "Kitale"]
    df["c003"] = [towns[i] for i in _ORDER]
    assert household_names(df, list(df.columns), _found(df)) == {}


def test_a_table_without_people_found_has_no_household() -> None:
    df = _table()
    found = dict.fromkeys(df.columns)
    assert household_names(df, list(df.columns), found) == {}
