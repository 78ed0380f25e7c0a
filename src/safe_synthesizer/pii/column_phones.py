"""Phone columns of bare national numbers (``0341910544``, ``612345678``) told from their values alone.

Why: exports often write numbers without ``+CC`` and without separators, and without a telling
column name such a column was missed (set 10: 22 of 66 hidden phone columns). A single bare number
says nothing (``612345678`` may be an id), but a column does:

* one layout: digits with the same separators, lengths within two of each other; a trunk ``0``
  on some (landlines ``0362656750``, service numbers ``08002181184``) and not on others (Italian
  mobiles ``3335015685``, Brazilian ``9548960998``) is allowed, the random digits it is tested
  against then keep the same share of trunk zeros;
* spread: the leading digits vary (no run of sequential ids, no timestamps of a few years);
* one region where nearly all of them are *valid* numbers (``phonenumbers``), far more than the
  numbers of that region random digits of the same layout pass: a one-sided binomial test against
  that chance rate, so that a country whose plan takes almost any digits (Germany: 8 random digit
  strings in 10 are "valid") still needs a column no random one would give.

Example::

    national_phone_evidence(["0139852833", "0598588402", ...])
    # (1.0, "NL", "100% valid NL numbers written bare (random digits of this layout: 71%)")
"""

from __future__ import annotations

import math
import random
import re
from collections import Counter

import phonenumbers

from safe_synthesizer.pii.locales import COLUMN_PHONE_REGIONS, LOCALE_PHONE_REGIONS
from safe_synthesizer.pii.validators.dates import looks_like_date

#: Regions a bare national column is tried in.
BARE_PHONE_REGIONS: tuple[str, ...] = tuple(
    dict.fromkeys((*COLUMN_PHONE_REGIONS, *LOCALE_PHONE_REGIONS, "HU", "LT", "LV", "EE", "SK", "HR", "SI", "BG",
                   "UA", "IN", "AR", "CL", "CO", "ZA", "IL", "SG", "PH", "MY"))
)  # fmt: skip
MIN_VALUES = 30
MIN_VALID_SHARE = 0.95
# Chance that random digits of the column's layout are this valid: below it, no accident.
MAX_P_VALUE = 1e-6
MIN_SPREAD = 0.5
MIN_LEADING_PREFIXES = 3
_NULL_DRAWS = 400
_PROBE = 40
# Digits with one kind of separator between groups, 7-12 digits, no ``+``/``00`` prefix. Seven: the
# landlines of small countries (Estonian ``320 8044`` beside ``5112 8051`` mobiles).
_BARE = re.compile(r"^\d[\d .\-/]{5,16}\d$")
MIN_DIGITS = 7


def _layout(value: str) -> str | None:
    """Separators in order of a bare national number (``"  "`` for ``055 123 4567``), else None."""
    if not _BARE.match(value) or value.startswith("00") or looks_like_date(value):
        return None
    digits = sum(c.isdigit() for c in value)
    if not MIN_DIGITS <= digits <= 12:
        return None
    return re.sub(r"\d+", "", value)


def _valid_share(values: list[str], region: str) -> float:
    hits = 0
    for value in values:
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        hits += phonenumbers.is_valid_number_for_region(number, region)
    return hits / len(values) if values else 0.0


def _random_like(values: list[str], seed: int = 0) -> list[str]:
    """Random digit strings of the values' lengths, with a leading trunk ``0`` as often as they have one."""
    rng = random.Random(seed)
    lengths = [sum(c.isdigit() for c in v) for v in values]
    trunk = sum(v.startswith("0") for v in values) / len(values)
    out = []
    for _ in range(_NULL_DRAWS):
        n = rng.choice(lengths)
        head = "0" if rng.random() < trunk else str(rng.randint(1, 9))
        out.append(head + "".join(str(rng.randint(0, 9)) for _ in range(n - 1)))
    return out


_MOBILE = phonenumbers.PhoneNumberType.MOBILE
_FIXED = phonenumbers.PhoneNumberType.FIXED_LINE
# Share of a column each kind (mobiles, landlines) must reach for a mix of the two to count.
MIN_KIND_SHARE = 0.1


