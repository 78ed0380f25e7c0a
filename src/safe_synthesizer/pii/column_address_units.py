"""Addresses written as numbered units alone: ``Building 104, Street 929, Zone 66``, ``Road 12, House 4, Block 3``.

Why: Qatar writes a home as its zone, street and building numbers (the blue plate on every house), Bahrain as block,
road and house, Abu Dhabi and Riyadh often the same way: no street name, no town, only unit words and numbers. With
the header hidden such a column is the same words with other numbers in every cell, which is how seat, gate and room
columns read (``Block A / Row 12 / Seat 3``), so it was vetoed as numbered places and published as written.
What tells them apart is the units: a home's carries a street or road unit beside a building, house or zone unit;
a venue's carries rows, seats, gates, courts, beds or graves. A column passes when nearly every cell is two to four
``word number`` parts, the cells name a street unit and another address unit, no venue unit, and the numbers vary
(many distinct values, many distinct numbers in at least two of the units).

Example::

    unit_address_score(sample_values(df["c003"], 500, 0))
    # Score(share=1.0, values_decide=True, evidence='100% addresses of numbered units (street, building, zone)')
"""

from __future__ import annotations

import re
from collections import defaultdict

from safe_synthesizer.pii.column_sample import Score, ValueSample, _pct

MIN_UNIT_CELLS = 0.9  # of the distinct values
MIN_UNIT_DISTINCT = 8  # a handful of values is a category
# At least two units take this many distinct numbers per distinct value (a home's street and building vary).
MIN_NUMBER_SPREAD = 0.3
MIN_VARIED_UNITS = 2
MIN_PARTS, MAX_PARTS = 2, 4

_SPLIT = re.compile(r"\s*[,;/،|]\s*")
# ``Street 929``, ``Bldg. 12A``, ``شارع 820``; or the number first: ``929 Street`` is a street name, not a unit.
_PART = re.compile(
    r"^([^\W\d_][^\W\d_.'\-]*(?:\s[^\W\d_]+)?)\.?\s*(?:no\.?\s*|#\s*)?(\d{1,5}[^\W\d_]?)$", re.IGNORECASE
)
_UNIT_TAIL = re.compile(r"\s+(?:no|nr|number|num)$")
_QUICK = re.compile(r"\d.*[,;/،|]|[,;/،|].*\d")
# Street units of a home's address.
_STREET_UNITS = frozenset(
    {"street", "st", "road", "rd", "avenue", "ave", "av", "lane", "way", "rue", "calle", "rua", "via", "strasse",
     "straße", "sokak", "jalan", "jln", "ulica", "شارع", "طريق", "شارع رقم", "gali", "marg", "soi", "duong"}
)  # fmt: skip
# The other units of a home's address: the building, house, plot or zone on that street.
_HOME_UNITS = frozenset(
    {"building", "bldg", "bld", "house", "villa", "zone", "block", "blk", "area", "district", "sector", "compound",
     "flat", "apartment", "apt", "unit", "plot", "maison", "immeuble", "bâtiment", "batiment", "lot", "edificio",
     "casa", "quartier", "kebele", "mahalla", "مبنى", "بناية", "منطقة", "فيلا", "منزل", "مجمع", "قطعة", "بلوك",
     "ward", "no", "number", "door"}
)  # fmt: skip
# Units of a venue, a cemetery or a ward (``Row 12``, ``Seat 3``, ``Gate 4``, ``Grave 17``): numbered places of one
# site, never a home.
_VENUE_UNITS = frozenset(
    {"row", "seat", "gate", "court", "room", "bed", "berth", "pitch", "grave", "locker", "desk", "table", "stand",
     "bay", "platform", "pier", "aisle", "shelf", "tier", "section", "level", "floor", "hall", "box", "rack", "bin",
     "slot", "cabin", "deck", "terminal", "stall", "cell", "tomb", "niche", "pew", "bus", "route", "line", "size",
     "batch", "page", "vol", "chapter", "item", "grade", "class", "week", "day", "year"}
)  # fmt: skip


def unit_address_cell(value: str) -> list[tuple[str, str]] | None:
    """The ``(unit, number)`` parts of a cell written as numbered units alone, else None."""
    text = value.strip()
    if len(text) > 80 or not _QUICK.search(text):
        return None
    parts = [p for p in _SPLIT.split(text) if p]
    if not MIN_PARTS <= len(parts) <= MAX_PARTS:
        return None
    out = []
    for part in parts:
        match = _PART.match(part)
        if not match:
            return None
        unit = _UNIT_TAIL.sub("", match.group(1).casefold())
        out.append((unit, match.group(2).casefold()))
    return out


def unit_address_score(sample: ValueSample) -> Score | None:
    """A column of addresses of numbered units (see the module), or None."""
    values = sample.values
    if sample.n_distinct < MIN_UNIT_DISTINCT or len(values) < MIN_UNIT_DISTINCT:
        return None
    if not _QUICK.search(values[0]) and not _QUICK.search(values[-1]):
        return None  # the cheap pre-check: neither end of the sample holds parts and digits
    cells = [unit_address_cell(v) for v in values]
    good = [c for c in cells if c]
    share = len(good) / len(values)
    if share < MIN_UNIT_CELLS:
        return None
    units = {unit for cell in good for unit, _ in cell}
    if units & _VENUE_UNITS or not units & _STREET_UNITS or not (units - _STREET_UNITS) & _HOME_UNITS:
        return None
    numbers: dict[str, set[str]] = defaultdict(set)
    for cell in good:
        for unit, number in cell:
            numbers[unit].add(number)
    varied = sum(1 for found in numbers.values() if len(found) >= MIN_NUMBER_SPREAD * len(good))
    if varied < MIN_VARIED_UNITS:
        return None
    named = ", ".join(sorted(units, key=lambda u: -len(numbers[u]))[:3])
    return Score(share, True, f"{_pct(share)} addresses of numbered units ({named})")
