"""Town findings whose words change under one and the same house (a club's locomotives beside its members'
addresses) are taken back; real towns follow their houses."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.town_street_dependency import same_town_share, unhoused_town_columns


def _det(column: str, entity: str) -> ColumnDetection:
    return ColumnDetection(column, entity, 0.7, 0.7, "values+pair", 0)


_HOUSES = ["14 Rua das Flores", "3 Avenida Central", "14 Rua das Flores", "88 Travessa do Sol", "3 Avenida Central",
           "14 Rua das Flores", "88 Travessa do Sol", "5 Largo da Sé"]  # fmt: skip
_TOWNS = ["Braga", "Faro", "Braga", "Viseu", "Faro", "Braga", "Viseu", "Évora"]
_BOATS = ["Sea Breeze", "Blue Heron", "Old Pike", "Sea Breeze", "Kingfisher", "Blue Heron", "Old Pike", "Kingfisher"]


def test_share_of_repeated_houses_with_their_usual_town() -> None:
    assert same_town_share(pd.Series(_HOUSES), pd.Series(_TOWNS)) == (1.0, 7)
    share, rows = same_town_share(pd.Series(_HOUSES), pd.Series(_BOATS))
    assert rows == 7 and share < 0.75
    # Streets without a house number run through many towns: not read.
    assert same_town_share(pd.Series(["Hauptstraße"] * 4), pd.Series(["Ulm", "Jena", "Köln", "Bonn"])) == (1.0, 0)


def test_words_changing_under_one_house_are_no_town_column() -> None:
    df = pd.DataFrame({"c001": _HOUSES, "c002": _BOATS, "c003": _TOWNS})
    found = {"c001": _det("c001", "street_address"), "c002": _det("c002", "city"), "c003": _det("c003", "city")}
    assert unhoused_town_columns(df, found) == ["c002"]


def test_houses_that_never_repeat_say_nothing() -> None:
    df = pd.DataFrame({"c001": [f"{i} Elm Road" for i in range(8)], "c002": _BOATS})
    found = {"c001": _det("c001", "street_address"), "c002": _det("c002", "city")}
    assert unhoused_town_columns(df, found) == []
    assert unhoused_town_columns(df, {"c002": _det("c002", "city")}) == []


def test_a_town_column_under_a_town_header_is_kept_beside_streets_of_many_towns() -> None:
    # Common street lines recur across towns (a shared ``12 Main Street``); a header naming towns is trusted.
    streets = ["12 Main Street", "4 Church Lane", "9 High Street"] * 8
    towns = ["Springfield", "Riverton", "Oakdale", "Fairview", "Greenville", "Salem", "Clinton", "Marion"] * 3
    street = ColumnDetection("street", E.STREET_ADDRESS, 0.9, 0.9, "name+values", 24, None, "")
    for header, expected in (("city", []), ("c001", ["c001"])):
        df = pd.DataFrame({"street": streets, header: towns})
        town = ColumnDetection(header, E.CITY, 0.9, 0.9, "values", 24, None, "")
        assert unhoused_town_columns(df, {"street": street, header: town}) == expected
