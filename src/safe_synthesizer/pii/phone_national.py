"""Is a nationally written number (no ``+``/``00``) valid in a region? ``phonenumbers``' answer, fast.

A phone fake must be a valid number of the original's country. When the column's country is unclear
(bare ``0453873054`` is a Belgian mobile and a French landline; ``24886319`` is valid in thirty-odd
plans), the fake is made valid in every region where the original is (:mod:`fake_phone_everywhere`),
which asks "valid in region R?" of many regions per value. ``phonenumbers.parse`` costs some 60 us a
call (it normalises the text, looks for extensions, letters and a ``+``); this module takes the digits
once and runs only the steps of ``parse`` that a run of national digits goes through: the international
prefix or the region's own country code at the start (then ``parse`` itself decides), the national
prefix strip (``_maybe_strip_national_prefix_carrier_code``, kept only when the rest has a possible
length, as ``parse`` does) and the type test of :mod:`phone_types`. The tests compare its answers with
``parse`` + ``is_valid_number`` + ``region_code_for_number`` on random digits in every region.

Example::

    national_valid("0453873054", "BE")  # True (a Belgian mobile)
    valid_regions("0453873054")         # ('AU', 'BE', 'DE', 'EG', 'FI', 'FR', ...)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

import phonenumbers
from phonenumbers import PhoneMetadata, PhoneNumberType
from phonenumbers import phonenumberutil as _pu

from safe_synthesizer.pii.phone_types import is_valid_nsn, number_type

_NOT_STRIPPED = (
    _pu.ValidationResult.TOO_SHORT,
    _pu.ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
    _pu.ValidationResult.INVALID_LENGTH,
)
_MIN_NSN, _MAX_NSN = 2, 17
_Match = Callable[[str], re.Match[str] | None]


@cache
def _metadata(region: str) -> PhoneMetadata | None:
    return PhoneMetadata.metadata_for_region(region, None)


@cache
def all_regions() -> tuple[str, ...]:
    """Every region ``phonenumbers`` has a plan for (not the non-geographic ``001``), sorted."""
    return tuple(sorted(r for r in phonenumbers.SUPPORTED_REGIONS if _metadata(r) is not None))


@cache
def _prefixes(region: str) -> tuple[_Match | None, _Match | None, _Match | None]:
    """(match of the international prefix, match of the national prefix for parsing, fullmatch of the
    general pattern) of ``region``, compiled once (``phonenumbers``' own cache of 512 patterns thrashes
    when every region is asked in turn)."""
    metadata = _metadata(region)
    idd, national = metadata.international_prefix, metadata.national_prefix_for_parsing
    general = metadata.general_desc.national_number_pattern if metadata.general_desc else None
    return (
        re.compile(idd).match if idd else None,
        re.compile(national).match if national else None,
        re.compile(general).fullmatch if general else None,
    )


def _strip_national_prefix(nsn: str, region: str) -> str:
    """``nsn`` without the national prefix as ``parse`` strips it (kept when the number was viable with it
    and is not without it, or when what is left has no possible length)."""
    metadata = _metadata(region)
    _, national_prefix, general = _prefixes(region)
    match = national_prefix(nsn) if national_prefix is not None else None
    if match is None:
        return nsn
    if metadata.national_prefix_transform_rule and match.groups() and match.groups()[-1] is not None:
        stripped = _pu._maybe_strip_national_prefix_carrier_code(nsn, metadata)[1]  # a rewrite (AR, BR, JP)
    else:
        stripped = nsn[match.end() :]
        if general is not None and general(nsn) and not general(stripped):
            return nsn
    return stripped if _pu._test_number_length(stripped, metadata) not in _NOT_STRIPPED else nsn


def strip_national_prefix(digits: str, region: str) -> str:
    """The national significant number of national ``digits`` read in ``region`` (its trunk prefix taken off as
    ``phonenumbers.parse`` takes it off)."""
    return _strip_national_prefix(digits, region) if len(digits) >= _MIN_NSN else digits


def _slow_type(digits: str, region: str) -> int:
    try:
        parsed = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return PhoneNumberType.UNKNOWN
    if not phonenumbers.is_valid_number(parsed) or phonenumbers.region_code_for_number(parsed) != region:
        return PhoneNumberType.UNKNOWN
    return phonenumbers.number_type(parsed)


def _parse_reads_country(digits: str, region: str) -> bool:
    """``parse`` may read a country from the start of ``digits``, so it answers itself: they open with
    ``region``'s international prefix, or with its country code where ``parse`` takes it off (what is left
    matches the plan and the whole does not, or the whole is too long: ``_maybe_extract_country_code``)."""
    idd, _, general = _prefixes(region)
    if idd is not None and idd(digits) is not None:
        return True
    metadata = _metadata(region)
    code = str(metadata.country_code)
    if not digits.startswith(code):
        return False
    rest = _pu._maybe_strip_national_prefix_carrier_code(digits[len(code) :], metadata)[1]
    if general is None or (not general(digits) and general(rest)):
        return True
    return _pu._test_number_length(digits, metadata) == _pu.ValidationResult.TOO_LONG


def national_type(digits: str, region: str) -> int:
    """``phonenumbers``' type of ``digits`` (a national number's digits as written, trunk prefix included)
    parsed in ``region``; ``UNKNOWN`` unless a valid number whose own region is ``region`` (what ``parse``
    + ``is_valid_number`` + ``region_code_for_number`` say)."""
    metadata = _metadata(region)
    if metadata is None or not digits.isdigit():
        return PhoneNumberType.UNKNOWN
    if _parse_reads_country(digits, region):
        return _slow_type(digits, region)
    nsn = _strip_national_prefix(digits, region) if len(digits) >= _MIN_NSN else ""
    if not _MIN_NSN <= len(nsn) <= _MAX_NSN or not is_valid_nsn(metadata.country_code, nsn, region):
        return PhoneNumberType.UNKNOWN
    return number_type(nsn, region)


def national_valid(digits: str, region: str) -> bool:
    """``digits`` parsed in ``region`` are a valid number of ``region`` (:func:`national_type`)."""
    return national_type(digits, region) != PhoneNumberType.UNKNOWN


@cache
def _written_lengths(region: str) -> frozenset[int] | None:
    """Digit counts a valid national number of ``region`` can be written with (its possible lengths, with
    and without the national prefix); ``None`` where the prefix is a pattern (carrier codes): any count."""
    metadata = _metadata(region)
    lengths = frozenset(metadata.general_desc.possible_length) if metadata.general_desc else frozenset()
    prefix, parsing = metadata.national_prefix or "", metadata.national_prefix_for_parsing
    if not lengths or (parsing and parsing != prefix) or (prefix and not prefix.isdigit()):
        return None
    return lengths | {n + len(prefix) for n in lengths}


def valid_regions(digits: str, regions: Iterable[str] | None = None) -> tuple[str, ...]:
    """The regions (of ``regions``, default every plan) where national ``digits`` are a valid number;
    a region whose numbers are never written with this many digits is not asked."""
    n = len(digits)
    return tuple(
        r
        for r in (all_regions() if regions is None else regions)
        if ((lengths := _written_lengths(r)) is None or n in lengths or _parse_reads_country(digits, r))
        and national_valid(digits, r)
    )
