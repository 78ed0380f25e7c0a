"""Integers and floats: one value slot (frequent exact value | quantile bin | missing) plus digits.

A value that is frequent (seen in >= k records, and common enough to deserve a token) gets its
own token, so point masses such as ``capital-gain == 0`` are one exact choice. Every other value
is written as a quantile bin plus the offset from the bin's lower edge, in base-100 digits at the
column's precision (most significant first): integers round-trip exactly and floats keep their
decimals. Value protection clips to the protected quantiles first, so extremes are never copied.

A column written with a number format (``1,484,622``, ``$5.00``) is parsed with it and written
back with it; its special values (``inf``, ``n/a``, ``<5``) get tokens of the first slot after the
missing token. A special value seen in fewer than k records is encoded as missing; under private
statistics the kept ones come from the same DP vocabulary release as the exact values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from safe_synthesizer.data.numbers import (
    NumberFormat,
    format_numbers,
    infinity_sign,
    read_plain,
    to_floats,
)
from safe_synthesizer.data.sentinels import sentinel_values
from safe_synthesizer.models.builtin.codec.base import Protection, SlotSpec, decimals_of, n_digits
from safe_synthesizer.models.builtin.codec.statistics import CodecStatistics, ExactStatistics, counts_exactly

MAX_VALUE_TOKENS = 100
MIN_TOKEN_SHARE = 0.01
MAX_BINS = 64
EXACT_LIMIT = float(2**53)  # largest magnitude where every integer is a float64
MIN_PER_BIN = 20
MAX_DIGITS = 4
# Floats: 2 base-100 digits resolve a bin to 1/10,000 of its width; finer digits of measured
# values are noise that the model would only memorise (and overfit on), so they are sampled
# uniformly at decode instead. Integers keep up to MAX_DIGITS and round-trip exactly.
FLOAT_MAX_DIGITS = 2
BASE = 100
# Outside DP a float's offset is one digit of ``cells`` equal parts of its bin (as many parts as
# training values per bin, 10-100), the rest drawn uniformly at decode. At 2 digits of cents
# (probe 3/4: 1,520 salaries of 64 bins, ~20 values a bin) the model memorised each value's digits:
# 12-60 % of synthetic amounts equalled a training value, where the test split's own overlap
# with training was 0 %. Integers whose bins span more than BASE units use the same cells.
MIN_CELLS = 10
# Wide integers get cells only when at least this share of their binned values is distinct.
MIN_DISTINCT_SHARE = 0.8


@dataclass
class NumericEncoder:
    """Reversible numeric encoding; see the module docstring."""

    column: str
    is_integer: bool
    decimals: int
    lo: float
    hi: float
    values: list[float]
    edges: list[float]
    digits: int
    coarse: int
    has_missing: bool
    base: int = BASE
    # Absent from codec.json files written before number formats: plain numbers, no specials.
    number_format: dict[str, str] | None = None
    special_values: list[str] = field(default_factory=list)
    # > 0: the one digit is the cell of ``cells`` equal parts of the bin (see MIN_CELLS); 0: the
    # offset in units of 10**-decimals (narrow integers, DP, and codec.json files written before).
    cells: int = 0

    @classmethod
    def fit(
        cls,
        column: str,
        series: pd.Series,
        *,
        is_integer: bool,
        decimals: int | None,
        stats: CodecStatistics,
        protection: Protection,
        number_format: dict[str, str] | None = None,
        special_values: list[str] | None = None,
    ) -> NumericEncoder:
        """Fit on ``series`` (numbers, formatted strings, or both mixed with special strings)."""
        x, special = _read(series, number_format, special_values, is_integer)
        finite = x[np.isfinite(x)]
        dec = 0 if is_integer else (decimals if decimals is not None else decimals_of(finite))
        # Row-aligned (NaN for missing): a DP provider can then count privacy units, not rows.
        lo, hi = stats.bounds(x if stats.private else finite, protection.q)
        if stats.private and not (np.isfinite(lo) and np.isfinite(hi)):
            # The DP mechanism found no range (too few units for the epsilon): no value can be
            # generated inside released bounds, so the column is generated empty.
            return cls.empty(column, is_integer, dec, number_format)
        if stats.private:
            # Keep DP bounds where float64 is exact.
            lo, hi = np.clip([lo, hi], -EXACT_LIMIT, EXACT_LIMIT)
        lo, hi = float(np.round(lo, dec)), float(np.round(hi, dec))
        clipped = np.round(np.clip(finite, lo, hi), dec)
        distinct, distinct_counts = np.unique(clipped, return_counts=True)
        min_count = protection.k
        if not stats.private and len(distinct) > MAX_VALUE_TOKENS:
            min_count = max(min_count, int(np.ceil(MIN_TOKEN_SHARE * len(clipped))))
        specials_seen = [v for v in special if v is not None]
        if not specials_seen and counts_exactly(stats):
            # Counted in one sort instead of a dict over every row (same counts, same order).
            frequent = ExactStatistics.frequent_from_counts(
                dict(zip(distinct.tolist(), distinct_counts.tolist(), strict=True)), min_count)
            kept = []
        elif specials_seen:
            # One release for exact values and special codes (each record holds at most one).
            frequent = stats.frequent_values(clipped.tolist() + specials_seen, protection.k)
            kept = [v for v in frequent if isinstance(v, str)]
            frequent = {
                v: c for v, c in frequent.items() if not isinstance(v, str) and (stats.private or c >= min_count)
            }
        else:
            frequent = stats.frequent_values(clipped.tolist(), min_count)
            kept = []
        values = sorted(float(v) for v in list(frequent)[:MAX_VALUE_TOKENS])
        rest = clipped[~np.isin(clipped, values)]
        edges: list[float] = []
        digits, coarse, cells = 0, 1, 0
        # Under DP the bins' shape must not depend on the data: always MAX_BINS DP quantiles (the
        # DP vocabulary's threshold already keeps rare exact values out of ``values``).
        if stats.private or rest.size:
            n_bins = MAX_BINS
            if not stats.private:
                n_bins = max(1, min(MAX_BINS, len(np.unique(rest)), rest.size // MIN_PER_BIN))
            q = stats.quantiles(rest, np.linspace(0, 1, n_bins + 1))
            edges = sorted({float(np.round(e, dec)) for e in q} | {lo, hi})
            edges = [e for e in edges if lo <= e <= hi]
            unit = 10.0**-dec
            # In float: a column from 1e-7 to 3e9 at 10 decimals spans 3e19 units, past int64.
            widths = np.round(np.diff(edges) / unit) if len(edges) > 1 else np.zeros(1)
            digits = n_digits(int(widths.max()), BASE)
            max_digits = MAX_DIGITS if is_integer else FLOAT_MAX_DIGITS
            per_bin = rest.size / max(len(edges) - 1, 1)
            wanted = int(np.clip(round(per_bin), MIN_CELLS, BASE))
            # Integers only when a bin spans more than one base-100 digit and nearly every value is
            # distinct (epoch seconds; fnlwgt in a 2,400-row sample): those were copied like cents
            # (probe 4: epoch seconds 5-7 % equal to a training value, test split 0 %; Adult sample
            # fnlwgt 15-16 %, test split 8 %). Small-range codes and counts (age, hours) and wide
            # values that repeat (capital-gain; fnlwgt over all 26k Adult rows, where 47 % of the
            # test split's values are training values) keep exact values.
            wide_integer = (
                is_integer and widths.max() > BASE and len(np.unique(rest)) >= MIN_DISTINCT_SHARE * rest.size
            )
            if (wide_integer or not is_integer) and not stats.private and widths.max() > wanted:
                digits, coarse, cells = 1, 1, wanted
            elif digits > max_digits:
                # Too fine to model digit by digit: keep the leading digits, sample the rest uniformly.
                coarse = BASE ** (digits - max_digits)
                digits = max_digits
        return cls(
            column=column,
            is_integer=is_integer,
            decimals=int(dec),
            base=cells or BASE,
            cells=cells,
            lo=lo,
            hi=hi,
            values=values,
            edges=edges,
            digits=digits,
            coarse=int(coarse),
            # Rare special values are encoded as missing, so they need the missing token too.
            has_missing=stats.private or bool((np.isnan(x) & np.array([v is None for v in special])).any())
            or len(kept) < len(set(specials_seen)),
            number_format=number_format or None,
            special_values=kept,
        )

    @classmethod
    def empty(
        cls, column: str, is_integer: bool, decimals: int, number_format: dict[str, str] | None
    ) -> NumericEncoder:
        """An encoder that writes every value as missing (a DP column without a released range).

        Example:
            >>> enc = NumericEncoder.empty("x", True, 0, None)
            >>> bool(enc.decode(enc.encode(pd.Series([1, 2])), np.random.default_rng(0)).isna().all())
            True
        """
        return cls(column, is_integer, int(decimals), 0.0, 0.0, [], [], 0, 1, True, number_format=number_format or None)

    @property
    def n_bins(self) -> int:
        return max(len(self.edges) - 1, 1) if self.edges else 0

    @property
    def _wide(self) -> bool:
        """True when a bin spans more units (10**-decimals) than int64 holds."""
        return self.coarse * self.base**self.digits >= 2**62

    @property
    def missing_token(self) -> int:
        return len(self.values) + self.n_bins

    def special_token(self, i: int) -> int:
        """Token of the ``i``-th special value: right after the missing token."""
        return self.missing_token + int(self.has_missing) + i

    @property
    def slots(self) -> list[SlotSpec]:
        size = len(self.values) + self.n_bins + int(self.has_missing) + len(self.special_values)
        slots = [SlotSpec(f"{self.column}", self.column, max(size, 1))]
        slots += [SlotSpec(f"{self.column}#d{i}", self.column, self.base, "digit") for i in range(self.digits)]
        return slots

    def encode(self, series: pd.Series) -> np.ndarray:
        x, special = _read(series, self.number_format, self.special_values, self.is_integer)
        n = len(x)
        out = np.zeros((n, 1 + self.digits), dtype=np.int64)
        missing = ~np.isfinite(x)
        xc = np.round(np.clip(np.where(missing, self.lo, x), self.lo, self.hi), self.decimals)
        values = np.asarray(self.values, dtype=np.float64)
        pos = np.searchsorted(values, xc) if len(values) else np.zeros(n, dtype=np.int64)
        is_value = np.zeros(n, dtype=bool)
        if len(values):
            in_range = pos < len(values)
            is_value[in_range] = np.isclose(values[pos[in_range]], xc[in_range], rtol=0, atol=1e-9)
        out[is_value, 0] = pos[is_value]
        binned = ~is_value & ~missing
        if binned.any() and not self.edges and not len(values):
            # An empty encoder (no released range): every value is written as missing.
            missing = missing | binned
            binned = np.zeros(n, dtype=bool)
        if binned.any():
            if not self.edges:
                # No bins were fitted (every training value had a token): nearest token instead.
                near = np.abs(xc[binned, None] - values[None, :]).argmin(axis=1)
                out[binned, 0] = near
            else:
                edges = np.asarray(self.edges)
                b = np.clip(np.searchsorted(edges, xc[binned], side="right") - 1, 0, self.n_bins - 1)
                out[binned, 0] = len(values) + b
                if self.cells:
                    width = edges[np.minimum(b + 1, len(edges) - 1)] - edges[b]
                    share = np.divide(xc[binned] - edges[b], width, out=np.zeros(len(b)), where=width > 0)
                    out[binned, 1] = np.clip(np.floor(share * self.cells), 0, self.cells - 1).astype(np.int64)
                else:
                    offset = np.round((xc[binned] - edges[b]) * 10.0**self.decimals)
                    if self._wide:
                        offset = np.floor(offset / float(self.coarse)).astype(np.int64)
                    else:
                        offset = offset.astype(np.int64) // self.coarse
                    for i in range(self.digits):
                        out[binned, 1 + i] = (offset // self.base ** (self.digits - 1 - i)) % self.base
        if self.has_missing:
            out[missing, 0] = self.missing_token
        elif missing.any():
            out[missing, 0] = 0
        index = {v: i for i, v in enumerate(self.special_values)}
        for row in (i for i, value in enumerate(special) if value is not None) if index else ():
            if special[row] in index:
                out[row, 0] = self.special_token(index[special[row]])
                out[row, 1:] = 0
        return out

    def decode(self, tokens: np.ndarray, rng: np.random.Generator) -> pd.Series:
        n = len(tokens)
        first = tokens[:, 0]
        out = np.full(n, np.nan)
        n_values = len(self.values)
        is_value = first < n_values
        out[is_value] = np.asarray(self.values)[first[is_value]]
        binned = (first >= n_values) & (first < n_values + self.n_bins)
        if binned.any():
            edges = np.asarray(self.edges)
            b = first[binned] - n_values
            upper = edges[np.minimum(b + 1, len(edges) - 1)]
        if binned.any() and self.cells:
            # A uniform point of the cell (never a training value's own digits).
            cell = tokens[binned, 1] + rng.random(int(binned.sum()))
            out[binned] = np.minimum(edges[b] + cell / self.cells * (upper - edges[b]), upper)
        elif binned.any():
            offset = np.zeros(int(binned.sum()), dtype=np.int64)
            for i in range(self.digits):
                offset = offset * self.base + tokens[binned, 1 + i]
            if self._wide:
                # Units past int64: scale in float (the digits dropped here are below float64's
                # precision at these magnitudes anyway).
                units = (offset + rng.random(len(offset))) * float(self.coarse)
            else:
                units = offset * self.coarse
                if self.coarse > 1:
                    units = units + rng.integers(0, self.coarse, size=len(offset))
            value = np.minimum(edges[b] + units * 10.0**-self.decimals, upper)
            out[binned] = value
        out = np.round(out, self.decimals)
        if self.number_format or self.special_values:
            return self._written(out, first)
        if self.is_integer:
            result = pd.Series(out, name=self.column)
            return result.astype("Int64") if np.isnan(out).any() else result.astype(np.int64)
        return pd.Series(out, name=self.column, dtype=np.float64)

    def _written(self, numbers: np.ndarray, first: np.ndarray) -> pd.Series:
        """Strings in the column's own number format, special values as written, None for missing."""
        fmt = NumberFormat.from_dict(self.number_format)
        values: list[Any] = [None if np.isnan(v) else (int(v) if self.is_integer else float(v)) for v in numbers]
        text: list[Any] = format_numbers(values, fmt, self.decimals, self.is_integer)
        if not self.number_format and not self.is_integer:
            # A plain float column is written as pandas writes floats ("4.0"); only its special
            # values sent it through here, where "4.0" came out "4" (a layout it never has).
            text = [t if t is None or "." in t or "e" in t else t + ".0" for t in text]
        start = self.special_token(0)
        for row in np.flatnonzero(first >= start):
            text[row] = self.special_values[int(first[row]) - start]
        return pd.Series(text, name=self.column, dtype=object)

    def to_dict(self) -> dict:
        return {"kind": "numeric", **self.__dict__}

    @classmethod
    def from_dict(cls, d: dict) -> NumericEncoder:
        return cls(**{k: v for k, v in d.items() if k != "kind"})


