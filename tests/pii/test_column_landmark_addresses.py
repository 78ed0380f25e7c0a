"""Address columns of places with few street numbers: landmarks, P.O. boxes, numbered houses, settlements."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_landmark_addresses import landmark_address_columns, landmark_evidence, read_cell


def _d(column: str, entity: str) -> ColumnDetection:
    return ColumnDetection(column, entity, 0.9, 0.9, "values", 10)


# A bike shop's customers on a small island (invented places and people).
_HOMES = [
    ("Dario Penn", "P.O. Box 7712"),
    ("Lune Acker", "Marsh Point, near the old jetty"),
    ("Orin Tebb", "14 Saltpond Road"),
    ("Kesi Marl", "Upper Fennick, behind the clinic"),
    ("Ada Voss", "Lot 12, Greyridge Estate"),
    ("Tam Holt", "Coral Gap"),
    ("Rhea Quint", "opposite the fish market"),
    ("Ivo Brand", "9 Harbour Street"),
]
_ORDER = [0, 1, 2, 3, 4, 5, 6, 7, 1, 3, 0, 6]


def _customers(column: list[str] | None = None) -> pd.DataFrame:
    rows = [_HOMES[i] for i in _ORDER]
    return pd.DataFrame(
        {
            "c000": [f"T{500 + i}" for i in range(len(rows))],
            "c001": [r[0] for r in rows],
            "c002": column or [r[1] for r in rows],
            "c003": ["Puncture", "Brakes", "Chain", "Service"] * 3,
        }
    )


def test_cells_of_small_places() -> None:
    assert read_cell("P.O. Box 4291") == "small"
    assert read_cell("BP 1529") == "small"
    assert read_cell("Coulée, près de la mosquée du vendredi") == "small"
    assert read_cell("Avenida Amílcar Cabral, perto do mercado") == "small"
    assert read_cell("Location, House 5, Boe District, Nauru") == "small"
    assert read_cell("Area 36, Plot 36/1/38, Lilongwe") == "small"
    assert read_cell("quartier Hamramba") == "small"
    assert read_cell("P.O. Box 4830, Providenciales, Turks and Caicos Islands TKCA 1ZZ") == "small"
    assert read_cell("37 Rock Farm Road") == "street"
    assert read_cell("Salt Cay") == "place"


def test_counted_things_are_no_homes() -> None:
    for value in ("Plot 12", "Unit 4", "Room 12", "3 men + Luton", "2h"):
        assert read_cell(value) in (None, "place"), value


def test_landmark_column_found_beside_people() -> None:
    df = _customers()
    found = landmark_address_columns(df, list(df.columns), {"c001": _d("c001", "name")})
    assert set(found) == {"c002"}
    assert found["c002"].entity == "street_address"


def test_whole_addresses_are_address() -> None:
    towns = ["Port Selby", "Amaru", "Keel Town"]
    column = [f"{h[1]}, {towns[i % 3]}, Islands" for i, h in enumerate(_HOMES[i] for i in _ORDER)]
    df = _customers(column)
    found = landmark_address_columns(df, list(df.columns), {"c001": _d("c001", "name")})
    assert found["c002"].entity == "address"


def test_needs_people_in_the_table() -> None:
    df = _customers()
    assert landmark_address_columns(df, list(df.columns), {}) == {}


def test_a_venue_repeated_over_rows_is_no_home() -> None:
    venues = ["Main Hall, behind the church", "P.O. Box 12", "Scout Hut, near the park", "14 Mill Road"] * 5
    assert landmark_evidence(pd.Series(venues)) is None


def test_street_columns_are_left_to_the_street_checks() -> None:
    streets = pd.Series(["14 Saltpond Road", "9 Harbour Street", "3 Kings Lane", "22 Bay Road", "7 Hill Street"])
    assert landmark_evidence(streets) is None


def test_header_naming_another_thing_is_kept() -> None:
    df = _customers().rename(columns={"c002": "Phone"})
    assert landmark_address_columns(df, list(df.columns), {"c001": _d("c001", "name")}) == {}


def test_a_column_only_the_classifier_read_as_towns_is_read_again() -> None:
    df = _customers()
    town = ColumnDetection("c002", "city", 0.8, 0.8, "classifier", 10)
    found = landmark_address_columns(df, list(df.columns), {"c001": _d("c001", "name"), "c002": town})
    assert found["c002"].entity == "street_address"
    by_rule = ColumnDetection("c002", "city", 0.9, 0.9, "values", 10)
    assert landmark_address_columns(df, list(df.columns), {"c001": _d("c001", "name"), "c002": by_rule}) == {}
