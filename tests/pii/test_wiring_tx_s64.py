"""Session 64, helper TX: the note-name readers wired into the PII stage (``wiring_TX.md``). Each test goes through
``replace_pii`` (the text hooks of ``text_detector``), so it fails while a module exists but is not hooked in."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii
from safe_synthesizer.pii.text_name_other_script_slots import other_script_slot_spans


def _replaced_notes(notes: list[str]) -> str:
    df = pd.DataFrame({"entry": list(range(len(notes))), "notes": notes})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    return " ".join(out["notes"].tolist())


def test_edit1_a_syllabics_or_georgian_capitals_name_in_a_latin_note_person_slot() -> None:
    notes = ("Scorecard: ᓖᓯ ᐃᐲᓕ skipped Caitlin to a 7-4 win.", "ᲓᲐᲗᲝ ᲮᲐᲠᲐᲢᲘᲨᲕᲘᲚᲘ owes berth fees, ring 555 10 59 87")
    found = [t[a:b] for t in notes for a, b, _ in other_script_slot_spans(t)]
    assert found == ["ᓖᓯ ᐃᐲᓕ", "ᲓᲐᲗᲝ ᲮᲐᲠᲐᲢᲘᲨᲕᲘᲚᲘ"]
    assert other_script_slot_spans("Meet at ᐃᖃᓗᐃᑦ 12 tomorrow") == []  # a place slot stays a place


def test_edit2_the_name_closing_a_wish_and_the_name_line_of_a_signature_block_replaced() -> None:
    notes = [f"Happy birthday Chad! Lots of love from Antonio Wolfe and the gang {k}" for k in range(3)]
    notes += [f"Mrs Crosby lost handle {k} on sheet C.\n-- \nLori Kingsmill" for k in range(3)]
    out = _replaced_notes(notes)
    assert "Chad" not in out
    assert "Kingsmill" not in out
