import pandas as pd

from safe_synthesizer.pii.sparse_cells import filled_cells, person_words, text_head


def test_text_head_reads_text_columns_only() -> None:
    df = pd.DataFrame({"who": ["Ana Silva", None, "-"], "n": [1, 2, 3]})
    head = text_head(df, "who", 2)
    assert head is not None and len(head) == 2 and head.iloc[0] == "Ana Silva"
    assert text_head(df, "n", 2) is None


def test_filled_cells_drops_the_cells_said_to_be_empty() -> None:
    series = pd.Series([" Ana Silva ", None, "-", "N/A", "", "Rui Costa"])
    assert filled_cells(series, frozenset({"", "-", "n/a"})) == ["Ana Silva", "Rui Costa"]
    assert filled_cells(series, frozenset({""})) == ["Ana Silva", "-", "N/A", "Rui Costa"]


def test_person_words_reads_only_text_cells_of_the_head() -> None:
    df = pd.DataFrame({"a": ["Ana Silva", 7, "Rui Costa"], "b": ["Eva Lima", None, "Zé Pinto"]})
    words = person_words(df, ["a", "b"], 2, lambda v: v.casefold().split())
    assert words == frozenset({"ana", "silva", "eva", "lima"})
    assert person_words(df, ["a"], 3, lambda v: None) == frozenset()
