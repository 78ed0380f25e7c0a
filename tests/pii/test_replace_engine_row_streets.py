"""replace_pii: a note that repeats its row's address in parts or without a house number loses it."""

from __future__ import annotations

import random

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii

_VILLAGES = ["Ha Mokhethi", "Ha Ntsane", "Ha Paki", "Ha Seleso", "Ha Ramotso", "Ha Thamae", "Ha Mafa", "Ha Nkuebe"]
_TOWNS = ["Mafeteng", "Leribe", "Berea", "Quthing", "Butha-Buthe"]


def _table(n: int = 16) -> pd.DataFrame:
    fake = Faker("en_GB")
    fake.seed_instance(11)
    rng = random.Random(11)
    rows = []
    for i in range(n):
        village = _VILLAGES[i % len(_VILLAGES)]
        rows.append({
            "client": fake.name(),
            "email": fake.email(),
            "home": f"Plot {rng.randint(10, 400)}, {village}, {rng.choice(_TOWNS)}",
            "note": f"Delivered to {village} on Tuesday, gate was open.",
        })  # fmt: skip
    return pd.DataFrame(rows)


def test_the_rows_village_leaves_its_note() -> None:
    df = _table()
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=1)
    assert "home" in {c.column for c in out.report.columns}
    kept = [note for note, village in zip(out.data["note"], df["home"].str.split(", ").str[1], strict=True)
            if village in note]  # fmt: skip
    assert kept == []
