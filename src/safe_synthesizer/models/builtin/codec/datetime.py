"""Datetimes as parts (year, month, day, hour, minute, second), written back in the input format.

Only the parts the column's ``datetime_format`` shows are modelled; the year range is clipped to
the protected quantiles. A sampled day past the month's end is clamped (Feb 30 -> Feb 28/29), so
every decoded value is a real date.

A column written in several formats (``datetime_formats``) gets one more slot, the format index,
so each format's share is learnt and every value is written back in its own format. Special
values (``unknown``, ``9999``) are extra tokens of the year slot after the missing token; one seen
in fewer than k records is encoded as missing. Under private statistics they are always encoded
as missing: a vocabulary of them would be one more DP release than the budget plans for a date.

Outside DP a decoded timestamp is clipped to the protected range of the training timestamps
(year, month and day are sampled as parts, which could combine into a date before the first
one seen). A format with an offset (``%z``) is modelled at each value's own wall clock with one more slot,
the offset as written (``+02:00``), of offsets seen in >= k records (a rarer one takes the most
common offset's token); under DP values are read in UTC and written with ``+0000``. A format with
fractions of a second (``%f``) writes as many digits as the input did (``.167``, not
``.000000``), drawn at random: sub-second digits are noise the model need not learn. A format
whose values are written without leading zeros (``3/5/2024``, ``2024年3月5日``) is written back so
(outside DP; ``unpadded``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from safe_synthesizer.data.datetimes import (
    fraction_digits,
    parse_datetimes,
    parse_wall_clock,
    unpadded,
    writes_unpadded,
)
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
# Placeholder year range of an encoder that writes every value as missing.
EMPTY_YEAR = 2000
# Stand-ins strftime passes through, replaced per row by the offset and the fraction digits.
_OFFSET_MARK, _FRACTION_MARK = "\x01", "\x02"


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
    # Absent from codec.json files written before several formats: one format, no specials.
    datetime_formats: list[str] = field(default_factory=list)
    special_values: list[str] = field(default_factory=list)
    # Under DP without a released year range: every value is written as missing.
    empty: bool = False
    # Absent from codec.json files written before: offsets written +0000, fractions as %f writes them.
    offsets: list[str] = field(default_factory=list)
    fraction_digits: int = 0
    fraction_random: bool = False
    # The protected range of whole timestamps (ISO text; outside DP only): parts sampled apart
    # can combine into a date past it (a year's first months when only its last ones were seen).
    lo_stamp: str | None = None
    hi_stamp: str | None = None
    # Formats whose values are written without leading zeros (absent from older codec.json files).
    unpadded: list[str] = field(default_factory=list)

    @classmethod
    def fit(
        cls,
        column: str,
        series: pd.Series,
        *,
        datetime_format: str | None,
        stats: CodecStatistics,
        protection: Protection,
        datetime_formats: list[str] | None = None,
        special_values: list[str] | None = None,
    ) -> DatetimeEncoder:
        """Fit on ``series`` (strings in the column's formats, or datetime64)."""
        formats = list(datetime_formats or []) if datetime_format else []
        shown = formats or ([datetime_format] if datetime_format else [])
        offsets: list[str] = []
        written: list[str | None] = [None] * len(series)
        if not stats.private and any("%z" in f for f in shown):
            # Offsets are a layout seen in >= k records (kept outside DP only, like the format shares).
            _, _, written = parse_wall_clock(_strings(series), shown)
            counts = stats.frequent_values([o for o in written if o is not None], protection.k)
            offsets = [str(o) for o, _ in sorted(counts.items(), key=lambda oc: (-oc[1], str(oc[0])))]
        bare: list[str] = []
        if not stats.private and not pd.api.types.is_datetime64_any_dtype(series):
            # A layout fact like the format shares (outside DP only): "3/5/2024" stays unpadded.
            bare = [f for f in shown if writes_unpadded(series, f)]
        digits, random_fraction = 0, False
        if not stats.private and any("%f" in f for f in shown) and not pd.api.types.is_datetime64_any_dtype(series):
            digits, random_fraction = fraction_digits(series)
        parsed, _ = _parse_all(series, datetime_format, formats, zoned=bool(offsets))
        specials = _specials(series, parsed, special_values)
        kept: list[str] = []
        if specials and not stats.private:
            kept = [str(v) for v in stats.frequent_values([v for v in specials if v is not None], protection.k)]
        years = parsed.dt.year.to_numpy(dtype=np.float64, na_value=np.nan)
        stamp_range: tuple[str | None, str | None] = (None, None)
        if not stats.private and parsed.notna().any():
            # In UTC when offsets are kept: local times of different zones are not comparable.
            utc = parsed - _shifts(written) if offsets else parsed
            present = utc.dropna()
            stamp_range = (present.quantile(protection.q).isoformat(), present.quantile(1 - protection.q).isoformat())
        lo, hi = stats.bounds(years, protection.q)
        empty = stats.private and not (np.isfinite(lo) and np.isfinite(hi))
        if empty:
            # No DP year range (too few units for the epsilon): every value is written as missing.
            lo = hi = EMPTY_YEAR
        if hi - lo >= MAX_YEARS:
            lo = hi - MAX_YEARS + 1
        if datetime_format:
            fmt = datetime_format
            shown = "".join(formats or [fmt])
            parts = [name for name, directives, _, _ in _PARTS if any(d in shown for d in directives)]
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
            # Specials not kept (rare, or under DP) are encoded as missing.
            has_missing=stats.private or bool((parsed.isna() & pd.Series([v is None for v in specials],
                                                                         index=parsed.index)).any())
            or len(kept) < len({v for v in specials if v is not None}),
            datetime_formats=formats if len(formats) > 1 else [],
            special_values=kept,
            empty=bool(empty),
            offsets=offsets,
            fraction_digits=digits,
            fraction_random=random_fraction,
            lo_stamp=stamp_range[0],
            hi_stamp=stamp_range[1],
            unpadded=bare,
        )

    @property
    def n_years(self) -> int:
        return self.year_hi - self.year_lo + 1

    @property
    def slots(self) -> list[SlotSpec]:
        size = self.n_years + int(self.has_missing) + len(self.special_values)
        slots = [SlotSpec(f"{self.column}#year", self.column, size)]
        if self.datetime_formats:
            slots.append(SlotSpec(f"{self.column}#format", self.column, len(self.datetime_formats)))
        if self.offsets:
            slots.append(SlotSpec(f"{self.column}#offset", self.column, len(self.offsets)))
        sizes = {name: size for name, _, size, _ in _PARTS}
        slots += [SlotSpec(f"{self.column}#{p}", self.column, sizes[p]) for p in self.parts]
        return slots

    @property
    def _extra(self) -> int:
        """Slots between the year and the parts: the format index and the offset."""
        return int(bool(self.datetime_formats)) + int(bool(self.offsets))

    def encode(self, series: pd.Series) -> np.ndarray:
        parsed, used = _parse_all(series, self.datetime_format, self.datetime_formats, zoned=bool(self.offsets))
        missing = parsed.isna().to_numpy() | self.empty
        extra = self._extra
        out = np.zeros((len(series), 1 + extra + len(self.parts)), dtype=np.int64)
        filled = parsed.fillna(pd.Timestamp(year=self.year_lo, month=1, day=1))
        years = np.clip(filled.dt.year.to_numpy(), self.year_lo, self.year_hi) - self.year_lo
        out[:, 0] = np.where(missing & self.has_missing, self.n_years, years)
        if self.datetime_formats:
            out[:, 1] = np.maximum(used, 0)
        if self.offsets:
            _, _, written = parse_wall_clock(_strings(series), self.datetime_formats or [str(self.datetime_format)])
            index = {o: i for i, o in enumerate(self.offsets)}
            out[:, extra] = [index.get(o, 0) if o is not None else 0 for o in written]
        starts = {name: first for name, _, _, first in _PARTS}
        for i, part in enumerate(self.parts):
            out[:, 1 + extra + i] = getattr(filled.dt, part).to_numpy() - starts[part]
        index = {v: i for i, v in enumerate(self.special_values)}
        specials = _specials(series, parsed, self.special_values) if index else []
        for row, value in enumerate(specials):
            if value in index:
                out[row, 0] = self.n_years + int(self.has_missing) + index[value]
        return out

    def decode(self, tokens: np.ndarray, rng: np.random.Generator) -> pd.Series:
        n_years = self.n_years
        missing = tokens[:, 0] >= n_years
        extra = self._extra
        starts = {name: first for name, _, _, first in _PARTS}
        fields = {"year": self.year_lo + np.minimum(tokens[:, 0], n_years - 1)}
        for i, part in enumerate(self.parts):
            fields[part] = tokens[:, 1 + extra + i] + starts[part]
        fields.setdefault("month", np.ones(len(tokens), dtype=np.int64))
        day = fields.pop("day", np.ones(len(tokens), dtype=np.int64))
        month_start = pd.to_datetime(pd.DataFrame({"year": fields["year"], "month": fields["month"], "day": 1}))
        fields["day"] = np.minimum(day, month_start.dt.days_in_month.to_numpy())
        stamps = pd.to_datetime(pd.DataFrame(fields))
        if self.lo_stamp and self.hi_stamp:
            shift = self._row_shifts(tokens, extra) if self.offsets else pd.Series(pd.Timedelta(0), index=stamps.index)
            utc = (stamps - shift).clip(lower=pd.Timestamp(self.lo_stamp), upper=pd.Timestamp(self.hi_stamp))
            stamps = utc + shift
        if self.datetime_formats:
            text = pd.Series(None, index=stamps.index, dtype=object)
            which = np.minimum(tokens[:, 1], len(self.datetime_formats) - 1)
            for i, fmt in enumerate(self.datetime_formats):
                rows = which == i
                text[rows] = stamps[rows].dt.strftime(self._writable(fmt)).astype(object)
        else:
            text = stamps.dt.strftime(self._writable(self.output_format)).astype(object)
        text = self._fill_marks(text, tokens[:, extra] if self.offsets else None, rng)
        text[missing] = None
        first_special = n_years + int(self.has_missing)
        for row in np.flatnonzero(tokens[:, 0] >= first_special):
            text.iloc[row] = self.special_values[int(tokens[row, 0]) - first_special]
        return pd.Series(text.to_numpy(), name=self.column, dtype=object)

    def write(self, stamps: pd.Series) -> pd.Series:
        """Timestamps as a one-format column without offsets or fractions writes them (used by
        ``codec.date_order`` to put a date back after the one it follows)."""
        return stamps.dt.strftime(self._writable(self.output_format)).astype(object).reset_index(drop=True)

    def rewrite(self, values: pd.Series, utc: pd.Series) -> pd.Series:
        """``values`` moved to the instants ``utc`` (naive UTC), each written in the format it was
        written in and at its own offset (``codec.date_order`` puts a delivery stamp written at the
        receiver's ``-03:00`` back after a shipping stamp written at the sender's ``+09:00``).
        A value that no format reads (missing) stays as it is."""
        formats = self.datetime_formats or [str(self.datetime_format)]
        values = values.reset_index(drop=True)
        _, used, offsets = parse_wall_clock(values.astype(object).where(values.notna(), None), formats)
        local = pd.Series(pd.to_datetime(utc).to_numpy(), dtype="datetime64[ns]") + _shifts(offsets)
        out = values.astype(object).to_numpy(copy=True)
        for row in np.flatnonzero((used >= 0) & local.notna().to_numpy()):
            stamp = local.iloc[row]
            text = stamp.strftime(self._writable(formats[used[row]]))
            text = text.replace(_OFFSET_MARK, offsets[row] or (self.offsets[0] if self.offsets else "+0000"))
            out[row] = text.replace(_FRACTION_MARK, f"{stamp.microsecond:06d}"[: self.fraction_digits])
        return pd.Series(out, dtype=object)

    def _row_shifts(self, tokens: np.ndarray, extra: int) -> pd.Series:
        """Each decoded row's UTC offset: its offset token's, when its format writes one."""
        formats = self.datetime_formats or [str(self.datetime_format)]
        which = np.minimum(tokens[:, 1], len(formats) - 1) if self.datetime_formats else np.zeros(len(tokens), int)
        zoned = np.array(["%z" in formats[i] for i in which], dtype=bool)
        spelled = [self.offsets[min(int(t), len(self.offsets) - 1)] if z else None
                   for t, z in zip(tokens[:, extra], zoned, strict=True)]
        return _shifts(spelled)

    def _writable(self, fmt: str) -> str:
        """``fmt`` for strftime: the offset and the fraction as marks ``_fill_marks`` replaces;
        without learnt offsets, offsets parsed into UTC are written +0000."""
        if fmt in self.unpadded:
            fmt = unpadded(fmt)
        fmt = fmt.replace("%z", _OFFSET_MARK if self.offsets else "+0000")
        return fmt.replace("%f", _FRACTION_MARK) if self.fraction_digits else fmt

    def _fill_marks(self, text: pd.Series, offset_tokens: np.ndarray | None, rng: np.random.Generator) -> pd.Series:
        """Each row's offset (by its token) and fraction digits in place of the marks."""
        has_offset = offset_tokens is not None
        has_fraction = self.fraction_digits > 0
        if not has_offset and not has_fraction:
            return text
        d = self.fraction_digits
        fractions = rng.integers(0, 10**d, size=len(text)) if self.fraction_random else np.zeros(len(text), int)
        values = text.tolist()
        for row, value in enumerate(values):
            if not isinstance(value, str):
                continue
            if has_offset:
                token = int(min(offset_tokens[row], len(self.offsets) - 1))
                value = value.replace(_OFFSET_MARK, self.offsets[token])
            if has_fraction:
                value = value.replace(_FRACTION_MARK, f"{int(fractions[row]):0{d}d}")
            values[row] = value
        return pd.Series(values, index=text.index, dtype=object)

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


