"""A nickname header cues a given-name column: nicknames are given names and their short forms, one word each."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.cues import cue_hints
from safe_synthesizer.pii.replace import plan_columns


def test_nickname_headers_in_several_languages_cue_first_name() -> None:
    for header in ("Nickname", "Spitzname", "Apodo", "Surnom", "Soprannome", "Bijnaam", "Smeknamn"):
        assert "first_name" in cue_hints(header), header


def test_sparse_nickname_column_is_planned_as_first_name() -> None:
    df = pd.DataFrame(
        {
            "First Name": ["Margaret", "Robert", "William", "Katharina", "Giuseppe", "Elizabeth"] * 3,
            "Last Name": ["Okafor", "Brennan", "Nakamura", "Vogel", "Russo", "Lindqvist"] * 3,
            "Nickname": ["Peggy", "", "Bill", "Kathi", "", "Betty"] * 3,
        }
    )
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans["Nickname"] == "first_name"
