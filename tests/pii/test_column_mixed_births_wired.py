"""BD's wiring (session 56): fails unwired, passes wired."""

from __future__ import annotations

import random
from datetime import date

import numpy as np
import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_birth_cells import birth_date_score, numeric_birth_dates
from safe_synthesizer.pii.column_dates import birth_date_evidence
from safe_synthesizer.pii.column_sample import ValueSample
from safe_synthesizer.pii.replace import replace_pii

TODAY = date(2026, 10, 1)


def _riders(seed: int) -> list[str]:
    rng = random.Random(seed)
    kids = [date(rng.randint(2010, 2022), rng.randint(1, 12), rng.randint(1, 28)) for _ in range(20)]
    adults = [date(rng.randint(1950, 1990), rng.randint(1, 12), rng.randint(1, 28)) for _ in range(5)]
    return [d.isoformat() for d in kids + adults]


def test_a_riding_schools_children_and_parents_are_birth_dates_by_values() -> None:
    born, why = birth_date_evidence(pd.Series(_riders(7)), today=TODAY)
    assert born and "mixed" in why


def test_excel_day_numbers_beside_dates_under_a_birth_name() -> None:
    cells = ["2021-11-24 00:00:00", "43104", "2017-10-04 00:00:00", "42509", "43571", "42573", "42387"]
    score = birth_date_score(ValueSample(cells, np.ones(len(cells)), len(cells)), cued=True)
    assert score.share == 1.0


def test_a_few_excel_day_numbers_under_a_birth_name() -> None:
    assert numeric_birth_dates(pd.Series([43844, 44641, 42447]), cued=True, today=TODAY)[0]
    assert not numeric_birth_dates(pd.Series([12, 44641, 42447]), cued=True, today=TODAY)[0]


def test_a_day_numbers_fake_is_a_day_number() -> None:
    df = pd.DataFrame({"Date of birth": ["43104", "2017-10-04 00:00:00", "42509", None] * 5})
    out = replace_pii(df, infer_schema(df), ReplacePiiParameters(), seed=0).data["Date of birth"]
    for before, after in zip(df["Date of birth"], out, strict=True):
        if before in ("43104", "42509"):
            assert after.isdigit() and len(after) == 5 and after != before
