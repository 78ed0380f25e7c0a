"""Phone cells written with keypad letters, read as their digits before they are faked; an exit code in brackets
dialled with ``+``.

Why: a phone cell written with keypad letters (``070-165 PZ ZJ``, ``(202) 452-0VL0``, ``0719 36ID1J``: held-out
set 45) reached the phone faker as a number followed by words: the digits before the letters were faked as a
number too short to be valid and the letters were kept (they are the real number's last digits). Read first as
digits (ITU E.161: ``2`` is ABC ... ``9`` is WXYZ), the cell is one whole number, and its fake is a valid number
written in the cell's grouping, in digits.

Why digits and not letters in the fake: the letters ARE the subscriber's digits (keeping them keeps part of the
real number), and any parser reads a fake in digits as valid, while a fake with letters put back is read as valid
by ``phonenumbers`` only with three letters or more.

A cell is read so only when the number its letters spell is a valid number of the column's region (or dialled
valid anywhere): ``0612345678 MOB`` (a label after a whole number) spells no valid number and stays as it is, for
the cell readers to fake its number and keep its word. Each cell is read on its own (the same under DP); only cells
holding a capital letter and a digit, or ``(00``, are read (cheap on a column of plain numbers).

An exit code in brackets (``(00251) 22 112 2655``, ``(0044) 7406 858784``) is written ``+251 22 112 2655`` before
faking: the faker read the brackets as an area code and scrambled the country code (``(60385) 22 118 5289``).

Example::

    spelled_phone_cells(["070-165 PZ ZJ", "08-68 74 41"], "SE")  # {"070-165 PZ ZJ": "070-165 79 95"}
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from safe_synthesizer.pii.column_phone_values import valid_number
from safe_synthesizer.pii.phone_cell_chains import keypad_digits, read_chains
from safe_synthesizer.pii.validators.phones import column_phone_region

__all__ = ["spelled_phone_cells"]

_CAPITAL_AND_DIGIT = re.compile(r"[A-Z].*\d|\d.*[A-Z]|\(00")
# An exit code and a calling code in brackets opening a number (``(00251)``): the faker reads the brackets as an
# area code and scrambles the code's digits.
_BRACKETED_EXIT = re.compile(r"^[(\[]00(\d{1,3})[)\]]")
# A word of letters alone, then digits alone to the number's end (``089 4712345 DW 123``, ``... App. 12``): an
# extension word and its number when the digits before the word are a whole valid number already (eight digits or
# more: six are valid in a few plans, ``06 53 22 RJ 01`` is a French mobile spelled).
MIN_WHOLE_DIGITS = 8
_WORD_THEN_DIGITS = re.compile(r"(?<![^\s(\[/-])[A-Za-z]+\.?\s+\d+\s*$")
_DIGITS = re.compile(r"\d")


def _spelled(cell: str, regions: Sequence[str]) -> str | None:
    reading = read_chains(cell)
    if reading is None:
        return None
    out = cell
    for number in reversed(reading.numbers):
        written = out[number.start : number.end]
        exit_code = _BRACKETED_EXIT.match(written) if number.dialled else None
        if not number.spelled and exit_code is None:
            continue
        if number.spelled and (word := _WORD_THEN_DIGITS.search(written)) is not None:
            before = "".join(_DIGITS.findall(written[: word.start()]))
            if len(before) >= MIN_WHOLE_DIGITS and any(valid_number(before, region) for region in regions):
                return None  # a whole number, an extension word and its number: left to the cell readers
        if not any(valid_number(number.digits, region) for region in regions):
            return None  # the letters spell no number of the region: a label, left to the cell readers
        if exit_code is not None:  # ``(00251) 22 112 2655``: dialled as ``+251 22 112 2655``
            written = f"+{exit_code.group(1)} {written[exit_code.end() :].lstrip()}"
        out = out[: number.start] + keypad_digits(written) + out[number.end :]
    return out if out != cell else None


def spelled_phone_cells(uniques: Sequence[str], region: str) -> dict[str, str]:
    """Cell -> the cell with its keypad letters as digits, for the cells of ``uniques`` whose letters spell a valid
    number of ``region`` or of the region the column's numbers in digits are of
    (:func:`validators.phones.column_phone_region`); cells with no such letters are left out.

    Example::

        spelled_phone_cells(["(202) 452-0VL0", "0612345678 MOB"], "US")  # {"(202) 452-0VL0": "(202) 452-0850"}
    """
    candidates = [c for c in uniques if isinstance(c, str) and _CAPITAL_AND_DIGIT.search(c)]
    if not candidates:
        return {}
    # The column's own numbers in digits say its country when the run's region is not it (a Malawian column under
    # an ``en_US`` run); the cells' letters must spell a number of one of the two.
    plain = [v for v in uniques if isinstance(v, str) and not _CAPITAL_AND_DIGIT.search(v)]
    regions = list(dict.fromkeys((region, column_phone_region(plain, region)))) if plain else [region]
    out: dict[str, str] = {}
    for cell in candidates:
        if (digits := _spelled(cell, regions)) is not None:
            out[cell] = digits
    return out
