"""Identifiers whose last digit is a check digit keep a valid one.

A parcel's tracking number, an EAN/GTIN article code, a card-like account number end in a digit
computed from the others; generated ids were drawn digit by digit from their shape, so 90 % of new
tracking numbers failed their check (probe 6), and any scanner or validator rejects them.
``check_scheme`` finds, on the training ids, the scheme every one of them passes (``luhn``, or
``gtin``: weights 3, 1, 3, ... from the right, mod 10); ``with_check_digit`` rewrites the last
digit of a generated id so it passes too. With at least ``MIN_VALUES`` ids that all pass, chance
is excluded (a random digit passes one time in ten).

Privacy: the scheme is read from the values, so it is found outside DP only.

Example:
    >>> with_check_digit("TR066855240140", "gtin")
    'TR066855240145'
"""

from __future__ import annotations

MIN_VALUES = 50
# Ids with fewer digits than this carry no check digit worth a rule (codes like 'A7').
MIN_DIGITS = 6
SCHEMES = ("luhn", "gtin")


def _digit(payload: list[int], scheme: str) -> int:
    """The check digit of ``payload`` (digits before the check digit, left to right)."""
    total = 0
    for i, d in enumerate(reversed(payload)):
        if scheme == "luhn":
            total += (d * 2 - 9 if d * 2 > 9 else d * 2) if i % 2 == 0 else d
        else:
            total += d * (3 if i % 2 == 0 else 1)
    return (10 - total % 10) % 10


def passes(value: str, scheme: str) -> bool:
    """True when the last digit of ``value`` is the ``scheme`` check digit of its other digits."""
    digits = [int(c) for c in value if c.isdigit()]
    return len(digits) >= MIN_DIGITS and _digit(digits[:-1], scheme) == digits[-1]


def check_scheme(values: list[str]) -> str:
    """The scheme every one of ``values`` (at least ``MIN_VALUES``, each of ``MIN_DIGITS`` digits
    or more) passes, else ``""``."""
    if len(values) < MIN_VALUES:
        return ""
    for scheme in SCHEMES:
        if all(passes(v, scheme) for v in values):
            return scheme
    return ""


def with_check_digit(value: str, scheme: str) -> str:
    """``value`` with its last digit replaced by the ``scheme`` check digit of its other digits."""
    positions = [i for i, c in enumerate(value) if c.isdigit()]
    if not scheme or len(positions) < MIN_DIGITS:
        return value
    digit = _digit([int(value[i]) for i in positions[:-1]], scheme)
    last = positions[-1]
    return value[:last] + str(digit) + value[last + 1 :]
