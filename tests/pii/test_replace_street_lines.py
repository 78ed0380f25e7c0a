"""A column of long street lines (Turkish ``Mah. ... Sok. No: 111 D: 1``, 8 words) is a street column, not
free text: its detection stands although the word count looks like sentences."""

from __future__ import annotations

import random

import pandas as pd
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.replace import plan_columns


def _turkish_street_lines(n: int) -> list[str]:
    faker, rng = Faker("tr_TR"), random.Random(5)
    faker.seed_instance(5)
    return [
        f"{faker.last_name()} Mah. {faker.first_name()} {rng.choice(['Sok.', 'Cad.', 'Sk.'])} "
        f"No: {rng.randint(1, 240)} D: {rng.randint(1, 30)}"
        for _ in range(n)
    ]


def test_long_street_lines_stay_a_street_column() -> None:
    frame = pd.DataFrame({"street (primary)": _turkish_street_lines(150), "visits": range(150)})
    plans = {p.column: p.entity for p in plan_columns(frame, infer_schema(frame), ReplacePiiParameters())}
    assert plans.get("street (primary)") in (E.STREET_ADDRESS, E.ADDRESS)


def test_sentences_that_start_like_streets_stay_free_text() -> None:
    rng = random.Random(6)
    notes = [
        f"{rng.randint(2, 99)} Maple Street was where we met, and the agent called twice about the lease."
        for _ in range(150)
    ]
    frame = pd.DataFrame({"note": notes})
    plans = {p.column: p.entity for p in plan_columns(frame, infer_schema(frame), ReplacePiiParameters())}
    assert plans.get("note") in (None, E.FREE_TEXT)


def test_seat_codes_in_long_layouts_are_no_street_column() -> None:
    rng = random.Random(7)
    seats = [f"Block {rng.choice('ABCDEF')} / Row {rng.randint(1, 40)} / Seat {rng.randint(1, 30)}" for _ in range(150)]
    frame = pd.DataFrame({"seat": seats, "visits": range(150)})
    plans = {p.column: p.entity for p in plan_columns(frame, infer_schema(frame), ReplacePiiParameters())}
    assert plans.get("seat") in (None, E.FREE_TEXT)


def test_a_categorical_column_is_sampled_and_read_as_prose_once(monkeypatch) -> None:
    """Canned remarks repeated over rows: the planner drew the sample and ran the prose test twice
    (once to call the category texty, once to overrule a detection); once is enough."""
    import safe_synthesizer.pii.replace as replace

    calls: list[int] = []
    real = replace._is_prose
    monkeypatch.setattr(replace, "_is_prose", lambda values: calls.append(1) or real(values))
    remarks = [
        "10 Maple Street is closed for repairs until further notice",
        "22 Oak Avenue is closed for repairs until the end of May",
        "5 High Street is open again after the repairs last week",
    ]  # detected as street lines, overruled as sentences
    frame = pd.DataFrame({"remark": [remarks[i % 3] for i in range(120)], "visits": range(120)})
    plans = {p.column: p.entity for p in plan_columns(frame, infer_schema(frame), ReplacePiiParameters())}
    assert plans.get("remark") == E.FREE_TEXT
    assert len(calls) == 1
