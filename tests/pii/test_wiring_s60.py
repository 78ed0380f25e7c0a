"""Session 60's hooks, end to end through ``replace_pii`` / ``plan_columns`` (helpers TL, OS, FF, HN, PH, TX).

Values are not held-out set 45's or 46's.
"""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import plan_columns, replace_pii


def _replaced(df: pd.DataFrame) -> pd.DataFrame:
    return replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_names_after_titles_of_other_languages_and_in_the_vocative_are_replaced() -> None:
    notes = ["Zogulitsa: wailesi, imbirani Bambo Kapalamula pa 0999 41 22 87.",
             "Amidy: fandriana, antsoy Ramatoa Rabenandrasana amin'ny 034 12 555 01.",
             "Fanantenana tsara ho anao, Hanitra Rasolofo! Mandra-pihaona",
             "Zikomo kwambiri, Chikondi Mwale! Tionana",
             "Order 12 ready, collect Sat."] * 2  # fmt: skip
    df = pd.DataFrame({"id": list(range(len(notes))), "notes": notes})
    out = " ".join(_replaced(df)["notes"].tolist())
    for name in ("Kapalamula", "Rabenandrasana", "Hanitra", "Rasolofo", "Chikondi", "Mwale"):
        assert name not in out
    assert "Order 12 ready, collect Sat." in out
