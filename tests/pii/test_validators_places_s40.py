"""Street lines whose glued street type lost its accents (s40, PL): an old export writes ``Storvagen 12`` for
``Storvägen 12``; the type is the same word, and a street column of them is found by its values."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns
from safe_synthesizer.pii.validators import is_street_any

_STREETS = ["Storvagen 12", "Lindvagen 4", "Bjorkvagen 31", "Kvarngatan 8", "Slottsvagen 17", "Sjovagen 2",
            "Aspvagen 45", "Parkvagen 9", "Skogsvagen 23", "Angsvagen 6", "Hamnvagen 14", "Tallvagen 3"]  # fmt: skip


def test_glued_types_without_their_accents() -> None:
    assert all(map(is_street_any, ["Storvagen 12", "Sjovagen 2", "Skoalstrjitte 4", "Tsjerkebuorren 13"]))
    assert not any(map(is_street_any, ["Meeting 4", "Renewal 2", "Stockholm 3", "Dashboard 7"]))


def test_a_street_column_without_accents_is_found_by_its_values() -> None:
    df = pd.DataFrame({"c000": [f"Kund {i}" for i in range(24)], "c001": [_STREETS[i % 12] for i in range(24)]})
    df["c001"] = [f"{s.split()[0]} {int(s.split()[1]) + i}" for i, s in enumerate(df["c001"])]
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c001") in ("street_address", "address")
