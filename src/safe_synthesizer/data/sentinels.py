"""Sentinels: numbers that mean "no value" (``-9999``, ``999``), kept as codes next to the numbers.

A logger writes ``-9999`` for "no reading"; as a number it stretched a 0-10 sensor's range and the
model wrote values in between (``-4000.3`` degrees). ``find_sentinels`` finds them in a column
(outside DP: it looks at values); ``sentinel_values`` tells readers which special values are numbers,
so they take them as codes first.

Example:
    >>> find_sentinels([str(v) for v in range(30)] + ["-9999", "-9999"])
    {-9999.0: '-9999'}
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from safe_synthesizer.data.numbers import NumberFormat, plain_strings, to_floats

# A sentinel needs this many other numbers to be told from their range.
SENTINEL_MIN_OTHERS = 20
# ... and lies this many ranges of the other values away from them: Adult's capital gain tops out
# at 99999 (2.4x the next value, 1.4 ranges above it), a cap of real values, not "no value".
SENTINEL_GAP_SPANS = 5


def sentinel_values(special_values: Iterable[str] | None, fmt: NumberFormat | None = None) -> dict[float, str]:
    """The special values that are numbers (sentinels such as ``-9999``), by value: a reader
    must take them as codes before it takes them as numbers.

    Example:
        >>> sentinel_values(["n/a", "-9999"])
        {-9999.0: '-9999'}
    """
    out: dict[float, str] = {}
    for special in special_values or []:
        plain = plain_strings([special], fmt)[0]
        if plain is not None:
            out[float(plain)] = special
    return out


def find_sentinels(plain: list[str | None]) -> dict[float, str]:
    """Repeated all-nines numbers (``-9999``, ``999``) far outside the other values' range: a
    logger's "no reading", not a measurement. As numbers they stretched the range and the model
    wrote values between (``-4000.3`` degrees in a 0-10 sensor)."""
    x = to_floats(plain)
    x = x[np.isfinite(x)]
    values, counts = np.unique(x, return_counts=True)
    nines = {v for v, c in zip(values.tolist(), counts.tolist(), strict=True)
             if c >= 2 and v == int(v) and abs(v) >= 99 and set(str(int(abs(v)))) == {"9"}}  # fmt: skip
    if not nines:
        return {}
    rest = x[~np.isin(x, list(nines))]
    if rest.size < SENTINEL_MIN_OTHERS:
        return {}
    lo, hi = float(rest.min()), float(rest.max())
    span = max(hi - lo, 1.0)
    return {v: str(int(v)) for v in nines if v < lo - SENTINEL_GAP_SPANS * span or v > hi + SENTINEL_GAP_SPANS * span}
