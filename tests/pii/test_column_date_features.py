from datetime import date, timedelta

import numpy as np
import pandas as pd

from safe_synthesizer.pii.column_date_features import DATE_FEATURE_NAMES, table_date_features


def _feature(features: np.ndarray, name: str) -> float:
    return float(features[DATE_FEATURE_NAMES.index(name)])


def _bookings(n: int = 40) -> pd.DataFrame:
    """A maternity clinic's bookings: the visit in 2026, the mother born 18-40 years before, in mixed layouts."""
    rng = np.random.default_rng(7)
    visits = [date(2026, 1, 5) + timedelta(days=int(d)) for d in rng.integers(0, 120, n)]
    mothers = [v - timedelta(days=int(365.25 * a)) for v, a in zip(visits, rng.uniform(18, 40, n), strict=True)]
    layouts = ("%Y-%m-%d", "%d.%m.%y", "%d/%m/%Y")
    return pd.DataFrame(
        {
            "Booked": [v.isoformat() for v in visits],
            "Mother": [m.strftime(layouts[i % 3]) for i, m in enumerate(mothers)],
            "Next visit": [(v + timedelta(days=14)).isoformat() for v in visits],
            "Ward": ["Rose", "Iris"] * (n // 2),
        }
    )


def test_a_mothers_birth_dates_lie_an_adults_age_before_the_rows_own_event() -> None:
    features = table_date_features(_bookings(), ["Mother", "Booked", "Ward"])
    mother, booked = features["Mother"], features["Booked"]
    assert _feature(mother, "date_share") == 1.0  # three layouts in one column all read
    assert _feature(mother, "date_gap_adult") == 1.0
    assert 0.18 <= _feature(mother, "date_age_median") <= 0.40
    assert _feature(mother, "date_year_median") < 0.05
    # The booking lies two weeks before the next visit: a gap of days, no one's age.
    assert _feature(booked, "date_gap_adult") == 0.0
    assert abs(_feature(booked, "date_gap_median")) < 0.01
    assert _feature(booked, "date_age_median") < 0.01
    assert not features["Ward"].any()


def test_ages_count_from_the_tables_own_dates_not_the_clock() -> None:
    df = _bookings()
    shifted = df.copy()
    for column in ("Booked", "Next visit", "Mother"):  # the same table exported ten years earlier
        parsed = pd.to_datetime(df[column], format="mixed", dayfirst=True)
        shifted[column] = (parsed - pd.DateOffset(years=10)).dt.strftime("%Y-%m-%d")
    now, then = table_date_features(df, ["Mother"])["Mother"], table_date_features(shifted, ["Mother"])["Mother"]
    age = DATE_FEATURE_NAMES.index("date_age_median")
    assert abs(now[age] - then[age]) < 0.01


def test_a_table_without_dates_gives_zeros() -> None:
    df = pd.DataFrame({"Name": ["Ann Lee", "Bo Park"], "Amount": [12.5, 3.0], "Code": ["A-12", "B-7"]})
    features = table_date_features(df, list(df.columns))
    assert all(not v.any() for v in features.values())
    assert all(len(v) == len(DATE_FEATURE_NAMES) for v in features.values())


def test_datetime_columns_are_read_as_dates() -> None:
    df = pd.DataFrame(
        {"born": pd.to_datetime(["1966-03-01", "1971-07-09", "1988-12-24"]), "seen": pd.to_datetime(["2024-01-02"] * 3)}
    )
    born = table_date_features(df, ["born"])["born"]
    assert _feature(born, "date_share") == 1.0
    assert _feature(born, "date_gap_adult") == 1.0
