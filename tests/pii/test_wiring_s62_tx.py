"""Session 62 TX: record heads and list partners wired into the notes' name readers (through ``replace_pii``)."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii


def _replaced(df: pd.DataFrame) -> pd.DataFrame:
    return replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data


def test_record_heads_and_list_partners_in_notes_are_replaced() -> None:
    notes = [
        "Ticket 17: Kekoa Palakiko, (808) 555-0142",
        "Receipt no. 5 - Dzidzor, Elikem, +233 24 555 0199",
        "greta lindqvist + Omar Haddad - 5 each, paid",
        "",
    ] * 3
    df = pd.DataFrame({"ref": [f"R{i:03d}" for i in range(len(notes))], "notes": notes})
    out = " ".join(_replaced(df)["notes"].tolist())
    for word in ("Palakiko", "Kekoa", "Dzidzor", "lindqvist", "greta"):
        assert word not in out


def test_record_head_name_repeated_as_a_sign_off_is_replaced_there_too() -> None:
    notes = [
        "Weigh-off: కొండపల్లి శ్రీనివాస్'s pumpkin 412 kg, new club record. 091234 56789\n-- \nకొండపల్లి శ్రీనివాస్",
        "",
    ] * 3
    df = pd.DataFrame({"ref": [f"R{i:03d}" for i in range(len(notes))], "notes": notes})
    out = " ".join(_replaced_notes(df))
    assert "కొండపల్లి" not in out and "శ్రీనివాస్" not in out


def _replaced_notes(df: pd.DataFrame) -> list[str]:
    return replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["notes"].tolist()
