"""Town columns of overseas territories are replaced by real towns of the territory, not kept as written.

A town column whose towns are each shared by many rows is kept where the fakes would be invented towns
(``replace._kept_town_column``). Guadeloupe's communes read as ``fr_FR`` (Faker invents fr_FR's towns), so a petition's
home towns were published as written; Guadeloupe's towns are listed (``country_towns``), so they must be replaced.
"""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.country_towns import country_towns
from safe_synthesizer.pii.replace import replace_pii

_TOWNS = ["Les Abymes", "Le Gosier", "Sainte-Anne", "Le Moule", "Baie-Mahault", "Petit-Bourg"]
_GIVEN = ["Maryse", "Joël", "Line", "Firmin", "Nadège", "Rodrigue", "Josette", "Harry", "Murielle", "Patrice"]
_FAMILY = ["Jalton", "Lurel", "Bélénus", "Chaulet", "Théodore", "Borel", "Nomertin", "Romana", "Lacroix", "Dorville"]


def _petition(rows: int = 144) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Nom": [_FAMILY[i % 10] for i in range(rows)],
            "Prénom": [_GIVEN[(i * 7) % 10] for i in range(rows)],
            "Commune": [_TOWNS[i % len(_TOWNS)] for i in range(rows)],
            "Signé le": [f"2025-0{1 + i % 9}-{10 + i % 18}" for i in range(rows)],
        }
    )


def test_guadeloupe_town_column_shared_by_many_rows_is_replaced_by_guadeloupe_towns() -> None:
    df = _petition()
    result = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0)
    out = result.data["Commune"]
    assert not (out == df["Commune"]).any()
    assert set(out) <= set(country_towns("GP"))
