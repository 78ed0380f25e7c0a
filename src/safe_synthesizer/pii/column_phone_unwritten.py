"""Numbers in digit groups no country writes its phone numbers in: ids, not phones (``747-26-8199``).

Why: a value counts as "written like a phone" when it has separated digit groups of nine digits or more that some
country's plan could hold (:func:`~safe_synthesizer.pii.validators.phones.is_phone_any`: *possible* somewhere).
US social security numbers (``3-2-4``), Liberian or Afghan id cards (``4-4-2``, ``4-4-5``), Icelandic and Swedish
personal numbers (``6-4``) have nine to thirteen digits in groups, so a column of them, half written bare, passed
as phones with its name hidden (set 32 and 33 seen: en_US, en_LR, ps_AF). A phone number, though, is written the
way its country groups it: the groups of a number valid in some plan are those of that plan's national format
(``077 321 6958`` in Liberia, ``06-12-91-50-94`` in France, ``0170 11909294`` in Germany). Measured on set 33's
labelled columns (198 locales): in the phone columns 67-100% of the grouped numbers are so written (less only
where most are one run with an extension); in the id columns 0-7%, except ids printed 3-3-3 (a Canadian SIN, a
Portuguese NIF), which some plans also write and which their own check digits tell apart.

A column is judged on its grouped national values (two digit groups or more, no ``+``/``00``, no letters, an
extension dropped): with :data:`MIN_GROUPED` of them and fewer than :data:`MAX_WRITTEN_SHARE` written like a
valid number of some country, the column holds no phones.

Example::

    unwritten_groups(["747-26-8199", "057-97-0145", ...])  # "digit groups 3-2-4 no phone plan writes (0% ...)"
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import cache

import phonenumbers

from safe_synthesizer.pii.locales import VOTE_PHONE_REGIONS, parse_phone
from safe_synthesizer.pii.validators.phones import _without_extension, _written_like

__all__ = ["unwritten_groups", "written_like_a_phone"]

# Grouped national values a column needs to be judged, and how many of them are read.
MIN_GROUPED = 8
PROBE = 12
# Below this share of the probe written like a valid number of some country, the column holds no phones.
MAX_WRITTEN_SHARE = 0.2
_GROUPED = re.compile(r"^\(?\d+\)?(?:[ .\-/]+\(?\d+\)?)+$")
_DIGITS = re.compile(r"\d+")


@cache
def _regions() -> tuple[str, ...]:
    """Every region with a plan, the commonly seen ones first (a phone is found early, an id tries them all)."""
    return tuple(dict.fromkeys((*VOTE_PHONE_REGIONS, *sorted(phonenumbers.SUPPORTED_REGIONS))))


@cache
def _general(region: str) -> tuple[re.Pattern[str], frozenset[int], tuple[re.Pattern[str], ...] | None, str] | None:
    """Cheap filters before parsing: the region's general national-number pattern and possible lengths, its
    number-format patterns (None where they cannot filter soundly: formats of the main country of a shared code,
    a prefix rewritten when parsed, as Argentina's ``15``) and the pattern of its trunk prefix (``0|80?``)."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    desc = meta.general_desc if meta is not None else None
    if desc is None or not desc.national_number_pattern:
        return None
    sound = bool(meta.number_format) and not meta.national_prefix_transform_rule
    formats = tuple(re.compile(f.pattern) for f in meta.number_format if f.pattern) if sound else None
    return (
        re.compile(desc.national_number_pattern),
        frozenset(desc.possible_length or ()),
        formats,
        meta.national_prefix_for_parsing or meta.national_prefix or "",
    )


def _grouped_so(candidate: str, groups: list[int], formats: tuple[re.Pattern[str], ...], trunk: int) -> bool:
    """One of the region's formats splits ``candidate`` into ``groups``: the first group may carry the trunk
    prefix (``trunk`` digits) or be the prefix alone (``8 (918) 517-45-28``)."""
    for pattern in formats:
        m = pattern.fullmatch(candidate)
        if m is None:
            continue
        lengths = [len(g) for g in m.groups() if g]
        for written in (groups, groups[1:]):
            if (
                written
                and lengths[1:] == written[1:]
                and lengths[0] in {written[0], written[0] - trunk, written[0] - 1}
            ):
                return True
    return False


def _skeleton(value: str) -> str:
    return "-".join(str(len(g)) for g in _DIGITS.findall(value))


def written_like_a_phone(value: str) -> bool:
    """``value`` (national, grouped) is a valid number of some country written in that country's digit groups."""
    runs = _DIGITS.findall(value)
    digits, groups = "".join(runs), [len(r) for r in runs]
    for region in _regions():
        if (general := _general(region)) is None:
            continue
        pattern, lengths, formats, prefix = general
        # The national number as the plan reads it: all digits, or without the trunk prefix.
        stripped = re.match(prefix, digits) if prefix else None  # ``8``, ``80``, ``06``
        trunk = stripped.end() if stripped else 0
        candidates = {digits, digits[trunk:]}
        if formats is not None:  # else the prefix is rewritten when parsed (Argentina's 15): no cheap filter
            fits = [c for c in candidates if len(c) in lengths and pattern.fullmatch(c)]
            if not any(_grouped_so(c, groups, formats, trunk) for c in fits):
                continue
        number = parse_phone(value, region)
        if number is None:
            continue
        if phonenumbers.is_valid_number_for_region(number, region) and _written_like(value, region, parsed=number):
            return True
    return False


def unwritten_groups(values: Sequence[str]) -> str | None:
    """Why the grouped numbers of ``values`` (a column's sample) are no phones, or None when they may be."""
    grouped = []
    for v in values:
        text = _without_extension(v.strip())
        if text.startswith(("+", "00")) or not _GROUPED.match(text) or sum(ch.isdigit() for ch in text) < 7:
            continue
        grouped.append(text)
    if len(grouped) < MIN_GROUPED:
        return None
    probe = grouped[:PROBE]
    allowed = int(MAX_WRITTEN_SHARE * len(probe))
    written = 0
    for v in probe:
        written += written_like_a_phone(v)
        if written > allowed:
            return None
    layout = Counter(_skeleton(v) for v in probe).most_common(1)[0][0]
    share = round(100 * written / len(probe))
    return f"digit groups {layout} no phone plan writes ({share}% of the grouped numbers as a country writes them)"
