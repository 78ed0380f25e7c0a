"""The classifier's town findings on things (stoves with model numbers, a common phrase) are taken back; towns with
districts, links and postcodes stay towns."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_thing_towns import thing_town_cells, thing_town_columns, thing_town_marks

STOVES = ["Charnwood Island", "Clearview Pioneer", "Aga", "Jøtul F 100", "Esse 100", "open fire", "Stovax Riva"]


def _det(column: str, entity: str = "city", method: str = "classifier") -> ColumnDetection:
    return ColumnDetection(column, entity, 0.9, 0.0, method, 20, None, "")


def test_things_by_model_numbers_measures_and_phrases() -> None:
    assert thing_town_cells(STOVES)
    assert thing_town_cells(["Saab 900", "Volvo 240", "Ford Focus", "pick-up truck", "Golf"])
    assert thing_town_cells(["Bosch 8 kW", "Vaillant 12 kW", "Worcester", "Ideal Logic 24 kW"])


def test_towns_with_districts_links_and_postcodes_stay_towns() -> None:
    assert not thing_town_cells(["Praha 4", "Praha 10", "Brno", "Ostrava", "Plzeň", "Praha 6", "Wien 10"])
    linked = ["Newcastle upon Tyne", "Frankfurt am Main", "Stoke-on-Trent", "Bad Homburg vor der Höhe",
              "Saint-Rémy-de-Provence", "Clacton-on-Sea", "'s-Hertogenbosch"]  # fmt: skip
    assert not thing_town_cells(linked)
    # A postcode beside the town in every cell is the column's layout, no model's number.
    assert not thing_town_cells(["Luleå 97231", "Umeå 90325", "Kiruna 98132", "Boden 96133", "Piteå 94131"])
    assert not thing_town_cells(["nairobi", "mombasa", "kisumu", "nakuru", "eldoret"])  # a column all in lower case
    assert thing_town_marks(["Aga", "Esse 100"]) == (1, 2)
    assert not thing_town_cells(["Esse 100", "Aga", "open fire"])  # too few values decide nothing


def test_only_the_classifiers_town_findings_are_taken_back() -> None:
    df = pd.DataFrame({"c6": STOVES * 2, "c7": STOVES * 2, "c8": STOVES * 2})
    found = {"c6": _det("c6"), "c7": _det("c7", method="values"), "c8": _det("c8", entity="name")}
    assert thing_town_columns(df, found) == ["c6"]
