"""Home address lines written without a numbered street, mixed in one column (house names, lots, landmarks, boxes)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_home_lines import home_lines_score, other_home_line, placed_line
from safe_synthesizer.pii.column_sample import sample_values


def _score(values: list[str]):
    return home_lines_score(sample_values(pd.Series(values), 500, 0))


def test_placed_lines() -> None:
    assert placed_line("Bramble Cottage, Mill Lane, Hexham")  # a house's name and its road
    assert placed_line("Le Vieux Moulin, Rue de la Hougue")
    assert placed_line("Quartier Gounghin, Lot 44, Koudougou")  # a numbered lot
    assert placed_line("Zone B, Parcelle 17, Niamey")
    assert placed_line("Résidence Les Flamboyants, Cayenne")  # a named residence
    assert placed_line("Kololi, opposite the police station, Banjul")  # a landmark, then a listed town
    assert placed_line("#42 Wulff Road")  # a house numbered with '#'
    assert not placed_line("Blue, Cotton, Size 12")
    assert not placed_line("Smith, John")
    assert not placed_line("Paris, France")


def test_other_home_lines() -> None:
    assert other_home_line("P.O. Box N-4120")
    assert other_home_line("03 BP 1187 Bobo-Dioulasso 01")
    assert other_home_line("Serrekunda, behind the mosque")
    assert other_home_line("c/o Mary Fofana")
    assert not other_home_line("see notes")
    assert not other_home_line("Manager, Sales")


def test_a_mixed_column_of_homes_is_an_address_column() -> None:
    values = [
        "Bramble Cottage, Mill Lane, Hexham", "Ivy House, Station Road", "The Old Forge, Church Lane, Alnwick",
        "Rose Villa, Rue des Landes", "Flat 3, 12 Market Street", "P.O. Box 2231", "Kololi, opposite the police "
        "station, Banjul", "Quartier Gounghin, Lot 44, Koudougou", "Zone B, Parcelle 17, Niamey", "#42 Wulff Road",
    ]  # fmt: skip
    score = _score(values)
    assert score is not None and score.values_decide and score.share >= 0.9


def test_ordinary_columns_are_not() -> None:
    products = ["Blue, Cotton, Size 12", "Red, Wool, Size 10", "Green, Linen, Size 8", "Black, Silk, Size 14",
                "White, Cotton, Size 6", "Grey, Wool, Size 16", "Navy, Linen, Size 12",
                "Pink, Silk, Size 10"]  # fmt: skip
    people = ["Smith, John", "Dlamini, Thabo", "Okafor, Ada", "Nguyen, Lan", "Rossi, Marco", "Novak, Eva",
              "Haddad, Omar", "Berg, Ingrid"]  # fmt: skip
    notes = ["Called back, no answer", "Left message, will retry", "Paid in cash, receipt given",
             "Asked for invoice, sent", "Reschedule, customer ill", "Confirmed, bring ID", "Late, traffic",
             "Cancelled, refund issued"]  # fmt: skip
    towns = ["Paris, France", "Berlin, Germany", "Madrid, Spain", "Rome, Italy", "Lisbon, Portugal", "Vienna, Austria",
             "Prague, Czechia", "Oslo, Norway"]  # fmt: skip
    for values in (products, people, notes, towns):
        assert _score(values) is None, values[0]


def test_few_distinct_values_need_one_per_row() -> None:
    homes = ["Ivy House, Station Road", "The Old Forge, Church Lane", "Rose Villa, Rue des Landes",
             "P.O. Box 2231", "Kololi, opposite the police station, Banjul"]  # fmt: skip
    assert _score(homes) is not None  # five homes, five rows
    assert _score(homes * 6) is None  # five values over thirty rows: a category


def test_whole_addresses_end_in_their_town() -> None:
    towns = ["Niamey, opposite the mosque", "Zone B, Parcelle 17, Niamey", "Quartier Gounghin, Lot 44, Koudougou",
             "Secteur 4, villa 12, Ouagadougou", "Kololi, opposite the police station, Banjul", "BP 1187 Niamey",
             "Ilot C, Lot 90, Kiffa", "Résidence Les Palmiers, Dakar"]  # fmt: skip
    lines = ["Bramble Cottage, Mill Lane", "Ivy House, Station Road", "The Old Forge, Church Lane", "P.O. Box 2231",
             "Rose Villa, Rue des Landes", "Flat 3, 12 Market Street", "#42 Wulff Road",
             "Orchard End, Back Lane"]  # fmt: skip
    assert home_lines_score(sample_values(pd.Series(towns), 500, 0), full=True) is not None
    assert home_lines_score(sample_values(pd.Series(lines), 500, 0), full=True) is None
    assert home_lines_score(sample_values(pd.Series(lines), 500, 0)) is not None
