"""The country a phone cell's words name, in any language libphonenumber holds country names for.

Why: a contact sheet writes the country beside a national number (``Vanuatu: 591 5041``, ``796 3065 (Bonaire, Sint
Eustatius and Saba)``, ``34 42 51 81 (Danmark)``); the number itself carries no country code, and a small country is
none of the regions a column's numbers are tried in. The country's name is a closed class with a library table:
libphonenumber's own display names of every region in many languages (``phonenumbers.geodata.locale``), not a list
of the names a test set used. Read once into a lookup of case-folded names.

Example::

    named_region("Vanuatu: 591 5041")  # "VU"
    named_region("06 19114744 - vragen naar Loïs")  # None
"""

from __future__ import annotations

import re
from functools import lru_cache

from phonenumbers.geodata.locale import LOCALE_DATA

__all__ = ["named_region"]

_SPLIT = re.compile(r"\s*[:;()\[\]|]\s*|\s+[-–]\s+")
MIN_NAME = 4  # ``Chad`` and ``Peru``; shorter strings (``UK``, ``US``) are codes, not names in this table


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    out: dict[str, set[str]] = {}
    for region, by_lang in LOCALE_DATA.items():
        for name in by_lang.values():
            if name.startswith("*"):
                name = by_lang.get(name[1:], "")
            if len(name) >= MIN_NAME:
                out.setdefault(name.casefold(), set()).add(region)
    return {name: next(iter(regions)) for name, regions in out.items() if len(regions) == 1}


def named_region(cell: str) -> str | None:
    """The region whose country name stands as a part of ``cell`` (split at colons, brackets, bars and dashes between
    spaces), or ``None``.

    Example::

        named_region("796 3065 (Bonaire, Sint Eustatius and Saba)")  # "BQ"
    """
    if not any(ch.isalpha() for ch in cell):
        return None
    names = _names()
    for part in _SPLIT.split(cell):
        if (region := names.get(part.strip().casefold())) is not None:
            return region
    return None
