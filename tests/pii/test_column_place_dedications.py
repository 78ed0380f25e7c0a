"""Churches named by their dedication are no streets (column_place_dedications)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_place_dedications import dedication_column, dedication_columns, is_dedication


def _found(entity: str) -> ColumnDetection:
    return ColumnDetection("c", entity, 0.7, 0.7, "values", 0, None, "street words")


def test_dedications_read_as_churches() -> None:
    parishes = ["St Bartholomew", "St Giles & St George", "All Saints", "Holy Cross", "St Margaret of Antioch",
                "Christ Church", "St John the Baptist", "Saint Cuthbert", "St. Oswald", "Holy Trinity"]  # fmt: skip
    assert dedication_column(parishes)
    assert is_dedication("St Giles & St George") == (True, True)


def test_streets_with_saints_and_towns_stay_places() -> None:
    streets = ["St John's Road", "High St", "St Mary's Lane", "Church St", "Mill Lane", "St Anne's Close"]
    numbered = ["12 St Peter Street", "4 Holy Cross Avenue", "St Giles 7", "9 Saint Cuthbert Way", "1 Kings Road"]
    towns = ["St Albans", "St Ives", "St Helens", "St Austell", "St Neots", "Saint-Malo"]
    assert not dedication_column(streets)
    assert not dedication_column(numbered)
    assert not dedication_column(towns)
    assert is_dedication("St John's Road") == (False, True)


def test_only_street_and_address_findings_are_given_back() -> None:
    towers = ["St Bartholomew", "St Giles & St George", "All Saints", "Holy Cross", "Christ Church", "St Chad"] * 2
    df = pd.DataFrame({"Tower": towers, "Parish": towers})
    found = {"Tower": _found("street_address"), "Parish": _found("first_name")}
    assert dedication_columns(df, found) == ["Tower"]
