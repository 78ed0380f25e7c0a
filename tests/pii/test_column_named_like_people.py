"""Classifier person findings on a small closed set of things named like people (:mod:`column_named_like_people`)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_named_like_people import closed_set, named_like_people_columns

_GUESTS = ["Giuseppina Brichese", "Carolina Iacobucci", "Fortunata Barcella", "Marco Sartori", "Luca Ferri",
           "Anna Riva", "Paolo Conti", "Giulia Marchetti", "Sergio Fabbri"]  # fmt: skip
_STILLS = ["Angela", "Old Bessie", "Mary Rose", "Angela", "Old Bessie", "Mary Rose", "Constance", "Constance", "Angela"]
_STAFF = ["Gereon", "Carl-Heinz", "Gereon", "Gereon", "Carl-Heinz", "Gereon", "Carl-Heinz", "Gereon", "Gereon"]


def _det(column: str, method: str, share: float) -> ColumnDetection:
    return ColumnDetection(column, "name", 0.97, share, method, 9)


def _frame(header: str, values: list[str]) -> pd.DataFrame:
    return pd.DataFrame({"Ospite": _GUESTS, header: values})


def test_closed_set_of_stills_beside_guests_is_vetoed() -> None:
    for header in ("Still", "c006", "char still[64];"):
        df = _frame(header, _STILLS)
        rescued = {header: _det(header, "classifier", 0.25)}
        assert named_like_people_columns(df, rescued, {"Ospite": _det("Ospite", "name+values", 1.0)}) == [header]


def test_rules_read_people_or_header_names_a_person_keeps_it() -> None:
    df = _frame("Still", _STILLS)
    found = {"Ospite": _det("Ospite", "name+values", 1.0)}
    assert named_like_people_columns(df, {"Still": _det("Still", "classifier", 0.8)}, found) == []
    assert named_like_people_columns(df, {"Still": _det("Still", "name+values", 0.25)}, found) == []
    staff = _frame("Guide", _STAFF)
    assert named_like_people_columns(staff, {"Guide": _det("Guide", "classifier", 0.2)}, found) == []


def test_no_register_of_people_or_a_register_no_larger_keeps_it() -> None:
    df = _frame("Still", _STILLS)
    assert named_like_people_columns(df, {"Still": _det("Still", "classifier", 0.25)}, {}) == []
    small = pd.DataFrame({"Ospite": _GUESTS[:3] * 3, "Still": _STILLS})
    found = {"Ospite": _det("Ospite", "name+values", 1.0)}
    assert named_like_people_columns(small, {"Still": _det("Still", "classifier", 0.25)}, found) == []


def test_closed_set() -> None:
    assert closed_set(_STILLS)
    assert not closed_set(_GUESTS)
    assert not closed_set(["Angela", "Angela", "Mary Rose"])  # too few cells
    assert not closed_set(["A b", "A b", "C d", "E f", "G h", "I j"])  # one recurring value, 1.2 rows each
