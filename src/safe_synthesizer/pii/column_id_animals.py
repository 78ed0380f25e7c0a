"""Animals' ids (horse passports' UELN, ISO microchips) told from people's ids: fifteen characters, a code head.

Why: a livery yard's client list keeps each horse's passport number under ``Passport (UELN)``, ``Paspoort`` or
``Pasaporte``, and the passport word took the column for a person's national id (set 21, seen: nine locales). An
animal's passport is no personal data of its owner. Both numbers are fifteen characters opening with a
three-digit code: the UELN a country's ISO 3166 number (``826`` Britain, ``528`` the Netherlands) then a
database and the animal's number (``826012345678901``, letters allowed after the code), an ISO 11784 microchip
the same country number or a maker's code ``900``-``999``. A people's id of fifteen digits (China's old
resident id) carries a birth date at characters 6-11; animals' numbers carry none there, and a column of them
holds few codes: one country's passports, a few makers' chips.

Example::

    animal_id_column(["826012345678901", "826004119283746", ...])  # True
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date

# Fifteen characters: a three-digit code, then letters or digits (spaces and dashes taken out first).
_ANIMAL = re.compile(r"^\d{3}[0-9A-Z]{12}$")
MIN_ANIMAL_SHARE = 0.9
# Distinct three-digit codes a column of animals' numbers holds at most (per 12 values: countries, makers).
MAX_CODES = 4
# Share of the values that may read as an old Chinese resident id (a YYMMDD birth date at characters 6-11).
MAX_DATED_SHARE = 0.5
MIN_VALUES = 8


def _compact(value: str) -> str:
    return re.sub(r"[\s\-./]", "", value).upper()


def _dated(value: str) -> bool:
    """``value`` carries a valid ``YYMMDD`` at characters 6-11 (China's 15-digit resident id)."""
    part = value[6:12]
    if not part.isdigit():
        return False
    try:
        date(1900 + int(part[:2]), int(part[2:4]), int(part[4:6]))
    except ValueError:
        return False
    return True


def animal_id_column(values: list[str]) -> bool:
    """Nearly all ``values`` are UELN horse-passport or ISO microchip numbers: fifteen characters behind a
    three-digit code, few codes in the column, no birth date where a people's id of that length keeps one."""
    if len(values) < MIN_VALUES:
        return False
    compact = [c for v in values if _ANIMAL.match(c := _compact(v))]
    if len(compact) < MIN_ANIMAL_SHARE * len(values):
        return False
    codes = Counter(c[:3] for c in compact)
    if len(codes) > max(MAX_CODES, len(compact) // 6):
        return False
    return sum(_dated(c) for c in compact) <= MAX_DATED_SHARE * len(compact)
