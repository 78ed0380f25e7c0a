"""Whole addresses in the cell layout of a mailing-list export: the address fields joined by two spaces.

Why: Mailchimp's audience export writes its address field as one cell, ``addr1  addr2  city  state  zip
country`` with two spaces between the fields and an empty field left empty (``Podháj 65  Veľký Slavkov    941 83
SK``: no second line, no state), the country as its ISO code. The street check reads one street line and the
full-address check a comma-separated address, so such a column, its header hidden, was scanned as free text and
the addresses kept (set 24, seen: six address columns of sk, es_CL, vi, zu, br, es_SV). The layout is the
evidence: three to six fields between double spaces, the last an ISO country code in capitals, a number in a
field before it (house number or postcode), letters in the first; a column needs nearly all of its distinct cells
so, and several of them (a shop's few branch addresses repeat).

Example::

    joined_address_cell("Strmý bok 6  Koprivnica    953 81  SK")  # True
    joined_address_cell("Paid  by card  SK")  # False (no number)
"""

from __future__ import annotations

import re

_COUNTRY = re.compile(r"^[A-Z]{2}$")
MIN_FIELDS = 3  # street, town or postcode, country
MAX_FIELDS = 6  # addr1, addr2, city, state, zip, country
MAX_CELL_CHARS = 200
MIN_JOINED_DISTINCT = 8  # fewer are a handful of places (a shop's branches), whatever their layout


def joined_address_cell(value: str) -> bool:
    """A cell of address fields joined by two spaces (an empty field leaves four), ending in a country code."""
    text = value.strip()
    if len(text) > MAX_CELL_CHARS or "\n" in text or "  " not in text:
        return False
    filled = [f.strip() for f in re.split(r" {2}", text) if f.strip()]
    if not MIN_FIELDS <= len(filled) <= MAX_FIELDS or not _COUNTRY.match(filled[-1]):
        return False
    return any(c.isalpha() for c in filled[0]) and any(any(c.isdigit() for c in f) for f in filled[:-1])
