"""Fakes of national phone numbers that are not numbers of the column's region at all.

A customer list mixing countries writes each row's number the way its own country does, without
``+CC``: ``0345 717652`` (Italy) in a column read as British. When such a number is not even
*shaped* like a number of the column's region (its national significant number does not match the
region's general pattern: wrong length or leading digits), it is from elsewhere; which country is
often unclear (``0345 717652`` is valid in Italy, the Netherlands, France, Germany and Sweden). The
fake is then drawn to be a valid number in *every* region where the original is valid (the original
itself is one such number, so it can be done): whichever of them the row's country is, the fake is
a valid number there, in the original's layout. When no such number turns up, regions are dropped
from the end of the list (ordered: written in that region's national layout first).

A number dialled with its country code but no ``+`` (``674 444 0149``, Nauru) is written in the groups of
the number dialled: it is the column's region's, not a national number of the plans whose groups it is not.

The decision uses the value alone (no other record), so it holds under differential privacy too.

Example::

    rng = np.random.default_rng(0)
    elsewhere_fakes(["0345 717652"], rng, hint="GB")
    # ['0347 216550']  valid in IT, NL, FR, DE and SE, as the original
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import islice

import numpy as np
import phonenumbers
from faker.config import AVAILABLE_LOCALES
from phonenumbers import PhoneMetadata

from safe_synthesizer.pii.formats import PHONE_EXTENSION_WORDS
from safe_synthesizer.pii.locales import COLUMN_PHONE_REGIONS, parse_phone

MAX_ROUNDS = 60
_DIGITS = re.compile(r"\d+")
_EXTENSION = re.compile(rf"(?i)\s*(?:{PHONE_EXTENSION_WORDS})\.?\s*\d+\s*$")


@cache
def faker_phone_regions() -> tuple[str, ...]:
    """Regions with a Faker locale and ``phonenumbers`` metadata: the commonly seen ones first."""
    regions = {loc.split("_")[1] for loc in AVAILABLE_LOCALES if "_" in loc}
    regions &= set(phonenumbers.SUPPORTED_REGIONS)
    return (*(r for r in COLUMN_PHONE_REGIONS if r in regions), *sorted(regions - set(COLUMN_PHONE_REGIONS)))


@cache
def _general_pattern(region: str) -> re.Pattern[str] | None:
    metadata = PhoneMetadata.metadata_for_region(region, None)
    if metadata is None or metadata.general_desc is None or not metadata.general_desc.national_number_pattern:
        return None
    return re.compile(metadata.general_desc.national_number_pattern)


def _own_valid(value: str, region: str) -> bool:
    """``value`` (national) is a valid number whose own region is ``region``."""
    parsed = parse_phone(value, region)
    return (
        parsed is not None
        and phonenumbers.is_valid_number(parsed)
        and phonenumbers.region_code_for_number(parsed) == region
    )


def shaped_like(value: str, region: str) -> bool:
    """``value`` parses in ``region`` to a national number matching the region's general pattern
    (right length and leading digits), valid or not: a number of that region, perhaps unassigned."""
    parsed = parse_phone(value, region)
    pattern = _general_pattern(region)
    if parsed is None or pattern is None:
        return parsed is not None
    return pattern.fullmatch(phonenumbers.national_significant_number(parsed)) is not None


def _skeleton(text: str) -> str:
    return _DIGITS.sub("9", text.strip())


def _written_like(value: str, region: str) -> int:
    """2: groups and separators of ``region``'s national format; 1: its group lengths; 0: neither."""
    parsed = parse_phone(value, region)
    if parsed is None:
        return 0
    national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    main = _EXTENSION.sub("", value)
    if _dialled_without_plus(main, parsed):
        # ``674 444 0149``: Nauru's code dialled without its ``+``; the groups are those of the number dialled.
        national = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL).lstrip("+")
    if [len(g) for g in _DIGITS.findall(main)] != [len(g) for g in _DIGITS.findall(national)]:
        return 0
    return 2 if _skeleton(main) == _skeleton(national) else 1


def _dialled_without_plus(main: str, parsed: phonenumbers.PhoneNumber) -> bool:
    """``main`` (no ``+``/``00``) is the country code and the national significant number, in that order:
    ``parse`` read the code off the front of the digits (``674 444 0149`` in Nauru)."""
    if main.lstrip().startswith(("+", "00", "(")):
        return False
    digits = "".join(ch for ch in main if ch.isdigit())
    return digits == f"{parsed.country_code}{phonenumbers.national_significant_number(parsed)}"


def _groups(text: str) -> int:
    return len(_DIGITS.findall(_EXTENSION.sub("", text)))


