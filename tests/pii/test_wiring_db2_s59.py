"""Helper DB's second wiring (session 59): birth-date cells joined by a rare separator with two-digit years
(``14_09_30``), read as the dotted cell and shifted back in their own layout; through ``replace_pii``."""

from __future__ import annotations

import re

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_BORN = ["14_09_30", "02_11_47", "23_05_38", "30_01_52", "11_07_29", "05_12_61", "19_03_44", "27_08_35",
         "08_10_56", "16_06_41", "21_02_33", "03_04_49", "25_09_58", "12_12_27", "07_01_63", "29_06_40",
         "10_03_46", "18_11_31", "04_08_54", "26_04_37"]  # fmt: skip
_NAMES = ["Ute Brandt", "Horst Kämmerer", "Gisela Vogt", "Werner Lenz", "Erika Sommer", "Dieter Haas",
          "Renate Pohl", "Klaus Winter", "Inge Krüger", "Manfred Roth", "Ursula Beck", "Helmut Franke",
          "Christa Lorenz", "Günter Busch", "Hannelore Graf", "Rolf Kuhn", "Elke Jansen", "Kurt Seidel",
          "Monika Arndt", "Heinz Otto"]  # fmt: skip


def _frame(header: str) -> pd.DataFrame:
    return pd.DataFrame({"Bewohner": _NAMES, header: _BORN, "Zimmer": [f"{100 + i}" for i in range(20)]})


def test_rare_separator_two_digit_birth_dates_found_shown_and_hidden() -> None:
    for header in ("Geburtsdatum", "c001"):
        df = _frame(header)
        plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
        assert plans.get(header) == "date_of_birth"


def test_rare_separator_two_digit_birth_dates_shifted_in_layout() -> None:
    df = _frame("Geburtsdatum")
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Geburtsdatum"].tolist()
    assert all(re.fullmatch(r"\d\d_\d\d_\d\d", v) for v in out)
    assert sum(a != b for a, b in zip(out, _BORN, strict=True)) >= 18
