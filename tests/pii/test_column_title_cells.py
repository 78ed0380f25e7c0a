import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_title_cells import is_title_only, title_columns, title_only_column


def test_forms_of_address_in_several_languages_are_title_only():
    for value in ("Mrs.", "Herr", "Frau", "Mme", "M.", "Sig.ra", "Dhr.", "Mevr.", "Sra.", "Dr. med.", "MISS", "Pani"):
        assert is_title_only(value), value
    assert is_title_only("Mr & Mrs")
    assert is_title_only("Herr und Frau")


def test_a_name_after_a_title_or_a_plain_word_is_not_title_only():
    for value in ("Mrs Okafor", "Frau Lindqvist", "Jo", "Customer", "", None, 3):
        assert not is_title_only(value), value


def test_a_column_of_titles_is_told_with_a_stray_name_and_missing_cells():
    titles = ["Mme", "M.", None, "Mme", "M.", "Mme", "M.", "Dr", "Mme", "M.", "Pr"]
    assert title_only_column(pd.Series(titles))
    assert title_only_column(pd.Series(["Dhr.", "Mevr."] * 10 + ["Sanne"]))
    assert not title_only_column(pd.Series(["Mrs Brown", "Mr Ito", "Ms Diaz", "Dr Kaur"]))
    assert not title_only_column(pd.Series(["Mr", None, None]))  # too few to judge


def test_title_columns_drops_only_person_detections_of_titles():
    df = pd.DataFrame({"c001": ["Sig.", "Sig.ra", "Sig.ra", "Dott."], "c002": ["Lia", "Ugo", "Ada", "Eva"]})
    found = {
        "c001": ColumnDetection("c001", "name", 0.9, 1.0, "values+row", 4),
        "c002": ColumnDetection("c002", "first_name", 0.9, 1.0, "values", 4),
    }
    assert title_columns(df, found) == ["c001"]
    assert title_columns(df, {"c001": None}) == []
