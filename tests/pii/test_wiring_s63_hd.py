"""Session 63 HD's header readers wired into the PII stage (through ``plan_columns``)."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_small_capital_birth_header_hints_a_sparse_birth_column() -> None:
    births = [""] * 24
    for i, v in enumerate(["2011-03-04", "2012-07-19", "2010-11-30", "2013-01-02"]):
        births[3 + 5 * i] = v
    dogs = ["Moss", "Fly", "Cap", "Nell", "Meg", "Roy", "Gyp", "Bess"] * 3
    df = pd.DataFrame({"Dog": dogs, "ᴅᴀᴛᴇ ᴏꜰ ʙɪʀᴛʜ": births, "Score": list(range(70, 94))})
    assert _plans(df)["ᴅᴀᴛᴇ ᴏꜰ ʙɪʀᴛʜ"] == "date_of_birth"


def test_trade_and_deed_headers_hint_people_in_mixed_layouts() -> None:
    rng = random.Random(1)
    people = ["M. Quigley", "Owen P.", "Ruth Ellery", "D Rowlands", "Carys B", "Idris Morgan"]
    for head in ("Shearer", "Made by", "In memory of", "Fattore", "ꜱʜᴇᴀʀᴇʀ", "string shearer = 3;"):
        df = pd.DataFrame(
            {
                "Sheep": [rng.choice(["Texel", "Jacob", "Herdwick"]) for _ in range(40)],
                head: [rng.choice(people) for _ in range(40)],
                "Count": list(range(40)),
            }
        )
        assert _plans(df)[head] == "name", head
    df = pd.DataFrame(
        {"Sheep": ["Texel"] * 40, "Colour": [rng.choice(people) for _ in range(40)], "Count": list(range(40))}
    )
    assert _plans(df).get("Colour") is None
