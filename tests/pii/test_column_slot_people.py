"""The slot reader's column pass: pairs, dressed names and mixed forms read as people; routes and categories not."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_slot_people import slot_people_columns, slot_people_score

PAIRS = ["Ibrahim - Elsheikh", "Elhassan - Elnour", "Elamin - Ibrahim", "Hamad - Elhassan", "Eltayeb - Yousif",
         "Mahgoub - Elamin", "Yousif - Hamad", "Elnour - Mahgoub"]  # fmt: skip
MIXED = ["Wähner - Elfriede", "Scholz Paola (Frau)", "Bender Norman (Herr)", "Noack - Herwig", "Höfig - Mariele",
         "Holt Elfriede (Frau)", "Patberg - Lieschen", "Köhler Helge (Herr)", "[empty]", "Steuer - Arnulf"]  # fmt: skip


def test_pairs_of_surnames_are_people() -> None:
    scored = slot_people_score(PAIRS)
    assert scored is not None and scored[0] == 1.0


def test_mixed_dress_with_junk_is_people() -> None:
    assert slot_people_score(MIXED) is not None


def test_routes_fixtures_and_days_are_no_people() -> None:
    assert slot_people_score(["Paris - Lyon", "Lyon - Marseille", "Marseille - Nice", "Nice - Paris"] * 2) is None
    assert slot_people_score(["Mon - Fri", "Sat - Sun", "Tue - Thu", "Mon - Wed"] * 2) is None
    assert slot_people_score(["Red & Blue", "Green & Gold", "Black & White", "Blue & Yellow"] * 2) is None


def test_plain_full_names_are_left_to_the_other_passes() -> None:
    assert slot_people_score(["Anna Berg", "Carl Olsen", "Maria Lind", "Jonas Holm", "Eva Dahl"]) is None


def test_column_pass_dense_and_sparse() -> None:
    n = len(PAIRS)
    df = pd.DataFrame({
        "c000": PAIRS,
        "c001": ["Mahgoub - Yousif"] + [""] * (n - 1),
        "c002": [str(i) for i in range(n)],
    })  # fmt: skip
    found = slot_people_columns(df, list(df.columns), {})
    assert set(found) == {"c000", "c001"}
    assert found["c000"].entity == E.NAME and found["c000"].method == "values+slot_people"


def test_sparse_needs_people_found_in_the_table() -> None:
    df = pd.DataFrame({"c000": ["Noack - Herwig", "", "", ""], "c001": ["a", "b", "c", "d"]})
    assert slot_people_columns(df, list(df.columns), {}) == {}
    found = {"c009": ColumnDetection("c009", E.NAME, 1.0, 1.0, "values", 4, None, "")}
    df["c009"] = ["Herwig Noack", "Anna Berg", "Carl Olsen", "Maria Lind"]
    assert set(slot_people_columns(df, ["c000", "c001"], found)) == {"c000"}


def test_pubs_and_trophies_named_after_people_are_no_people() -> None:
    pubs = ["Lord Nelson", "King William IV", "The Prince Albert", "Admiral Rodney", "Queen Victoria", "Duke of York"]
    assert slot_people_score(pubs * 2, frozenset({"anna"})) is None
    assert slot_people_score(["Bruce Lee Shield", "Chuck Norris Trophy"], frozenset({"anna"}), sparse=True) is None


def test_unstructured_names_beside_people_need_every_word_listed() -> None:
    towns = ["Larry Ville", "Joel Ville", "Anna Ville", "Paul Ville", "Maria Ville", "Jose Ville"]
    assert slot_people_score(towns, frozenset({"anna"})) is None


def test_labels_and_a_town_word_throughout_are_no_people() -> None:
    labels = ["Marks & Spencer", "Laura Ashley", "Vera Wang", "Paul Smith", "Ted Baker"]
    assert slot_people_score(labels * 2, frozenset({"anna"})) is None
    towns = ["Amanda Ville", "John Ville", "Zachary Ville", "Traci Ville"]
    assert slot_people_score(towns, frozenset({"anna"}), sparse=True) is None
