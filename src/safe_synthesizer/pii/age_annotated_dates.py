"""Birth dates written with the person's age after them (``12/24/2016 (9 yrs)``, ``17/12/2017 (8 jr)``,
``03/03/1951, 75 y.o.``, ``1951-03-03 (age 75)``), read as the date and an age that agrees with it.

Why: a registration form or a club's export writes the age beside the birth date, each tool in its own language
and abbreviation (``yrs``, ``J.``, ``jr``, ``ans``, ``años``, ``anni``, ``anos``, ``lat``, ``év``...). No date reader
reads a cell with a tail, so such a column was no birth-date column at all, shown or hidden, and its cells were
published as written. Listing the age words of every language would miss the next; the age itself says what it is:
the number after the date IS the person's age from that date (at the day the table was written: up to
:data:`MAX_LAG` years before today). So the annotation is read by its structure, not its words: after the date, a
comma, a dash or spaces, an optional bracket, at most one short word (``age``, ``âge``), the number, at most two
short words or abbreviations (``yrs``, ``y.o.``, ``J.``), the closing bracket; accepted when the number agrees.

The date part is read by :mod:`date_reader` (any layout; a backslash as one more separator: ``13\\04\\1957``), so
the caller may read it again with its own readers (:func:`without_age`), and a fake is written back with the age of
the fake date (:meth:`AgedDate.dressed`): the same words and brackets, the age recomputed with the same lag. The age
is kept rather than dropped: dropping it would change the cell's layout (a reader of the output sees which cells
were touched), and the true age, left beside a shifted date, would keep what the shift hides.

Example::

    read_aged_date("17/12/2017 (8 jr)", today=date(2026, 12, 6)).core  # '17/12/2017'
    read_aged_date("17/12/2017 (8 jr)", today=date(2026, 12, 6)).dressed("02/03/2016")  # '02/03/2016 (10 jr)'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from safe_synthesizer.pii.date_reader import read_date, read_date_at
from safe_synthesizer.pii.script_marks import marks_as_letters

# How many years before today the table may have been written (its ages then one to three years less).
MAX_LAG = 2
MAX_AGE = 120
# The annotation after the date: a gap (spaces, a comma, a dash, or a short run of any other symbols: ``→``, ``=>``,
# ``:``, ``|``), an optional bracket, one optional short word (``age``), the number, up to two short words or
# abbreviations (``yrs``, ``y.o.``, ``J.``, ``jr``, ``ans``), the closing bracket.
_TAIL = re.compile(
    r"(?P<gap>\s*[,;]?\s*|\s+[-\u2013\u2014]\s+|\s*[^\w\s,;/()\[\].]{1,3}\s*)"
    r"(?P<open>[(\[]?)"
    r"(?P<before>[^\W\d_][^\s\d()\[\],;:.]{0,11}\.?:?\s*)?"
    r"(?P<age>\d{1,3})"
    r"(?P<after>\s?[^\W\d_]{1,8}\.?(?:\s?[^\W\d_]{1,5}\.?)?)?"
    r"(?P<close>[)\]]?)\s*$"
)
_CLOSING = {"(": ")", "[": "]", "": ""}
# What stands between a date and a bare number that says nothing of an age: nothing, a comma, a semicolon.
_LIST_GAPS = frozenset({"", ",", ";"})
# A bare age ending a cell: a space, a short run of symbols, the number (``1948-11-28 → 78``, ``12.03.1990 - 36``).
_BARE_AGE_END = re.compile(r"\s[^\w\s,;/()\[\].]{1,3}\s*\d{1,3}$")
# An age after its word ending a cell (``; age 44``, ``; âge 77``, ``; வயது 80``: a word of any script, marks too).
_WORDED_AGE_END = re.compile(r"[^\W\d_][^\s\d()\[\],;:.]{0,11}\.?:?\s*\d{1,3}$")


@dataclass(frozen=True)
class AgedDate:
    """A cell read as a date and the age after it: ``core`` (the date as written), ``born`` (its date), ``age`` (as
    written), ``lag`` (today's age minus the written one: the table's age in years), ``tail`` (the annotation as
    written) and its parts around the number (``head``, ``foot``), ``day_first`` (how the core was read)."""

    core: str
    born: date
    age: int
    lag: int
    head: str
    foot: str
    day_first: bool
    today: date

    def dressed(self, new_core: str) -> str:
        """``new_core`` (the core's fake, in the core's layout) with the annotation, its age that of the fake date
        (the same lag); the fake alone when it reads as no date (the true age would be left beside it).

        Example::

            read_aged_date("12/24/2016 (9 yrs)", today=date(2026, 12, 6)).dressed("01/02/2017")  # '01/02/2017 (9 yrs)'
        """
        reading = _read_core(new_core.strip(), self.day_first)
        if reading is None:
            return new_core
        age = max(age_on(reading, self.today) - self.lag, 0)
        return f"{new_core}{self.head}{age}{self.foot}"


def age_on(born: date, today: date) -> int:
    """Full years from ``born`` to ``today``."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _read_core(text: str, day_first: bool | None) -> date | None:
    reading = read_date(text.replace("\\", "|"), day_first=day_first)
    return reading.date if reading is not None else None


