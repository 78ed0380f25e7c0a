"""Unseen-layout ids read again once the classifier has named the table's people (column_id_rescued_people)."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_id_rescued_people import ids_beside_rescued_people

PARAMS = ReplacePiiParameters()
_RNG = random.Random(4720)
# Deliveries of a dozen members, each coming back: an id of twelve digits printed in three groups of four.
MEMBERS = [f"Member {i}" for i in range(12)]
IDS = {m: f"{_RNG.randint(1000, 9999)} {_RNG.randint(1000, 9999)} {_RNG.randint(1000, 9999)}" for m in MEMBERS}
ROWS = [MEMBERS[(7 * i) % 12] for i in range(40)]
TABLE = pd.DataFrame({"c001": ROWS, "c002": [IDS[m] for m in ROWS], "c003": [f"{i * 5} kg" for i in range(40)]})


def _name(column: str) -> ColumnDetection:
    return ColumnDetection(column, E.NAME, 0.8, 0.8, "classifier", 40, None, "")


def test_ids_found_beside_people_the_classifier_named() -> None:
    found = {"c001": _name("c001"), "c002": None, "c003": None}
    out = ids_beside_rescued_people(TABLE, list(TABLE.columns), found, {"c001": found["c001"]}, PARAMS)
    assert set(out) == {"c002"} and out["c002"].entity == E.NATIONAL_ID


def test_nothing_read_again_when_the_classifier_named_no_one() -> None:
    found = {"c001": _name("c001"), "c002": None, "c003": None}
    assert ids_beside_rescued_people(TABLE, list(TABLE.columns), found, {}, PARAMS) == {}


def test_a_column_named_otherwise_is_left_to_its_name() -> None:
    df = TABLE.rename(columns={"c002": "Order reference"})
    found = {"c001": _name("c001"), "Order reference": None, "c003": None}
    assert ids_beside_rescued_people(df, list(df.columns), found, {"c001": found["c001"]}, PARAMS) == {}
