import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_venue_destinations import is_venue, venue_town_columns


def _det(column: str, entity: str = "city") -> ColumnDetection:
    return ColumnDetection(column, entity, 0.9, 1.0, "classifier", 20)


def test_venues_told_from_towns():
    assert is_venue("Royal Infirmary") and is_venue("Age UK lunch club") and is_venue("Dr Patel's")
    assert is_venue("St John's surgery") and is_venue("Market square") and is_venue("Eye clinic")
    assert not is_venue("Bah Kunda, opposite the health centre") and not is_venue("Studio 6, House No. 90")
    assert not is_venue("Market Harborough") and not is_venue("King's Lynn") and not is_venue("Leeds")


def test_destinations_are_no_town_column_home_towns_kept():
    df = pd.DataFrame(
        {
            "Destination": ["Royal Infirmary", "Lidl", "Dr Patel's", "Eye clinic", "Tesco Extra", "Day centre"] * 3,
            "Town": ["Leeds", "Market Harborough", "King's Lynn", "Hospital", "York", "Bath"] * 3,
        }
    )
    found = {c: _det(c) for c in df.columns} | {"none": None}
    assert venue_town_columns(df, found) == ["Destination"]
    assert venue_town_columns(df, {"Destination": _det("Destination", "name")}) == []
