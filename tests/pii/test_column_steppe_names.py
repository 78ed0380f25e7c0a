"""Kazakh and Mongolian given names in Cyrillic under a person header are person columns."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.column_steppe_names import steppe_given_share

_PEOPLE = [E.NAME, E.FIRST_NAME, E.LAST_NAME, E.CITY, E.STATE]
_KAZAKH = ["Бауыржан", "Қанат", "Талғат", "Айжан", "Балжан", "Гүлмира", "Аружан", "Жансая", "ЕРЖАН", "қанат"] * 4
_MONGOLIAN = ["Мөнхбат", "Болормаа", "Энхболд", "Түмэнбаяр", "Ганхуяг", "Сарангэрэл", "Батжаргал", "Мөнх-Эрдэнэ"] * 5


def _detect(values: list[str], header: str):
    df = pd.DataFrame({header: values})
    return detect_column(df[header], infer_schema(df)[header], entities=_PEOPLE)


def test_share_of_steppe_given_names() -> None:
    assert steppe_given_share(sample_values(pd.Series(_KAZAKH + _MONGOLIAN), 500, 0)) == 1.0
    assert steppe_given_share(sample_values(pd.Series(["Москва", "Алматы", "Иванов", "Smith"]), 500, 0)) == 0.0


def test_kazakh_forenames_under_a_forename_header() -> None:
    det = _detect(_KAZAKH, "Forenames")
    assert det is not None and det.entity == E.FIRST_NAME, det


def test_mongolian_fathers_names_under_a_last_name_header() -> None:
    det = _detect(_MONGOLIAN, "Last Name")
    assert det is not None and det.entity == E.LAST_NAME, det
