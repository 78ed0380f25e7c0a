"""detect_table drops a classifier finding of people's names on a column of rooms named after people."""

from __future__ import annotations

import random

import pandas as pd
import pytest
from faker import Faker

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii import detect_table as detect_table_module
from safe_synthesizer.pii import entities as E
from safe_synthesizer.pii.column_detector import ColumnDetection
from safe_synthesizer.pii.replace import detect_pii

_ROOMS = ["Bach", "Mozart Room", "Sweelinckzaal", "Lokaal Chopin", "Salle Debussy", "Aula Verdi", "Studio Schubert"]


def _lessons(n: int = 30) -> pd.DataFrame:
    fake = Faker("nl_NL")
    fake.seed_instance(3)
    rng = random.Random(3)
    return pd.DataFrame(
        [{"c000": fake.name(), "c001": rng.choice(_ROOMS), "c002": rng.choice(["piano", "viool"])} for _ in range(n)]
    )


def test_a_room_column_the_classifier_named_people_is_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    def classifier_says_people(frame, kept, found, params, seed):  # the learned classifier's false finding
        return {"c001": ColumnDetection("c001", E.NAME, 0.8, 1.0, "classifier", len(frame))}

    monkeypatch.setattr(detect_table_module, "rescued_columns", classifier_says_people)
    df = _lessons()
    found = {c.column: c.entity for c in detect_pii(df, infer_schema(df), ReplacePiiParameters())}
    assert found.get("c000") == E.NAME
    assert "c001" not in found
