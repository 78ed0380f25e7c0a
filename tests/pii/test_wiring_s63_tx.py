"""Session 63 TX's name readers wired into the PII stage: each test goes through ``replace_pii`` (the text hooks of
``text_detector`` and ``text_replace``), so it fails when a module exists but is not hooked in."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.replace import replace_pii


def _replaced_notes(notes: list[str]) -> str:
    df = pd.DataFrame({"entry": list(range(len(notes))), "notes": notes})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data
    return " ".join(out["notes"].tolist())


def test_owner_of_an_independent_genitive_replaced() -> None:
    notes = [f"Lead left on bench {k}; it's Ingrid's, I think" for k in range(6)]
    assert "Ingrid" not in _replaced_notes(notes)


def test_surname_after_a_form_of_address_of_another_language_replaced() -> None:
    notes = [f"Mipela painim ki {k}, toktok long Misis Kaupa long opis" for k in range(3)]
    notes += [f"Klucy {k} namakane, prošu pola knjez Budar" for k in range(3)]
    out = _replaced_notes(notes)
    assert "Kaupa" not in out and "Budar" not in out


def test_lower_case_whole_name_after_its_capitalised_mention_replaced() -> None:
    notes = [f"Marsh's pony threw shoe {k}; see derek marsh at the yard" for k in range(6)]
    out = _replaced_notes(notes)
    assert "derek" not in out and "marsh" not in out.lower()


def test_family_name_with_a_naming_particle_replaced() -> None:
    notes = [f"AÏT OUFELLA to pick up cup {k}, see the desk" for k in range(6)]
    assert "OUFELLA" not in _replaced_notes(notes)
