"""Columns of weekdays and months are taken back from the place (and, for weekdays, person) findings."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_calendar_places import calendar_place_columns, calendar_values
from safe_synthesizer.pii.column_detector import ColumnDetection


def _det(column: str, entity: str, evidence: str = "") -> ColumnDetection:
    return ColumnDetection(column, entity, 0.8, 0.8, "values+pair", 10, None, evidence)


def test_weekdays_with_round_marks_and_other_languages() -> None:
    assert calendar_values(["Mon A", "Wed", "Sat", "Mon B"]) == "weekday"
    assert calendar_values(["Dienstag", "Freitag", "Samstag"]) == "weekday"
    assert calendar_values(["mar.", "jeu.", "sam."]) == "weekday"
    assert calendar_values(["Jan-Mar", "Apr-Jun", "Oct-Dec"]) is not None


def test_towns_states_and_names_are_not_calendar() -> None:
    assert calendar_values(["Truro", "Mon", "Bodmin", "Looe"]) is None
    assert calendar_values(["MA", "MI", "MO"]) is None  # two-letter codes count in other scripts only
    assert calendar_values(["Sat"]) is None  # one value says too little


def test_day_column_taken_back_from_town_and_its_postcode() -> None:
    df = pd.DataFrame({"c000": ["Tue", "Thu", "Sat", "Tue", "Wed"], "c001": ["6 Elm Row"] * 5, "c002": list("abcde")})
    found = {
        "c000": _det("c000", "city"),
        "c001": _det("c001", "street_address"),
        "c002": _det("c002", "postcode", "postcode beside town column 'c000': one town per code"),
    }
    assert calendar_place_columns(df, found) == ["c000", "c002"]


def test_months_stay_given_names() -> None:
    df = pd.DataFrame({"first": ["June", "April", "May", "June"]})
    assert calendar_place_columns(df, {"first": _det("first", "first_name")}) == []
    assert calendar_place_columns(df, {"first": _det("first", "city")}) == ["first"]
