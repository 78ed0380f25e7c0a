"""Datetimes as parts (year, month, day, hour, minute, second), written back in the input format.

Only the parts the column's ``datetime_format`` shows are modelled; the year range is clipped to
the protected quantiles. A sampled day past the month's end is clamped (Feb 30 -> Feb 28/29), so
every decoded value is a real date.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from safe_synthesizer.models.builtin.codec.base import Protection, SlotSpec
from safe_synthesizer.models.builtin.codec.statistics import CodecStatistics

# (part, strftime directives that show it, vocabulary size, first value)
_PARTS = [
    ("month", ("%m", "%b", "%B", "%-m", "%j", "%U", "%W", "%x", "%c", "%D", "%F"), 12, 1),
    ("day", ("%d", "%-d", "%e", "%j", "%a", "%A", "%w", "%u", "%x", "%c", "%D", "%F"), 31, 1),
    ("hour", ("%H", "%I", "%-H", "%-I", "%X", "%c", "%T", "%R", "%p"), 24, 0),
    ("minute", ("%M", "%-M", "%X", "%c", "%T", "%R"), 60, 0),
    ("second", ("%S", "%-S", "%X", "%c", "%T", "%s"), 60, 0),
]
ISO_FORMAT = "%Y-%m-%d %H:%M:%S"
MAX_YEARS = 2000


@dataclass
class DatetimeEncoder:
    """Datetime parts; see the module docstring."""

    column: str
    datetime_format: str | None
    output_format: str
    parts: list[str]
    year_lo: int
    year_hi: int
    has_missing: bool

    @classmethod
    def fit(
        cls,
        column: str,
        series: pd.Series,
        *,
        datetime_format: str | None,
        stats: CodecStatistics,
        protection: Protection,
    ) -> DatetimeEncoder:
        parsed = _parse(series, datetime_format)
        years = parsed.dt.year.to_numpy(dtype=np.float64, na_value=np.nan)
        lo, hi = stats.bounds(years, protection.q)
        if hi - lo >= MAX_YEARS:
            lo = hi - MAX_YEARS + 1
        if datetime_format:
            fmt = datetime_format
            parts = [name for name, directives, _, _ in _PARTS if any(d in fmt for d in directives)]
        else:
            # Under DP the presence of a time part is not learnt from the data: give the format.
            has_time = not stats.private and bool(
                parsed.dropna().dt.hour.any() or parsed.dropna().dt.minute.any() or parsed.dropna().dt.second.any()
            )
            fmt = ISO_FORMAT if has_time else "%Y-%m-%d"
            parts = ["month", "day", "hour", "minute", "second"] if has_time else ["month", "day"]
        return cls(
            column=column,
            datetime_format=datetime_format,
            output_format=fmt,
            parts=parts,
            year_lo=int(lo),
            year_hi=int(hi),
            has_missing=stats.private or bool(parsed.isna().any()),
        )

    @property
    def slots(self) -> list[SlotSpec]:
        n_years = self.year_hi - self.year_lo + 1
        slots = [SlotSpec(f"{self.column}#year", self.column, n_years + int(self.has_missing))]
        sizes = {name: size for name, _, size, _ in _PARTS}
        slots += [SlotSpec(f"{self.column}#{p}", self.column, sizes[p]) for p in self.parts]
        return slots

    def encode(self, series: pd.Series) -> np.ndarray:
        parsed = _parse(series, self.datetime_format)
        missing = parsed.isna().to_numpy()
        out = np.zeros((len(series), 1 + len(self.parts)), dtype=np.int64)
        filled = parsed.fillna(pd.Timestamp(year=self.year_lo, month=1, day=1))
        years = np.clip(filled.dt.year.to_numpy(), self.year_lo, self.year_hi) - self.year_lo
        out[:, 0] = np.where(missing & self.has_missing, self.year_hi - self.year_lo + 1, years)
        starts = {name: first for name, _, _, first in _PARTS}
        for i, part in enumerate(self.parts):
            out[:, 1 + i] = getattr(filled.dt, part).to_numpy() - starts[part]
        return out

    def decode(self, tokens: np.ndarray, rng: np.random.Generator) -> pd.Series:
        n_years = self.year_hi - self.year_lo + 1
        missing = tokens[:, 0] >= n_years
        starts = {name: first for name, _, _, first in _PARTS}
        fields = {"year": self.year_lo + np.minimum(tokens[:, 0], n_years - 1)}
        for i, part in enumerate(self.parts):
            fields[part] = tokens[:, 1 + i] + starts[part]
        fields.setdefault("month", np.ones(len(tokens), dtype=np.int64))
        day = fields.pop("day", np.ones(len(tokens), dtype=np.int64))
        month_start = pd.to_datetime(pd.DataFrame({"year": fields["year"], "month": fields["month"], "day": 1}))
        fields["day"] = np.minimum(day, month_start.dt.days_in_month.to_numpy())
        stamps = pd.to_datetime(pd.DataFrame(fields))
        text = stamps.dt.strftime(self.output_format).astype(object)
        text[missing] = None
        return pd.Series(text.to_numpy(), name=self.column, dtype=object)

    def to_dict(self) -> dict:
        return {"kind": "datetime", **self.__dict__}

    @classmethod
    def from_dict(cls, d: dict) -> DatetimeEncoder:
        return cls(**{k: v for k, v in d.items() if k != "kind"})


def _parse(series: pd.Series, fmt: str | None) -> pd.Series:
    if pd.api.types.is_datetime64_any_dtype(series):
        return pd.Series(pd.to_datetime(series), index=series.index)
    if fmt:
        return pd.to_datetime(series, format=fmt, errors="coerce")
    return pd.to_datetime(series, errors="coerce", format="mixed")
