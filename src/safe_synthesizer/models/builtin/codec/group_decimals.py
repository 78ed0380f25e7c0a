"""A number's decimal places follow its row's category when a categorical column decides them.

One ``total_price`` column holds euros, dollars and yen; yen are whole, the others have cents.
The numeric encoder knows one precision per column, so 17-19 % of generated yen prices came out
with cents (probe 5). ``find_group_decimals`` records, on the training split, a categorical column
whose categories each keep their own, smaller, number of decimals (``JPY``: 0 over hundreds of
rows); ``apply_group_decimals`` rounds the decoded numbers of those categories to their places and
writes the column again (a yen price is ``85663``, never ``85663.00`` or ``85663.0``).

Privacy: the places per category are read from the values (a column-level statistic), so the rule
is found outside DP only; decoding reads generated rows only.

Example:
    >>> found = find_group_decimals(frame, [price_encoder], ["currency"])   # doctest: +SKIP
    >>> decoded = apply_group_decimals(decoded, found, {"total_price": price_encoder})  # doctest: +SKIP
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

import numpy as np
import pandas as pd

from safe_synthesizer.data.numbers import NumberFormat, format_numbers, read_plain, to_floats
from safe_synthesizer.models.builtin.codec.numeric import NumericEncoder

# A category must cover this many rows with a number before its places count: 30 whole values of a
# column with cents happen by chance with probability 1e-60.
MIN_GROUP_ROWS = 30
MIN_GROUP_DISTINCT = 10


@dataclass
class GroupDecimals:
    """Numbers of ``column`` in rows whose ``by`` is a key of ``places`` have that many decimals."""

    column: str
    by: str
    places: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> GroupDecimals:
        return cls(column=d["column"], by=d["by"], places={str(k): int(v) for k, v in d["places"].items()})


def places_of(x: np.ndarray, most: int) -> np.ndarray:
    """Decimal places each finite value needs (0..``most``); -1 for missing values.

    Example:
        >>> places_of(np.array([85663.0, 255.8, 255.82, np.nan]), 2).tolist()
        [0, 1, 2, -1]
    """
    out = np.full(len(x), -1, dtype=np.int64)
    finite = np.isfinite(x)
    left = finite.copy()
    for d in range(most + 1):
        fits = left & np.isclose(np.round(x, d), x, rtol=0, atol=10.0 ** -(most + 3))
        out[fits] = d
        left &= ~fits
    out[left] = most
    return out


def find_group_decimals(
    frame: pd.DataFrame, encoders: list[NumericEncoder], categories: list[str]
) -> list[GroupDecimals]:
    """For each float encoder, the categorical column (fewest categories first) with categories of
    >= ``MIN_GROUP_ROWS`` numbers that all need fewer places than the column. Outside DP only."""
    found = []
    by_size = sorted((c for c in categories if c in frame), key=lambda c: frame[c].nunique())
    keys_of: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for enc in encoders:
        if enc.is_integer or enc.decimals == 0 or enc.column not in frame:
            continue
        x = numbers_of(frame[enc.column], enc)
        places = places_of(x, enc.decimals)
        for by in by_size:
            if by not in keys_of:
                keys_of[by] = pd.factorize(frame[by].astype(object).where(frame[by].notna(), None))
            codes, uniques = keys_of[by]
            rows = (places >= 0) & (codes >= 0)
            size = np.bincount(codes[rows], minlength=len(uniques))
            most = np.full(len(uniques), -1, dtype=np.int64)
            np.maximum.at(most, codes[rows], places[rows])
            fewer = (size >= MIN_GROUP_ROWS) & (most < enc.decimals)
            if NumberFormat.from_dict(enc.number_format).fixed_decimals:
                # Written with fixed places, a read-back 120.5 was '120.50': only whole categories
                # differ, and only when the input wrote some whole values bare ('85663').
                fewer &= (most == 0) & ((enc.number_format or {}).get("bare_whole") == "true")
            # Many distinct values that all need fewer places: a '0.0' rate repeated is no convention.
            kept = [k for k in np.flatnonzero(fewer) if len(np.unique(x[rows & (codes == k)])) >= MIN_GROUP_DISTINCT]
            if kept:
                found.append(GroupDecimals(enc.column, by, {str(uniques[k]): int(most[k]) for k in kept}))
                break
    return found


def apply_group_decimals(
    decoded: pd.DataFrame, found: list[GroupDecimals], encoders: dict[str, NumericEncoder]
) -> pd.DataFrame:
    """``decoded`` with each listed category's numbers rounded to its places, the column written
    as text in its own format (the others keep the column's places)."""
    for rule in found:
        enc = encoders.get(rule.column)
        if enc is None or not {rule.column, rule.by} <= set(decoded):
            continue
        column = decoded[rule.column]
        x = numbers_of(column, enc)
        keys = decoded[rule.by].astype(object).map(lambda v: None if v is None or v != v else str(v))
        places = keys.map(rule.places).fillna(enc.decimals).to_numpy(dtype=np.int64)
        fmt = NumberFormat.from_dict(enc.number_format)
        text = np.array(column.astype(object).where(column.notna(), None).to_numpy(), dtype=object)
        for d in np.unique(places[np.isfinite(x)]):
            rows = np.flatnonzero(np.isfinite(x) & (places == d))
            values = np.round(x[rows], int(d)).tolist()
            text[rows] = format_numbers(values, fmt, int(d), is_integer=False)
        decoded[rule.column] = pd.Series(text, index=decoded.index, dtype=object)
    return decoded


def numbers_of(series: pd.Series, enc: NumericEncoder) -> np.ndarray:
    """The numbers of a numeric column as floats (NaN for missing and special values); strings are
    read in the column's number format, numbers taken as they are."""
    fmt = NumberFormat.from_dict(enc.number_format)
    values = series.tolist()
    text = [i for i, v in enumerate(values) if isinstance(v, str)]
    x = pd.to_numeric(pd.Series([None if isinstance(v, str) else v for v in values], dtype=object),
                      errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan, copy=True)  # fmt: skip
    if text:
        x[text] = to_floats(read_plain([values[i] for i in text], fmt))
    return x
