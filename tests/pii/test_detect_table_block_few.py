"""End-to-end: detect_table finds the few-level town and postcode columns of a small address block (hidden names)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.detect_table import detect_table

_HOMES = [
    ("Mòrag Dhòmhnallach", "14 Rathad a' Chaisteil", "Baile Ùr", "PH41 2QT", "+44 7700 900123"),
    ("Eòghann Caimbeul", "3 Sràid na h-Eaglaise", "Cille Bhrìde", "HS8 5RL", "+44 7700 900456"),
    ("Peigi Dhòmhnallach", "77 Rathad na Mara", "Port Rìgh", "IV51 7DA", "+44 7700 900789"),
    ("Ruairidh Mac a' Phì", "9 Ceann a' Bhàigh", "Loch nam Madadh", "HS6 5AP", "+44 7700 900321"),
]


def test_detect_table_finds_few_level_block_towns_and_postcodes() -> None:
    rows = [_HOMES[i] for i in [0, 0, 1, 2, 0, 1, 3, 2, 0, 3, 1, 2]]
    df = pd.DataFrame(
        {
            "c000": [f"J{7400 + i}" for i in range(len(rows))],
            "c001": [r[0] for r in rows],
            "c002": [r[1] for r in rows],
            "c003": [r[2] for r in rows],
            "c004": [r[3] for r in rows],
            "c005": [r[4] for r in rows],
        }
    )
    found = detect_table(df, infer_schema(df).columns, ReplacePiiParameters())
    assert found["c002"] is not None and found["c002"].entity == "street_address"
    assert found["c003"] is not None and found["c003"].entity == "city"
    assert found["c004"] is not None and found["c004"].entity == "postcode"
