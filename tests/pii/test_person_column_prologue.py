"""The opening shared by the person-column judges (session 62): columns read, cells kept, first verdicts."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.person_column_prologue import (
    open_person_cells,
    person_text_columns,
    table_person_words,
    text_cells,
    thin_column,
)

PEOPLE = ["Ann Lee", "Bo Chan", "Ed Kim", "Al Roy", "Kay Dunn"]


def test_junk_and_set_asides_are_dropped_and_order_kept() -> None:
    opening = open_person_cells([*PEOPLE, "n/a", "Ann Lee", "anon_7"], min_distinct=4, set_aside=lambda v: "_" in v)
    assert opening.verdict is None
    assert opening.kept == PEOPLE


def test_too_few_and_category_are_refused_with_the_judges_words() -> None:
    assert open_person_cells(PEOPLE[:3], min_distinct=4).verdict == (None, "few cells")
    assert open_person_cells(PEOPLE[:3], min_distinct=4, too_few="junk").verdict == (None, "junk")
    # Five values over fifty rows: a category's, not a register's people.
    assert open_person_cells(PEOPLE * 10, min_distinct=4).verdict == (None, "category")
    assert open_person_cells(PEOPLE * 10, min_distinct=4, category="few").verdict == (None, "few")


def test_max_junk_refuses_a_column_mostly_set_aside() -> None:
    values = [*PEOPLE[:4], "x1", "x2", "x3", "x4"]
    assert open_person_cells(values, min_distinct=3, set_aside=lambda v: v.startswith("x")).verdict is None
    opened = open_person_cells(values, min_distinct=3, set_aside=lambda v: v.startswith("x"), max_junk=0.34)
    assert opened.verdict == (None, "few cells")


def test_a_thin_columns_few_cells_go_to_the_judges_few_reader_only_with_table_words() -> None:
    def few(kept: list[str], words: frozenset[str]) -> tuple[tuple[float, str] | None, str]:
        return (1.0, f"{len(kept)} of the table's"), "people"

    assert open_person_cells(PEOPLE[:2], min_distinct=4, few=few).verdict == (None, "few cells")
    verdict = open_person_cells(PEOPLE[:2], min_distinct=4, few=few, table_words=frozenset({"lee"})).verdict
    assert verdict == ((1.0, "2 of the table's"), "people")
    # One cell is never enough, even with the table's people.
    assert open_person_cells(PEOPLE[:1], min_distinct=4, few=few, table_words=frozenset({"lee"})).verdict[0] is None


def test_columns_read_skip_decided_animal_and_non_text_columns() -> None:
    df = pd.DataFrame({"Owner": ["Ann  Lee", None], "Dog": ["Rex", "Bo"], "n": [1, 2], "Done": ["Ed Kim", "x"]})
    found = {"Done": ColumnDetection("Done", E.NAME, 1.0, 1.0, "test", 2, None, "")}
    assert person_text_columns(df, ["Owner", "Dog", "n", "Done", "Missing"], found) == {"Owner": ["Ann Lee"]}
    assert text_cells(df["Owner"]) == ["Ann Lee"]
    assert thin_column(["Ann Lee"], pd.DataFrame({"a": range(4)}))
    assert not thin_column(["Ann Lee", "Bo Chan"], pd.DataFrame({"a": range(4)}))


def test_table_words_come_from_the_person_columns_found() -> None:
    df = pd.DataFrame({"Owner": ["Ann Lee", "Bo Chan"], "Town": ["Leeds", "York"]})
    found = {
        "Owner": ColumnDetection("Owner", E.NAME, 1.0, 1.0, "test", 2, None, ""),
        "Town": ColumnDetection("Town", E.CITY, 1.0, 1.0, "test", 2, None, ""),
    }
    words = table_person_words(df, found, lambda v: [w.casefold() for w in v.split()])
    assert words == frozenset({"ann", "lee", "bo", "chan"})