def _shifts(offsets: list[str | None]) -> pd.Series:
    """``+02:00`` / ``-0500`` as time deltas (0 for None): local time minus UTC."""
    minutes = []
    for text in offsets:
        digits = text.replace(":", "") if text else ""
        sign = -1 if digits.startswith("-") else 1
        minutes.append(sign * (int(digits[1:3]) * 60 + int(digits[3:5])) if len(digits) == 5 else 0)
    return pd.Series(pd.to_timedelta(minutes, unit="min"))


def _strings(series: pd.Series) -> pd.Series:
    """``series`` for reading offsets as written: a datetime64 column has none (all missing)."""
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        return pd.Series([None] * len(series), index=series.index, dtype=object)
    return series


def _parse_all(
    series: pd.Series, fmt: str | None, formats: list[str], *, zoned: bool = False
) -> tuple[pd.Series, np.ndarray]:
    """Timestamps and the index of the format used per value (0 with a single format).

    ``zoned``: values with an offset are read at their own wall clock (the offset is a slot).
    """
    if zoned and not pd.api.types.is_datetime64_any_dtype(series.dtype):
        stamps, used, _ = parse_wall_clock(series, formats if len(formats) > 1 else [str(fmt)])
        return stamps, used
    if formats and len(formats) > 1 and not pd.api.types.is_datetime64_any_dtype(series.dtype):
        return parse_datetimes(series, formats)
    if fmt and "%z" in fmt and not pd.api.types.is_datetime64_any_dtype(series.dtype):
        return parse_datetimes(series, [fmt])
    parsed = _parse(series, fmt)
    return parsed, np.where(parsed.notna().to_numpy(), 0, -1)


def _specials(series: pd.Series, parsed: pd.Series, special_values: list[str] | None) -> list[str | None]:
    """The special value of every unparsed row (None when missing or not a known special)."""
    known = set(special_values or [])
    out: list[str | None] = [None] * len(series)
    if not known:
        return out
    raw = series.to_numpy(dtype=object)
    for row in np.flatnonzero(parsed.isna().to_numpy()):  # only unparsed rows can hold a special
        value = raw[row]
        text = value.strip() if isinstance(value, str) else None
        out[row] = text if text in known else None
    return out

