"""Birth dates typed as timestamps with a time on a few cells are still birth dates (session 36)."""

from __future__ import annotations

import random

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_dates import birth_date_evidence
from safe_synthesizer.pii.replace import plan_columns


def _stamps(n: int, timed: int, years: tuple[int, int], seed: int = 36101) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        day = f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(*years)}"
        out.append(f"{day} {rng.randint(7, 20):02d}:{rng.choice(['00', '15', '30'])}" if i < timed else f"{day} 00:00")
    return out


def test_mostly_midnight_birth_dates_with_a_few_times_are_birth_dates() -> None:
    born, why = birth_date_evidence(pd.Series(_stamps(30, 5, (1935, 2005))))
    assert born, why


def test_timestamps_of_events_stay_events() -> None:
    # Every cell with a time of day over a few years or one generation: deliveries, not births (over a lifetime,
    # 1935-2005, they are a registry's times of birth since session 37: tests/pii/test_column_dates_s37.py).
    assert not birth_date_evidence(pd.Series(_stamps(30, 30, (2018, 2025))))[0]
    assert not birth_date_evidence(pd.Series(_stamps(30, 30, (1995, 2020))))[0]


def test_a_hidden_column_of_such_dates_is_planned_as_birth_dates() -> None:
    first = ["Ava", "Liam", "Mia", "Noah", "Emma", "Ethan", "Zoe", "Owen"]
    df = pd.DataFrame(
        {
            "c001": [f"{first[i % 8]} {chr(65 + i)}son" for i in range(30)],
            "c002": _stamps(30, 4, (1938, 2004), seed=36102),
        }
    )
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c002") == "date_of_birth"
