"""Address columns of postcode + town cells, PO boxes and (under a street name) bare street names."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_address_cells import (
    address_cells_score,
    po_box_cell,
    postcode_town_cell,
    street_name_cell,
)
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.replace import plan_columns

_TOWNS = ["Rennes", "Dijon", "Angers", "Nîmes", "Limoges", "Brest", "Tours", "Amiens", "Metz", "Rouen", "Caen"]


def _sample(cells: list[str]):
    return sample_values(pd.Series(cells), 500, 0)


def test_cells() -> None:
    assert postcode_town_cell("75008 Paris") == "75008"
    assert postcode_town_cell("1012 AB Amsterdam") == "1012 AB"
    assert postcode_town_cell("Leeds LS1 4AP") == "LS1 4AP"
    assert postcode_town_cell("Denver, CO 80202") == "80202"
    assert postcode_town_cell("Denver 80202") is None and postcode_town_cell("Room 12") is None
    assert po_box_cell("Postfach 1234, 10115 Berlin") and po_box_cell("BP 52") and po_box_cell("Postbus 310")
    assert not po_box_cell("Boxing Day")
    assert street_name_cell("Bahnhofstraße") and street_name_cell("rue des Lilas")
    assert not street_name_cell("Cardiology")


def test_postcode_and_town_column_is_an_address_by_values() -> None:
    cells = [f"{10000 + 137 * i} {_TOWNS[i % len(_TOWNS)]}" for i in range(40)]
    score = address_cells_score(_sample(cells), full=True, cued=False)
    assert score is not None and score.values_decide and score.share == 1.0


def test_po_boxes_are_addresses() -> None:
    cells = [f"Postfach {100 + 7 * i}, {10000 + 91 * i} {_TOWNS[i % len(_TOWNS)]}" for i in range(30)]
    assert address_cells_score(_sample(cells), full=True, cued=False) is not None


def test_years_and_products_stay_out() -> None:
    vintages = [f"{1990 + i % 30} {w}" for i, w in enumerate(["Merlot", "Rioja", "Chianti", "Barolo"] * 10)]
    assert address_cells_score(_sample(vintages), full=True, cued=False) is None
    streets = ["Bahnhofstraße", "Am Markt", "Lindenweg", "Kirchgasse", "Berliner Allee"]
    assert address_cells_score(_sample(streets), full=False, cued=False) is None
    assert address_cells_score(_sample(streets), full=False, cued=True) is not None


def test_spaced_dutch_postcodes_are_postcodes_not_postcode_and_town() -> None:
    # ``3512 JE`` is one Dutch postcode (four digits, two capitals): its letters are no town called ``JE``.
    assert postcode_town_cell("3512 JE") is None
    assert postcode_town_cell("3512 JE Utrecht") == "3512 JE"
    letters = ["JE", "AB", "LM", "ZT", "KP", "RW", "BN", "HT", "GX", "VC", "DR"]
    cells = [f"{1011 + 397 * i} {letters[i % len(letters)]}" for i in range(22)] + [None] * 4
    df = pd.DataFrame({"c000": cells, "c001": [str(i % 5) for i in range(len(cells))]})
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans == {"c000": "postcode"}
