"""Cells that hold two or three phone numbers (``+44 7491 825476 / +44 7459 031982``).

Why: exports put a person's second number in the same cell (a borrower's mobile and landline, ``56 502
38 97 ext 747 / 17 936 14 63 x 522``, ``065790205 / 066030779``, ``0612 34 56 78; 0478 12 34 56``). Read
as one value such a cell is no phone number (too long, two country codes), so a column where half the
cells held two numbers was left whole (set 16: every microfinance-loan phone column, 24 cells each).
Split at the separators people put between numbers, each part is checked, located and faked as the
phone it is, and the cell is put back together with its own separators.

Only spaced slashes split (``030/1234567`` is a German area code and its number), a slash with no
space only before a dialled ``+``/``00`` number; a separator before an extension (``555 1234;ext=12``)
belongs to that number. Whether each part is a phone is the caller's test: a pair of amounts, dates
or ``1/2`` ranges splits too, and is then rejected part by part.

Example::

    phone_list_parts("+44 7491 825476 / +44 7459 031982")  # [(0, 15), (18, 33)]
    phone_list_parts("+44 7491 825476")  # None
"""

from __future__ import annotations

import re

from safe_synthesizer.pii.formats import PHONE_EXTENSION_WORDS

# "or" in the languages of the supported locales (as between two numbers in a note, text_phone_lists).
OR_WORDS = (
    "or", "oder", "ou", "o", "of", "eller", "tai", "lub", "albo", "nebo", "alebo", "ili", "или", "або", "veya",
    "vagy", "sau", "arba", "vai", "või", "eða", "ή", "atau", "hoặc", "oppure", "ovvero",
)  # fmt: skip
# "and" between a person's two numbers (``0151 2345678 und 030 123456``): English, German, French, Spanish,
# Italian, Dutch, Portuguese. Each part still needs six digits, so "y" or "e" between words splits nothing.
AND_WORDS = ("and", "und", "et", "y", "e", "en")
_NOT_EXTENSION = rf"(?!\s*(?:{PHONE_EXTENSION_WORDS})\.?[\s.:=]*\d)"
# A bracketed label closes a number and a dialled one follows (``+298 541187 (home) +298 272809 (work)``).
_SEPARATOR = re.compile(
    rf"(?:\s+/\s+|\s*/\s*(?=\+|00)|\s*[;|\n]\s*|\s*,\s+|\s+(?:{'|'.join(OR_WORDS + AND_WORDS)})\s+|"
    rf"(?<=[)\]])\s+(?=\+\d|00\d)){_NOT_EXTENSION}",
    re.IGNORECASE,
)
MAX_PARTS = 3
# Digits each part needs to be a number at all (a short local number without area code).
MIN_PART_DIGITS = 6


# A decimal fraction (``-6.35604``): one dot after at most three digits, five or more after it. No phone is so written.
_DECIMAL = re.compile(r"^-?\d{1,3}\.\d{5,}$")


def phone_list_parts(value: str) -> list[tuple[int, int]] | None:
    """(start, end) of each number of a cell holding two or three, or ``None`` (one number, or no list).

    Cheap on single numbers: no separator character, no regex search beyond one pass.
    """
    if len(value) < 2 * MIN_PART_DIGITS:
        return None
    spans, start = [], 0
    for match in _SEPARATOR.finditer(value):
        spans.append((start, match.start()))
        start = match.end()
        if len(spans) >= MAX_PARTS:
            return None
    if not spans:
        return None
    spans.append((start, len(value.rstrip())))
    spans = [(a + len(value[a:b]) - len(value[a:b].lstrip()), b) for a, b in spans]
    if any(sum(c.isdigit() for c in value[a:b]) < MIN_PART_DIGITS for a, b in spans):
        return None
    if any(_DECIMAL.match(value[a:b]) for a, b in spans):
        return None  # ``51.69888, 13.33083``: coordinates, not two phone numbers
    return spans


def phone_list_values(values: list[str]) -> list[str]:
    """``values`` with each cell of several numbers replaced by its numbers (a column's numbers, one by one)."""
    out = []
    for value in values:
        spans = phone_list_parts(value)
        out.extend(value[a:b] for a, b in spans) if spans else out.append(value)
    return out


# The number inside a labelled part: from its first "+", digit or digit-opened bracket to its last digit.
_CORE = re.compile(r"(?:\+|\((?=\d)|\d)(?:.*\d)?")


def number_core(part: str) -> tuple[int, int]:
    """(start, end) of the number in one part of a list cell, its label left out (``Home: 00298 293558``,
    ``+298 541187 (home)``): the label is kept as written and only the number faked, so a fake is not drawn
    for the label's letters and digits together (``Home: 42455 704277``, no number of any plan)."""
    m = _CORE.search(part)
    return (m.start(), m.end()) if m else (0, len(part))
