"""Tests for a second, children's, birth-date column in a table of one person per row
(:mod:`safe_synthesizer.pii.column_second_births`)."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.column_second_births import second_birth_columns
from safe_synthesizer.pii.replace import plan_columns

TODAY = date.today()
GIVEN = ["Aino", "Eero", "Liisa", "Matti", "Sanna", "Juha", "Kaisa", "Timo", "Noora", "Olli", "Helmi", "Ville"]
FAMILY = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine", "Heikkinen", "Koskinen", "Järvinen"]
YOUNG = "dates of 2009-2023, 10-90% spread 12 years, median age 9; young: birth dates 2-25 years back"


def _det(column: str, entity: str, evidence: str = "") -> ColumnDetection:
    return ColumnDetection(column, entity, 0.9, 0.9, "values", 30, None, evidence)


def _fencers(rows: int = 36, seed: int = 4, child_of: bool = False) -> pd.DataFrame:
    """A fencing club's members: a name, their birth date, the coach (three over all rows), and a second date: the
    year they were licensed (any span after their birth), or a child's birth (a generation after theirs)."""
    rng = random.Random(seed)
    out = []
    for i in range(rows):
        born = TODAY - timedelta(days=rng.randrange(20 * 365, 75 * 365))
        second = born + timedelta(days=rng.randrange(20 * 365, 45 * 365)) if child_of else None
        if second is None or second > TODAY - timedelta(days=3 * 365):
            second = TODAY - timedelta(days=rng.randrange(3 * 365, 18 * 365))
            if child_of:
                born = second - timedelta(days=rng.randrange(20 * 365, 40 * 365))
        out.append({
            "c0": f"{GIVEN[i % 12]} {FAMILY[(i * 5 + i // 12) % 9]}",
            "c1": born.strftime("%d.%m.%Y"),
            "c2": ["Valmentaja Aalto", "Valmentaja Salo", "Valmentaja Rinne"][i % 3],
            "c3": second.strftime("%d.%m.%Y"),
        })  # fmt: skip
    return pd.DataFrame(out)


def _found(df: pd.DataFrame) -> dict[str, ColumnDetection | None]:
    return {
        "c0": _det("c0", E.NAME),
        "c1": _det("c1", E.DATE_OF_BIRTH, "dates of 1951-2005, 10-90% spread 45 years, median age 44"),
        "c2": _det("c2", E.NAME),
        "c3": _det("c3", E.DATE_OF_BIRTH, YOUNG),
    }


def test_a_members_licence_dates_beside_their_birth_dates_are_undone() -> None:
    df = _fencers()
    assert second_birth_columns(df, _found(df)) == ["c3"]


def test_a_childs_birth_a_generation_after_on_each_row_stays() -> None:
    df = _fencers(child_of=True)
    assert second_birth_columns(df, _found(df)) == []


def test_rows_naming_a_second_person_keep_both() -> None:
    df = _fencers()
    df["c4"] = [f"{GIVEN[(i + 5) % 12]} {FAMILY[(i * 5 + i // 12) % 9]}" for i in range(len(df))]
    assert second_birth_columns(df, {**_found(df), "c4": _det("c4", E.NAME)}) == []


def test_nothing_to_undo_without_an_adult_birth_date_column() -> None:
    df = _fencers()
    found = _found(df)
    found["c1"] = None
    assert second_birth_columns(df, found) == []
    found["c1"] = _det("c1", E.DATE_OF_BIRTH, YOUNG)  # both young: no adult birth date to weigh them against
    assert second_birth_columns(df, found) == []


def test_planned_with_the_names_hidden() -> None:
    df = _fencers(rows=60, seed=8)
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c1") == E.DATE_OF_BIRTH
    assert plans.get("c3") != E.DATE_OF_BIRTH
