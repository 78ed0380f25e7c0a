"""Tests of :mod:`safe_synthesizer.pii.column_thing_cells`: the classifier's person findings on columns of things."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_thing_cells import thing_cell_column, thing_cell_columns, thing_marks


def _det(column: str, method: str = "classifier") -> ColumnDetection:
    return ColumnDetection(column, "name", 0.8, 0.4, method, 10)


def test_measures_and_common_nouns_mark_things() -> None:
    for value in ("Bahco 24oz", "Vaughan lump hammer", "Halder mallet", "borrowed", "1.5 kg bag", "silk navy"):
        assert thing_marks(value, capitalised_column=True, lower_column=False), value


def test_person_cells_carry_no_mark() -> None:
    for value in ("Maja Lindqvist", "Ana de la Cruz", "Oskar Berglund for Saga", "Ida Lundberg (daughter)",
                  "Hugo Wallin · M4471", "Elin Sjöberg [ES]", "Kemal oğlu Ahmet"):  # fmt: skip
        assert not thing_marks(value, capitalised_column=True, lower_column=False), value


def test_columns_of_tools_ribbons_and_conkers_are_things() -> None:
    assert thing_cell_column(["Bahco 24oz", "Vaughan lump hammer", "Halder mallet", "own", "own"])
    assert thing_cell_column(["organza", "Laura Ashley", "satin gold", "gingham (Black Watch)", "Morris print"])
    assert thing_cell_column(["The Black Prince", "King Horse", "Lady Luck", "Big Ben", "Nelson"])


def test_registers_of_people_stay_people() -> None:
    register = ["Maja Lindqvist", "Oskar Berglund for Saga", "Ida Lundberg (daughter)", "Hugo Wallin"]
    assert not thing_cell_column(register)
    # An export writing every name in lower case: the lower case says nothing.
    assert not thing_cell_column(["shifaz shareef", "aminath riyaz", "ibrahim naseem", "fathimath hussain"])
    assert not thing_cell_column(["Dr Patel", "Nurse Jones", "Sister Agnes", "Mr Brown"])


def test_only_classifier_findings_are_taken_back() -> None:
    df = pd.DataFrame({"Tool": ["Bahco 24oz", "Vaughan lump hammer", "Halder mallet", "own"] * 3,
                       "Who": ["Maja Lindqvist", "Oskar Berglund", "Ida Lundberg", "Hugo Wallin"] * 3})  # fmt: skip
    assert thing_cell_columns(df, {"Tool": _det("Tool"), "Who": _det("Who", "values")}) == ["Tool"]
    assert thing_cell_columns(df, {"Tool": _det("Tool", "values")}) == []


def test_people_in_a_machine_dress_stay_people() -> None:
    # Domain accounts and record fields hold name pieces in lower case: no common nouns.
    logins = ["Ines Lacroix", "CLUB\\ines.lacroix", "OFFICE\\marc.duvernoy", "Marc Duvernoy", "DESK\\paul.berthou"]
    assert not thing_cell_column(logins)
    records = ['{"given": "Ines", "family": "Lacroix"}', '{"given": "Marc", "family": "Duvernoy"}', "Paul Berthou"]
    assert not thing_cell_column(records)
