"""An address's first line (s41, PL): street lines mixed with flat, building, care-of and PO box lines are a street
column with the header hidden; room and gate numbers stay out."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_address_lines import address_line_score, care_of_cell, unit_line_cell
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.replace import plan_columns

_AT_STREETS = ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Josefstädter Straße", "Grazer Gasse", "Kaiserweg",
               "Lindengasse", "Schönbrunner Allee", "Rennweg", "Praterstraße", "Mühlweg"]  # fmt: skip
_AT_UNITS = ["App. {n}", "Wohnung {n}", "Hinterhaus", "Whg. {n}", "Dachgeschoss", "{n}. Stock"]
_AT_CARE = ["c/o Martina Huber", "z. Hd. Franz Gruber", "bei Familie Steiner"]
_ES_STREETS = ["Calle Mayor", "Avenida de la Paz", "Calle del Carmen", "Paseo de Gracia", "Calle Alcalá"]


def _first_lines(seed: int, rows: int = 40) -> list[str]:
    """Rows of 13 street lines, 9 flat or building lines and 3 care-of lines: streets are half the distinct lines."""
    rng = random.Random(seed)
    streets = [f"{street} {rng.randrange(1, 120)}" for street in rng.sample(_AT_STREETS, 10)]
    streets += [f"{rng.choice(_AT_STREETS)} {rng.randrange(120, 200)}" for _ in range(3)]
    units = [u.format(n=n) for u in _AT_UNITS for n in (rng.randrange(1, 15), rng.randrange(15, 30))][:9]
    lines = streets + units + _AT_CARE
    return [lines[i % len(lines)] for i in range(rows)]


def test_unit_and_care_of_lines() -> None:
    for line in ("App. 5", "Top 4", "Bloco C, apto 7", "4º Dto.", "Résidence Les Pins, 3e étage", "Hinterhaus"):
        assert unit_line_cell(line), line
    for line in ("c/o Martina Huber", "chez Paul Girard", "z. Hd. Franz Gruber", "a/c Rui Lopes"):
        assert care_of_cell(line), line
    assert not unit_line_cell("Mariahilfer Straße 12") and not care_of_cell("Calle Mayor 3")


def test_first_lines_of_streets_flats_and_care_of_are_an_address_line() -> None:
    score = address_line_score(sample_values(pd.Series(_first_lines(41)), 500, 0))
    assert score is not None and score.values_decide and score.share >= 0.9


def test_rooms_and_gates_are_no_address_line() -> None:
    rooms = pd.Series([f"Room {i}" for i in range(30)] + [f"Gate {i}" for i in range(10)])
    assert address_line_score(sample_values(rooms, 500, 0)) is None


def test_a_table_with_the_first_line_hidden_replaces_it() -> None:
    rng = random.Random(42)
    lines = _first_lines(43, 30)
    df = pd.DataFrame({
        "c000": lines,
        "c001": [f"{rng.choice(_ES_STREETS)} {rng.randrange(1, 60)}" if rng.random() < 0.4 else None for _ in lines],
        "c002": [rng.choice(["Wien", "Graz", "Linz", "Salzburg", "Innsbruck", "Klagenfurt", "Villach", "Wels"])
                 for _ in lines],
    })  # fmt: skip
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters())}
    assert plans["c000"] == "street_address"