def _mobiles_and_landlines(values: list[str], region: str) -> bool:
    """Both mobiles and landlines of ``region``, each at least :data:`MIN_KIND_SHARE` of ``values``
    (a customer list of ``69...`` mobiles and ``21...`` Athens lines): a column of timestamps or ids
    whose few leading digits happen to be valid is one kind of number, not two."""
    kinds = {_MOBILE: 0, _FIXED: 0}
    for value in values[:_PROBE]:
        try:
            kind = phonenumbers.number_type(phonenumbers.parse(value, region))
        except phonenumbers.NumberParseException:
            continue
        if kind in kinds:
            kinds[kind] += 1
    n = min(len(values), _PROBE)
    return n > 0 and all(k >= MIN_KIND_SHARE * n for k in kinds.values())


def _binomial_tail(n: int, k: int, p: float) -> float:
    """P(X >= k) for X ~ Binomial(n, p)."""
    if p >= 1.0:
        return 1.0
    if p <= 0.0:
        return 0.0 if k > 0 else 1.0
    return min(1.0, sum(math.comb(n, i) * p**i * (1 - p) ** (n - i) for i in range(k, n + 1)))


def national_phone_evidence(values: list[str]) -> tuple[float, str | None, str]:
    """(share of ``values`` that are valid bare numbers of one region, that region, why); share 0
    when the column has no single layout, no spread, or random digits would pass as often."""
    if len(values) < MIN_VALUES:
        return 0.0, None, "too few values"
    layouts = [(v, lay) for v in values if (lay := _layout(v)) is not None]
    if len(layouts) < MIN_VALID_SHARE * len(values):
        return 0.0, None, "not bare numbers"
    main, count = Counter(lay for _, lay in layouts).most_common(1)[0]
    same = [v for v, lay in layouts if lay == main]
    lengths = [sum(c.isdigit() for c in v) for v in same]
    if count < MIN_VALID_SHARE * len(values) or max(lengths) - min(lengths) > 2:
        return 0.0, None, "several layouts"
    digits = ["".join(c for c in v if c.isdigit()).lstrip("0") for v in same]
    # Without a trunk 0 the leading digits must vary too: epoch seconds of a few years (16..., 17...)
    # are valid German mobiles; with one, mobiles of one operator (090-...) are fine.
    prefixes = len({d[:2] for d in digits})
    trunk = sum(v.startswith("0") for v in same) >= 0.5 * len(same)
    if len({d[:-4] for d in digits}) < MIN_SPREAD * len(digits):
        return 0.0, None, "numbers too alike (ids or timestamps)"
    # Few leading digits without a trunk 0 (``69...`` and ``21...``) pass only as mobiles beside
    # landlines of one region (below): timestamps and ids of a few prefixes are one kind of number.
    # Digits written in groups (``32 13 02 60``, ``5112 8051``) are written as phones: ids and
    # timestamps come in one run of digits, so a few leading digits are no warning there.
    grouped = any(c == " " for c in main)
    few_prefixes = not trunk and not grouped and prefixes < MIN_LEADING_PREFIXES
    probe = same[:_PROBE]
    shares = {r: s for r in BARE_PHONE_REGIONS if (s := _valid_share(probe, r)) >= 0.8}
    best: tuple[float, str | None, str] = (0.0, None, "no region where they are valid numbers")
    for region in sorted(shares, key=shares.__getitem__, reverse=True)[:3]:
        share = _valid_share(same, region) * len(same) / len(values)
        if share < MIN_VALID_SHARE or share <= best[0]:
            continue
        if few_prefixes and not _mobiles_and_landlines(same, region):
            continue
        chance = _valid_share(_random_like(same), region)
        p_value = _binomial_tail(len(values), round(share * len(values)), chance)
        if p_value > MAX_P_VALUE:
            continue
        best = (share, region, f"{round(100 * share)}% valid {region} numbers written bare "
                               f"(random digits of this layout: {round(100 * chance)}%)")  # fmt: skip
    return best
