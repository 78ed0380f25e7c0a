"""Addresses as one entity: split an address into parts, fake each part, put it back together.

A full address ``Flat 8\\nSpencer Run\\nSimontown\\nM9 7RP`` is split at line breaks and commas into
typed parts (unit, street, town, state, postcode, country). :class:`~safe_synthesizer.pii.fakes.
FakeMapper` replaces each part through the namespace of its entity (so the town in an address and
the same town in a ``city`` column get the same fake) in the column's locale, and
:func:`assemble` writes the fake parts back with the original separators. Countries are kept: they
are coarse and the fake is written in that country's locale.

Example::

    parse("Flat 8\\nSpencer Run\\nSimontown\\nM9 7RP", "en_GB")
    # .parts == [('unit', 'Flat 8'), ('street', 'Spencer Run'), ('city', 'Simontown'),
    #            ('postcode', 'M9 7RP')]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from safe_synthesizer.pii.locales import POSTCODE_PATTERNS

NUMBER = "number"
UNIT = "unit"
STREET = "street"
CITY = "city"
STATE = "state"
POSTCODE = "postcode"
COUNTRY = "country"
KEEP = "keep"

_SPLIT = re.compile(r"(\s*\n\s*|,\s*)")
_UNIT = re.compile(
    r"(?i)^(flat|apt\.?|apartment|suite|ste\.?|unit|studio|room|floor|piano|appartamento|#|étage|bus)\s*([\w\-]+)$"
)
_UNIT_IN_STREET = re.compile(r"(?i)\s+(apt\.?|suite|unit|ste\.?|#|piano|appartamento)\s*([\w\-]+)\s*$")
_HOUSE_NUMBER = re.compile(r"\d{1,5}[A-Za-z]?(?:[-/]\d{1,4})?")
_STATE_ZIP = re.compile(r"^([A-Z]{2})\s+(\d{5}(?:-\d{4})?)$")
_POSTCODE_CITY = re.compile(r"^(\d{4,5}(?: ?[A-Z]{2})?)\s+(\D.*)$")
_CITY_PROVINCE = re.compile(r"^(\D+?)\s*(\([A-Z]{2}\))$")
_ANY_POSTCODE = [POSTCODE_PATTERNS[k] for k in ("en_GB", "nl_NL", "en_US")]
COUNTRIES = frozenset(
    {
        "united kingdom", "uk", "england", "scotland", "wales", "northern ireland", "great britain",
        "united states", "usa", "us", "united states of america", "germany", "deutschland", "france",
        "spain", "españa", "italy", "italia", "netherlands", "nederland", "the netherlands", "ireland",
    }
)  # fmt: skip


@dataclass
class Address:
    """Typed parts of one address (each piece between separators is one or more parts)."""

    pieces: list[list[tuple[str, str]]]
    separators: list[str]

    @property
    def parts(self) -> list[tuple[str, str]]:
        """Flat (kind, text) list."""
        return [part for piece in self.pieces for part in piece]


def _is_postcode(text: str, locale: str) -> bool:
    pattern = POSTCODE_PATTERNS.get(locale)
    if pattern is not None and pattern.fullmatch(text):
        return True
    return any(p.fullmatch(text) for p in _ANY_POSTCODE)


def _expand(text: str, locale: str) -> list[tuple[str, str]] | None:
    """Parts that combine two components: ``IL 62704``, ``75001 Paris``, ``Follina (TV)``."""
    if m := _STATE_ZIP.match(text):
        return [(STATE, m.group(1)), (KEEP, " "), (POSTCODE, m.group(2))]
    if (m := _POSTCODE_CITY.match(text)) and _is_postcode(m.group(1), locale):
        gap = text[len(m.group(1)) : len(text) - len(m.group(2))]
        return [(POSTCODE, m.group(1)), (KEEP, gap), (CITY, m.group(2))]
    if m := _CITY_PROVINCE.match(text):
        return [(CITY, m.group(1)), (KEEP, " "), (STATE, m.group(2))]
    return None


def _kind(text: str, locale: str, n_pieces: int, seen_street: bool) -> list[tuple[str, str]]:
    if not text:
        return [(KEEP, text)]
    if _UNIT.match(text):
        return [(UNIT, text)]
    if _HOUSE_NUMBER.fullmatch(text):
        return [(NUMBER, text)]
    if _is_postcode(text, locale):
        return [(POSTCODE, text)]
    if text.lower() in COUNTRIES:
        return [(COUNTRY, text)]
    if (combined := _expand(text, locale)) is not None:
        return combined
    if not seen_street and (any(ch.isdigit() for ch in text) or n_pieces > 2):
        return [(STREET, text)]
    return [(CITY, text)]


def parse(value: str, locale: str = "en_US") -> Address:
    """Split ``value`` into typed parts (the first textual part is the street, later ones towns)."""
    split = _SPLIT.split(value.strip())
    texts, seps = split[::2], split[1::2]
    pieces: list[list[tuple[str, str]]] = []
    for text in texts:
        seen_street = any(k == STREET for piece in pieces for k, _ in piece)
        pieces.append(_kind(text, locale, len(texts), seen_street))
    return Address(pieces, seps)


def assemble(address: Address, fakes: dict[tuple[str, str], str]) -> str:
    """Put fake parts (``fakes[(kind, text)]``; missing ones kept) back with the separators."""
    out: list[str] = []
    for i, piece in enumerate(address.pieces):
        out += [fakes.get(part, part[1]) for part in piece]
        if i < len(address.separators):
            out.append(address.separators[i])
    return "".join(out)


def unit_suffix(street: str) -> tuple[str, str]:
    """(street without its trailing unit, the unit text) for ``4060 Shepherd Curve Suite 549``."""
    m = _UNIT_IN_STREET.search(street)
    return (street[: m.start()], street[m.start() :]) if m else (street, "")


def looks_like_address(value: str, locale: str = "en_US") -> bool:
    """Two to seven parts with a postcode (possibly beside a state or town) and a street or unit."""
    if not isinstance(value, str) or len(value) > 250:
        return False
    address = parse(value, locale)
    kinds = [k for k, _ in address.parts]
    return 2 <= len(address.pieces) <= 7 and POSTCODE in kinds and (STREET in kinds or UNIT in kinds)


def address_share(values: Sequence[str], locale: str = "en_US") -> float:
    """Share of ``values`` that :func:`looks_like_address`."""
    values = [v for v in values if isinstance(v, str) and v.strip()]
    return sum(looks_like_address(v, locale) for v in values) / len(values) if values else 0.0
