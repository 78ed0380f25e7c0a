"""Town columns of countries whose towns no vocabulary list held (session 32): Faker's real-town lists
of every locale, and the largest cities of countries Faker lists none for."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import detect_column
from safe_synthesizer.pii.validators.places import is_listed_city


def test_towns_of_more_countries_are_listed():
    for town in ("Gəncə", "Битола", "Pretoria", "Karachi", "Пловдив", "المنصورة", "Barisal"):
        assert is_listed_city(town), town


def test_a_hidden_column_of_these_towns_is_a_town_column():
    """Set 17: Azerbaijani, Bulgarian, Pakistani and South African town columns with their names hidden
    matched no list and were left as written."""
    for towns in (
        ["Bakı", "Gəncə", "Sumqayıt", "Lənkəran", "Şirvan", "Mingəçevir", "Naxçıvan"],
        ["София", "Пловдив", "Варна", "Бургас", "Русе", "Стара Загора", "Плевен"],
        ["Karachi", "Lahore", "Islamabad", "Peshawar", "Multan", "Quetta", "Faisalabad"],
        ["Pretoria", "Durban", "Johannesburg", "Cape Town", "Bloemfontein", "Polokwane", "Richards Bay"],
    ):
        df = pd.DataFrame({"c006": (towns * 4)[:24]})
        det = detect_column(df["c006"], infer_schema(df)["c006"], entities=[E.CITY, E.NAME, E.LAST_NAME])
        assert det is not None and det.entity == E.CITY, (towns[0], det)


def test_name_columns_stay_name_columns():
    names = ["Ahmed", "Fatima", "Karim", "Amina", "Yacine", "Sara", "Mehdi", "Lina", "Nadia", "Omar", "Rania",
             "Samir", "Leila", "Hassan", "Meriem", "Walid", "Imane", "Sofiane", "Yasmine", "Bilal", "Salma",
             "Anis", "Hana", "Riad"]  # fmt: skip
    df = pd.DataFrame({"c001": names})
    det = detect_column(df["c001"], infer_schema(df)["c001"], entities=[E.CITY, E.FIRST_NAME, E.NAME])
    assert det is None or det.entity != E.CITY, det