def read_aged_date(value: str, today: date | None = None) -> AgedDate | None:
    """The date and the agreeing age of a cell written ``<date> <age annotation>`` (see the module), else None.

    Example::

        read_aged_date("03/03/1951, 75 y.o.", today=date(2026, 12, 6)).age  # 75
    """
    text = value.strip()
    # Cheap first: an annotation ends in a bracket, a letter or a dot, a bare date in a digit (a bare age after a
    # spaced symbol too: ``→ 78``; an age after its word: ``; âge 77``).
    age_last = _BARE_AGE_END.search(text) or _WORDED_AGE_END.search(text)
    if len(text) > 48 or not (text[-1:].isalpha() or text[-1:] in ").]" or age_last):
        return None
    today = today or date.today()
    reading = read_date_at(text.replace("\\", "|"), 0)
    if reading is None:
        return None
    m = _TAIL.match(marks_as_letters(text), reading.end)  # ``[74 വയസ്സ്]``: an age word with vowel signs
    if m is None or _CLOSING[m.group("open")] != m.group("close"):
        return None
    if not (m.group("open") or m.group("before") or m.group("after")) and m.group("gap").strip() in _LIST_GAPS:
        # A bare number glued after the date (``12/03/1990 12``: a fourth field) or listed after it (``12/03/1990,
        # 12``: a count); after an arrow, a dash or a colon (``1948-11-28 → 78``, ``- 78``) it is an age.
        return None
    age = int(m.group("age"))
    lag = age_on(reading.date, today) - age
    if not 0 <= lag <= MAX_LAG or age > MAX_AGE:
        return None  # the number is no age of this date
    head = text[reading.end : m.start("age")]
    foot = text[m.end("age") :]
    core = text[: reading.end]
    return AgedDate(core, reading.date, age, lag, head, foot, reading.order.startswith("D"), today)


def without_age(value: str, today: date | None = None) -> str | None:
    """The date part of a cell written with an agreeing age after it, else None (for the column's date readers).

    Example::

        without_age("02/11/1946 (80 jr)", today=date(2026, 12, 6))  # '02/11/1946'
    """
    aged = read_aged_date(value, today)
    return aged.core if aged is not None else None


def aged_dates(values: list[str], today: date | None = None) -> dict[str, AgedDate]:
    """The cells of ``values`` written with an agreeing age after their date, each with its reading.

    Example::

        list(aged_dates(["17/12/2017 (8 jr)", "n/a"], today=date(2026, 12, 6)))  # ['17/12/2017 (8 jr)']
    """
    today = today or date.today()
    return {v: aged for v in values if (aged := read_aged_date(v, today)) is not None}
