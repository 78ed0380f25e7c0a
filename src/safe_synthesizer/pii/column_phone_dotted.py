"""Eight-digit phone numbers written in dotted pairs (``41.76.32.53``), told from IPv4 addresses.

Why: Norway, Denmark and Monaco write their eight-digit numbers in four pairs, and people type dots between them
as often as spaces (``98 24 82 68`` beside ``99.67.42.52``). Four dotted groups of digits parse as an IPv4 address,
and an IP column wins a tie with a phone column, so short columns of such numbers were read as IP addresses (and
too short for the bare-number test they were no phones either). Real IP addresses are not so written: an octet runs
0-255 in one to three digits, so a column whose every octet has exactly two digits (none above 99, none below 10)
is no list of addresses; when the values are valid numbers of one country as it writes them, it is that country's
phones.

A column of :data:`column_phone_bare.MIN_VALUES` values or more must pass the chance test of bare numbers (random
digit pairs are valid Danish numbers three times in four); a shorter one, which no test of chance can decide, only
needs its numbers valid in one plan: random pairs are seldom all valid beside the layout's own evidence.

Example::

    dotted_pair_evidence(["41.76.32.53", "93 81 22 70", "48.20.11.95"])
    # (1.0, "NO", "numbers in dotted two-digit pairs (no IPv4 octet is so written): 100% valid NO numbers")
"""

from __future__ import annotations

import re

import phonenumbers

from safe_synthesizer.pii.column_phone_bare import MIN_VALID_SHARE, MIN_VALUES, bare_phone_share
from safe_synthesizer.pii.column_phone_chance import _null_key, _null_rates

# Four groups of two digits with dots, spaces or dashes between them; at least one value must be dotted.
_PAIRS = re.compile(r"^\d\d([. \-])\d\d\1\d\d\1\d\d$")
MIN_PAIR_VALUES = 3
# Countries that write eight-digit numbers in pairs (Monaco has no Faker locale, so is not among the bare regions).
PAIR_REGIONS = ("NO", "DK", "MC", "FO", "GL", "LU")


def dotted_pair_evidence(values: list[str]) -> tuple[float, str | None, str] | None:
    """(share of ``values`` that are valid numbers of one country, that country, why) for a column of numbers in
    two-digit pairs of which some are dotted, or ``None`` (no such column, or no country's numbers)."""
    counted = [v for v in values if any(c.isdigit() for c in v)]
    pairs = [v for v in counted if _PAIRS.match(v)]
    if len(pairs) < MIN_PAIR_VALUES or len(pairs) < MIN_VALID_SHARE * len(counted):
        return None
    if not any("." in v for v in pairs):
        return typed_pair_evidence(pairs, counted)
    digits = [re.sub(r"\D", "", v) for v in pairs]
    if len(counted) >= MIN_VALUES:
        share, region, why = bare_phone_share(digits, grouped=True)
        if share < MIN_VALID_SHARE:
            return None
    else:
        found = [(r, _valid(digits, r)) for r in PAIR_REGIONS]
        found = [(r, n) for r, n in found if n >= MIN_VALID_SHARE * len(digits)]
        if not found:
            return None
        # The plan random digits pass least often explains them best (Monaco's beside Denmark's dense one).
        key = _null_key(digits)
        region, valid = min(found, key=lambda rn: (_null_rates(key, rn[0])[0], -rn[1]))
        share, why = valid / len(digits), f"{round(100 * valid / len(digits))}% valid {region} numbers"
    share *= len(pairs) / len(counted)
    return share, region, f"numbers in dotted two-digit pairs (no IPv4 octet is so written): {why}"


def _valid(digits: list[str], region: str) -> int:
    """How many of ``digits`` are valid numbers of ``region`` as written (no trunk prefix added or lost)."""
    count = 0
    for d in digits:
        try:
            number = phonenumbers.parse(d, region)
        except phonenumbers.NumberParseException:
            continue
        count += phonenumbers.is_valid_number_for_region(number, region) and str(number.national_number) == d
    return count


# Values in pairs, without dots, needed to judge a short column by the way it is typed.
MIN_TYPED_PAIR_VALUES = 6
# Share of random digits of the layout a country may make valid, for its numbers to say phone in a short column
# (six values all valid by chance: under 0.3**6, about one in a thousand).
MAX_TYPED_NULL = 0.3


def typed_pair_evidence(pairs: list[str], counted: list[str]) -> tuple[float, str | None, str] | None:
    """A short column (under :data:`MIN_VALUES`) of eight digits in pairs typed with both spaces and dashes
    (``17 88 46 97`` beside ``17-55-94-03``): people typing their own numbers each their own way. Its numbers are
    phones when nearly all are valid in one country whose plan random digits seldom pass
    (:data:`MAX_TYPED_NULL`): a Bhutanese mobile column of a small booking export (set 33, seen: 11 values, too
    few for the bare-number test). A code column is written one way by the tool that prints it."""
    if len(counted) >= MIN_VALUES or len(pairs) < MIN_TYPED_PAIR_VALUES:
        return None
    if len({m.group(1) for v in pairs if (m := _PAIRS.match(v))}) < 2:
        return None
    digits = [re.sub(r"\D", "", v) for v in pairs]
    key = _null_key(digits)
    found = []
    for region in phonenumbers.SUPPORTED_REGIONS:
        valid = _valid(digits, region)
        if valid >= MIN_VALID_SHARE * len(digits) and (null := _null_rates(key, region)[0]) <= MAX_TYPED_NULL:
            found.append((null, -valid, region))
    if not found:
        return None
    _, valid, region = min(found)
    share = -valid / len(digits) * len(pairs) / len(counted)
    why = f"numbers in two-digit pairs typed with spaces and dashes: {round(100 * share)}% valid {region}"
    # Several countries' plans pass: the numbers are phones, their country is the table's to tell.
    return share, (region if len(found) == 1 else None), why
