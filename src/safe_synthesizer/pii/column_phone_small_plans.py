"""A phone-named column of short national numbers: Greenland's, the Falklands', Vanuatu's numbers of 5-8 digits.

Why: a column named as phones (``Phone``, ``tenant_tel_1``, ``emergency_tel_1``) is typed when its values are
written like phone numbers, and that check wants 7 digits at least. Small countries without a trunk prefix give a
person fewer: a Greenlandic number is 6 digits (``22 31 69``, ``299919``), a Falklands one 5 (``51883``), a
Vanuatu landline 5 and a mobile 7 (``22592`` beside ``591 3897``). Set 36 kept three such columns under their own
phone headers (kl_GL ``Phone``, ``emergency_tel_1``; en_FK ``tenant_tel_1``).

With the header's word, the values only have to agree: nearly all of them (:data:`MIN_SHARE`) valid numbers of
one plan without a trunk prefix whose numbers are that short (read from libphonenumber, not a hand list), written
as digits in groups, with an optional extension, or dialled with that plan's country code. Values of four digits
or fewer (an extension, a PIN) are no number of such a plan; the column's own name still has to say phone.

Example::

    small_plan_phone_score(["22 31 69", "299919", "25 04 51"])  # Score(share=0.8, ..., "100% valid GL numbers ...")
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import phonenumbers
from phonenumbers import PhoneMetadata

from safe_synthesizer.pii.column_sample import Score

#: Share of the values that must be valid numbers of one short plan.
MIN_SHARE = 0.8
#: Weight of the evidence (as the other cued shapes: the name decides with it, never the values alone).
SHAPE_WEIGHT = 0.8
MIN_DIGITS, MAX_DIGITS = 5, 8
# Digits in groups of one kind of separator, an optional "+" and an extension after the number.
_NUMBER = re.compile(r"^(?P<plus>\+|00)?(?P<number>\d[\d .\-]{3,14}\d)(?:[ \t]*(?:x|ext\.?|extn\.?|#)[ \t]*\d{1,5})?$",
                     re.IGNORECASE)  # fmt: skip
_SEPARATORS = re.compile(r"[ .\-]")


@lru_cache(maxsize=1)
def short_plans() -> tuple[str, ...]:
    """Regions without a trunk prefix whose fixed or mobile numbers have 5-8 digits (GL, FK, VU, FO, DJ...)."""
    out = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        meta = PhoneMetadata.metadata_for_region(region)
        if meta is None or meta.national_prefix or meta.general_desc is None:
            continue
        lengths = set(meta.general_desc.possible_length or ())
        if lengths and min(lengths) <= MAX_DIGITS and max(lengths) <= MAX_DIGITS + 1:
            out.append(region)
    return tuple(out)


def _national(value: str) -> tuple[str, bool] | None:
    """(digits of ``value``, dialled) when it is written as a number of 5-8 digits (or dialled), else ``None``."""
    m = _NUMBER.match(value.strip())
    if m is None:
        return None
    number = m.group("number")
    if len(set(_SEPARATORS.findall(number))) > 1:
        return None
    digits = _SEPARATORS.sub("", number)
    if m.group("plus"):
        return digits, True
    return (digits, False) if MIN_DIGITS <= len(digits) <= MAX_DIGITS else None


def _valid(digits: str, dialled: bool, region: str) -> bool:
    try:
        parsed = phonenumbers.parse(("+" + digits) if dialled else digits, None if dialled else region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number_for_region(parsed, region)


def small_plan_phone_share(values: Sequence[str]) -> tuple[float, str | None]:
    """(share of ``values`` that are valid numbers of one short plan, that plan's region); (0.0, None) if none."""
    read = [_national(v) for v in values]
    numbers = [r for r in read if r is not None]
    if not values or len(numbers) < MIN_SHARE * len(values):
        return 0.0, None
    best, best_region = 0, None
    for region in short_plans():
        # Quick reject on the first few numbers: most plans take none of them.
        if not any(_valid(d, dialled, region) for d, dialled in numbers[:5]):
            continue
        valid = sum(_valid(d, dialled, region) for d, dialled in numbers)
        if valid > best:
            best, best_region = valid, region
    return best / len(values), best_region


# Header words of what a phone-named column holds besides numbers: extensions, PINs, counts, models, usage.
_NOT_NUMBERS = re.compile(
    r"(?i)(?<![^\W\d_])(?:ext|extn|extension|durchwahl|poste|pin|code|count|counts|sold|units?|minutes?|mins|"
    r"model|models|data|mb|gb|calls|qty|quantity|number of|no of|#)(?![^\W\d_])"
)
#: Share of the values dialled with one plan's country code that lets the values decide without a header.
MIN_DIALLED_SHARE = 0.25
MIN_DIALLED_VALUES = 12


def small_plan_phone_score(values: Sequence[str], name: str = "") -> Score | None:
    """Evidence that a phone-named column (``name``) holds a short plan's numbers, or ``None`` when its values
    do not agree (too few valid numbers of one such plan) or the name says extensions, PINs or counts."""
    if _NOT_NUMBERS.search(name.replace("_", " ")):
        return None
    share, region = small_plan_phone_share(values)
    if region is None or share < MIN_SHARE:
        return None
    return Score(SHAPE_WEIGHT * share, False, f"{share:.0%} valid {region} numbers of 5-8 digits (name says phone)")


def dialled_small_plan_score(values: Sequence[str]) -> Score | None:
    """Evidence from the values alone: a quarter of them or more dialled with one short plan's country code
    (``+678 591 9611``), and nearly all valid numbers of that plan, dialled or written bare (``591 3060``,
    ``22463``). A ``+`` and a country code is how phones are written, and the bare ones are the same country's;
    ``None`` otherwise."""
    if len(values) < MIN_DIALLED_VALUES:
        return None
    read = [_national(v) for v in values]
    codes = [d for r in read if r is not None and r[1] for d in (r[0],)]
    if len(codes) < MIN_DIALLED_SHARE * len(values):
        return None
    regions = {}
    for digits in codes:
        try:
            region = phonenumbers.region_code_for_number(phonenumbers.parse("+" + digits, None))
        except phonenumbers.NumberParseException:
            continue
        regions[region] = regions.get(region, 0) + 1
    region = max(regions, key=regions.__getitem__, default=None)
    if region not in short_plans() or regions[region] < MIN_DIALLED_SHARE * len(values):
        return None
    valid = sum(r is not None and _valid(r[0], r[1], region) for r in read) / len(values)
    if valid < MIN_SHARE:
        return None
    return Score(valid, True, f"{valid:.0%} valid {region} numbers, {regions[region]} dialled with its code")
