"""An integer column that counts the days between two date columns keeps counting them.

A booking export's ``nights`` is ``check_out - check_in`` in every row; the model samples the three
columns from their own slots, so 82 % of generated bookings had a ``nights`` that was not the
difference of their dates (probe 5). ``find_day_counts`` records such triples on the training
split (outside DP only: it looks at values); ``apply_day_counts`` writes the later date of each
decoded row as the earlier date plus the generated count, so the count keeps its learnt
distribution and its relations to the other columns, and the dates agree with it.

Example:
    >>> counts = find_day_counts(frame, orders, dates, integers)   # doctest: +SKIP
    >>> fixed = apply_day_counts(decoded, counts, dates)           # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd

from safe_synthesizer.models.builtin.codec.date_order import MIN_ROWS, DateOrder, simple, stamps
from safe_synthesizer.models.builtin.codec.datetime import DatetimeEncoder

DAY = 86_400.0


@dataclass
class DayCount:
    """``late - early`` is ``days`` whole days in every training row where all three are present."""

    early: str
    late: str
    days: str

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> DayCount:
        return cls(early=d["early"], late=d["late"], days=d["days"])


def find_day_counts(
    frame: pd.DataFrame, orders: list[DateOrder], dates: dict[str, DatetimeEncoder], integers: list[str]
) -> list[DayCount]:
    """Integer columns of ``integers`` equal to the whole days between an ordered date pair in
    every training row where all three are present (at least ``MIN_ROWS`` rows). Outside DP only."""
    found: list[DayCount] = []
    used: set[str] = set()
    for order in orders:
        if order.late in used or order.early not in frame or order.late not in frame:
            continue
        if not (simple(dates[order.early]) and simple(dates[order.late])):
            continue  # the later date is written back with ``DatetimeEncoder.write``: one plain format
        gap = stamps(frame[order.late], dates[order.late]) - stamps(frame[order.early], dates[order.early])
        for name in integers:
            if name in used or name not in frame:
                continue
            count = pd.to_numeric(frame[name], errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
            both = ~np.isnan(gap) & ~np.isnan(count)
            if both.sum() < MIN_ROWS or (count[both] == 0).all():
                continue
            if np.array_equal(gap[both], count[both] * DAY):
                found.append(DayCount(order.early, order.late, name))
                used.update({name, order.late})
                break
    return found


def apply_day_counts(
    decoded: pd.DataFrame, counts: list[DayCount], dates: dict[str, DatetimeEncoder]
) -> pd.DataFrame:
    """``decoded`` with each later date rewritten as the earlier date plus the row's day count."""
    for count in counts:
        early_enc, late_enc = dates.get(count.early), dates.get(count.late)
        if early_enc is None or late_enc is None or not {count.early, count.late, count.days} <= set(decoded):
            continue
        early = stamps(decoded[count.early], early_enc)
        days = pd.to_numeric(decoded[count.days], errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
        rows = ~np.isnan(early) & ~np.isnan(days)
        if not rows.any():
            continue
        moved = pd.to_datetime(early[rows] + days[rows] * DAY, unit="s")
        written = late_enc.write(pd.Series(moved)).where(pd.notna(moved), None)
        column = decoded[count.late].astype(object).to_numpy(copy=True)
        column[np.flatnonzero(rows)] = written.to_numpy(dtype=object)
        decoded[count.late] = column
    return decoded
