"""A mostly empty column of the table's own people, told by their family names coming back."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_returning_people import returning_people_columns, returning_people_score

ANCHOR = frozenset({"zongo", "ilboudo", "ouedraogo", "rakoto"})


def test_helpers_sharing_family_names_are_people() -> None:
    assert returning_people_score(["RASOA ZONGO", "Tsiry Ilboudo", "RASOA ZONGO"], ANCHOR) is not None


def test_lone_words_products_and_strangers_are_not() -> None:
    assert returning_people_score(["Poni", "Echo", "James"], ANCHOR) is None
    assert returning_people_score(["Victoria plum", "Zongo Crafts Ltd"], ANCHOR) is None
    assert returning_people_score(["Anna Berg", "Karl Lund"], ANCHOR) is None


def test_column_pass_beside_a_found_name_column() -> None:
    people = ["Boukary Zongo", "Rasoa Ilboudo", "Tsiry Ouedraogo", "Fanja Rakoto"] * 3
    helper = ["", "RASOA ZONGO", "", "", "Tsiry Ilboudo", "", "", "", "", "", "", ""]
    df = pd.DataFrame({"Stallholder": people, "c005": helper, "Pitch": [f"A{i}" for i in range(12)]})
    found = {"Stallholder": ColumnDetection("Stallholder", "name", 1.0, 1.0, "values", 12, None, "")}
    assert set(returning_people_columns(df, list(df.columns), found)) == {"c005"}
    assert returning_people_columns(df, list(df.columns), {}) == {}


def test_a_lone_remark_among_the_names_is_left_out() -> None:
    assert returning_people_score(["RASOA ZONGO", "same", "Tsiry Ilboudo"], ANCHOR) is not None
    assert returning_people_score(["same", "idem"], ANCHOR) is None
