"""A raffle's sparse ``Town`` the sparse-people check read as names: town-shaped values make it a town column."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_sparse_towns import is_town_shaped, sparse_town_findings


def _sparse(column: str) -> ColumnDetection:
    return ColumnDetection(column, "name", 0.8, 1.0, "values+sparse-people", 2)


def test_town_shapes_and_people_whose_names_look_like_towns() -> None:
    for value in ["West Alexandershire", "Port Johnfort", "North Michaelborough", "Smithborough", "East Laurafurt"]:
        assert is_town_shaped(value), value
    for value in ["Lake Mary", "West Anna", "Anna Melville", "John Bradbury", "Kanye West", "Dr Bradbury",
                  "Anna Lindberg", "Peter Newman"]:  # fmt: skip
        assert not is_town_shaped(value), value


def test_a_sparse_town_column_read_as_names_becomes_a_town_column() -> None:
    df = pd.DataFrame({"c007": ["", "", "West Alexandershire", "", "n/a", "", "West Alexandershire", "", "", ""]})
    out = sparse_town_findings(df, {"c007": _sparse("c007")})
    assert out["c007"].entity == "city" and out["c007"].method == "values+sparse-people+towns"


def test_sparse_people_and_other_findings_are_left_alone() -> None:
    df = pd.DataFrame({"c007": ["", "John Bradbury", "", "West Alexandershire", ""], "c008": ["Port Johnfort"] * 5})
    found = {"c007": _sparse("c007"), "c008": ColumnDetection("c008", "name", 0.9, 1.0, "classifier", 5)}
    assert sparse_town_findings(df, found) == {}
