"""Animal breeds read as people: dropped by their breed words or a header naming the breed."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_breed_names import breed_named_columns, has_breed_word
from safe_synthesizer.pii.column_detector import ColumnDetection


def _name(column: str) -> ColumnDetection:
    return ColumnDetection(column, "name", 0.8, 1.0, "classifier", 20)


def test_breed_words_and_breeds_named_after_people_are_breeds() -> None:
    for value in ["Jack Russell", "Border Collie", "Golden Retriever", "King Charles Spaniel", "Pastor Alemán",
                  "Dackel-Mischling", "Épagneul breton", "Siamese"]:  # fmt: skip
        assert has_breed_word(value), value


def test_surnames_that_are_also_breed_words_are_no_breeds() -> None:
    for value in ["Mary Cross", "Cybill Shepherd", "Emma Berger", "Luis Pastor", "Giulia Pastore", "Tom Boxer",
                  "Hana Akita", "Russell Jackson"]:  # fmt: skip
        assert not has_breed_word(value), value


def test_a_column_of_breeds_is_dropped_and_a_column_of_people_kept() -> None:
    df = pd.DataFrame(
        {
            "c001": ["Whippet", "Jack Russell", "Labrador", "Border Collie", "Beagle", "Jack Russell"],
            "c002": ["Ana Pastor", "Tom Shepherd", "Lea Berger", "Sam Cross", "Ivo Spitz", "Ana Pastor"],
        }
    )
    assert breed_named_columns(df, {"c001": _name("c001"), "c002": _name("c002")}) == ["c001"]


def test_a_header_naming_the_breed_drops_the_column_whatever_its_values() -> None:
    df = pd.DataFrame({"Rasse": ["Mops", "Boxer", "Pudel"], "Halter": ["Jan Kurz", "Eva Lang", "Udo Wolf"]})
    found = {"Rasse": _name("Rasse"), "Halter": _name("Halter")}
    assert breed_named_columns(df, found) == ["Rasse"]
