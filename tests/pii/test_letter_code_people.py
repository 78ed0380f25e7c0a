"""Person findings of letter codes (gauges, sizes, grades) are taken back; names and initials are not."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.letter_code_people import letter_code_person_columns, letter_codes


def _det(column: str, entity: str) -> ColumnDetection:
    return ColumnDetection(column, entity, 0.8, 0.4, "values+stock-pair", 0)


def test_letter_codes_mix_single_letters_and_capital_pairs() -> None:
    assert letter_codes(["S", "M", "XL", "L"])
    assert letter_codes(["A", "AB", "O", "B"])
    assert not letter_codes(["J", "K", "M"])  # middle initials
    assert not letter_codes(["Li", "Wu", "Ng", "Chen"])  # family names
    assert not letter_codes(["王", "李", "AB", "C"])  # scripts without case are never codes here
    assert not letter_codes([])


def test_a_surname_finding_of_gauges_is_taken_back() -> None:
    df = pd.DataFrame({"c001": ["Vika Lomu", "Sione Tui", "Ana Fifita", "Tevita Moa"] * 2,
                       "c002": ["N", "HO", "OO", "G", "n/a", "O", "HO", "N"],
                       "c003": ["Lomu", "Tui", "Fifita", "Moa"] * 2})  # fmt: skip
    found = {"c001": _det("c001", "name"), "c002": _det("c002", "last_name"), "c003": _det("c003", "last_name")}
    assert letter_code_person_columns(df, found) == ["c002"]
