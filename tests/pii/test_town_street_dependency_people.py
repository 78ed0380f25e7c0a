"""One house is one street line of one person (session 62): a real town column beside common street lines is kept
with its header hidden; a club's locomotives changing under a returning member's house are still taken back."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.town_street_dependency import same_town_share, unhoused_town_columns

STREETS = ["12 Main Street", "4 Church Lane", "9 High Street"] * 8
TOWNS = ["Springfield", "Riverton", "Oakdale", "Fairview", "Greenville", "Salem", "Clinton", "Marion"] * 3
PEOPLE = ["Ann Lee", "Bo Chan", "Ed Kim", "Al Roy", "Kay Dunn", "Joe Bell", "Sue Park", "Tim Fox"] * 3
LOCOS = ["Mallard", "Tornado", "Flying Scotsman", "City of Truro", "Evening Star", "Green Arrow", "Royal Scot",
         "Bittern"] * 3  # fmt: skip


def _det(column: str, entity: str) -> ColumnDetection:
    return ColumnDetection(column, entity, 0.9, 0.9, "values", 24, None, "")


def _found() -> dict[str, ColumnDetection | None]:
    return {"c000": _det("c000", E.NAME), "c001": _det("c001", E.STREET_ADDRESS), "c002": _det("c002", E.CITY)}


def test_common_street_lines_under_other_people_are_no_house_coming_back() -> None:
    df = pd.DataFrame({"c000": PEOPLE, "c001": STREETS, "c002": TOWNS})
    assert unhoused_town_columns(df, _found()) == []
    words = df["c000"].map(lambda v: frozenset(v.casefold().split()))
    assert same_town_share(df["c001"], df["c002"], words) == (1.0, 0)


def test_things_changing_under_a_returning_members_house_are_still_taken_back() -> None:
    df = pd.DataFrame({"c000": ["Ann Lee", "Bo Chan", "Ed Kim"] * 8, "c001": STREETS, "c002": LOCOS})
    assert unhoused_town_columns(df, _found()) == ["c002"]


def test_without_person_columns_the_street_line_alone_is_the_house() -> None:
    df = pd.DataFrame({"c000": PEOPLE, "c001": STREETS, "c002": LOCOS})
    found = {"c001": _det("c001", E.STREET_ADDRESS), "c002": _det("c002", E.CITY)}
    assert unhoused_town_columns(df, found) == ["c002"]
