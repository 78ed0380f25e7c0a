"""Date columns that are in order in every training row stay in order in the output.

The model samples each date column from its own slots, so a table whose ``Ship Date`` is never
before its ``Order Date`` came back with 9 % of orders shipped before they were placed (probe 3).
``find_date_orders`` records such pairs on the training split (outside DP only: it looks at
values) with the protected quantiles of the gap between them; ``repair`` moves the later date of
each decoded row that breaks the order, or whose gap lies outside the protected gap range (a
parcel shipped 400 days after the order when training gaps span 0-3 days), to the earlier date
plus a gap drawn from those quantiles.

Stamps are compared in UTC, so columns written with offsets take part too (a parcel shipped at
the sender's ``+09:00`` and delivered at the receiver's ``-03:00``: probe 6 had 8.9 % of
deliveries before their shipping when such columns were left out); a moved stamp keeps the
format and the offset its value was written with (``DatetimeEncoder.rewrite``).

Example:
    >>> orders = find_date_orders(frame, encoders, protection)   # doctest: +SKIP
    >>> fixed = repair(decoded, orders, encoders, rng)           # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import numpy as np
import pandas as pd

from safe_synthesizer.data.datetimes import parse_datetimes
from safe_synthesizer.models.builtin.codec.base import Protection
from safe_synthesizer.models.builtin.codec.datetime import DatetimeEncoder

# Pairs are judged on rows where both dates are present; fewer than this and no order is claimed.
MIN_ROWS = 50
# Quantiles of the gap kept per pair (the protected range [q, 1 - q], evenly spaced).
GAP_QUANTILES = 41


@dataclass
class DateOrder:
    """``late`` is on or after ``early`` in every training row; ``gaps`` are protected quantiles
    of ``late - early`` in seconds."""

    early: str
    late: str
    gaps: list[float]

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> DateOrder:
        return cls(early=d["early"], late=d["late"], gaps=[float(g) for g in d["gaps"]])


def simple(enc: DatetimeEncoder) -> bool:
    """One format, no offsets, no fractions of a second: ``DatetimeEncoder.write`` writes it."""
    return bool(enc.datetime_format) and not (enc.datetime_formats or enc.offsets or enc.fraction_digits
                                              or enc.empty or "%z" in str(enc.datetime_format))


def _orderable(enc: DatetimeEncoder) -> bool:
    return bool(enc.datetime_format) and not enc.empty


def _stamps(values: pd.Series, enc: DatetimeEncoder) -> np.ndarray:
    """Seconds since the epoch, in UTC for values written with an offset (NaN when missing,
    unread or a special value)."""
    formats = enc.datetime_formats or [str(enc.datetime_format)]
    stamps, _ = parse_datetimes(values.reset_index(drop=True), formats)
    seconds = (stamps - pd.Timestamp("1970-01-01")).dt.total_seconds()
    return seconds.to_numpy(dtype=np.float64, na_value=np.nan)


# Shared with ``day_counts`` (the same reading of a simple date column).
stamps = _stamps


def find_date_orders(
    frame: pd.DataFrame, encoders: list[DatetimeEncoder], protection: Protection
) -> list[DateOrder]:
    """Pairs of ``encoders``' columns in order in every row of ``frame`` where both are present
    (and not equal in all of them). Call outside DP only."""
    simple = [e for e in encoders if _orderable(e) and e.column in frame]
    seconds = {e.column: _stamps(frame[e.column], e) for e in simple}
    found: list[DateOrder] = []
    for i, first in enumerate(simple):
        for second in simple[i + 1 :]:
            a, b = seconds[first.column], seconds[second.column]
            both = ~np.isnan(a) & ~np.isnan(b)
            if both.sum() < MIN_ROWS:
                continue
            gap = b[both] - a[both]
            if (gap == 0).all():
                continue
            if (gap >= 0).all():
                early, late = first.column, second.column
            elif (gap <= 0).all():
                early, late, gap = second.column, first.column, -gap
            else:
                continue
            grid = np.linspace(protection.q, 1 - protection.q, GAP_QUANTILES)
            found.append(DateOrder(early, late, [float(g) for g in np.quantile(gap, grid)]))
    return found


def repair(
    decoded: pd.DataFrame, orders: list[DateOrder], encoders: dict[str, DatetimeEncoder], rng: np.random.Generator
) -> pd.DataFrame:
    """``decoded`` with every row that breaks an order moved back in order (see module docstring)."""
    for order in orders:
        early_enc, late_enc = encoders.get(order.early), encoders.get(order.late)
        if early_enc is None or late_enc is None or order.early not in decoded or order.late not in decoded:
            continue
        early = _stamps(decoded[order.early], early_enc)
        late = _stamps(decoded[order.late], late_enc)
        gap = late - early
        # Below the protected smallest gap too, not only below zero: a hire at age 5 when every
        # training hire came at 18 or later (probe 4: 1.3 % of rows).
        broken = ~np.isnan(gap) & ((gap < order.gaps[0]) | (gap > order.gaps[-1]))
        if not broken.any():
            continue
        gaps = np.interp(rng.random(int(broken.sum())), np.linspace(0, 1, len(order.gaps)), order.gaps)
        moved_s = early[broken] + gaps
        if late_enc.lo_stamp and late_enc.hi_stamp:
            # Inside the later column's protected range (an exit date after the export's last
            # day, a hire in 1983 when hires start in 2000: probe 4), unless the earlier date
            # forbids it (the order wins).
            lo, hi = ((pd.Timestamp(t) - pd.Timestamp("1970-01-01")).total_seconds()
                      for t in (late_enc.lo_stamp, late_enc.hi_stamp))  # fmt: skip
            moved_s = np.maximum(np.clip(moved_s, lo, hi), early[broken] + order.gaps[0])
            if late_enc.has_missing:
                # No later date fits (a hire a month before the export's last day, every training
                # exit 2+ months after the hire): an optional date is left blank instead.
                moved_s = np.where(moved_s > hi, np.nan, moved_s)
        moved = pd.to_datetime(moved_s, unit="s")
        if simple(late_enc):
            written = late_enc.write(pd.Series(moved)).where(pd.notna(moved), None)
        else:  # each value in its own format and offset
            before = pd.Series(decoded[order.late].to_numpy(dtype=object)[broken])
            written = late_enc.rewrite(before, pd.Series(moved)).where(pd.notna(moved), None)
        column = decoded[order.late].astype(object).to_numpy(copy=True)
        column[np.flatnonzero(broken)] = written.to_numpy(dtype=object)
        decoded[order.late] = column
    return decoded
