"""Session 64, helper ST: the note readers of streets, phones and ids by general notation wired into the PII stage
(``wiring_ST.md``). Each test goes through ``replace_pii`` (``text_replace.detect_text`` and the engine's table
context), so it fails while a module exists but is not hooked in."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii


def _replaced(df: pd.DataFrame) -> str:
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    return " ".join(str(v) for v in out["notes"].tolist())


def _table(notes: list[str], **columns: list[str]) -> pd.DataFrame:
    n = len(notes)
    data = {"owner": [f"Person {k}" for k in range(n)], **{k: (v * n)[:n] for k, v in columns.items()}}
    return pd.DataFrame({**data, "notes": notes})


def test_a_street_in_a_record_slot_or_after_a_placing_word_replaced() -> None:
    notes = [
        "Guaha kuatto para ma'alkila: Leticia Solano, 235 Chalan Pasaheru. Telefon (671) 256-8720",
        "So kɔnɔ bon bɛ yen: Julia Shaw, Avenue de l'OUA. Telefɔni 79 28 65 14",
        "Bar tab paid: ثنا گیلانی، 74-A, Mall Road۔ فون 0321 6559602",
    ]
    out = _replaced(_table(notes, phone=["(671) 472-1828", "+223 76 29 19 22", "06 41 76 91 35"]))
    for kept in ("Chalan Pasaheru", "l'OUA", "Mall Road"):
        assert kept not in out


def test_a_street_named_by_the_table_own_street_type_replaced() -> None:
    notes = [f"You're blocking my drive on carrièra del Taur! Move it, row {k}" for k in range(3)]
    streets = ["80 carrièra del Taur", "101 carrièra de la Pomme", "3 carrièra dels Teulièrs"]
    out = _replaced(_table(notes, street=streets, city=["Albi", "Tolosa", "Albi"]))
    assert "Taur" not in out


def test_an_id_after_any_label_closing_replaced() -> None:
    notes = [
        f"Bicicleta de vendre, venduda per Dòna Fabre (carta d'identitat n° DCCXCJC{k}9), escriure" for k in range(3)
    ]
    out = _replaced(_table(notes, id_card=["GY2F330SW", "H71JGBE9E", "W9V1VV0FN"]))
    assert "DCCXCJC" not in out
