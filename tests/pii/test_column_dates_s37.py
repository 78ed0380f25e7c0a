"""Birth dates written with a time of day on every cell (session 37)."""

from datetime import date

import numpy as np
import pandas as pd

from safe_synthesizer.pii.column_dates import birth_date_evidence

TODAY = date(2026, 6, 1)


def _stamps(start: str, years: int, n: int = 40, seed: int = 0) -> pd.Series:
    rng = np.random.default_rng(seed)
    minutes = rng.integers(0, 60 * 24 * 365 * years, n)
    return pd.Series([(pd.Timestamp(start) + pd.Timedelta(minutes=int(m))).strftime("%d/%m/%Y %H:%M") for m in minutes])


def test_timed_dates_over_a_lifetime_are_birth_dates():
    ok, why = birth_date_evidence(_stamps("1935-01-01", 72), today=TODAY)
    assert ok and "times of day" in why, why


def test_timed_events_of_a_few_years_or_one_generation_are_not():
    assert not birth_date_evidence(_stamps("2019-01-01", 6), today=TODAY)[0]
    assert not birth_date_evidence(_stamps("1990-01-01", 34), today=TODAY)[0]
