"""Full-name columns written ``Given FAMILY`` with family names no list holds (session 36)."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

GIVEN = ["Manuel", "Madalena", "Domingas", "Joaquim", "Francisca", "Teresa", "Isabel", "Fernando", "Rosa", "Mateus"]
FAMILY = ["MATETA", "QUISSANGA", "KIALA", "CASSOMA", "TCHIPILICA", "MUTEKA", "CANGOMBE", "LUTONDA", "BUMBA", "NZINGA"]
MONGOL_GIVEN = ["Цэцэг", "Номин", "Хулан", "Болд", "Ганзориг", "Оюунчимэг", "Баярмаа", "Энхбаяр"]
MONGOL_FAMILY = ["МӨНХ", "ДОРЖ", "ГАНБАТ", "ЛХАГВА", "ОЧИР", "ПҮРЭВ", "ЖАРГАЛ", "СҮРЭН", "ДАМДИН", "МЯГМАР"]


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def _frame(given: list[str], family: list[str], cells, seed: int, rows: int = 24) -> pd.DataFrame:
    rng = random.Random(seed)
    return pd.DataFrame(
        {
            "c000": [f"W{seed}{i:03d}" for i in range(rows)],
            "c001": [cells(rng.choice(given), rng.choice(family)) for _ in range(rows)],
            "c002": [str(rng.randint(1, 30)) for _ in range(rows)],
        }
    )


def test_given_then_family_in_capitals_is_a_name_column():
    df = _frame(GIVEN, FAMILY, lambda g, f: f"{g} {f}", 36601)
    assert _plans(df).get("c001") == "name"


def test_family_in_capitals_first_and_unlisted_given_names_that_repeat():
    df = _frame(MONGOL_GIVEN, MONGOL_FAMILY, lambda g, f: f"{f} {g}", 36602)
    assert _plans(df).get("c001") == "name"


def test_products_with_a_capitalised_material_are_no_names():
    # Every cell a word in ordinary case then capitals, but repeated product lines, not one person a row.
    df = _frame(["Chair", "Table", "Lamp"], ["OAK", "PINE", "ASH"], lambda g, f: f"{g} {f}", 36603)
    assert _plans(df).get("c001") is None


def test_town_cells_are_no_names():
    df = _frame(["Porto", "Santa", "Nova"], ["AMBOIM", "LISBOA", "SOYO"], lambda g, f: f"Rua {g} {f}", 36604)
    assert _plans(df).get("c001") != "name"
