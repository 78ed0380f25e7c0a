"""Session 64, helper ID: end-to-end checks of the wiring in ``/work/s64docs/wiring_ID.md``.

FAILS without the wiring (the passport column is read as phones).
"""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns

_GIVEN = ["Aslan", "Zelimkhan", "Madina", "Kheda", "Ruslan", "Aminat", "Said", "Luiza", "Adam", "Petimat"]
_FAMILY = [
    "Dudayev",
    "Kadyrov",
    "Umarov",
    "Basayev",
    "Gelayev",
    "Akhmadov",
    "Zakayev",
    "Masayev",
    "Isayev",
    "Tepsurkayev",
]


def _russian_register() -> pd.DataFrame:
    n = 20
    ids = [""] * n
    ids[3], ids[11], ids[16] = "96 22 224184", "[RU] 96 15 073545", "96 07 131076 — seen"
    return pd.DataFrame(
        {
            "c000": [f"{_GIVEN[i % 10]} {_FAMILY[(i * 3) % 10]}" for i in range(n)],
            "c001": [f"+7 928 {100 + i * 7:03d}-{10 + i:02d}-{30 + i:02d}" for i in range(n)],
            "c002": [f"Kit {i}" for i in range(n)],
            "c003": ids,
        }
    )


def test_russian_passports_with_their_dress_are_ids_not_phones() -> None:
    df = _russian_register()
    plans = {p.column: p for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans["c003"].entity == "national_id"
