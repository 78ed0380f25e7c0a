"""Addresses written as numbered units alone (zone, street and building numbers) against seat and grave columns."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.pii.column_address_cells import address_cells_score
from safe_synthesizer.pii.column_address_units import unit_address_cell, unit_address_score
from safe_synthesizer.pii.column_sample import sample_values


def _score(cells: list[str]):
    return unit_address_score(sample_values(pd.Series(cells), 500, 0))


def _homes(n: int, seed: int, layout: str) -> list[str]:
    rng = random.Random(seed)
    return [
        layout.format(a=rng.randint(1, 99), b=rng.randint(100, 999), c=rng.randint(1, 250), d=rng.choice("ABC"))
        for _ in range(n)
    ]


def test_zone_street_building_addresses_in_several_layouts() -> None:
    layouts = (
        "Zone {a}, Street {b}, Building {c}",
        "Bldg {c}, St {b}, Zone {a}",
        "Block {a} / Road {b} / House {c}",
        "villa {c}; street no {b}; zone {a}",
        "BUILDING {c}, STREET {b}",
        "مبنى {c}، شارع {b}، منطقة {a}",
        "Road {b}, House {c}{d}",
    )
    for i, layout in enumerate(layouts):
        for n in (10, 60, 400):
            score = _score(_homes(n, i * 10 + n, layout))
            assert score is not None and score.values_decide, (layout, n)


def test_a_cell_is_read_into_its_units() -> None:
    assert unit_address_cell("Building 12A, Street 340, Zone 7") == [
        ("building", "12a"),
        ("street", "340"),
        ("zone", "7"),
    ]
    assert unit_address_cell("Street 12") is None  # one part: a street name of a numbered grid, no home yet
    assert unit_address_cell("12 Main Street, Springfield") is None


def test_venue_cemetery_and_stock_units_are_no_homes() -> None:
    layouts = (
        "Block {d}, Row {a}, Seat {c}",
        "Section {a}, Row {b}, Grave {c}",
        "Gate {a}, Stand {c}",
        "Aisle {a}, Shelf {c}",
        "Ward {a}, Bed {c}",
        "Zone {a}, Level {c}",  # a car park
        "Building {a}, Room {c}",  # a campus
        "Building {a}, Floor {c}",
    )
    for i, layout in enumerate(layouts):
        assert _score(_homes(60, i, layout)) is None, layout


def test_a_handful_of_repeated_units_is_no_address_column() -> None:
    office = ["Building 2, Street 10, Zone 1", "Building 3, Street 10, Zone 1"] * 20
    assert _score(office) is None
    same_street = [f"Street 5, Building {i}" for i in range(1, 30)]  # one number varies: a site's buildings
    assert _score(same_street) is None


def test_address_cells_reads_them_for_street_and_address() -> None:
    sample = sample_values(pd.Series(_homes(40, 3, "Building {c}, Street {b}, Zone {a}")), 500, 0)
    for full in (True, False):
        score = address_cells_score(sample, full=full, cued=False)
        assert score is not None and "numbered units" in score.evidence


def test_a_hidden_column_of_them_is_planned_as_an_address() -> None:
    from safe_synthesizer.config.replace_pii import ReplacePiiParameters
    from safe_synthesizer.data.inference import infer_schema
    from safe_synthesizer.pii.replace import plan_columns

    rng = random.Random(9)
    df = pd.DataFrame(
        {
            "c000": _homes(30, 9, "Building {c}, Street {b}, Zone {a}"),
            "c001": [rng.choice(["Block A, Row 3, Seat 12", "Block B, Row 7, Seat 4"]) for _ in range(30)],
        }
    )
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c000") in ("address", "street_address")
    assert plans.get("c001") is None
