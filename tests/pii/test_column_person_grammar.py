"""Tests for :mod:`safe_synthesizer.pii.column_person_grammar`: register columns of couples, households, initials."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.pii.column_person_grammar import person_grammar_columns, person_grammar_score

ROUND_BOOK = [
    "Mr & Mrs Krebs", "Mr & Mrs Reising", "LÖCHEL-VOLLBRECHT E.", "Mr & Mrs Freudenberger", "Mr & Mrs Stoll",
    "Mr & Mrs Stoll", "Mr & Mrs Löchel-Vollbrecht", "MISICHER H.", "Mr & Mrs Freudenberger",
]  # fmt: skip
ROUND_FR = [
    "Gérard G", "Famille Bonnet-Bailly", "Gérard G", "Famille Jean", "Famille Gérard", "Lebon-Gérard N",
    "Famille Clément", "Vaillant C", "Vidal E", "Famille Grégoire-Baron", "Dupré M",
]  # fmt: skip
JOB_SHEET = [
    "Quine Illiam", "Qualtrough Stephen", "Faragher Illiam", "Teare Juan", "QUIRK, Mark (Mr)", "KEWLEY, Karen (Mrs)",
    "TEARE, Juan (Mr)", "QUINE, Joanne (Mrs)",
]  # fmt: skip
COUPLES = [
    "Fahie family", "Frett family", "ask at desk", "Alvera & Dia Creque", "Alvera Creque", "Creque family",
    "Lennox & Shereen Frett", "Myrna & Shereen Fahie", "Sharie & Kye Stoutt",
]  # fmt: skip
BATS = ["Gray-Nicolls", "Gunn & Moore", "Duncan Fearnley", "Kookaburra", "Slazenger", "New Balance", "Gray-Nicolls"]
PONIES = ["Sir Lancelot", "Lady Godiva", "Mrs Doubtfire", "Bramble", "Misty", "Pepper", "Sir Lancelot", "Biscuit"]
GRID = ["Block C", "Hall B", "Block A", "Gate D", "Hall A", "Wing B", "Block B"]
BOILERS = ["Worcester Bosch", "Baxi", "Vaillant", "Ideal Logic", "Glow-worm", "Potterton", "Viessmann"]


def test_register_layouts_score() -> None:
    for values in (ROUND_BOOK, ROUND_FR, JOB_SHEET, COUPLES):
        assert person_grammar_score(values) is not None, values


def test_lookalikes_do_not_score() -> None:
    for values in (BATS, PONIES, GRID, BOILERS):
        assert person_grammar_score(values) is None, values


def test_columns_found_from_values_alone() -> None:
    df = pd.DataFrame({"c001": ROUND_BOOK, "c002": (BOILERS + BOILERS)[:9], "c003": (GRID + GRID)[:9]})
    found = person_grammar_columns(df, list(df.columns), {})
    assert set(found) == {"c001"}
    assert found["c001"].entity == "name" and found["c001"].method == "values+person_grammar"


def test_decided_and_animal_columns_are_left() -> None:
    df = pd.DataFrame({"c001": ROUND_BOOK, "Pony": ROUND_BOOK})
    decided = person_grammar_columns(df, ["c001"], {"c001": object()})  # type: ignore[dict-item]
    assert decided == {}
    assert person_grammar_columns(df, ["Pony"], {}) == {}


def test_too_few_people_are_left() -> None:
    df = pd.DataFrame({"c001": ["Mr & Mrs Krebs", "Mr & Mrs Krebs", None, None]})
    assert person_grammar_columns(df, ["c001"], {}) == {}
