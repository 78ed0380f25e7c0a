"""Birth-date columns of registers kept over decades: years alone where the day of birth was never known
(session 41).

A parish or club roll writes ``1948`` or ``00.00.1948`` for a member whose day of birth nobody knew; a tenth or
more of its cells. By values alone those years used to count against the column (under 90 % full dates), and
the birth dates were published as written. Event dates beside them stay events.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pandas as pd

from safe_synthesizer.config.replace_pii import ReplacePiiParameters
from safe_synthesizer.data.inference import infer_schema
from safe_synthesizer.pii.column_birth_cells import birth_date_score, partial_year
from safe_synthesizer.pii.column_sample import sample_values
from safe_synthesizer.pii.replace import plan_columns


def _register_births(seed: int, n: int = 60) -> list[str]:
    """Birth dates of a register: 80 % day-precise in three layouts, 20 % the year alone or zeroed day and month."""
    rng = random.Random(seed)
    cells = []
    for _ in range(n):
        born = date(2025, 6, 1) - timedelta(days=rng.randint(20 * 365, 88 * 365))
        pick = rng.random()
        if pick < 0.14:
            cells.append(str(born.year))
        elif pick < 0.2:
            cells.append(f"00.00.{born.year}")
        elif pick < 0.6:
            cells.append(f"{born.day:02d}.{born.month:02d}.{born.year}")
        elif pick < 0.8:
            cells.append(born.isoformat())
        else:
            cells.append(f"{born.day}.{born.month}.{born.year % 100:02d}")
    return cells


def test_years_alone_among_full_birth_dates_count_by_values_alone():
    cells = _register_births(7)
    years = sum(c.isdigit() for c in cells)
    assert years >= 0.1 * len(cells)
    score = birth_date_score(sample_values(pd.Series(cells), 500, 0), cued=False)
    assert score.values_decide and score.share >= 0.9


def test_years_of_no_life_span_or_a_minority_of_dates_do_not_count():
    rng = random.Random(3)
    # Years of construction (1850-1990) with a few full dates: mostly years, not a birth-date column.
    built = [str(rng.randint(1850, 1990)) for _ in range(40)] + [f"0{d}.03.19{50 + d}" for d in range(1, 10)]
    assert not birth_date_score(sample_values(pd.Series(built), 500, 0), cued=False).values_decide
    assert partial_year("1948") == 1948 and partial_year("03/1956") == 1956 and partial_year("mars 1985") == 1985
    assert partial_year("12.03.1956") is None


def test_register_birth_column_found_hidden_and_joining_dates_left():
    rng = random.Random(11)
    births = _register_births(11, 50)
    joined = [(date(2025, 6, 1) - timedelta(days=rng.randint(30, 25 * 365))).strftime("%d.%m.%Y") for _ in range(50)]
    joined = [j if i % 9 else j[-4:] for i, j in enumerate(joined)]  # a few joining years alone too
    df = pd.DataFrame(
        {
            "c000": [f"{rng.randint(1, 900):03d}" for _ in range(50)],
            "c001": [
                rng.choice(["Lindqvist", "Okafor", "Brannigan", "Haddad", "Moreau", "Kowalczyk"]) for _ in range(50)
            ],
            "c002": [rng.choice(["Agnes", "Tobias", "Ifeoma", "Rania", "Lucien", "Halina"]) for _ in range(50)],
            "c003": births,
            "c004": joined,
        }
    )
    plans = {p.column: p.entity for p in plan_columns(df, infer_schema(df), ReplacePiiParameters(), seed=0)}
    assert plans.get("c003") == "date_of_birth"
    assert plans.get("c004") is None