def _read(
    series: pd.Series, number_format: dict[str, str] | None, special_values: list[str] | None, is_integer: bool
) -> tuple[np.ndarray, list[str | None]]:
    """Numbers of ``series`` (NaN when missing or special) and the special value of every row.

    Plain columns take the old fast path; a float infinity takes the column's spelling of it.
    """
    if not number_format and not special_values:
        x = pd.to_numeric(series, errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
        return x, [None] * len(x)
    raw = series.tolist()
    fmt = NumberFormat.from_dict(number_format)
    x = to_floats(read_plain(raw, fmt, integer=is_integer))
    # A sentinel ("-9999" for "no reading") is a code, not a number of the distribution.
    sentinels = sentinel_values(special_values, fmt)
    if sentinels:
        code = [sentinels.get(float(v)) if np.isfinite(v) else None for v in x]
        x = np.where([c is None for c in code], x, np.nan)
        raw = [c if c is not None else v for c, v in zip(code, raw, strict=True)]
    specials = set(special_values or [])
    infinities = {infinity_sign(s): s for s in reversed(special_values or []) if infinity_sign(s)}
    special: list[str | None] = []
    for value, number in zip(raw, x, strict=True):
        if not np.isnan(number):
            special.append(None)
        elif isinstance(value, str) and value.strip() in specials:
            special.append(value.strip())
        else:
            special.append(infinities.get(infinity_sign(value)))
    return np.where(np.isfinite(x), x, np.nan), special
