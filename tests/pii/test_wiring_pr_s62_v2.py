"""Helper PR's session-62 v2 hook end to end through ``plan_columns`` / ``replace_pii``: a mostly blank remarks
column read as free text (fails without it). Values are made up here. (The household reading of the one-house-one-town
check was taken back after set 48: three false town columns, farms and sheep breeds, and no town column gained.)"""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_a_mostly_blank_remarks_column_is_read_as_free_text() -> None:
    # Blank cells written as '' (not missing) made a remarks column of one sentence look like no prose at all.
    rows = 12
    remarks = [""] * rows
    remarks[3] = "Rebound the atlas for Dorothea Vandersloot, deliver to 14 Kestrel Gardens after Friday."
    df = pd.DataFrame(
        {
            "Job": [f"J-{100 + i}" for i in range(rows)],
            "Binding": ["Quarter leather", "Cloth", "Full calf", "Cloth"] * 3,
            "Remarks": remarks,
        }
    )
    assert _plans(df).get("Remarks") == "free_text"
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    assert "Vandersloot" not in out.loc[3, "Remarks"]
