"""Person evidence of session 41: full names of unlisted surnames under a name header, and without one."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import detect_column

_PEOPLE = [E.NAME, E.FIRST_NAME, E.LAST_NAME, E.CITY, E.STATE]
# A school's guardian contacts: Chagga and Pare surnames no list holds; some given names listed, some initials.
_GUARDIANS = [
    "Joseph Mfinanga", "Bi. R. Lyamuya", "Mwanaisha Shayo", "Daniel Massawe", "Bw. T. Mrema", "Kweka, Elia",
    "Neema Urassa", "Peter Kimambo", "Bw. A. Tarimo", "Rehema Minja", "Anna Mushi", "Halima Njau",
    "Emmanuel Mmari", "Bi. F. Msuya", "Paulo Temu", "Esther Kileo", "Mosses Lema", "Upendo Moshi",
]  # fmt: skip
# Alpine parents: listed given names (often two), family names of the valleys that no list holds.
_PARENTS = [
    "Theresia Unterkircher", "Alois Hofer", "Maria Luise Stuefer", "Josef Anton Plankensteiner", "Rosa Tappeiner",
    "Georg Gasser", "Anna Maria Mairhofer", "Johann Stockner", "Elisabeth Rabanser", "Franz Josef Thaler",
    "Monika Haller", "Martin Obkircher", "Helene Hofer", "Stefan Unterkircher", "Maria Tappeiner", "Peter Gasser",
]  # fmt: skip


def _detect(values: list[str], header: str):
    df = pd.DataFrame({header: values})
    return detect_column(df[header], infer_schema(df)[header], entities=_PEOPLE)


def test_named_header_with_unlisted_surnames_opening_with_given_names() -> None:
    det = _detect(_GUARDIANS, "Guardian 1 Name")
    assert det is not None and det.entity == E.NAME, det


def test_full_names_of_unlisted_surnames_with_the_header_hidden() -> None:
    det = _detect(_PARENTS, "c014")
    assert det is not None and det.entity == E.NAME, det
    # A few brands named after people, filling many rows each, stay a category.
    brands = _detect(["Hugo Boss", "Ralph Lauren", "Tommy Hilfiger", "Calvin Klein"] * 10, "c003")
    assert brands is None or brands.entity != E.NAME, brands
