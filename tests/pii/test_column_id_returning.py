"""Numbers that change on each row of a returning person are records' numbers, not ids (column_id_returning)."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_id_returning import changes_with_person
from safe_synthesizer.pii.column_id_unseen_layouts import unseen_id_detections
from safe_synthesizer.pii.detect_table import detect_table

_PEOPLE = ["Olga Brandt", "Tomasz Wierzbicki", "Aino Korhonen", "Jules Marchetti", "Kofi Mensah", "Ines Duarte",
           "Pavel Hruby", "Saoirse Nolan", "Dag Henriksen", "Lucia Ferraro", "Emre Aydin", "Hanna Lind"]  # fmt: skip


def _bookings(seed: int, *, per_row: bool) -> pd.DataFrame:
    """A guest list where some guests come back: a new booking number each stay (per_row) or their own id."""
    rng = random.Random(seed)
    ids = {p: str(rng.randint(10**10, 10**11 - 1)) for p in _PEOPLE}
    guests = _PEOPLE + [rng.choice(_PEOPLE[:4]) for _ in range(8)]
    rng.shuffle(guests)
    numbers = [str(rng.randint(5 * 10**10, 6 * 10**10)) if per_row else ids[g] for g in guests]
    nights = [str(rng.randint(1, 9)) for _ in guests]
    return pd.DataFrame({"c000": numbers, "c001": guests, "c002": nights})


def test_a_new_number_on_each_return_is_a_records() -> None:
    df = _bookings(7101, per_row=True)
    assert changes_with_person(df, "c000", [("c001",)])
    assert not changes_with_person(_bookings(7101, per_row=False), "c000", [("c001",)])


def test_lower_case_and_reordered_names_are_one_person() -> None:
    df = _bookings(7102, per_row=True)
    df["c001"] = [g.lower() if i % 2 else ", ".join(reversed(g.split())) for i, g in enumerate(df["c001"])]
    assert changes_with_person(df, "c000", [("c001",)])


def test_nobody_returning_or_namesake_pairs_say_nothing() -> None:
    rng = random.Random(7103)
    once = pd.DataFrame({"n": [str(rng.randint(10**9, 10**10)) for _ in _PEOPLE], "who": _PEOPLE})
    assert not changes_with_person(once, "n", [("who",)])
    # Two namesake pairs, two ids each: no record numbers told.
    pairs = pd.DataFrame({"n": [str(rng.randint(10**9, 10**10)) for _ in range(12)], "who": _PEOPLE[:10] + _PEOPLE[:2]})
    assert not changes_with_person(pairs, "n", [("who",)])


def test_the_unseen_id_pass_leaves_order_numbers() -> None:
    params = ReplacePiiParameters()
    df = _bookings(7104, per_row=True)
    found = detect_table(df, infer_schema(df).columns, params)
    assert found["c001"] is not None and found["c001"].entity == "name"
    assert found["c000"] is None or found["c000"].entity != "national_id"
    same = _bookings(7104, per_row=False)
    found = detect_table(same, infer_schema(same).columns, params)
    out = unseen_id_detections(same, ["c000"], {"c001": found["c001"]}, entities=params.entities)
    assert "c000" in out
