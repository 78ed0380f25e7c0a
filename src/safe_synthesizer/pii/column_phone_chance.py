"""What random digits of a column's layout give: the chance rates bare phone columns are tested against.

Why apart from :mod:`column_phones`: the per-column check and the table pass (:mod:`column_phone_country`)
both ask how often random digit strings of the column's lengths and trunk-0 share are valid numbers, mobiles
or people's numbers of a region, and combine one-sided binomial tails (Fisher's method). Draws are seeded,
so every answer depends on the layout and the region only (cached).

Example::

    valid, mobile = _null_rates(_null_key(["0612345678", "0698765432"]), "FR")
"""

from __future__ import annotations

import math
import random
from collections import Counter
from functools import lru_cache

import phonenumbers

from safe_synthesizer.pii.phone_types import PERSONAL

_NULL_DRAWS = 400
_MOBILE = phonenumbers.PhoneNumberType.MOBILE


def _mobiles(values: list[str], region: str) -> tuple[int, int]:
    """(valid numbers of ``region`` among ``values``, how many of them are mobiles)."""
    valid, mobile, _ = _kinds(values, region)
    return valid, mobile


def _kinds(values: list[str], region: str) -> tuple[int, int, int]:
    """(valid numbers of ``region`` among ``values``, mobiles among them, people's numbers among them:
    landlines and mobiles, not service, premium, VoIP or pager ranges)."""
    valid = mobile = people = 0
    for value in values:
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number_for_region(number, region):
            valid += 1
            kind = phonenumbers.number_type(number)
            mobile += kind == _MOBILE
            people += kind in PERSONAL
    return valid, mobile, people


def _null_key(values: list[str]) -> tuple[tuple[tuple[int, int], ...], float]:
    """What the random digits of :func:`_random_draws` depend on: the lengths and the trunk-0 share."""
    lengths = Counter(sum(c.isdigit() for c in v) for v in values)
    trunk = sum(v.startswith("0") for v in values) / len(values)
    return tuple(sorted(lengths.items())), round(trunk, 2)


@lru_cache(maxsize=512)
def _null_rates(key: tuple[tuple[tuple[int, int], ...], float], region: str) -> tuple[float, float]:
    """(share of random digits of the layout ``key`` valid in ``region``, share of those valid ones
    that are mobiles). Cached: the same layout is tested in many regions and columns; the answer
    depends on the key and the region only (seeded draws)."""
    lengths, trunk = key
    values = _random_draws([n for n, k in lengths for _ in range(k)], trunk)
    valid, mobile = _mobiles(values, region)
    return valid / len(values), (mobile / valid if valid else 0.0)


@lru_cache(maxsize=512)
def _null_people(key: tuple[tuple[tuple[int, int], ...], float], region: str) -> float:
    """Share of random digits of the layout ``key`` that are people's numbers (landlines, mobiles) of
    ``region``. Why: a plan that takes nearly any digits after a trunk ``0`` (France: 92 in 100) gives
    a column of valid numbers no weight, but a tenth of those random digits are service, premium or
    VoIP numbers (``08``, ``09``), which a column of people's phones does not hold."""
    lengths, trunk = key
    values = _random_draws([n for n, k in lengths for _ in range(k)], trunk)
    return _kinds(values, region)[2] / len(values)


def _random_after_prefix(values: list[str], seed: int = 0, keep: int = 2) -> list[str]:
    """Random digit strings that keep the first ``keep`` digits of a random one of ``values`` (and its
    length): the chance a number of the column's own leading digits is valid anyway."""
    rng = random.Random(seed)
    digits = ["".join(c for c in v if c.isdigit()) for v in values]
    out = []
    for _ in range(_NULL_DRAWS):
        d = rng.choice(digits)
        out.append(d[:keep] + "".join(str(rng.randint(0, 9)) for _ in range(len(d) - keep)))
    return out


def _random_draws(lengths: list[int], trunk: float, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(_NULL_DRAWS):
        n = rng.choice(lengths)
        head = "0" if rng.random() < trunk else str(rng.randint(1, 9))
        out.append(head + "".join(str(rng.randint(0, 9)) for _ in range(n - 1)))
    return out


def _binomial_tail(n: int, k: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    if p >= 1.0:
        return 1.0
    if p <= 0.0:
        return 0.0 if k > 0 else 1.0
    return min(1.0, sum(math.comb(n, i) * p**i * (1 - p) ** (n - i) for i in range(k, n + 1)))


def _fisher(p1: float, p2: float) -> float:
    """Two independent p-values combined (Fisher's method, chi-square with four degrees of freedom)."""
    product = p1 * p2
    return product * (1.0 - math.log(product)) if product > 0 else 0.0
