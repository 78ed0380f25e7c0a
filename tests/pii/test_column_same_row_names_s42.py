"""Display names with a closing note in brackets (``Anna (Mum of Jonas)``) still repeat the row's own person."""

from __future__ import annotations

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_same_row_names import same_row_names
from safe_synthesizer.pii.replace import plan_columns

# A choir's address book: given, family, display name (some with whose parent the person is), a voice part.
_ROWS = [
    ("Brigitte", "Lemaire", "Brigitte Lemaire", "Alto"),
    ("Yannick", "Corbel", "Yannick (papa de Maël)", "Tenor"),
    ("Solène", "Guillou", "Guillou, Solène", "Soprano"),
    ("Gwenaël", "Le Bihan", "Gwenaël Le Bihan", "Bass"),
    ("Armelle", "Tanguy", "Armelle (maman de Loïc)", "Alto"),
    ("Erwan", "Kervella", "Erwan Kervella", "Tenor"),
    ("Maïwenn", "Cadiou", "Maïwenn [travail]", "Soprano"),
    ("Ronan", "Morvan", "Ronan Morvan", "Bass"),
    ("Nolwenn", "Pichon", "Nolwenn (maman de Tristan)", "Alto"),
    ("Goulven", "Quéré", "Goulven Quéré", "Tenor"),
]


def _table() -> pd.DataFrame:
    cols = list(zip(*_ROWS, strict=True))
    return pd.DataFrame({f"c{i:03d}": list(c) for i, c in enumerate(cols)})


def test_bracketed_note_after_the_name_is_not_part_of_it() -> None:
    df = _table()
    out = same_row_names(df, list(df.columns), {"c000": E.FIRST_NAME, "c001": E.LAST_NAME})
    assert out["c002"].entity == E.NAME
    assert "c003" not in out


def test_a_note_alone_is_no_name() -> None:
    """A cell that is only a bracketed remark keeps its words: nothing before the note is no name of the row."""
    df = _table()
    df["c002"] = ["(voir fiche)", "(voir fiche)", "(nouveau)", "(nouveau)", "(voir fiche)"] * 2
    out = same_row_names(df, list(df.columns), {"c000": E.FIRST_NAME, "c001": E.LAST_NAME})
    assert "c002" not in out


def test_plan_with_names_hidden_replaces_the_display_name() -> None:
    df = _table()
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c002") == E.NAME
    assert plans.get("c003") is None
