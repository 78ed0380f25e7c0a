"""What the column classifier sees of a column's dates: how old they are next to the table's own dates.

Birth dates of a narrow group (students born 1996-2007, mothers born 1984-2006, newborns of the last year) fail the
rules' population tests (:mod:`column_dates`: dates spread over decades, or children's dates ending years before the
export), yet a reader tells them at once from event dates by the rest of the row: the mother's date lies 18-45 years
before the booking's date in the same row, a visit's date lies days from the next visit's. These numbers give the
classifier (:mod:`column_classifier`) that view, with no clock: ages count back from the table's latest date (the
export's "now"), read as the 95th percentile of each dated column so a typo's year 2099 does not move it.

The features of a column (all 0 when it holds no dates), in :data:`DATE_FEATURE_NAMES` order: the share of its cells
that are dates; the median, 10th and 90th percentile of their ages (centuries); the 10-90 spread (half-centuries);
the share on a weekend and the share of the twelve months covered; and, against the latest other date of the same
row, the median gap (centuries), the share of gaps of 15-60 years (a parent's or an adult's age at an event) and the
share of its dated rows that have another date; and the calendar year of the median and 90th percentile date (births
are mostly last century's, an export's events this century's).

Example::

    dates = table_date_features(df, ["Booked", "Mother DOB"], seed=0)
    dates["Mother DOB"][DATE_FEATURE_NAMES.index("date_gap_adult")]  # 1.0: every row 18-45 years before its booking
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
import pandas as pd

from safe_synthesizer.pii.column_birth_cells import written_date
from safe_synthesizer.pii.validators.dates import parse_date

DATE_FEATURE_NAMES: tuple[str, ...] = (
    "date_share",
    "date_age_median",
    "date_age_p10",
    "date_age_p90",
    "date_spread",
    "date_weekend_share",
    "date_months",
    "date_gap_median",
    "date_gap_adult",
    "date_gap_rows",
    "date_year_median",
    "date_year_p90",
)

#: Rows the dates are read on: row-aligned, so that a row's dates can be compared; cheap at any table size.
ROW_SAMPLE = 300
#: A column is dated when this share of its filled cells in the row sample parse as day-precise dates.
MIN_DATED_SHARE = 0.5
#: Years between a row's other date and this one that read as a grown person's age at that event.
ADULT_GAP = (15.0, 60.0)
_YEAR_DAYS = 365.25


def table_date_features(df: pd.DataFrame, columns: Sequence[str], seed: int = 0) -> dict[str, np.ndarray]:
    """The date features of each of ``columns`` (zeros for columns without dates), against all dated columns of
    ``df``."""
    rows = _row_sample(len(df), seed)
    parsed = {c: _parsed(df[c].iloc[rows]) for c in df.columns}
    dated = {c: days for c, (days, share) in parsed.items() if share >= MIN_DATED_SHARE}
    empty = np.zeros(len(DATE_FEATURE_NAMES))
    if not dated:
        return {c: empty.copy() for c in columns}
    now = max(float(np.nanpercentile(days, 95)) for days in dated.values())
    out = {}
    for column in columns:
        days, share = parsed[column]
        out[column] = _features(days, share, now, [d for c, d in dated.items() if c != column]) if share else empty
    return out


def _row_sample(n_rows: int, seed: int) -> np.ndarray:
    if n_rows <= ROW_SAMPLE:
        return np.arange(n_rows)
    return np.sort(np.random.default_rng(seed).choice(n_rows, size=ROW_SAMPLE, replace=False))


def _parsed(values: pd.Series) -> tuple[np.ndarray, float]:
    """Each row's date as days since 1970 (NaN where empty or not a date), and the share of filled cells parsed."""
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        stamps = pd.to_datetime(values, errors="coerce")
        days = (stamps - pd.Timestamp("1970-01-01")).dt.days.to_numpy(dtype=float)
        filled = int(values.notna().sum())
        return days, (float(np.isfinite(days).sum()) / filled if filled else 0.0)
    if pd.api.types.is_numeric_dtype(values.dtype) or pd.api.types.is_bool_dtype(values.dtype):
        return np.full(len(values), np.nan), 0.0  # Excel serials and compact dates are the rules' business
    days = np.full(len(values), np.nan)
    filled = 0
    if not _any_date(values):
        return days, 0.0
    for i, value in enumerate(values):
        if value is None or (isinstance(value, float) and np.isnan(value)):
            continue
        text = str(value).strip()
        if not text:
            continue
        filled += 1
        if not any(ch.isdigit() for ch in text) or len(text) > 40:
            continue
        if (day := parse_date(text) or written_date(text)) is not None:
            days[i] = (day - date(1970, 1, 1)).days
    return days, (float(np.isfinite(days).sum()) / filled if filled else 0.0)


def _year(days: float) -> float:
    """The calendar year of a day count, as centuries from 2000 (an export's own dates are mostly this century's)."""
    return (1970 + days / _YEAR_DAYS - 2000) / 100


#: Filled cells looked at before a text column is taken for one without dates (most columns are).
PROBE = 20


def _any_date(values: pd.Series) -> bool:
    probe = [str(v).strip() for v in values.dropna().head(PROBE)]
    return any(any(ch.isdigit() for ch in v) and (parse_date(v) or written_date(v)) for v in probe if len(v) <= 40)


def _features(days: np.ndarray, share: float, now: float, others: list[np.ndarray]) -> np.ndarray:
    mine = np.isfinite(days)
    ages = (now - days[mine]) / _YEAR_DAYS
    p10, median, p90 = np.percentile(ages, [10, 50, 90])
    weekdays = (days[mine].astype(np.int64) + 3) % 7  # 1970-01-01 was a Thursday: 0 is Monday
    months = np.unique(days[mine].astype("datetime64[D]").astype("datetime64[M]").astype(np.int64) % 12)
    gaps = np.array([])
    if others:
        latest_other = np.fmax.reduce(np.vstack(others), axis=0)
        both = mine & np.isfinite(latest_other)
        gaps = (latest_other[both] - days[both]) / _YEAR_DAYS
    lo, hi = ADULT_GAP
    return np.array(
        [
            share,
            median / 100,
            p10 / 100,
            p90 / 100,
            (p90 - p10) / 50,
            float(np.mean(weekdays >= 5)),
            len(months) / 12,
            float(np.median(gaps)) / 100 if len(gaps) else 0.0,
            float(np.mean((gaps >= lo) & (gaps <= hi))) if len(gaps) else 0.0,
            len(gaps) / int(mine.sum()),
            _year(np.median(days[mine])),
            _year(np.percentile(days[mine], 90)),
        ]
    )
