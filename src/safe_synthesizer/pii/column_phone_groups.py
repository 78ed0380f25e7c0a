"""Numbers grouped where a phone plan puts its area or mobile prefix: phones, even when an id scheme takes them.

Why: a German mobile column written ``01512 1975852`` (trunk ``0``, the ``1512`` mobile prefix, a space, the
subscriber number) was planned as Vietnamese CCCD national ids with its name hidden (set 19, seen): twelve
digits whose first ones happen to pass that scheme's province and birth-year check. The space tells: an id
scheme writes its digits in one run or in its own groups, a phone plan splits after the national destination
code, and that code's length varies with it (``030 ...`` beside ``01512 ...``). A column where nearly every
value is valid in one region *and* split exactly after its trunk prefix and destination code is phones.

Example::

    grouped_after_prefix(["01512 1975852", "0170 2345678", "030 1234567", ...])  # "DE"
"""

from __future__ import annotations

import phonenumbers

# Share of the values that must be split after their destination code, valid in one region.
MIN_SPLIT_SHARE = 0.9
MIN_VALUES = 12
_PROBE = 40


def _split_region(value: str, regions: tuple[str, ...]) -> str | None:
    """The first of ``regions`` where ``value`` (two digit groups) is valid and split after its destination code."""
    head, sep, tail = value.partition(" ")
    if not sep or not (head.isdigit() and tail.isdigit()):
        return None
    for region in regions:
        try:
            number = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number_for_region(number, region):
            continue
        ndc = phonenumbers.length_of_national_destination_code(number)
        nsn = phonenumbers.national_significant_number(number)
        trunk = len(head + tail) - len(nsn)
        if ndc and 0 <= trunk <= 1 and len(head) == trunk + ndc:
            return region
    return None


def grouped_after_prefix(values: list[str], regions: tuple[str, ...] | None = None) -> str | None:
    """The region where nearly all ``values`` are valid numbers written ``<trunk><destination code> <subscriber>``,
    or ``None``. ``regions``: where to look (default: every region ``phonenumbers`` knows a trunk ``0`` for)."""
    probe = [v.strip() for v in values[:_PROBE]]
    if len(probe) < MIN_VALUES or sum(" " in v for v in probe) < MIN_SPLIT_SHARE * len(probe):
        return None
    candidates = regions or _trunk_regions()
    counts: dict[str, int] = {}
    for v in probe:
        if (found := _split_region(v, tuple(sorted(candidates, key=lambda r: -counts.get(r, 0))))) is not None:
            counts[found] = counts.get(found, 0) + 1
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] >= MIN_SPLIT_SHARE * len(probe) else None


def _trunk_regions() -> tuple[str, ...]:
    """Regions whose national numbers are dialled with a trunk ``0`` (where a leading ``0`` group is written)."""
    if not _TRUNK:
        for region in sorted(phonenumbers.SUPPORTED_REGIONS):
            metadata = phonenumbers.PhoneMetadata.metadata_for_region(region, None)
            if metadata is not None and metadata.national_prefix == "0":
                _TRUNK.append(region)
    return tuple(_TRUNK)


_TRUNK: list[str] = []
