"""Town and postcode columns of a small table's address block with too few levels for the other rules."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_block_few import (
    few_level_block_columns,
    is_block_postcode,
    is_block_town,
    town_evidence,
)
from safe_synthesizer.pii.column_detector import ColumnDetection


def _d(column: str, entity: str) -> ColumnDetection:
    return ColumnDetection(column, entity, 0.9, 0.9, "values", 10)


# A locksmith's regulars (gd_GB-like, invented values): four homes over eleven jobs.
_HOMES = [
    ("Mòrag Dhòmhnallach", "14 Rathad a' Chaisteil", "Baile Ùr", "PH41 2QT"),
    ("Eòghann Caimbeul", "3 Sràid na h-Eaglaise", "Cille Bhrìde", "HS8 5RL"),
    ("Peigi Dhòmhnallach", "77 Rathad na Mara", "Port Rìgh", "IV51 7DA"),
    ("Ruairidh Mac a' Phì", "9 Ceann a' Bhàigh", "Loch nam Madadh", "HS6 5AP"),
]
_ORDER = [0, 0, 1, 2, 0, 1, 3, 2, 0, 3, 1]


def _regulars() -> pd.DataFrame:
    rows = [_HOMES[i] for i in _ORDER]
    return pd.DataFrame(
        {
            "c000": [f"J{7400 + i}" for i in range(len(rows))],
            "c001": [r[0] for r in rows],
            "c002": [r[1] for r in rows],
            "c003": [r[2] for r in rows],
            "c004": [r[3] for r in rows],
            "c005": ["Pass", "At risk", "Immediately dangerous", "Pass"] * 2 + ["Pass", "Pass", "At risk"],
        }
    )


def test_few_towns_and_codes_of_returning_people_are_found() -> None:
    df = _regulars()
    found = {"c000": None, "c001": _d("c001", "name"), "c002": _d("c002", "street_address"), "c003": None,
             "c004": None, "c005": None}  # fmt: skip
    out = few_level_block_columns(df, list(df.columns), found)
    assert {c: d.entity for c, d in out.items()} == {"c003": "city", "c004": "postcode"}


def test_optional_address_block_filled_on_the_street_rows() -> None:
    # A donations export: the address only for Gift Aid donors, three towns over many rows, written with the street.
    streets = ["Lot 12, Delap", "", "Uliga, near the dock", "", "Lot 40, Rairok", "Lot 12, Delap", "",
               "Uliga, near the dock", "Lot 7, Ajeltake", "", "Lot 40, Rairok", "Lot 7, Ajeltake"] * 2  # fmt: skip
    towns = {"Lot 12, Delap": "Rita", "Uliga, near the dock": "Ebon", "Lot 40, Rairok": "Rita",
             "Lot 7, Ajeltake": "Laura"}  # fmt: skip
    df = pd.DataFrame(
        {
            "c000": [f"Donor {i}" for i in range(len(streets))],
            "c001": streets,
            "c002": [towns.get(s, "") for s in streets],
            "c003": ["MH 96960" if s else "" for s in streets[:-1]] + ["MH 96970"],
        }
    )
    found = {"c000": _d("c000", "name"), "c001": _d("c001", "street_address"), "c002": None, "c003": None}
    out = few_level_block_columns(df, list(df.columns), found)
    assert out["c002"].entity == "city"


def test_no_block_without_a_street_or_people() -> None:
    df = _regulars()
    no_street = {"c000": None, "c001": _d("c001", "name"), "c002": None, "c003": None, "c004": None, "c005": None}
    assert few_level_block_columns(df, list(df.columns), no_street) == {}
    no_people = {"c000": None, "c001": None, "c002": _d("c002", "street_address"), "c003": None, "c004": None,
                 "c005": None}  # fmt: skip
    assert few_level_block_columns(df, list(df.columns), no_people) == {}


def test_a_category_beside_a_branch_street_is_no_town() -> None:
    # One branch's street on every row, a region column beside it: many rows per level.
    n = 30
    df = pd.DataFrame(
        {
            "c000": [f"Client {i}" for i in range(n)],
            "c001": ["12 High Street" if i % 2 else "4 Market Square" for i in range(n)],
            "c002": ["North Region" if i % 2 else "South Region" for i in range(n)],
        }
    )
    found = {"c000": _d("c000", "name"), "c001": _d("c001", "street_address"), "c002": None}
    assert few_level_block_columns(df, list(df.columns), found) == {}


def test_a_contact_person_beside_the_street_is_no_town() -> None:
    df = _regulars()
    df["c003"] = [r.split()[0] + " " + r.split()[-1] for r in df["c001"]]  # the table's own people again
    found = {"c000": None, "c001": _d("c001", "name"), "c002": _d("c002", "street_address"), "c003": None,
             "c004": None, "c005": None}  # fmt: skip
    out = few_level_block_columns(df, list(df.columns), found)
    assert "c003" not in out


def test_named_columns_keep_their_word() -> None:
    df = _regulars().rename(columns={"c003": "Result", "c004": "Lock code"})
    found = {"c000": None, "c001": _d("c001", "name"), "c002": _d("c002", "street_address"), "Result": None,
             "Lock code": None, "c005": None}  # fmt: skip
    assert few_level_block_columns(df, list(df.columns), found) == {}


def test_years_beside_the_street_are_no_postcodes() -> None:
    df = _regulars()
    df["c003"] = ["2025", "2028", "2027", "2026", "2025", "2024", "2028", "2027", "2026", "2025", "2024"]
    found = {"c000": None, "c001": _d("c001", "name"), "c002": _d("c002", "street_address"), "c003": None,
             "c004": None, "c005": None}  # fmt: skip
    out = few_level_block_columns(df, list(df.columns), found)
    assert "c003" not in out


def test_value_shapes() -> None:
    assert all(map(is_block_postcode, ["PH33 5DH", "HS3 7AB", "KY1-1364", "MH 96960", "900", "05000"]))
    assert not any(map(is_block_postcode, ["100.00", "12", "cash", "1,500"]))
    assert all(map(is_block_town, ["An t-Òban", "Laura, Majuro", "चक्रधरपुर", "Miquelon-Langlade"]))
    assert not any(map(is_block_town, ["Chubb 3G114", "cash", "Flat 2, Block B, Unit 7"]))


def test_colours_of_each_home_are_no_towns() -> None:
    """A colour (or kind of home) is the same on every visit to a home, like its town: English words are no towns."""
    assert town_evidence(pd.Series(["Dark Green", "Light Brown", "Pale Rose", "Dark Grey"]), set()) is None
    assert town_evidence(pd.Series(["Goose Green", "Fox Bay", "Port Howard"]), set()) is not None