def _layout(text: str) -> str:
    return _DIGITS.sub(lambda m: "9" * len(m.group()), text.strip())


# ASCII digits -> 9: an ASCII text's :func:`_layout` by ``str.translate`` (no regular expression per value).
_ASCII_NINES = str.maketrans("0123456789", "9" * 10)


def _memo_key(hint: str, text: str) -> tuple[str, str, str]:
    """(``hint``, :func:`_layout` of ``text``, its first four digits): the same tuple for any text, computed
    without a regular expression or a pass over every character for an ASCII one (a 100k column's values)."""
    if text.isascii():
        return hint, text.translate(_ASCII_NINES), "".join(islice(filter(str.isdigit, text), 4))
    return hint, _layout(text), "".join(ch for ch in text if ch.isdigit())[:4]


def _stays_home(hint: str, text: str, memo: dict | None) -> bool:
    """A number of this layout and leading digits is ``hint``'s: shaped like its numbers and, when
    written in groups, in ``hint``'s national groups.

    ``memo`` (one column's, never shared between calls) reuses the answer per (layout with every
    digit, first four digits): the general pattern and the national format depend on the length
    and the leading digits. Under differential privacy each value is faked in a call of its own,
    so no other record's answer is ever reused there.
    """
    if memo is None:
        return shaped_like(text, hint) and (_groups(text) < 2 or _written_like(text, hint) > 0)
    key = _memo_key(hint, text)
    if key not in memo:
        memo[key] = _stays_home(hint, text, None)
    return memo[key]


def elsewhere_regions(
    value: str, hint: str, candidates: Sequence[str] | None = None, memo: dict | None = None
) -> tuple[str, ...]:
    """Regions where a national ``value`` that is not written as one of ``hint``'s numbers is valid.

    Empty for ``+``/``00`` numbers (they name their country), for values shaped like ``hint``'s
    numbers (an unassigned US area code is still a US number) unless written in another country's
    groups (``84 3205-8969``: Brazil's, not the US's ``(843) 205-8969``), and for values valid
    nowhere. Ordered by how the value is written: that region's national layout first.
    """
    text = value.strip()
    if not text or text.startswith(("+", "00")) or len(text) > 40:
        return ()
    if _stays_home(hint, text, memo):
        return ()
    home_valid = _own_valid(text, hint)
    valid = [r for r in (candidates or faker_phone_regions()) if r != hint and _own_valid(text, r)]
    order = {r: -_written_like(text, r) for r in valid}
    if home_valid or shaped_like(text, hint):
        # Only a region whose groups it is written in outweighs ``hint``'s shape or validity.
        valid = [r for r in valid if order[r] < 0]
    ranked = tuple(sorted(valid, key=lambda r: order[r]))  # stable: candidates' order breaks ties
    # Valid at home too (``(55).3271-4726`` dials Brazil's groups and a British number): the fake
    # is made valid in both when it can be, the region of its groups first.
    return (*ranked, hint) if ranked and home_valid else ranked


def elsewhere_fake(value: str, regions: Sequence[str], rng: np.random.Generator) -> str | None:
    """A fake of ``value`` in its layout, valid in as many of ``regions`` (a prefix of them) as can be.

    The original's leading digits (its area or mobile prefix) are kept, one more every few rounds
    when no number valid everywhere turns up; halfway, the last region is dropped, and so on.
    ``None`` when no valid number of ``regions[0]`` turned up (the caller falls back).
    """
    main = _EXTENSION.sub("", value)
    positions = [i for i, ch in enumerate(value) if ch.isdigit() and i < len(main)]
    tail = [i for i, ch in enumerate(value) if ch.isdigit() and i >= len(main)]
    if len(positions) < 4 or not regions:
        return None
    wanted = list(regions)
    per_set = max(MAX_ROUNDS // len(wanted), 8)
    for round_ in range(MAX_ROUNDS * 2):
        if round_ and round_ % per_set == 0 and len(wanted) > 1:
            wanted.pop()
        keep = min(2 + (round_ % per_set) * 3 // per_set, len(positions) - 2)
        chars = list(value)
        draws = rng.integers(0, 10, size=len(positions) + len(tail))
        for j, p in enumerate(positions[keep:]):
            chars[p] = str(draws[j])
        for j, p in enumerate(tail):
            chars[p] = str(draws[len(positions) + j])
        fake = "".join(chars)
        if fake != value and all(_own_valid(fake, r) for r in wanted):
            return fake
        if len(wanted) == 1 and round_ >= MAX_ROUNDS * 2 - 1:
            break
    return None
