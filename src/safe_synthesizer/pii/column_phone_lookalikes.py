"""Digit columns shaped like bare phone numbers that are something else: epoch timestamps, ids of one prefix,
decimal coordinates.

Why: a column of ten-digit strings ``1640608109``, ``1464692866`` (Unix seconds of 2016-2023) is made of valid
numbers in plans that take any digits after a ``1`` (Vienna's area code, Austria), and random digits with a
random first digit are seldom that valid, so the bare-number test took every epoch column for phones (41 of 41
locales of the session-34 fuzzer). Customer numbers of one prefix (``3653`` + random digits) passed the same
way when the prefix happens to open valid numbers: the random digits they were tested against kept only two
leading digits of the column.

Example::

    epoch_like(["1640608109", "1650706216", ...])  # True
    decimal_coordinates(["47.179902", "-1.2921", "33.4512", ...])  # True
    shared_head(["365396938139", "365352824380", ...])  # "3653"
"""

from __future__ import annotations

import re

# Unix seconds of 2000-01-01 .. 2033-05-18 (ten digits), and the same in milliseconds (thirteen digits).
EPOCH_SECONDS = (946_684_800, 2_000_000_000)
EPOCH_MILLIS = (946_684_800_000, 2_000_000_000_000)
# Share of a column's values that must be such timestamps.
MIN_EPOCH_SHARE = 0.95


def epoch_like(values: list[str]) -> bool:
    """Nearly all ``values`` are plain digits that read as Unix seconds or milliseconds of 2000-2033.

    Phone numbers of one plan fall in that range only as a whole column of ten-digit numbers opening with
    ``1`` and no trunk ``0`` (an integer column of one British ``01`` area, Viennese numbers without their
    ``0``): rarer than timestamps exported as numbers, and not told from them by their digits.
    """
    if not values:
        return False
    hits = 0
    for v in values:
        if v.isdigit() and not v.startswith("0"):
            n = int(v)
            hits += EPOCH_SECONDS[0] <= n < EPOCH_SECONDS[1] or EPOCH_MILLIS[0] <= n < EPOCH_MILLIS[1]
    return hits >= MIN_EPOCH_SHARE * len(values)


def shared_head(digits: list[str], share: float = 0.95) -> str:
    """The longest leading digits that ``share`` of ``digits`` (digit strings) open with (``""`` when none).

    The random digits a column of few leading digits is tested against keep this head: numbers of one
    area code share three or four leading digits, and so do ids of one prefix; only the digits after
    it tell a plan's numbers from random ones.
    """
    if not digits:
        return ""
    head = ""
    for i in range(1, min(len(d) for d in digits) + 1):
        counts: dict[str, int] = {}
        for d in digits:
            counts[d[:i]] = counts.get(d[:i], 0) + 1
        best, count = max(counts.items(), key=lambda kv: kv[1])
        if count < share * len(digits):
            break
        head = best
    return head


# A decimal number as a GPS export writes it: an optional sign, a whole part without a leading zero (or a lone
# ``0``) of at most three digits, a point and three or more fraction digits (``47.179902``, ``-1.2921``).
_DECIMAL = re.compile(r"^[+-]?(?:0|[1-9]\d{0,2})\.\d{3,15}$")
# Degrees of longitude run to 180 (latitudes to 90).
MAX_DEGREES = 180.0
MIN_COORDINATE_SHARE = 0.95


def decimal_coordinates(values: list[str]) -> bool:
    """Nearly all ``values`` are decimal degrees (``47.179902``, ``-1.2921``): a latitude or longitude column.

    Why: a GPS column's ``47.179902`` is digits around one point, which the bare-number test reads as a
    dotted phone number (``47179902``: a Finnish mobile without its ``0``; set 27 seen: KoboToolbox's
    ``_water_gps_latitude`` in 24 locales). No phone plan writes its numbers as a decimal number: one point
    after one to three digits that open without a ``0`` (a trunk ``0`` or an area code comes first), three or
    more digits behind it, and a value within 180 degrees (local numbers split after three digits, ``555.1234``,
    open with 200 or more in North America). Phones with points have several (``06.12.34.56.78``) or a leading
    ``0`` (``0341.910544``).
    """
    if not values:
        return False
    hits = sum(bool(_DECIMAL.match(v.strip())) and abs(float(v)) <= MAX_DEGREES for v in values)
    return hits >= MIN_COORDINATE_SHARE * len(values)
