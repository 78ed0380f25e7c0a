"""``phonenumbers``' number type of a national significant number, with the patterns compiled once.

Phone fakes are drawn at random and kept only when ``phonenumbers`` calls them valid numbers of the
right type; 100,000 numbers take some 400,000 such tests. ``phonenumbers``' own test
(``_number_type_helper``) looks each pattern up in its regular-expression cache per call, and that
look-up cost more than the match itself (2.3M ``re_compile`` calls for one 100k column). This module
does the same test, in the same order and with the same patterns, on regular expressions compiled
once per region, so its answers are ``phonenumbers``' answers (the tests compare them on every
region's example numbers and on random digits).

Example::

    number_type("2015550123", "US")  # PhoneNumberType.FIXED_LINE_OR_MOBILE
    own_region(1, "4165550123")      # "CA" (Toronto's area code), as phonenumbers.region_code_for_number
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from phonenumbers import PhoneMetadata, PhoneNumberType
from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

# The special types in the order phonenumbers tests them (the first match wins).
_SPECIAL = (
    ("premium_rate", PhoneNumberType.PREMIUM_RATE), ("toll_free", PhoneNumberType.TOLL_FREE),
    ("shared_cost", PhoneNumberType.SHARED_COST), ("voip", PhoneNumberType.VOIP),
    ("personal_number", PhoneNumberType.PERSONAL_NUMBER), ("pager", PhoneNumberType.PAGER),
    ("uan", PhoneNumberType.UAN), ("voicemail", PhoneNumberType.VOICEMAIL),
)  # fmt: skip

# A description: (possible lengths or None for any, fullmatch of its national number pattern).
_Desc = tuple[frozenset[int] | None, Callable[[str], object]]


def _desc(desc) -> _Desc | None:
    """``None`` where phonenumbers' ``_is_number_matching_desc`` is always false (no pattern)."""
    if desc is None or not desc.national_number_pattern:
        return None
    lengths = frozenset(desc.possible_length) if len(desc.possible_length) > 0 else None
    return lengths, re.compile(desc.national_number_pattern).fullmatch


def _matches(nsn: str, desc: _Desc | None) -> bool:
    return desc is not None and (desc[0] is None or len(nsn) in desc[0]) and desc[1](nsn) is not None


@cache
def _classifier(region: str) -> tuple | None:
    """(general, [(special desc, type)], fixed line, mobile, same fixed/mobile pattern) of ``region``."""
    metadata = PhoneMetadata.metadata_for_region(region, None)
    if metadata is None:
        return None
    special = [(d, kind) for name, kind in _SPECIAL if (d := _desc(getattr(metadata, name))) is not None]
    return (
        _desc(metadata.general_desc),
        tuple(special),
        _desc(metadata.fixed_line),
        _desc(metadata.mobile),
        bool(metadata.same_mobile_and_fixed_line_pattern),
    )


def number_type(nsn: str, region: str) -> int:
    """``phonenumbers``' type of the national significant number ``nsn`` in ``region``
    (``PhoneNumberType.UNKNOWN``: not a valid number there).

    The tests of :func:`_matches` are written out here: this runs some 400,000 times for a 100k phone
    column, and the calls cost more than the tests (same tests, same order, same answers).
    """
    found = _classifier(region)
    if found is None:
        return _UNKNOWN
    general, special, fixed, mobile, same = found
    n = len(nsn)
    if general is None or (general[0] is not None and n not in general[0]) or general[1](nsn) is None:
        return _UNKNOWN
    for desc, kind in special:
        if (desc[0] is None or n in desc[0]) and desc[1](nsn) is not None:
            return kind
    if fixed is not None and (fixed[0] is None or n in fixed[0]) and fixed[1](nsn) is not None:
        if same or _matches(nsn, mobile):
            return _FIXED_LINE_OR_MOBILE
        return _FIXED_LINE
    if not same and mobile is not None and (mobile[0] is None or n in mobile[0]) and mobile[1](nsn) is not None:
        return _MOBILE
    return _UNKNOWN


_UNKNOWN = PhoneNumberType.UNKNOWN
_FIXED_LINE = PhoneNumberType.FIXED_LINE
_MOBILE = PhoneNumberType.MOBILE
_FIXED_LINE_OR_MOBILE = PhoneNumberType.FIXED_LINE_OR_MOBILE


@cache
def _region_steps(cc: int) -> tuple[tuple[str | None, Callable[[str], object] | None], ...]:
    """The regions of ``cc`` in phonenumbers' order, as steps: (region, None) is tested for
    validity; (None, match) is a run of regions known by their leading digits, one regular
    expression whose first matching alternative (``lastgroup``) is the first such region."""
    steps: list = []
    run: list[tuple[str, str]] = []
    for region in COUNTRY_CODE_TO_REGION_CODE.get(cc, ()):
        metadata = PhoneMetadata.metadata_for_region(region, None)
        if metadata is None:
            continue
        if metadata.leading_digits is not None:
            run.append((region, metadata.leading_digits))
            continue
        if run:
            steps.append((None, re.compile("|".join(f"(?P<{r}>{d})" for r, d in run)).match))
            run = []
        steps.append((region, None))
    if run:
        steps.append((None, re.compile("|".join(f"(?P<{r}>{d})" for r, d in run)).match))
    return tuple(steps)


def own_region(cc: int, nsn: str) -> str | None:
    """The region ``phonenumbers.region_code_for_number`` gives the number ``+cc nsn`` (the first
    region of the country code whose leading digits start it, or where it is valid), or ``None``."""
    regions = COUNTRY_CODE_TO_REGION_CODE.get(cc)
    if not regions:
        return None
    if len(regions) == 1:
        return regions[0]
    for region, match in _region_steps(cc):
        if region is not None:
            if number_type(nsn, region) != PhoneNumberType.UNKNOWN:
                return region
        elif (found := match(nsn)) is not None:
            return found.lastgroup
    return None


# A person's number: fixed line or mobile (the US does not tell them apart). A fake of one is one
# too, never a toll-free or premium-rate number (``(905) ...`` must not become ``(900) ...``).
PERSONAL = frozenset({PhoneNumberType.FIXED_LINE, PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})
ANY = -1  # wanted type: any valid number (the last rounds, when no number of the wanted type turns up)
PERSON = -2  # wanted type: a person's number (an invalid original, e.g. a codec template)


def same_kind(found: int, wanted: int) -> bool:
    """A number of type ``found`` will do where ``wanted`` (a type, :data:`ANY` or :data:`PERSON`) is asked."""
    if found == PhoneNumberType.UNKNOWN:
        return False
    if wanted == ANY:
        return True
    if wanted == PERSON:
        return found in PERSONAL
    if wanted in PERSONAL and found in PERSONAL:
        return found == wanted or PhoneNumberType.FIXED_LINE_OR_MOBILE in (found, wanted)
    return found == wanted


def is_valid_nsn(cc: int, nsn: str, target: str, wanted: int = ANY) -> bool:
    """``nsn`` is a valid number of ``target`` of the ``wanted`` kind, and ``target``'s own.

    Regions sharing a country code (the US, Canada and the Caribbean on +1; the UK, Jersey and
    Guernsey on +44) share some ranges: ``phonenumbers.region_code_for_number`` gives a toll-free
    ``888`` number to the US though it is valid in Canada too. A Canadian's fake must be Canadian.
    """
    if not same_kind(number_type(nsn, target), wanted):
        return False
    regions = COUNTRY_CODE_TO_REGION_CODE.get(cc, ())
    return len(regions) < 2 or regions[0] == target or own_region(cc, nsn) == target
