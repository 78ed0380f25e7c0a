"""Which calendar date each cell of a date column writes, whatever its layout: to tell one date written twice
from two dates.

Why: an export that merges records from several sources writes one person's birth date as ``12.03.1980`` on one
row, ``1980-03-12`` on another and ``12/3/80`` on a third (a form, an import, a hand-typed row). Compared as
strings these are three dates, and a birth date, which stays with its person, reads as an event date that changes
from row to row. Read as dates they are one.

A cell is read as the date it names: ``YYYY-MM-DD`` and ``YYYY/MM/DD`` year first; ``DD.MM.YYYY`` day first (no
country writes the month first between dots); ``DD/MM/YYYY`` or ``MM/DD/YYYY`` in the order the column's own cells
show (a first number over 12 is a day, a second one over 12 makes the column month-first), both orders when no
cell tells; a two-digit year as the latest year not in the future (a birth date is past: ``80`` is 1980, ``12``
2012); a short date year first (``80/3/12``: Japanese, Korean) when its numbers show it
(:func:`~safe_synthesizer.pii.column_birth_cells.short_year_first_date`); month names of any language the date
readers know (``12 March 1980``, ``12-Mär-80``); compact ``19800312``; a timestamp's midnight
(``12.03.1980 00:00:00``, Access) dropped. A year alone (``1980``) or a month of a year (``03/1980``) is a date
known in part.

Example::

    readings(pd.Series(["12.03.1980", "1980-03-12", "12/3/80"]))
    # [{(1980, 3, 12)}, {(1980, 3, 12)}, {(1980, 3, 12)}]
    same_date([{(1980, 3, 12)}, {(1980, None, None)}])  # True: 1980 alone does not contradict it
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

import pandas as pd

from safe_synthesizer.pii.column_birth_cells import month_year_date, short_year_first_date, written_date
from safe_synthesizer.pii.validators.dates import compact_date

# (year, month, day); a part not written is None (``1980``: (1980, None, None)).
Reading = tuple[int, int | None, int | None]

# Three numbers of a date and the separators between them (``12.03.1980``, ``1980-03-12``, ``18. 9. 1969``).
_NUMERIC = re.compile(r"^(\d{1,4})\s*([-/.])\s*(\d{1,2})\s*[-/.]\s*(\d{1,4})\.?$")
# A time of day after the date (``12.03.1980 00:00:00``, ``1980-03-12T00:00:00Z``): a timestamp column's.
_TIME = re.compile(r"[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
# ``1980``, ``03/1980``, ``1980-03``: a year, or a month of a year.
_YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
_MONTH_OF_YEAR = re.compile(r"^(?:(\d{1,2})[-/.](1[89]\d\d|20\d\d)|(1[89]\d\d|20\d\d)[-/.](\d{1,2}))$")


def _full_year(year: int, digits: int, this_year: int) -> int:
    """A two-digit year as the latest year ending so that is not in the future; other years as written."""
    if digits != 2:
        return year
    full = this_year // 100 * 100 + year
    return full if full <= this_year else full - 100


def _orders(cells: list[str]) -> tuple[bool, bool]:
    """(day first possible, month first possible) for the column's ``DD/MM/YYYY``-like cells: a first number over
    12 is a day, a second number over 12 is a day (month first), a date between dots is day first (the countries
    that write dots write the day first, and their exports' slashes too); a column showing neither allows both."""
    day_first = month_first = False
    for cell in cells:
        m = _NUMERIC.match(cell)
        if m is None or len(m.group(1)) == 4:
            continue
        day_first |= 12 < int(m.group(1)) <= 31 or m.group(2) == "."
        month_first |= 12 < int(m.group(3)) <= 31 and m.group(2) != "."
    if day_first == month_first:
        return True, True
    return day_first, month_first


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _numeric(m: re.Match[str], orders: tuple[bool, bool], this_year: int) -> set[Reading]:
    a, sep, b, c = m.group(1), m.group(2), m.group(3), m.group(4)
    if len(a) == 4:
        candidates = [(int(a), int(b), int(c))]
    elif len(a) <= 2:
        year = _full_year(int(c), len(c), this_year)
        day_first = orders[0] or sep == "."
        month_first = orders[1] and sep != "."
        candidates = [(year, int(b), int(a))] * day_first + [(year, int(a), int(b))] * month_first
    else:
        return set()
    return {(y, mo, d) for y, mo, d in candidates if _valid(y, mo, d)}


def _cell(text: str, orders: tuple[bool, bool], this_year: int) -> set[Reading]:
    """The readings of one cell, stripped and without its time of day (:func:`readings` did both)."""
    if (d := short_year_first_date(text, date(this_year, 12, 31))) is not None:
        return {(d.year, d.month, d.day)}
    if m := _NUMERIC.match(text):
        return _numeric(m, orders, this_year)
    if m := _YEAR.match(text):
        return {(int(m.group(1)), None, None)}
    if m := _MONTH_OF_YEAR.match(text):
        month, year = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        return {(int(year), int(month), None)} if 1 <= int(month) <= 12 else set()
    d = compact_date(text) or written_date(text)
    if d is not None:
        return {(d.year, d.month, d.day)}
    if (d := month_year_date(text)) is not None:
        return {(d.year, d.month, None)}
    return set()


def readings(values: pd.Series, today: date | None = None) -> list[set[Reading]]:
    """The dates each cell of ``values`` may name (empty for a cell that is no date), day and month read in the
    order the column's cells show (:func:`_orders`)."""
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        return [set() if pd.isna(v) else {(v.year, v.month, v.day)} for v in values]
    cells = ["" if pd.isna(v) else _TIME.sub("", str(v).strip()) for v in values]
    orders = _orders(cells)
    this_year = (today or date.today()).year
    return [_cell(cell, orders, this_year) if cell else set() for cell in cells]


def _agrees(a: Reading, b: Reading) -> bool:
    return all(x is None or y is None or x == y for x, y in zip(a, b, strict=True))


def same_date(cells: Iterable[set[Reading]]) -> bool:
    """Whether the cells can all name one date: some full date read from every full cell (one reading each when
    the order is known), which each partial cell (``1980``, ``03/1980``) agrees with."""
    cells = [c for c in cells if c]
    if not cells:
        return False
    full = [{r for r in c if None not in r} for c in cells]
    full = [c for c in full if c]
    # Only partial cells: they must agree with the first of them.
    common = set.intersection(*full) if full else {next(iter(cells[0]))}
    return bool(common) and all(any(_agrees(r, x) for r in common for x in c) for c in cells)
