"""replace_pii: towns of a country Faker has no locale of are faked as that country's real towns."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.country_towns import country_towns
from safe_synthesizer.pii.replace import replace_pii

_GIVEN = ["Kila", "Mary", "Peter", "Grace", "Joseph", "Ruth", "Michael", "Esther", "John", "Naomi"]
_FAMILY = ["Wari", "Kaupa", "Namaliu", "Somare", "Temu", "Kapris", "Marape", "Agarobe", "Pomat", "Kavo"]


def _png_table(n: int = 30) -> pd.DataFrame:
    rng = random.Random(7)
    towns = country_towns("PG")[:10]
    rows = [
        {
            "member": f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY)}",
            "mobile": f"+675 7{rng.randint(0, 9)}{rng.randint(10, 99)} {rng.randint(1000, 9999)}",
            "town": rng.choice(towns),
        }
        for _ in range(n)
    ]
    return pd.DataFrame(rows)


def test_png_town_fakes_are_png_towns() -> None:
    df = _png_table()
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=4)
    assert "town" in {c.column for c in out.report.columns}
    assert set(out.data["town"]) <= set(country_towns("PG"))
    assert (out.data["town"] != df["town"]).any()
