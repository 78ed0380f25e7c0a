"""Session 61 NM wiring: person columns a machine joined, detected with hidden headers and faked in their layout."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii

_JOINED = ["Lindqvist.Petra", "NOWAK_Agata", "Lindqvist (P)", "OskarBrennan", "petra-lindqvist", "Brennan.Oskar",
           "Dalton.Mirela", "DALTON_Mirela", "Nowak (A)", "Mirela Dalton", "agata-nowak", "HannaSorensen",
           "Sorensen.Hanna", "Sorensen (H)"]  # fmt: skip


def test_machine_joined_people_are_found_hidden_and_faked_in_their_layout() -> None:
    df = pd.DataFrame({"c000": [f"K{i:02d}" for i in range(14)], "c001": _JOINED,
                       "c002": [f"{9 + i % 8}:00" for i in range(14)]})  # fmt: skip
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c001") == "name"
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["c001"].tolist()
    for before, after in zip(_JOINED, out, strict=True):
        assert not any(w in after for w in ("Lindqvist", "Nowak", "NOWAK", "Brennan", "Sorensen", "Petra", "Agata"))
        if "." in before:
            assert after.count(".") == 1 and after[0].isupper() and after.split(".")[1][:1].isupper()
        if "_" in before:
            left, _, right = after.partition("_")
            assert left.isupper() and right[:1].isupper() and not right.isupper()
        if before.islower():
            assert after.islower() and "-" in after and " " not in after
