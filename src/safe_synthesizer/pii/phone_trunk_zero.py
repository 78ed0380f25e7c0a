"""Phone numbers a spreadsheet stripped of their trunk ``0`` (``15746184562`` for ``015746184562``), read with it
again where the column's other numbers vouch for the country.

Why: a number typed into a numeric cell loses its leading ``0`` as it loses a ``+``; held-out set 52 wrote a phone
in six so. ``column_phone_undressed`` gives a lost ``+`` back; a lost trunk ``0`` left a German column of
``15746184562`` beside ``+49 1574 6184562`` and ``015746184562`` to the chance tests of bare digit runs, and the
column was missed with its header hidden. The reading is the country's numbering PLAN, not a list of layouts: a
bare run (digits only, not ``0``-led) is given its trunk prefix back when the country's plan has one
(``phonenumbers`` metadata: ``national_prefix``), the prefixed number is a VALID number of that country by its
plan's lengths and ranges, and the column's numbers dialled with that country's code are its anchors (three at
least, and half of the dialled numbers). A record number beside no such numbers keeps its digits; North
America (trunk ``1``) never loses a ``0``.

Column-level (a sample's): detection only, never the fakes (under DP a fake depends on its own cell only).

Example::

    trunk_again(["15746184562", "+49 1574 6184562", "+49 1511 2077878", "+49 1523 5878466"])
    # ["015746184562", "+49 1574 6184562", ...]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

import phonenumbers

__all__ = ["trunk_again"]

# Numbers of the column that must be valid numbers of the country they vouch for (count, share), here and in the
# lost-``+`` reading (:mod:`column_phone_undressed`).
MIN_ANCHORS = 3
MIN_ANCHOR_SHARE = 0.5
# Values read to find the column's country (the sample's first ones).
PROBE = 40
# A bare run without its trunk ``0``: 7-13 digits (with the ``0``: the national lengths of the plans that have one).
_BARE = re.compile(r"^[1-9]\d{6,12}$")
_DIALLED = re.compile(r"^\s*(?:\+|00)\d[\d ().\-/]*\d\s*$")


def trunk_again(values: Sequence[str], *, written: Sequence[str] | None = None) -> list[str]:
    """``values`` with the trunk ``0`` put back before each bare run that is then a valid number of the country
    the column's dialled numbers name; the others as they are.

    ``written`` are the column's cells as written (default ``values``): only they vouch for the country, so a ``+``
    another reading put back (13-digit Romanian CNPs read as ``+34 ...``) anchors nothing."""
    out = list(values)
    bare = [i for i, v in enumerate(values) if isinstance(v, str) and _BARE.match(v)]
    if not bare:
        return out
    anchors = values if written is None else written
    region = _anchored_region([v for v in anchors if isinstance(v, str) and _DIALLED.match(v)][:PROBE])
    if region is None:
        return out
    for i in bare:
        if _valid_with_trunk(values[i], region):
            out[i] = "0" + values[i]
    return out


def _anchored_region(dialled: list[str]) -> str | None:
    """The region most of ``dialled`` are valid numbers of, when it has a trunk ``0`` and enough anchors."""
    regions = Counter(r for v in dialled if (r := _region(v)) is not None)
    if not regions:
        return None
    region, hits = regions.most_common(1)[0]
    if hits < MIN_ANCHORS or hits < MIN_ANCHOR_SHARE * len(dialled):
        return None
    metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
    return region if metadata is not None and metadata.national_prefix == "0" else None


@lru_cache(maxsize=4096)
def _region(value: str) -> str | None:
    text = value.strip()
    try:
        number = phonenumbers.parse("+" + text[2:] if text.startswith("00") else text, None)
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.region_code_for_number(number) if phonenumbers.is_valid_number(number) else None


@lru_cache(maxsize=16384)
def _valid_with_trunk(run: str, region: str) -> bool:
    try:
        number = phonenumbers.parse("0" + run, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number) and phonenumbers.region_code_for_number(number) == region
