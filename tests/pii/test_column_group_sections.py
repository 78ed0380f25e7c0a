import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_group_sections import group_section_columns, is_group_word


def _det(column: str, entity: str = "first_name") -> ColumnDetection:
    return ColumnDetection(column, entity, 0.9, 1.0, "values", 20)


def test_group_words():
    assert is_group_word("Cubs") and is_group_word("BEAVERS") and is_group_word("Louveteaux")
    assert is_group_word("Sea Scouts") and not is_group_word("Thomas") and not is_group_word("Jonas")


def test_sections_are_no_given_names_people_kept():
    df = pd.DataFrame(
        {
            "Section": ["Scouts", "Rainbows", "Guides", "Explorers", "Beavers", "Cubs", "Brownies"] * 3,
            "First name": ["Jonas", "Thomas", "Agnes", "Iris", "Marcus", "Doris", "Charles"] * 3,
            "Surname": ["Hughes", "Jones", "Rangers", "Williams", "Edwards", "Roberts", "Evans"] * 3,
        }
    )
    found = {"Section": _det("Section"), "First name": _det("First name"), "Surname": _det("Surname", "last_name")}
    assert group_section_columns(df, found) == ["Section"]
    assert group_section_columns(df, {"Section": _det("Section", "city")}) == []
