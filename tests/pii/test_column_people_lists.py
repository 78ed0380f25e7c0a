import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_people_lists import people_list_columns

_PLAYERS = ["Margot Lindqvist", "Tobias Reinholt", "Ines Halvorsen", "Pieter Van Dam", "Sunniva Brekke"] * 4


def _table(group: list[str | None]) -> tuple[pd.DataFrame, dict]:
    df = pd.DataFrame({"c000": [f"08:{i:02d}" for i in range(20)], "c001": _PLAYERS, "c002": group,
                       "c003": ["Buggy", "Walk"] * 10})  # fmt: skip
    found = {**dict.fromkeys(df.columns), "c001": ColumnDetection("c001", "name", 0.9, 1.0, "values", 20)}
    return df, found


def test_cells_listing_the_rest_of_the_group_are_a_name_column():
    group = ["Tobias Reinholt & I. Halvorsen", None, "M. Lindqvist / P. Van Dam / Sunniva Brekke", "T. Reinholt",
             None, "Ines Halvorsen, Margot Lindqvist", "Brekke, Sunniva", None, "P. Van Dam & M. Lindqvist", None,
             "Sunniva Brekke"] + [None] * 9  # fmt: skip
    df, found = _table(group)
    assert {c: d.entity for c, d in people_list_columns(df, list(df.columns), found).items()} == {"c002": "name"}
    # Read as free text by the per-column check: the list still makes it a name column.
    found["c002"] = ColumnDetection("c002", "free_text", 0.5, 0.5, "ner", 6)
    assert list(people_list_columns(df, list(df.columns), found)) == ["c002"]


def test_chinese_names_and_initials_in_one_list():
    group = ["陳佩珊 / Tobias Reinholt", "黃詠儀, T. Reinholt & M. Lindqvist", None, "Ines Halvorsen & 陳佩珊"] * 5
    df, found = _table(group)
    assert list(people_list_columns(df, list(df.columns), found)) == ["c002"]


def test_lists_of_towns_products_skills_and_notes_are_no_people():
    for group in (["Oslo / Bergen", "Paris, Rome", None, "Lyon & Nantes"] * 5,
                  ["Python, Java", "Go / Rust", None, "Eggs and Milk"] * 5,
                  ["Red, Green", "Blue", None, "Green & White"] * 5,
                  ["Met Tobias at the 9th, lovely round.", None, "Ines Halvorsen cancelled, rain"] * 6 + [None] * 2,
                  ["Mozart Room & Grieg Hall", None, "Ibsen Suite"] * 6 + [None] * 2):  # fmt: skip
        df, found = _table(group)
        assert people_list_columns(df, list(df.columns), found) == {}, group


def test_without_the_tables_people_or_over_a_decided_column_nothing_is_found():
    group = ["Tobias Reinholt & I. Halvorsen", "M. Lindqvist / P. Van Dam"] * 10
    df, found = _table(group)
    assert people_list_columns(df, list(df.columns), dict.fromkeys(df.columns)) == {}
    found["c002"] = ColumnDetection("c002", "address", 0.9, 1.0, "values", 20)
    assert people_list_columns(df, list(df.columns), found) == {}
