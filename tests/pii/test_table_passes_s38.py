"""Table passes wired in session 38: a small table's birth dates beside its people's names."""

from datetime import date, timedelta

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

_NAMES = [
    "Jan de Vries", "Sjoerd Hoekstra", "Fatima El Amrani", "Anne-Marie Visser", "Hylke Postma", "Wietske Dijkstra",
    "Soufiane Boukhari", "Marie Bakker", "Kees van der Meer", "Tjitske Smit", "Pieter Jansen", "Yasmina Ait Taleb",
    "Daan Mulder", "Sanne de Boer", "Lotte Bos", "Bram Vos", "Noor Peters", "Ruben Hendriks", "Eva Dekker",
    "Thijs Brouwer", "Femke Kok", "Joris Meijer", "Iris Willems", "Stijn Jacobs",
]  # fmt: skip


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_small_table_birth_dates_beside_names_are_planned() -> None:
    births = [(date(1938, 3, 1) + timedelta(days=(i * 7919) % (66 * 365))).strftime("%d-%m-%Y") for i in range(19)]
    df = pd.DataFrame(
        {
            "c000": _NAMES,
            "c001": births + ["niet opgegeven"] * 3 + [None, None],
            "c002": [round(10.5 * i, 2) for i in range(24)],
        }
    )
    assert _plans(df).get("c001") == "date_of_birth"


def test_small_table_of_recent_event_dates_stays_unplanned() -> None:
    visits = [(date(2024, 1, 3) + timedelta(days=(i * 37) % 700)).strftime("%d-%m-%Y") for i in range(19)]
    df = pd.DataFrame({"c000": _NAMES, "c001": visits + [None] * 5})
    assert "c001" not in _plans(df)


def test_units_beside_product_names_are_no_postcode_town_pair() -> None:
    words = ["Memory", "Tax", "Heavy", "Join", "Half", "Style", "Change", "Owner", "Agent", "Similar"]
    products = [f"{w} {s}" for w, s in zip(words * 2, ["Pro", "Max", "Lite"] * 7, strict=False)]
    units = [119, 489, 460, 278, 35, 882, 531, 185, 342, 529, 679, 701, 256, 613, 407, 398, 744, 158, 807, 266]
    df = pd.DataFrame({"product": products, "units": units})
    assert _plans(df) == {}


def test_a_product_line_beside_unique_counts_is_no_town_pair_with_names_hidden() -> None:
    words = ["Memory", "Tax", "Heavy", "Join", "Half", "Style", "Change", "Owner", "Agent", "Similar"]
    products = [f"{w} {s}" for w, s in zip(words * 2, ["Pro", "Max", "Lite"] * 7, strict=False)]
    units = [119, 489, 460, 278, 35, 882, 531, 185, 342, 529, 679, 701, 256, 613, 407, 398, 744, 158, 807, 266]
    df = pd.DataFrame({"c000": products, "c001": units})
    assert _plans(df) == {}


def test_towns_of_several_words_beside_codes_still_pair() -> None:
    towns = ["Lake Jessica", "North Amy", "Port Kevin", "West Dana", "New Carla", "East Joel", "South Lena",
             "Lake Marco", "Port Tina", "North Glen", "West Ruth", "New Ivan"]  # fmt: skip
    codes = ["04311", "73444", "92338", "10562", "33019", "58201", "86402", "27513", "61820", "45037", "19944", "70211"]
    df = pd.DataFrame({"c000": towns, "c001": codes})
    assert _plans(df) == {"c000": "city", "c001": "postcode"}
