"""Bare ten-digit North American numbers (``2059075516``) told from order numbers by the plan's own rules.

Why: North America's plan gives no mobile/landline split, so a column of bare US numbers has only their
validity as evidence, and when the whole column shares a head (area codes 201-209: ``20...``) the general
test (:func:`column_phone_bare.bare_phone_share`) keeps that head in the random digits it tests against. Random
digits after ``20`` are valid US numbers 64 times in 100 (area code assigned: 8 of 10; exchange
``[2-9]XX``, not ``N11``), so 24 valid numbers give a chance near 2e-5: short of the general
bound (1e-6, which pays for testing 83 plans) though only two plans (US, CA) are tried here.

This test works the chance out exactly from the plan (every area code and exchange after the column's
shared head, :func:`nanp_chance`), allows :data:`MAX_P_VALUE` (the general bound times the 83 plans the
general test tries, over the two tried here: the same chance per column to pass by accident), and asks what
phones have and ids of a phone's length lack:

* area codes and exchanges vary: ids share long prefixes or run in sequence (six leading digits repeat);
* every digit after the area code varies (:data:`MIN_DIGITS_PER_PLACE` digits at each place): dated ids
  (``2024031501``: a month's ``0``/``1``) and zero-padded counters keep some places narrow;
* no National Provider Identifier check (Luhn behind ``80840``): ten-digit ids of US health data opening
  with ``1`` or ``2``.

Example::

    nanp_evidence(["2059075516", "2022967025", ...])
    # (1.0, "US", "100% valid US numbers written bare (random digits after '20': 64%; p 2e-05; ...)")
"""

from __future__ import annotations

import random
import re
from functools import lru_cache

import phonenumbers

from safe_synthesizer.pii.column_phone_chance import _binomial_tail
from safe_synthesizer.pii.column_phone_lookalikes import epoch_like, shared_head

#: Plans of North America's numbering tried here (one country code, ``+1``).
NANP_REGIONS: tuple[str, ...] = ("US", "CA")
# The general test tries 83 plans (listed and Faker's) at 1e-6 each: a column of random digits passes one of
# them by accident up to 8.3e-5 of the time. Two plans here at 4e-5 each keep that same bound.
MAX_P_VALUE = 4e-5
MIN_VALUES = 12
MIN_VALID_SHARE = 0.95
# Distinct area code + exchange (six leading digits) per value: phones vary there, ids of a prefix do not.
MIN_EXCHANGE_SPREAD = 0.8
# Distinct digits each place after the area code must show (random digits of 12 values show 3 or fewer at one
# place in about 1 column in 10,000): dated ids keep a month's 0/1, counters their zero padding.
MIN_DIGITS_PER_PLACE = 4
# Share of values passing the NPI check (random digits: 1 in 10) that makes the column NPIs.
MAX_NPI_SHARE = 0.5
_TYPES = ("fixed_line", "mobile", "toll_free", "premium_rate", "shared_cost", "personal_number", "voip", "pager",
          "uan", "voicemail")  # fmt: skip
_TEN = re.compile(r"^1?[2-9]\d{9}$")


def _ten_digits(value: str) -> str | None:
    """The ten digits of ``value`` (``2025550142``, ``12025550142``, ``2025550142.0``), else ``None``."""
    value = value.strip()
    if value.endswith(".0"):
        value = value[:-2]
    if not _TEN.match(value):
        return None
    return value[-10:]


@lru_cache(maxsize=4)
def _patterns(region: str) -> tuple[re.Pattern[str], ...]:
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
    found = []
    for kind in _TYPES:
        desc = getattr(metadata, kind, None) if metadata is not None else None
        if desc is not None and desc.national_number_pattern:
            found.append(re.compile(desc.national_number_pattern))
    return tuple(found)


def is_valid_nanp(digits: str, region: str) -> bool:
    """``digits`` (ten) are a valid number of ``region`` by its plan's patterns; as
    ``phonenumbers.is_valid_number_for_region``, without parsing (fast enough to enumerate a plan)."""
    return len(digits) == 10 and any(p.fullmatch(digits) for p in _patterns(region))


