"""Hong Kong address lines in English text: ``Flat 2G, 36/F, Block 12, City One Shatin``, ``Room 1203, 12/F,
Tower 3, Laguna Verde``, ``Unit 5, G/F, Wing On House, 71 Des Voeux Road``.

Hong Kong writes an address from the flat outwards: the flat or room, the floor as ``<n>/F`` (``G/F`` the
ground floor), then the block or tower and the estate or building. Estates have no street word (``City
One Shatin``, ``Taikoo Shing``), so the street rules see nothing to start from. The floor written as
``<n>/F`` right after a flat or room is the evidence; the span runs on over a block or tower part and the
capitalised words of the estate and district (up to five) that follow a comma, and stops at a full stop
followed by a space, a lower-case word, a digit-free bracket or the end.

Example::

    hongkong_street_spans("letter sent to Flat 2G, 36/F, Block 12, City One Shatin. H. TAO still")  # [(15, 55, ...)]
"""

from __future__ import annotations

import re

from safe_synthesizer.pii import entities as E

__all__ = ["hongkong_street_spans"]

_UNIT = r"(?:Flat|FLAT|Room|RM|Rm\.?|Unit|UNIT|Shop|Suite)[ \t]+[A-Z0-9][A-Z0-9\-]{0,5}"
_FLOOR = r"(?:\d{1,3}|G|LG|UG|M)/F"
_BLOCK = r"(?:Block|Blk\.?|BLK|Tower|Twr\.?|Phase)[ \t]+[A-Z0-9][A-Za-z0-9\-]{0,4}"
_CAP = r"[A-Z][A-Za-z'’\-]*"
_PLACE = rf"{_CAP}(?:[ \t]+{_CAP}){{0,4}}"
_STREET = rf"\d{{1,4}}[A-Z]?[ \t]+{_PLACE}"
_HK = re.compile(
    rf"(?<![\w\-]){_UNIT}[ \t]*,[ \t]*{_FLOOR}(?:[ \t]*,[ \t]*{_BLOCK})?(?:[ \t]*,[ \t]*(?:{_STREET}|{_PLACE})){{0,2}}"
    r"(?![\w\-])"
)


def hongkong_street_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, 'street_address')`` of Hong Kong address lines (see the module docstring)."""
    if "/F" not in text:
        return []
    return [(m.start(), m.end(), E.STREET_ADDRESS) for m in _HK.finditer(text)]
