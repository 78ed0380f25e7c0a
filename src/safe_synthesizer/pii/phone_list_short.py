"""Cells of a phone column that hold two numbers :mod:`phone_lists` does not split: a small plan's short numbers
(``+682 74 464 or 29/138``, ``51601 | 23181 (h)``, ``7350 & +690 7293``) and numbers joined by ``&`` or ``alt``
(``912633719 & +51-1-1225804``, ``61100 (h), alt 23103``).

Why: :func:`phone_lists.phone_list_parts` asks six digits of each part (a note's ``1/2`` or a range must not split)
and knows no ``&``, so such a cell was faked as one number: its digits scrambled over both parts, the result valid
nowhere (``+682 86 523 or 00/018``, ``+000 18 695``). Here the cell splits only when every part is a valid number
of the column's region (or dialled valid elsewhere), a slash after an area code read as a space (``29/138``), so
a pair of codes, a date or an amount never splits. Each part is then faked as a number of its own between the
cell's own separators and labels, as :mod:`phone_lists`'s cells are.

Cheap: one regex search per cell; numbers are parsed only in cells with a separator.

Example::

    short_list_parts("+682 74 464 or 29/138", "CK")  # [(0, 11), (15, 21)]
    short_list_parts("29/138", "CK")  # None: one number
"""

from __future__ import annotations

import re

import phonenumbers

from safe_synthesizer.pii.phone_lists import AND_WORDS, MAX_PARTS, OR_WORDS, number_core

# What people put between two numbers: phone_lists' separators, ``&`` and ``alt`` (``, alt``), a spaced slash.
_SEPARATOR = re.compile(
    rf"\s*(?:[;|&\n]|,\s+(?:alt\.?\s+)?|\s/\s|\s+(?:{'|'.join(OR_WORDS + AND_WORDS)}|alt\.?)\s+)\s*", re.IGNORECASE
)
# Digits each part needs: the shortest numbers of a plan (Tokelau's and Niue's four).
MIN_PART_DIGITS = 4


def has_list_separator(value: str) -> bool:
    """:func:`short_list_parts` can split ``value``: it holds a separator people put between two numbers."""
    return _SEPARATOR.search(value) is not None


def _valid_part(part: str, region: str) -> bool:
    """``part`` (its label left off) is a valid number of ``region``, or a valid dialled number of any."""
    text = part.strip()  # phonenumbers reads a slash after an area code (``29/138``) as a space
    try:
        number = phonenumbers.parse(text, None if text.startswith("+") else region)
    except phonenumbers.NumberParseException:
        return False
    if not phonenumbers.is_valid_number(number):
        return False
    return text.startswith("+") or phonenumbers.region_code_for_number(number) == region


def short_list_parts(value: str, region: str) -> list[tuple[int, int]] | None:
    """(start, end) of each part of a cell of two or three numbers of ``region`` (labels kept in the parts, as
    :func:`phone_lists.phone_list_parts` gives them), or ``None``: one number, or a part that is no valid number."""
    if _SEPARATOR.search(value) is None:
        return None
    spans, start = [], 0
    for match in _SEPARATOR.finditer(value):
        if match.start() == 0:
            return None
        spans.append((start, match.start()))
        start = match.end()
        if len(spans) >= MAX_PARTS:
            return None
    spans.append((start, len(value.rstrip())))
    for a, b in spans:
        c, d = number_core(value[a:b])
        core = value[a + c : a + d]
        if sum(ch.isdigit() for ch in core) < MIN_PART_DIGITS or not _valid_part(core, region):
            return None
    return spans
