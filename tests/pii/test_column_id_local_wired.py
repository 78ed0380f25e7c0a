"""A register's numbers under an id header, through detect_column (column_id_local wired in column_numbers)."""

from __future__ import annotations

import random

import pandas as pd
from stdnum.es import dni

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_detector import detect_column


def _detect(name: str, values: list[str]):
    df = pd.DataFrame({name: values})
    return detect_column(df[name], infer_schema(df)[name], entities=ReplacePiiParameters().entities)


def test_student_numbers_under_idnumber_are_no_national_ids() -> None:
    rng = random.Random(42311)
    students = [f"S{rng.randint(2017, 2025)}-{rng.randint(1, 9999):04d}" for _ in range(40)]
    assert _detect("idnumber", students) is None
    assert _detect("ID number", [f"{n:07d}" for n in rng.sample(range(3000, 3800), 50)]) is None


def test_national_ids_under_idnumber_stay() -> None:
    rng = random.Random(42312)
    spanish = [(d := f"{rng.randint(0, 99999999):08d}") + dni.calc_check_digit(d) for _ in range(40)]
    found = _detect("idnumber", spanish)
    assert found is not None and found.entity == "national_id"
