"""detect_table drops findings of people (by the rules or the classifier) on columns of things named after people:
works by their composer, a wedding's tables named after poets and stars."""

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

_WORKS = ["Fauré Requiem", "Verdi Requiem", "Mozart Requiem", "Vivaldi Gloria", "Poulenc Gloria", "Mozart Mass",
          "Haydn Mass", "Bach Magnificat", "Rutter Magnificat"]  # fmt: skip
_TABLES = ["Table Wilde", "Table Yeats", "Marilyn Monroe", "Top table", "Table 4", "Humphrey Bogart"]


def _choir(n: int = 30, *, tables: bool = False) -> pd.DataFrame:
    if tables:
        return pd.DataFrame({"Guest": _choir(n)["Family name"], "Table": [_TABLES[i % len(_TABLES)] for i in range(n)]})
    fake = Faker("en_GB")
    fake.seed_instance(5)
    rng = random.Random(5)
    rows = [
        {"Given name": fake.first_name(), "Family name": fake.last_name(), "E-mail": fake.email(),
         "Voice": rng.choice(["S", "A", "T", "B"]), "Current work": rng.choice(_WORKS)}
        for _ in range(n)
    ]  # fmt: skip
    return pd.DataFrame(rows)


def test_works_named_after_composers_are_no_people() -> None:  # unwired: values+recombine names them people
    df = _choir()
    found = {c.column: c.entity for c in detect_pii(df, infer_schema(df), ReplacePiiParameters())}
    assert found.get("Given name") == E.FIRST_NAME
    assert found.get("Family name") == E.LAST_NAME
    assert "Current work" not in found


def test_tables_the_classifier_named_people_are_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    def classifier_says_people(frame, kept, found, params, seed):  # the learned classifier's false finding
        return {"Table": ColumnDetection("Table", E.NAME, 0.8, 1.0, "classifier", len(frame))}

    monkeypatch.setattr(detect_table_module, "rescued_columns", classifier_says_people)
    df = _choir(tables=True)
    found = {c.column: c.entity for c in detect_pii(df, infer_schema(df), ReplacePiiParameters())}
    assert "Table" not in found
