"""Given names alone beside full names in one column (a roll's spouse): a name column, not a given-names column."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.column_name_mixed import mixed_people
from safe_synthesizer.pii.column_sample import sample_values

_PEOPLE = [E.NAME, E.FIRST_NAME, E.LAST_NAME, E.CITY, E.STATE]
# A club's partner column: the full name where it was given, the given name alone elsewhere.
_PARTNERS = [
    "Harold", "Dennis Crawford", "Gwendolyn", "Agnes Whitfield", "Tobias", "Roland Becker", "Irene",
    "Victor Lindqvist", "Walter", "Helga Brandt", "Margot", "Lucille Ferreira", "Dennis", "Tobias Lehmann",
    "Rosalind", "Harold Jennings", "Bernard", "Gwen Patterson", "Eleanor", "Walter Kowalski", "Simone",
    "Margot Dubois", "Clement", "Irene Hoffmann",
]  # fmt: skip
# Given names, some double (the second word a given name too): stays a given-names column.
_FORENAMES = [
    "Harold", "Gwendolyn", "Mary Ann", "Tobias", "Irene", "José Luis", "Walter", "Margot", "Anna Maria", "Dennis",
    "Lucille", "Roland", "Agnes", "Victor", "Helga", "Jean Pierre", "Bernard", "Rosalind", "Eleanor", "Simone",
    "Clement", "Juan Carlos", "Frederick", "Louise",
]  # fmt: skip


def _detect(values: list[str], header: str):
    df = pd.DataFrame({header: values})
    return detect_column(df[header], infer_schema(df)[header], entities=_PEOPLE)


def test_shares_of_full_names_and_given_names_alone() -> None:
    mix = mixed_people(sample_values(pd.Series(_PARTNERS), 500, 0))
    assert mix.mixed and mix.surnamed >= 0.4 and mix.given_alone >= 0.4


def test_double_given_names_are_no_full_names() -> None:
    assert not mixed_people(sample_values(pd.Series(_FORENAMES), 500, 0)).mixed


def test_mixed_column_is_a_name_column_with_the_header_hidden() -> None:
    det = _detect(_PARTNERS, "c007")
    assert det is not None and det.entity == E.NAME, det


def test_given_names_with_double_given_names_stay_first_names() -> None:
    det = _detect(_FORENAMES, "c002")
    assert det is not None and det.entity == E.FIRST_NAME, det
