"""A person's name and their phone number written in one cell: each part is faked as what it is.

Why: emergency-contact and next-of-kin columns write ``Antonietta Patberg 01512-5389278``,
``Maria Lopez, +34 612 345 678`` or ``0176 77461776 (Ernestine Bien)``. Such a column is found as a name column
and its cells were faked whole as one name: the fake took the phone's groups for more given names
(``Selim-Heini Hanny Rosalinde Sükrü Jüttner``) and the column lost its numbers. The name part is now faked as a
name and the number as a phone of its own country and layout, joined back with the cell's own separator.

Example::

    split_name_phone("Antonietta Patberg 01512-5389278")
    # NamePhone(name="Antonietta Patberg", separator=" ", phone="01512-5389278", phone_first=False, tail="")
    split_name_phone("0176 77461776 (Ernestine Bien)")
    # NamePhone(name="Ernestine Bien", separator=" (", phone="0176 77461776", phone_first=True, tail=")")
    split_name_phone("Maria Lopez")  # None
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A phone as exports write it: an optional + or 00, then digits in groups of spaces, dots, dashes, slashes or
# brackets; 7-15 digits in all (checked apart: a regex cannot count across separators).
_PHONE = r"(?:\+|00)?\(?\d[\d ()./\-]{5,22}\d"
_NAME = r"[^\W\d_][^\d@:;]*?[^\W\d_.]\.?"
_SEPARATOR = r"\s*(?:[,;/|:–—-]|\b(?:tel|tlf|tél|mob|ph|phone|telefon|teléfono|telefono|tfno|gsm)\b\.?:?)?\s*"
# The second part may stand in brackets: ``0176 77461776 (Ernestine Bien)``; the bracket's close is the tail.
_NAME_THEN_PHONE = re.compile(
    rf"^(?P<name>{_NAME})(?P<sep>{_SEPARATOR}(?P<open>\()?)(?P<phone>{_PHONE})(?P<tail>(?(open)\)))$", re.I
)
_PHONE_THEN_NAME = re.compile(
    rf"^(?P<phone>{_PHONE})(?P<sep>{_SEPARATOR}(?P<open>\()?)(?P<name>{_NAME})(?P<tail>(?(open)\)))$", re.I
)
# ``Donation 08/12/2024``, ``Order 2024-11-03``: a date beside a word is no phone.
_DATE = re.compile(r"^(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2}))$")
_MIN_DIGITS, _MAX_DIGITS = 7, 15
_MAX_NAME_WORDS = 6


@dataclass(frozen=True)
class NamePhone:
    """One cell's parts: ``name`` and ``phone`` with the ``separator`` between them (``phone_first``: the number
    is written first) and a closing bracket ``tail``."""

    name: str
    separator: str
    phone: str
    phone_first: bool
    tail: str

    def rebuild(self, name: str, phone: str) -> str:
        """The cell written again with ``name`` and ``phone`` in place of its own."""
        first, second = (phone, name) if self.phone_first else (name, phone)
        return f"{first}{self.separator}{second}{self.tail}"


def split_name_phone(cell: str) -> NamePhone | None:
    """The name and phone parts of ``cell``, or ``None`` when it is not a name beside one phone number."""
    if sum(ch.isdigit() for ch in cell) < _MIN_DIGITS:
        return None
    for rule, phone_first in ((_NAME_THEN_PHONE, False), (_PHONE_THEN_NAME, True)):
        m = rule.match(cell.strip())
        if m is None:
            continue
        name, phone, sep, tail = m.group("name"), m.group("phone"), m.group("sep"), m.group("tail")
        if phone.count("(") != phone.count(")") or _DATE.match(phone):
            continue
        digits = sum(ch.isdigit() for ch in phone)
        if _MIN_DIGITS <= digits <= _MAX_DIGITS and len(name.split()) <= _MAX_NAME_WORDS:
            return NamePhone(name.strip(), sep, phone, phone_first, tail)
    return None
