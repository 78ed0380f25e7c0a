"""Session 35 (helper OL): real towns of Jordan, the Emirates, Bosnia, Odisha, Kazakhstan and Peru, which Faker
does not list (it invents English-looking ones), are read as towns from values alone."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_towns import small_country_town
from safe_synthesizer.pii.replace import plan_columns


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def _town_table(towns: list[str], n: int = 24) -> pd.DataFrame:
    return pd.DataFrame({"c001": [towns[i * 5 % len(towns)] for i in range(n)],
                         "c002": [f"{12 + i * 7 % 40}.50" for i in range(n)]})  # fmt: skip


def test_towns_of_countries_faker_invents_are_planned_as_towns() -> None:
    for towns in (
        ["Amman", "Zarqa", "Irbid", "Aqaba", "Madaba", "Mafraq", "Jerash", "Karak", "Ajloun"],
        ["Sarajevo", "Mostar", "Zenica", "Bihać", "Bijeljina", "Prijedor", "Trebinje", "Doboj", "Cazin"],
        ["ଭୁବନେଶ୍ୱର", "କଟକ", "ପୁରୀ", "ସମ୍ବଲପୁର", "ବାଲେଶ୍ୱର", "ଭଦ୍ରକ", "ବାରିପଦା", "କୋରାପୁଟ", "ଅନୁଗୋଳ"],
        ["Алматы", "Шымкент", "Қарағанды", "Ақтөбе", "Павлодар", "Өскемен", "Атырау", "Қостанай", "Орал"],
        ["Arequipa", "Chiclayo", "Piura", "Iquitos", "Huancayo", "Tacna", "Juliaca", "Pucallpa", "Tarapoto"],
    ):
        assert _plans(_town_table(towns)).get("c001") == "city", towns[0]


def test_towns_vote_for_a_locale_faker_has() -> None:
    assert small_country_town("DUBAI") == "ar_AE"
    assert small_country_town("Bihac") == "bs_BA"  # accents optional
    assert small_country_town("Алматы") == "ru_RU"  # no Kazakh Faker locale: the Cyrillic one
    assert small_country_town("Lima") is None  # also a Peruvian town, but a common word elsewhere
