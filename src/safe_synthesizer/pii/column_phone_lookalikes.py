"""Digit columns shaped like bare phone numbers that are something else: epoch timestamps, ids of one prefix.

Why: a column of ten-digit strings ``1640608109``, ``1464692866`` (Unix seconds of 2016-2023) is made of valid
numbers in plans that take any digits after a ``1`` (Vienna's area code, Austria), and random digits with a
random first digit are seldom that valid, so the bare-number test took every epoch column for phones (41 of 41
locales of the session-34 fuzzer). Customer numbers of one prefix (``3653`` + random digits) passed the same
way when the prefix happens to open valid numbers: the random digits they were tested against kept only two
leading digits of the column.

Example::

    epoch_like(["1640608109", "1650706216", ...])  # True
    shared_head(["365396938139", "365352824380", ...])  # "3653"
"""

from __future__ import annotations

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
