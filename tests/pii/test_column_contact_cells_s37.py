"""Cells the s37 fuzzer (benchmarks/dev_fx_columns.py) found wrapped in ways the checks did not see: quote marks
around a cell (or an opening one never closed) and an e-mail whose domain dots are written as words."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_contact_cells import unwrap_cell
from safe_synthesizer.pii.replace import plan_columns


def _plans(df: pd.DataFrame) -> dict[str, str]:
    return {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}


def test_quotes_around_a_cell_are_taken_off() -> None:
    assert unwrap_cell("'1964-02-19'") == "1964-02-19"
    assert unwrap_cell('"Vera Heras') == "Vera Heras"
    assert unwrap_cell("\u201cJean Dupont\u201d") == "Jean Dupont"
    assert unwrap_cell("'John Todd ") == "John Todd"


def test_own_apostrophes_stay() -> None:
    assert unwrap_cell("'t Hart") == "'t Hart"
    assert unwrap_cell("'s-Hertogenbosch") == "'s-Hertogenbosch"
    assert unwrap_cell("O'Brien") == "O'Brien"
    assert unwrap_cell('\'Ann "Bob" Lee') == '\'Ann "Bob" Lee'
    assert unwrap_cell("'0612345678") == "0612345678"


def test_email_with_dot_words_after_the_at_sign() -> None:
    assert unwrap_cell("xavier.hamel@ifrance dot com") == "xavier.hamel@ifrance.com"
    assert unwrap_cell("gio.m@hotmail[dot]com") == "gio.m@hotmail.com"
    assert unwrap_cell("ann@x.com") == "ann@x.com"


def test_quoted_birth_dates_and_names_are_found_by_values() -> None:
    births = [date(1936, 1, 1) + timedelta(days=(i * 7919) % (70 * 365)) for i in range(40)]
    firsts = ["Douglas", "Paige", "John", "Maria", "Peter", "Laura", "James", "Anna", "Robert", "Linda"]
    lasts = ["Davidson", "Roberts", "Todd", "Garcia", "Miller", "Wilson", "Moore", "Taylor", "Clark", "Lewis"]
    names = [f"{firsts[i % 10]} {lasts[i // 10 + (i % 2) * 4]}" for i in range(40)]
    names = [f"'{n}" if i % 3 == 0 else n for i, n in enumerate(names)]
    df = pd.DataFrame({"c0": [f"'{d.isoformat()}'" for d in births], "c1": names})
    plans = _plans(df)
    assert plans.get("c0") == "date_of_birth"
    assert plans.get("c1") == "name"


def test_accented_local_parts_unwrap_too() -> None:
    assert unwrap_cell('"Léon Rossi" <léon.rossi@gmail.com>') == "léon.rossi@gmail.com"
    assert unwrap_cell("julia.valdés(at)yahoo(dot)com") == "julia.valdés@yahoo.com"
    assert unwrap_cell("luc.gérard at hotmail dot fr") == "luc.gérard@hotmail.fr"
    assert unwrap_cell("the cat at home dot com") == "the cat at home dot com"
