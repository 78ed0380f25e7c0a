"""Session 61 (TX): name readers of notes wired into the text pass; through ``replace_pii``."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii


def _replaced(df: pd.DataFrame) -> pd.DataFrame:
    return replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data


def test_tx_s61_note_names_replaced() -> None:
    notes = [
        "jessica (chorus) needs a licence, parent to sign.",
        "League: Sandra Gallagher top score on the Addams machine. ^sandra",
        "Group of 3 under DE GROOT, boat 4 out at noon.",
        "matthew vega overdue from the woods, search started.",
        "klaus and Branko doubles on the late table.",
        "Ikati ilahlekile! Tsalela u-Thandeka Matyila ngoku.",
    ] * 2
    df = pd.DataFrame({"id": list(range(len(notes))), "notes": notes})
    out = " ".join(_replaced(df)["notes"].tolist())
    for word in ("jessica", "sandra", "GROOT", "matthew vega", "klaus", "Thandeka"):
        assert word not in out, word


def test_tx_s61_half_found_names_replaced_whole() -> None:
    # The surname column is the table's, the given names are in no column the readers know.
    df = pd.DataFrame(
        {
            "surname": ["Dorvil", "Ernst", "Matyila", "Pirus"] * 3,
            "notes": [
                "Parking permit request: Dieula Dorvil, reg on file.",
                "Katze entlaufen! Bitte bei Sara Ernst melden.",
                "Lovely afternoon! Nomsa Matyila, 19 Mew Way",
                "League: Aindil Pirus top score tonight.",
            ]
            * 3,
        }
    )
    out = " ".join(_replaced(df)["notes"].tolist())
    # ("Nomsa Matyila, 19 Mew Way" keeps "Nomsa" on main: the half is not widened beside a street span; left open.)
    for word in ("Dieula", "Sara", "Aindil"):
        assert word not in out, word
