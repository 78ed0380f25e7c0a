import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_venue_names import venue_named_columns


def _det(column: str, entity: str = "name") -> ColumnDetection:
    return ColumnDetection(column, entity, 0.9, 1.0, "classifier", 20)


def test_rooms_and_dojos_named_after_people_are_dropped_people_kept():
    df = pd.DataFrame(
        {
            "room": ["Elgar", "Grieg Room", "Elgar", "Sala Rodrigo", "Holstzaal", "Grieg Room"] * 3,
            "dojo": ["Dojo Tanaka", "Kanepo-Ryu", "Dojo Tanaka", "Sato Budokan", "Kanepo-Ryu", "Dojo Tanaka"] * 3,
            "pupil": ["Ana Sala", "Jerry Hall", "Park Min-jun", "Kai Weber", "Lena Park", "Tom Temple"] * 3,
        }
    )
    found = {c: _det(c) for c in df.columns} | {"other": None}
    assert venue_named_columns(df, found) == ["room", "dojo"]
    assert venue_named_columns(df, {"room": _det("room", "city")}) == []
