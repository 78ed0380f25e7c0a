"""Towns written in a script without capitals (session 44) beside the people's street lines: Arabic, Hebrew."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from safe_synthesizer.pii.column_block_towns import block_town_columns

# Towns of Oman (Arabic) and of Israel (Hebrew), with street lines of their own forms.
_OMAN = ["صحار", "نزوى", "صور", "عبري", "البريمي", "الرستاق", "بهلاء", "إبراء", "السيب", "مطرح"]
_ISRAEL = ["חדרה", "נתניה", "רחובות", "אשדוד", "עפולה", "טבריה", "דימונה", "כרמיאל", "נהריה", "רעננה"]


def _lines(towns: list[str], street: str, rows: int = 40, seed: int = 44) -> pd.DataFrame:
    rng = random.Random(seed)
    return pd.DataFrame({
        "c000": [f"ORD{5000 + i}" for i in range(rows)],
        "c001": [street.format(rng.randint(1, 90), rng.randint(1, 300)) for _ in range(rows)],
        "c002": [rng.choice(towns) for _ in range(rows)],
    })  # fmt: skip


@pytest.mark.parametrize(("towns", "street"), [(_OMAN, "سكة {}، منزل {}"), (_ISRAEL, "רחוב הרצל {} דירה {}")])
def test_caseless_towns_beside_street_lines(towns: list[str], street: str) -> None:
    df = _lines(towns, street)
    found = block_town_columns(df, list(df.columns), {"c001": "street_address"})
    assert found["c002"].entity == "city"