# Area code and exchange places enumerated exactly (10,000 at most); the rest drawn at random (seeded).
_EXACT_PLACES = 4
_DRAWS_PER_PREFIX = 100


@lru_cache(maxsize=256)
def nanp_chance(head: str, region: str) -> float:
    """Share of ten-digit strings opening with ``head`` that are valid numbers of ``region``: every area code
    and exchange after ``head`` (the first six digits), each with a seeded random line number; under a head
    of fewer than two digits, every prefix of the first ``len(head) + 2`` digits with
    :data:`_DRAWS_PER_PREFIX` random exchanges each (at most 10,000 checks: cached, fast).

    Why exact: sampled chance rates (400 draws) err by a few points, which at 24 values moves a p-value
    tenfold; the plan's area codes and exchanges are what decides validity."""
    head = head[:6]
    rng = random.Random(f"nanp-{head}-{region}")
    free = 6 - len(head)
    if free <= _EXACT_PLACES:
        middles = [f"{i:0{free}d}" if free else "" for i in range(10**free)]
    else:
        fixed = _EXACT_PLACES - 2
        middles = [f"{i:0{fixed}d}" + "".join(rng.choice("0123456789") for _ in range(free - fixed))
                   for i in range(10**fixed) for _ in range(_DRAWS_PER_PREFIX)]  # fmt: skip
    valid = 0
    for middle in middles:
        line = "".join(rng.choice("0123456789") for _ in range(4))
        valid += is_valid_nanp(head + middle + line, region)
    return valid / len(middles)


def _npi_like(digits: str) -> bool:
    """``digits`` (ten) pass the National Provider Identifier check: Luhn over ``80840`` and the digits."""
    total = 0
    for i, ch in enumerate(reversed("80840" + digits)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def _narrow_place(digits: list[str]) -> int | None:
    """The first place after the area code (0-based 3..9) where ``digits`` show fewer than
    :data:`MIN_DIGITS_PER_PLACE` distinct digits, else ``None``. The exchange's first place (3) takes 2-9
    only in phones; fewer than four of those is as narrow."""
    for place in range(3, 10):
        if len({d[place] for d in digits}) < MIN_DIGITS_PER_PLACE:
            return place
    return None


def nanp_evidence(
    values: list[str], regions: tuple[str, ...] = NANP_REGIONS, max_p_value: float = MAX_P_VALUE
) -> tuple[float, str | None, str] | None:
    """(share of ``values`` that are valid bare numbers of a North American plan, the plan's region, why) when
    they are so beyond the exact chance of random digits after their shared head (:func:`nanp_chance`) and
    vary as phones do; ``None`` when the values are no bare ten-digit numbers or the test fails.

    The table pass (:mod:`column_phone_country`) asks one plan, the table's country, at its own bound."""
    if len(values) < MIN_VALUES:
        return None
    digits = [d for v in values if (d := _ten_digits(v)) is not None]
    if len(digits) < MIN_VALID_SHARE * len(values) or epoch_like(digits):
        return None
    if len({d[:6] for d in digits}) < MIN_EXCHANGE_SPREAD * len(digits) or _narrow_place(digits) is not None:
        return None
    if sum(_npi_like(d) for d in digits) >= MAX_NPI_SHARE * len(digits):
        return None
    head = shared_head(digits)
    best: tuple[float, str | None, str] | None = None
    best_p = max_p_value
    for region in regions:
        valid = sum(is_valid_nanp(d, region) for d in digits)
        share = valid / len(values)
        if share < MIN_VALID_SHARE:
            continue
        chance = nanp_chance(head, region)
        p_value = _binomial_tail(len(values), valid, chance)
        if p_value <= best_p:
            best_p = p_value
            why = f"random digits after {head!r}: {round(100 * chance)}%; p {p_value:.0e}; exchanges vary"
            best = (share, region, f"{round(100 * share)}% valid {region} numbers written bare ({why})")
    return best
