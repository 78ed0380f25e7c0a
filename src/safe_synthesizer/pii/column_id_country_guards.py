"""Look-alikes of bare national ids: numbers and codes of the id's length that are no person's id.

Why: a Nigerian NIN, a Georgian personal number, a Bangladeshi smart-card NID or a PhilSys number is a
string of digits with no check digit and no date, so :mod:`column_id_country` can only take a column
for them when nothing else explains its digits. The numbers that share an id's length in real exports
are not random in the same way, and each kind leaves a trace that does not depend on the country:

- block allocation: member, account, order and invoice numbers, zero-padded counters, phone numbers
  and timestamps share their leading digits (a branch, a year, a prefix, a mobile range): in a column
  of ids every position that carries no structure holds all ten digits, none of them dominant;
- check digits: GTINs (GS1 mod 10) and card numbers (Luhn) pass their check in every row, random
  ids pass one of ten;
- dates and clocks: ``YYYYMMDD...`` order and batch numbers, epoch seconds or milliseconds;
- for code schemes (the Azerbaijani FIN: seven of 0-9 and A-Z without I and O), a code column
  mixes letters and digits at every position and uses many letters; a SKU or a licence plate keeps
  letters and digits in fixed places, hex codes use six letters.

:func:`lookalike_reason` names the kind (or ``None``); the caller rejects the column when it is not ``None``.

Example::

    lookalike_reason(["20240312000417", ...], "ng.nin", 0)  # "dated numbers (YYYYMMDD...)"
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

# Positions whose digits carry no structure, per scheme (from the left, on the compact digits): a
# Georgian number may open with a region code, a CNIC with its 5-digit locality, a 17-digit NID with
# the birth year and district.
FREE_FROM: dict[str, int] = {"ng.nin": 0, "ge.personal": 2, "bd.nid": 0, "ph.psn": 0, "pk.cnic": 5}
_BD_FREE_FROM = {10: 0, 17: 11}
# A free position holds at least this many different digits and no digit in more than this share.
MIN_DIGITS_SEEN = 5
MAX_DIGIT_SHARE = 0.45
# Five free digits from the first free position: random ids share them by chance in under 1% of 500
# values; accounts of many branches, series and timestamps share them in most values.
HEAD = 5
MAX_SHARED_HEADS = 0.25
# Values of one length read apart when there are at least this many of them.
MIN_GROUP = 10
# Digit positions are read for crowding on at least this many values of one length.
MIN_CROWD_GROUP = 15
# Shares of the column beyond which a check digit, a date or a clock explains the values.
CHECK_SHARE = 0.45
DATED_SHARE = 0.5
# FIN-like codes: letters never used, positions mixing letters and digits, letters used.
_FIN_NEVER = frozenset("IO")
MIN_MIXED_POSITIONS = 5
MIN_LETTERS_SEEN = 10


def _luhn(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def _gs1(digits: str) -> bool:
    """GTIN-8/12/13/14 check digit: weights 3 and 1 alternating from the right, check excluded."""
    body = digits[:-1]
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == int(digits[-1])


def _dated(digits: str) -> bool:
    """Opens with a date of 1990-2035 (YYYYMMDD) or is epoch seconds/milliseconds of 2000-2035."""
    if len(digits) >= 8:
        try:
            year = int(digits[:4])
            if 1990 <= year <= 2035 and date(year, int(digits[4:6]), int(digits[6:8])):
                return True
        except ValueError:
            pass
    n = int(digits)
    return (len(digits) == 10 and 946_684_800 <= n <= 2_082_758_400) or (
        len(digits) == 13 and 946_684_800_000 <= n <= 2_082_758_400_000
    )


def _crowded_position(digits: list[str], start: int) -> int | None:
    """The first position at or after ``start`` where the column's digits crowd (few kinds, one dominant)."""
    width = min(len(d) for d in digits)
    for pos in range(start, width):
        counts = Counter(d[pos] for d in digits)
        if len(counts) < MIN_DIGITS_SEEN or counts.most_common(1)[0][1] > MAX_DIGIT_SHARE * len(digits):
            return pos
    return None


def _shared_heads(digits: list[str], start: int) -> float:
    """Share of distinct values whose ``HEAD`` digits from ``start`` another value also has (random ids: n/10**5)."""
    distinct = list(dict.fromkeys(digits))
    heads = Counter(d[start : start + HEAD] for d in distinct)
    return sum(heads[d[start : start + HEAD]] > 1 for d in distinct) / len(distinct)


def _free_from(scheme: str, digits: list[str]) -> int:
    if scheme == "bd.nid":
        length = Counter(len(d) for d in digits).most_common(1)[0][0]
        return _BD_FREE_FROM.get(length, 0)
    return FREE_FROM.get(scheme, 0)


def _digit_lookalike(values: list[str], scheme: str) -> str | None:
    digits = [d for v in values if (d := re.sub(r"\D", "", v))]
    if len(digits) < 2:
        return None
    n = len(digits)
    if sum(_gs1(d) for d in digits) >= CHECK_SHARE * n:
        return "GS1 check digit in most values (GTINs)"
    if sum(_luhn(d) for d in digits) >= CHECK_SHARE * n:
        return "Luhn check digit in most values (card or account numbers)"
    if sum(_dated(d) for d in digits) >= DATED_SHARE * n:
        return "dated numbers (YYYYMMDD... or epoch timestamps)"
    by_length: dict[int, list[str]] = {}
    for d in digits:
        by_length.setdefault(len(d), []).append(d)
    groups = sorted(by_length.values(), key=len, reverse=True)
    for i, group in enumerate(groups):  # a column of two card generations (10 and 17 digits) is read per length
        if i and len(group) < MIN_GROUP:
            continue
        start = _free_from(scheme, group)
        if _shared_heads(group, start) >= MAX_SHARED_HEADS:
            return (
                f"digits {start + 1}-{start + HEAD} repeat across rows: numbers given out in blocks (branches, series)"
            )
        # Ten random values show four or fewer digits at some position one time in six: too few to read.
        pos = _crowded_position(group, start) if len(group) >= MIN_CROWD_GROUP else None
        if pos is not None:
            return f"digit {pos + 1} crowds on few values: numbers given out in blocks (prefix, counter, phone range)"
    return None


def _code_lookalike(values: list[str]) -> str | None:
    """FIN-like codes (seven of 0-9 and A-Z): what SKUs, plates, hex and booking codes do differently."""
    if sum(any(c in _FIN_NEVER for c in v) for v in values) > 0.05 * len(values):
        return "letters I or O, which FIN codes never use"
    width = min(len(v) for v in values)
    mixed = sum(any(v[p].isdigit() for v in values) and any(v[p].isalpha() for v in values) for p in range(width))
    if mixed < min(MIN_MIXED_POSITIONS, width):
        return "letters and digits in fixed places (SKUs, plates)"
    if len({c for v in values for c in v if c.isalpha()}) < MIN_LETTERS_SEEN:
        return "few different letters (hex or short-alphabet codes)"
    return None


def lookalike_reason(values: list[str], scheme: str) -> str | None:
    """Why ``values`` (in ``scheme``'s layout, upper-cased) are another kind of number or code, else ``None``."""
    if not values:
        return None
    if any(c.isalpha() for v in values for c in v):
        return _code_lookalike(values)
    return _digit_lookalike(values, scheme)
