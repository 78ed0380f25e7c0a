"""Leading digits that start valid numbers of a region: drawn first, so most random fakes are valid.

A phone fake is the original's layout with random digits that ``phonenumbers`` must accept as a
valid number of the original's region and type. Drawn uniformly, most candidates fail on their
first three digits (a US area code: some 330 of 800 are in use; a mobile range), and each failure
costs a redraw and a validity test: a 100k-row column took three tests a value. Here, once per
(country code, region, length, wanted type), every three-digit prefix is tried with each fourth digit
and random digits after; a fake then takes a prefix that started valid numbers, as often as it did (so the prefixes
keep roughly their share of valid numbers), among those that begin with the digits it keeps (the
original's first digit: geographic stays geographic). The probe draws from its own fixed seed and
looks at no value, so a fake still depends on its own record only (differential privacy).

Example::

    table = prefix_table(1, "US", 10, ANY)
    table["2"][:3]  # ('201', '201', '201'): prefixes of valid 10-digit US numbers starting with 2
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from safe_synthesizer.pii.phone_types import is_valid_nsn

PREFIX_DIGITS = 3
# Shorter numbers have too few digits after a fixed prefix to tell a range from a single number.
_MIN_LENGTH = PREFIX_DIGITS + 2


@lru_cache(maxsize=1024)
def prefix_table(cc: int, region: str, length: int, wanted: int) -> dict[str, tuple[str, ...]]:
    """Kept leading digits (``""``, one or two digits) -> three-digit prefixes starting with them,
    each once per fourth digit that made a valid ``length``-digit number of ``region`` of the ``wanted``
    kind (:func:`phone_types.is_valid_nsn`). Empty for numbers shorter than five digits."""
    if length < _MIN_LENGTH:
        return {}
    probe = np.random.default_rng(length)
    # Each prefix is tried with every fourth digit (ranges are often set by four: Jersey's mobiles
    # are 7509, 7829, 7937...) and random digits after.
    draws = probe.integers(0, 10, size=(1000 * 10, length - PREFIX_DIGITS))
    draws[:, 0] = np.tile(np.arange(10), 1000)
    tails = digit_strings(draws)
    table: dict[str, list[str]] = {}
    for p in range(1000):
        head = f"{p:03d}"
        hits = sum(is_valid_nsn(cc, head + tail, region, wanted) for tail in tails[p * 10 : (p + 1) * 10])
        if hits:
            for k in range(PREFIX_DIGITS):
                table.setdefault(head[:k], []).extend([head] * hits)
    return {k: tuple(v) for k, v in table.items()}


def digit_strings(draws: np.ndarray) -> list[str]:
    """Rows of a 2-D array of digits 0-9 as strings, without a Python loop over the digits."""
    n, width = draws.shape
    if width == 0:
        return [""] * n
    codes = np.ascontiguousarray(draws, dtype=np.uint8) + np.uint8(48)
    return codes.view(f"S{width}").ravel().astype(f"U{width}").tolist()
